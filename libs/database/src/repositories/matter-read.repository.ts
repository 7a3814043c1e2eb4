import type { AssignmentHandler, MatterLight, MatterStatus } from '@app/contracts';
import { activeAssignment } from '@app/domain';
import type { DataSource } from 'typeorm';

import { MatterAssignmentEntity, MatterCodeEntity, MatterEntity, MatterEventEntity } from '../entities';
import { UserRepository } from './user.repository';

export interface MatterListQuery {
  unitCode?: string;
  status?: MatterStatus[];
  light?: MatterLight;
  meetingId?: string;
  // Overdue as of this calendar date: the date the lead unit is charged against (the accountability model,
  // stored by the projection) is before it. A matter the office holds is nobody's overdue but the office's.
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

// A board row: everything the list shows, without the workflow's full state JSON and the description (the
// bulk of a row, which the list never returns).
export type MatterListRow = Omit<MatterEntity, 'state' | 'description'>;
export type MatterAssignmentBrief = Pick<
  MatterAssignmentEntity,
  'matterId' | 'position' | 'unitCode' | 'role' | 'status' | 'assignedAt'
>;
const LIST_OMITS: readonly string[] = ['state', 'description'];
const MAX_SEARCH_IDS = 5_000;

const SORT_COLUMNS: Record<MatterListQuery['sort'], string> = {
  dueDate: 'm.due_date',
  createdAt: 'm.created_at',
  code: 'm.code',
  updatedAt: 'm.updated_at',
};

export class MatterReadRepository {
  constructor(private readonly ds: DataSource) {}

  async list(q: MatterListQuery): Promise<{ rows: MatterListRow[]; total: number }> {
    const columns = this.ds
      .getMetadata(MatterEntity)
      .columns.filter((c) => !LIST_OMITS.includes(c.propertyName))
      .map((c) => `m.${c.propertyName}`);
    const qb = this.ds.getRepository(MatterEntity).createQueryBuilder('m').select(columns);
    for (const [param, unit] of [
      ['unitCode', q.unitCode],
      ['visibleUnit', q.visibleToUnit],
    ] as const) {
      if (unit) {
        // The same rows as EXISTS (…a.matter_id = m.id…), written so that the plan starts from the unit's
        // assignments in (unit_code, status, …) instead of probing them for every matter in the table.
        qb.andWhere(
          `m.id IN (SELECT a.matter_id FROM matter_assignments a WHERE a.unit_code = :${param} AND a.status <> 'withdrawn')`,
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
      qb.andWhere('m.charged_due_date < :today', { today: q.overdueBefore });
    }
    if (q.year) {
      qb.andWhere('m.year = :year', { year: q.year });
    }
    if (q.search) {
      // A LIKE '%…%' cannot seek in any B-tree. The matching ids are read from the narrow covering (title, code)
      // index first (a scan of that index, not of the table's rows with their state JSON); the page is then
      // fetched by primary key. Left in the main query, the planner walks the sort index and reads every row.
      const hits = await this.ds
        .getRepository(MatterEntity)
        .createQueryBuilder('s')
        .select('s.id', 'id')
        .where('(s.title LIKE :search OR s.code LIKE :search)', { search: `%${escapeLike(q.search)}%` })
        .getRawMany<{ id: string }>();
      if (hits.length === 0) {
        return { rows: [], total: 0 };
      }
      // A term that matches most of the table is filtered in the main query (an id list that long helps no plan,
      // and SQLite bounds the number of parameters).
      if (hits.length <= MAX_SEARCH_IDS) {
        qb.andWhere('m.id IN (:...searchIds)', { searchIds: hits.map((h) => h.id) });
      } else {
        qb.andWhere('(m.title LIKE :search OR m.code LIKE :search)', { search: `%${escapeLike(q.search)}%` });
      }
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

  // The current assignments of a page of matters in one query (the board's unit column): withdrawn and cancelled
  // parts are left out; by matter, then position.
  async listCurrentAssignmentsOf(matterIds: readonly string[]): Promise<MatterAssignmentBrief[]> {
    if (matterIds.length === 0) {
      return [];
    }
    return this.ds
      .getRepository(MatterAssignmentEntity)
      .createQueryBuilder('a')
      .select(['a.matterId', 'a.position', 'a.unitCode', 'a.role', 'a.status', 'a.assignedAt'])
      .where('a.matter_id IN (:...ids)', { ids: [...matterIds] })
      .andWhere("a.status NOT IN ('withdrawn', 'cancelled')")
      .orderBy('a.matter_id', 'ASC')
      .addOrderBy('a.position', 'ASC')
      .getMany();
  }

  listEvents(matterId: string): Promise<MatterEventEntity[]> {
    return this.ds.getRepository(MatterEventEntity).find({ where: { matterId }, order: { seq: 'ASC' } });
  }

  // Display names by login name, in one query: the people a timeline names (unknown names are left out).
  displayNamesOf(usernames: readonly string[]): Promise<Map<string, string>> {
    return new UserRepository(this.ds).displayNamesOf(usernames);
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

  // The handler (承办人) a unit named on its part of a matter, as last projected (the workflow's state keeps it; no
  // column does): what an escalation notice to that unit names.
  async handlerOf(matterId: string, unitCode: string): Promise<AssignmentHandler | null> {
    const row = await this.ds.getRepository(MatterEntity).findOne({ where: { id: matterId }, select: ['id', 'state'] });
    return (row && activeAssignment(row.state, unitCode)?.handler) ?? null;
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
