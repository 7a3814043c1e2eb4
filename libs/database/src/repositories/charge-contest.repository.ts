import type { DataSource } from 'typeorm';

import { ChargeContestEntity, EscalationEntity, MatterAssignmentEntity, MatterEntity } from '../entities';
import { ASSIGNMENT_OVERDUE_SQL } from './supervision-read.helpers';

export interface ContestListQuery {
  status?: string;
  unitCode?: string;
  matterId?: string;
  offset: number;
  limit: number;
}

// A contest with what it contests: the matter's code and title, and the escalation's level and time.
export interface ContestRow {
  contest: ChargeContestEntity;
  matterCode: string | null;
  matterTitle: string | null;
  level: string | null;
  chargedAt: Date | null;
}

export interface ContestDecision {
  status: 'accepted' | 'rejected';
  decidedBy: string;
  decidedCapacity: string;
  decidedAt: Date;
  decisionReason: string;
}

// The key that allows one pending or accepted contest per charge (a rejected one frees it for a new contest).
export const contestOpenKey = (kind: string, matterId: string, seq: number | null, unitCode: string): string =>
  `${kind}:${matterId}:${seq ?? '-'}:${unitCode}`;

// MySQL answers raw datetimes as Date, SQLite as 'YYYY-MM-DD hh:mm:ss.sss' (UTC).
const asDate = (v: unknown): Date | null =>
  v instanceof Date ? v : typeof v === 'string' ? new Date(`${v.replace(' ', 'T')}Z`) : null;

export class ChargeContestRepository {
  constructor(private readonly ds: DataSource) {}

  // Inserts a new pending contest; false when one of the same charge is already pending or accepted.
  async insertOpen(row: ChargeContestEntity): Promise<boolean> {
    await this.ds.getRepository(ChargeContestEntity).createQueryBuilder().insert().values(row).orIgnore().execute();
    return (await this.ds.getRepository(ChargeContestEntity).existsBy({ id: row.id })) === true;
  }

  findById(id: string): Promise<ChargeContestEntity | null> {
    return this.ds.getRepository(ChargeContestEntity).findOneBy({ id });
  }

  // One unit's contests on a matter (its earlier ones, for the domain's rules).
  listOfUnitOnMatter(matterId: string, unitCode: string): Promise<ChargeContestEntity[]> {
    return this.ds
      .getRepository(ChargeContestEntity)
      .find({ where: { matterId, unitCode }, order: { filedAt: 'ASC' } });
  }

  // A matter's contests, oldest first; of one unit when given.
  listOnMatter(matterId: string, unitCode?: string): Promise<ChargeContestEntity[]> {
    return this.ds
      .getRepository(ChargeContestEntity)
      .find({ where: unitCode ? { matterId, unitCode } : { matterId }, order: { filedAt: 'ASC', id: 'ASC' } });
  }

  // Contests the office upheld (accepted) per unit, decided within [from, to): the 考核 sheet's figure.
  async upheldByUnit(from: Date, to: Date): Promise<Map<string, number>> {
    const rows = await this.ds
      .getRepository(ChargeContestEntity)
      .createQueryBuilder('c')
      .select('c.unit_code', 'unit_code')
      .addSelect('COUNT(*)', 'n')
      .where("c.status = 'accepted'")
      .andWhere('c.decided_at >= :from AND c.decided_at < :to', { from, to })
      .groupBy('c.unit_code')
      .getRawMany<{ unit_code: string; n: string | number }>();
    return new Map(rows.map((r) => [r.unit_code, Number(r.n)]));
  }

  // Newest first.
  async list(q: ContestListQuery): Promise<{ rows: ContestRow[]; total: number }> {
    const qb = this.ds.getRepository(ChargeContestEntity).createQueryBuilder('c');
    if (q.status) {
      qb.andWhere('c.status = :status', { status: q.status });
    }
    if (q.unitCode) {
      qb.andWhere('c.unit_code = :unitCode', { unitCode: q.unitCode });
    }
    if (q.matterId) {
      qb.andWhere('c.matter_id = :matterId', { matterId: q.matterId });
    }
    const [total, contests] = await Promise.all([
      qb.clone().getCount(),
      qb.clone().orderBy('c.filedAt', 'DESC').addOrderBy('c.id', 'DESC').skip(q.offset).take(q.limit).getMany(),
    ]);
    return { rows: await this.withCharges(contests), total };
  }

  async withCharges(contests: ChargeContestEntity[]): Promise<ContestRow[]> {
    if (contests.length === 0) {
      return [];
    }
    const matterIds = [...new Set(contests.map((c) => c.matterId))];
    const [matters, escalations] = await Promise.all([
      this.ds
        .getRepository(MatterEntity)
        .createQueryBuilder('m')
        .select(['m.id AS id', 'm.code AS code', 'm.title AS title'])
        .where('m.id IN (:...matterIds)', { matterIds })
        .getRawMany<{ id: string; code: string; title: string }>(),
      this.ds
        .getRepository(EscalationEntity)
        .createQueryBuilder('e')
        .select(['e.matter_id AS matter_id', 'e.seq AS seq', 'e.level AS level', 'e.at AS at'])
        .where('e.matter_id IN (:...matterIds)', { matterIds })
        .getRawMany<{ matter_id: string; seq: number | string; level: string; at: unknown }>(),
    ]);
    const byMatter = new Map(matters.map((m) => [m.id, m]));
    const byEscalation = new Map(escalations.map((e) => [`${e.matter_id}#${Number(e.seq)}`, e]));
    return contests.map((contest) => {
      const m = byMatter.get(contest.matterId);
      const e =
        contest.escalationSeq === null ? undefined : byEscalation.get(`${contest.matterId}#${contest.escalationSeq}`);
      return {
        contest,
        matterCode: m?.code ?? null,
        matterTitle: m?.title ?? null,
        level: e?.level ?? null,
        chargedAt: asDate(e?.at),
      };
    });
  }

  // Decides a pending contest; false when it was no longer pending. A rejection frees the charge for a new contest.
  async decide(id: string, d: ContestDecision): Promise<boolean> {
    const result = await this.ds
      .getRepository(ChargeContestEntity)
      .createQueryBuilder()
      .update()
      .set({ ...d, ...(d.status === 'rejected' ? { openKey: null } : {}) })
      .where('id = :id AND status = :pending', { id, pending: 'pending' })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  findEscalation(matterId: string, seq: number): Promise<EscalationEntity | null> {
    return this.ds.getRepository(EscalationEntity).findOneBy({ matterId, seq });
  }

  // Whether the matter charges the unit with being overdue: its charged due date passed while it still answers
  // for the matter (the accountability model's definition, as the projection stores it), or it led the matter
  // and the office closed it late.
  async overdueCharge(matterId: string, unitCode: string, today: string): Promise<boolean> {
    const [open, closedLate] = await Promise.all([
      this.ds
        .getRepository(MatterAssignmentEntity)
        .createQueryBuilder('a')
        .where('a.matter_id = :matterId AND a.unit_code = :unitCode', { matterId, unitCode })
        .andWhere(ASSIGNMENT_OVERDUE_SQL, { today })
        .getExists(),
      this.ds
        .getRepository(MatterEntity)
        .createQueryBuilder('m')
        .where('m.id = :matterId AND m.lead_unit_code = :unitCode', { matterId, unitCode })
        .andWhere("m.status = 'closed' AND m.closed_on_time = :late", { late: false })
        .getExists(),
    ]);
    return open || closedLate;
  }
}
