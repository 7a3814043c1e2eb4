import type { MatterLight, MatterStatus } from '@app/contracts';
import type { DataSource } from 'typeorm';

import { MatterAssignmentEntity, MatterCodeEntity, MatterEntity, MatterEventEntity } from '../entities';

export interface MatterListQuery {
  unitCode?: string;
  status?: MatterStatus[];
  light?: MatterLight;
  meetingId?: string;
  // Open matters whose due date is before this calendar date.
  overdueBefore?: string;
  year?: number;
  search?: string;
  // Restricts the list to matters visible to this unit (its own or co-operated assignments).
  visibleToUnit?: string;
  sort: 'dueDate' | 'createdAt' | 'code' | 'updatedAt';
  order: 'ASC' | 'DESC';
  offset: number;
  limit: number;
}

const SORT_COLUMNS: Record<MatterListQuery['sort'], string> = {
  dueDate: 'm.due_date',
  createdAt: 'm.created_at',
  code: 'm.code',
  updatedAt: 'm.updated_at',
};

export class MatterReadRepository {
  constructor(private readonly ds: DataSource) {}

  async list(q: MatterListQuery): Promise<{ rows: MatterEntity[]; total: number }> {
    const qb = this.ds.getRepository(MatterEntity).createQueryBuilder('m');
    for (const [param, unit] of [
      ['unitCode', q.unitCode],
      ['visibleUnit', q.visibleToUnit],
    ] as const) {
      if (unit) {
        qb.andWhere(
          `EXISTS (SELECT 1 FROM matter_assignments a WHERE a.matter_id = m.id AND a.unit_code = :${param} AND a.status <> 'withdrawn')`,
          { [param]: unit },
        );
      }
    }
    if (q.status?.length) {
      qb.andWhere('m.status IN (:...status)', { status: q.status });
    }
    if (q.light) {
      qb.andWhere('m.light = :light', { light: q.light });
    }
    if (q.meetingId) {
      qb.andWhere('m.meeting_id = :meetingId', { meetingId: q.meetingId });
    }
    if (q.overdueBefore) {
      qb.andWhere("m.status IN ('in_progress', 'awaiting_verification') AND m.due_date < :today", {
        today: q.overdueBefore,
      });
    }
    if (q.year) {
      qb.andWhere('m.year = :year', { year: q.year });
    }
    if (q.search) {
      qb.andWhere('(m.title LIKE :search OR m.code LIKE :search)', { search: `%${escapeLike(q.search)}%` });
    }
    qb.orderBy(SORT_COLUMNS[q.sort], q.order).addOrderBy('m.id', 'ASC').skip(q.offset).take(q.limit);
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  }

  findById(id: string): Promise<MatterEntity | null> {
    return this.ds.getRepository(MatterEntity).findOneBy({ id });
  }

  listAssignments(matterId: string): Promise<MatterAssignmentEntity[]> {
    return this.ds.getRepository(MatterAssignmentEntity).find({ where: { matterId }, order: { position: 'ASC' } });
  }

  listEvents(matterId: string): Promise<MatterEventEntity[]> {
    return this.ds.getRepository(MatterEventEntity).find({ where: { matterId }, order: { seq: 'ASC' } });
  }

  countByMeeting(meetingId: string): Promise<number> {
    return this.ds.getRepository(MatterEntity).countBy({ meetingId });
  }

  listAllIds(): Promise<string[]> {
    return this.ds
      .getRepository(MatterEntity)
      .find({ select: { id: true }, order: { id: 'ASC' } })
      .then((rows) => rows.map((r) => r.id));
  }

  // Matters whose deadlines still run: the ones a calendar change must recompute.
  async listOpenIds(): Promise<string[]> {
    const rows = await this.ds
      .getRepository(MatterEntity)
      .createQueryBuilder('m')
      .select(['m.id'])
      .where("m.status IN ('in_progress', 'awaiting_verification')")
      .orderBy('m.id', 'ASC')
      .getMany();
    return rows.map((r) => r.id);
  }

  // Reserves a matter code for a matter id. Returns the id that holds the code (the caller's on success).
  async reserveCode(code: string, matterId: string): Promise<string> {
    const repo = this.ds.getRepository(MatterCodeEntity);
    await repo.createQueryBuilder().insert().values({ code, matterId, reservedAt: new Date() }).orIgnore().execute();
    const holder = await repo.findOneByOrFail({ code });
    return holder.matterId;
  }

  async releaseCode(code: string, matterId: string): Promise<void> {
    await this.ds.getRepository(MatterCodeEntity).delete({ code, matterId });
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
