import type { DataSource } from 'typeorm';

import { AuditLogEntity, MeetingEntity } from '../entities';

export interface MeetingListFilter {
  status?: string;
  kind?: string;
  offset: number;
  limit: number;
}

export type MeetingRecordChanges = Partial<Pick<MeetingEntity, 'minutes' | 'attendance'>> &
  Pick<MeetingEntity, 'updatedBy' | 'updatedAt'>;

// The audit entry written with a record correction, in the same transaction.
export interface MeetingCorrectionAudit {
  actorUserId: string;
  detail: Record<string, unknown>;
}

export class MeetingRepository {
  constructor(private readonly ds: DataSource) {}

  // Newest first; a status and kind filter are answered from idx_meetings_status_held_on / idx_meetings_held_on.
  list(filter: MeetingListFilter): Promise<[MeetingEntity[], number]> {
    return this.ds.getRepository(MeetingEntity).findAndCount({
      where: {
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.kind ? { kind: filter.kind } : {}),
      },
      order: { heldOn: 'DESC', createdAt: 'DESC' },
      skip: filter.offset,
      take: filter.limit,
    });
  }

  findById(id: string): Promise<MeetingEntity | null> {
    return this.ds.getRepository(MeetingEntity).findOneBy({ id });
  }

  insert(meeting: MeetingEntity): Promise<MeetingEntity> {
    return this.ds.getRepository(MeetingEntity).save(meeting);
  }

  save(meeting: MeetingEntity): Promise<MeetingEntity> {
    return this.ds.getRepository(MeetingEntity).save(meeting);
  }

  // Corrects a held meeting's minutes or attendance only if nobody changed the meeting since it was read (its
  // version), and records the correction in the audit log in the same transaction; false if it changed meanwhile.
  async correctRecord(
    meeting: Pick<MeetingEntity, 'id' | 'version'>,
    changes: MeetingRecordChanges,
    audit: MeetingCorrectionAudit,
  ): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const result = await em
        .getRepository(MeetingEntity)
        .update(
          { id: meeting.id, version: meeting.version, status: 'held' },
          { ...changes, version: meeting.version + 1 },
        );
      if (!result.affected) {
        return false;
      }
      await em.getRepository(AuditLogEntity).insert({
        at: changes.updatedAt,
        action: 'meeting.record_corrected',
        outcome: 'success',
        actorUserId: audit.actorUserId,
        ip: null,
        target: meeting.id,
        detail: audit.detail as never,
      });
      return true;
    });
  }

  async delete(id: string): Promise<void> {
    await this.ds.getRepository(MeetingEntity).delete({ id });
  }
}
