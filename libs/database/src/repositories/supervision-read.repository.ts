import type {
  EscalationItem,
  EscalationLevel,
  EscalationLevelCounts,
  EscalationSummary,
  LeadershipMattersSummary,
  LightCounts,
  MeetingProgress,
  MonthlyClosures,
  StatusCounts,
  SupervisedMatterItem,
  UnitLights,
  UnitScorecard,
} from '@app/contracts';
import { ESCALATION_LEVELS, MATTER_STATUSES, OPEN_ASSIGNMENT_STATUSES } from '@app/contracts';
import { defined } from '@app/domain';
import { onTimeRate, UnitDirectory } from '@app/domain';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { CalendarLoader } from '../calendar/calendar-loader';
import {
  ChargeContestEntity,
  EscalationEntity,
  MatterAssignmentEntity,
  MatterEntity,
  MeetingEntity,
  MemberUnitEntity,
} from '../entities';
import { toDirectoryUnit } from '../units/unit-directory-loader';
import { CalendarRepository } from './calendar.repository';
import { ESCALATION_STANDS_SQL, OVERDUE_WITHDRAWN_ON } from './charge-contest.sql';
import type { MatterItemRow, UnitRef, WorkingDaysBetween } from './supervision-read.helpers';
import {
  addDays,
  ASSIGNMENT_OVERDUE_SQL,
  CHARGED_LIGHT_SQL,
  MATTER_LIGHT_SHOWN_SQL,
  countBy,
  dueSql,
  OVERDUE_SQL,
  monthBuckets,
  num,
  OPEN_STATUSES,
  shanghaiMidnight,
  sum,
  tally,
  toEscalationItem,
  toMatterItem,
  toMeetingProgress,
  toScorecard,
  zeroLevels,
  zeroLights,
  zeroStatuses,
} from './supervision-read.helpers';

export interface SupervisionPageQuery {
  // The lead unit.
  unitCode?: string;
  offset: number;
  limit: number;
  // With each row's lead handler (承办人): their name, and their phone too ('with-phone'; for the office only).
  handlers?: 'name' | 'with-phone';
}

export interface EscalationListQuery {
  level?: EscalationLevel;
  unitCode?: string;
  offset: number;
  limit: number;
}

// A calendar year in Asia/Shanghai: instants [from, to) and dates [fromDate, toDate].
export interface YearScope {
  from: Date;
  to: Date;
  fromDate: string;
  toDate: string;
}

// `startOf` gives the instant a calendar date starts in the one time profile (real: midnight in Asia/Shanghai).
export const yearScope = (year: number, startOf: (date: string) => Date = shanghaiMidnight): YearScope => ({
  from: startOf(`${year}-01-01`),
  to: startOf(`${year + 1}-01-01`),
  fromDate: `${year}-01-01`,
  toDate: `${year}-12-31`,
});

export interface EscalationPeriod {
  // Instants; `to` is exclusive.
  from?: Date;
  to?: Date;
}

type Raw = Record<string, unknown>;

const DUE = dueSql('m');
// The one definition of overdue (libs/domain/src/accountability, stored by the projection): the unit's charged
// due date has passed. A matter the office holds has none; nor has a co-unit that contributed.
const OVERDUE = OVERDUE_SQL('m');
// A unit's figures leave out the charges withdrawn on a contest it won (申诉, see charge-contest.sql.ts): counted
// as all of them minus the withdrawn ones, which are read from the few accepted contests.
const ASSIGNMENT_OVERDUE_WITHDRAWN = OVERDUE_WITHDRAWN_ON('a.matter_id', 'a.unit_code');
const LEAD_OVERDUE_WITHDRAWN = OVERDUE_WITHDRAWN_ON('m.id', 'm.lead_unit_code');
const RECENT_MEETINGS = 20;
const TOP_OVERDUE = 20;

// Read-only queries behind the supervision views (督查督办). Every query is shaped to be answered from an
// index (see migration 1764345600000): aggregates read covering indexes, and lists pick ids from a covering
// index before fetching the few rows they show by primary key.
export class SupervisionReadRepository {
  private readonly calendar: CalendarLoader;

  // The calendar counts days in working days; without one given, it is read from the same database.
  constructor(
    private readonly ds: DataSource,
    calendar?: CalendarLoader,
  ) {
    this.calendar = calendar ?? new CalendarLoader(new CalendarRepository(ds));
  }

  async overdueList(
    today: string,
    q: SupervisionPageQuery,
    units?: UnitRef[],
  ): Promise<{ rows: SupervisedMatterItem[]; total: number }> {
    const where = this.openMatters(q.unitCode).andWhere(OVERDUE, { today });
    return this.matterPage(where, today, q, units);
  }

  // Open matters on a yellow light, or due between today and `withinDate` (inclusive).
  async nearDueList(
    today: string,
    withinDate: string,
    q: SupervisionPageQuery,
  ): Promise<{ rows: SupervisedMatterItem[]; total: number }> {
    const where = this.openMatters(q.unitCode).andWhere(
      `(m.light = 'yellow' OR (${DUE} >= :today AND ${DUE} <= :withinDate))`,
      { today, withinDate },
    );
    return this.matterPage(where, today, q);
  }

  async escalationsByLevelAndUnit(period: EscalationPeriod): Promise<Omit<EscalationSummary, 'from' | 'to'>> {
    const qb = this.escalationsAgainstUnits(period)
      .select('e.level', 'level')
      .addSelect('e.unit_code', 'unit_code')
      .addSelect('COUNT(*)', 'n')
      .groupBy('e.level')
      .addGroupBy('e.unit_code');
    const [rows, units] = await Promise.all([qb.getRawMany<Raw>(), this.units()]);
    // Every member unit, in order; then escalations on no unit (the office's own turnaround), if any.
    const byUnit = new Map<string | null, EscalationLevelCounts>(units.map((u) => [u.code, zeroLevels()]));
    const byLevel = zeroLevels();
    for (const r of rows) {
      const unit = (r.unit_code as string | null) ?? null;
      if (!byUnit.has(unit)) {
        byUnit.set(unit, zeroLevels());
      }
      tally(byUnit.get(unit)!, r.level, r.n);
      tally(byLevel, r.level, r.n);
    }
    const names = new Map(units.map((u) => [u.code, u.nameZh]));
    return {
      byLevel,
      total: sum(byLevel),
      units: [...byUnit].map(([unitCode, counts]) => ({
        unitCode,
        unitNameZh: unitCode === null ? null : (names.get(unitCode) ?? unitCode),
        byLevel: counts,
        total: sum(counts),
      })),
    };
  }

  // Newest first. Keys come from a covering index; the rows shown are then read by primary key.
  async escalationList(q: EscalationListQuery): Promise<{ rows: EscalationItem[]; total: number }> {
    const where = this.ds.getRepository(EscalationEntity).createQueryBuilder('e');
    if (q.level) {
      where.andWhere('e.level = :level', { level: q.level });
    }
    if (q.unitCode) {
      where.andWhere('e.unit_code = :unitCode', { unitCode: q.unitCode });
    }
    const [count, keys] = await Promise.all([
      where.clone().select('COUNT(*)', 'n').getRawOne<Raw>(),
      where
        .clone()
        .select('e.matter_id', 'matter_id')
        .addSelect('e.seq', 'seq')
        .orderBy('e.at', 'DESC')
        .addOrderBy('e.matter_id', 'DESC')
        .addOrderBy('e.seq', 'DESC')
        .offset(q.offset)
        .limit(q.limit)
        .getRawMany<Raw>(),
    ]);
    return { rows: await this.escalationRows(keys), total: num(count?.n) };
  }

  // All time, or one year (考核 reads the same queries): assignments by when they were given, closures by when
  // they closed, open overdue matters by the date they are charged against.
  async unitScorecard(today: string, year?: YearScope): Promise<UnitScorecard[]> {
    const units = await this.units();
    const codes = units.map((u) => u.code);
    const assignedIn = (qb: SelectQueryBuilder<MatterAssignmentEntity>) =>
      year ? qb.andWhere('a.assigned_at >= :yearFrom AND a.assigned_at < :yearTo', this.yearParams(year)) : qb;
    const closedIn = (qb: SelectQueryBuilder<MatterEntity>) => {
      qb.andWhere("m.status = 'closed'");
      return year ? qb.andWhere('m.closed_at >= :yearFrom AND m.closed_at < :yearTo', this.yearParams(year)) : qb;
    };
    // Matters it leads that are due and still open (past the date it is charged against), unless the overdue
    // charge was withdrawn on a contest.
    const leadOverdue = (qb: SelectQueryBuilder<MatterEntity>) => {
      qb.andWhere(OVERDUE, { today });
      return year ? qb.andWhere('m.charged_due_date >= :fromDate AND m.charged_due_date <= :toDate', year) : qb;
    };
    // Its own open assignments past their charged date.
    const overdueNow = (qb: SelectQueryBuilder<MatterAssignmentEntity>) =>
      assignedIn(qb.andWhere(ASSIGNMENT_OVERDUE_SQL, { today }));
    const escalations = this.escalationsAgainstUnits({}).andWhere('e.unit_code IN (:...codes)', { codes });
    if (year) {
      escalations.andWhere('e.at >= :yearFrom AND e.at < :yearTo', this.yearParams(year));
    }
    const perUnit = (qb: SelectQueryBuilder<ObjectLiteral>, unit: string) =>
      qb.select(unit, 'unit_code').addSelect('COUNT(*)', 'n').groupBy(unit).getRawMany<Raw>();
    const [assignments, overdue, overdueWithdrawn, closed, closedWithdrawn, late, lateWithdrawn, levelRows] =
      await Promise.all([
        this.assignmentStats(codes, year),
        perUnit(overdueNow(this.openAssignments(codes)), 'a.unit_code'),
        perUnit(overdueNow(this.withdrawnOverdue(this.openAssignments(codes))), 'a.unit_code'),
        closedIn(this.matters())
          .select('m.lead_unit_code', 'unit_code')
          .addSelect('COUNT(*)', 'closed')
          .addSelect('SUM(CASE WHEN m.closed_on_time THEN 1 ELSE 0 END)', 'on_time')
          .addSelect('AVG(m.close_working_days)', 'avg_days')
          .groupBy('m.lead_unit_code')
          .getRawMany<Raw>(),
        // Closed late, but the overdue charge was withdrawn on a contest: out of the on-time rate's matters due.
        perUnit(
          closedIn(this.leadWithdrawn()).andWhere('(CASE WHEN m.closed_on_time THEN 1 ELSE 0 END) = 0'),
          'm.lead_unit_code',
        ),
        perUnit(leadOverdue(this.matters()), 'm.lead_unit_code'),
        perUnit(leadOverdue(this.leadWithdrawn()), 'm.lead_unit_code'),
        escalations
          .select('e.unit_code', 'unit_code')
          .addSelect('e.level', 'level')
          .addSelect('COUNT(*)', 'n')
          .groupBy('e.unit_code')
          .addGroupBy('e.level')
          .getRawMany<Raw>(),
      ]);
    const byUnit = (rows: Raw[]) => new Map(rows.map((r) => [r.unit_code as string, r]));
    const countsOf = (rows: Raw[]) => new Map(rows.map((r) => [r.unit_code as string, num(r.n)]));
    const less = (all: Raw[], withdrawn: Raw[]) => {
      const minus = countsOf(withdrawn);
      return byUnit(all.map((r) => ({ ...r, n: num(r.n) - (minus.get(r.unit_code as string) ?? 0) })));
    };
    const withdrawnClosures = countsOf(closedWithdrawn);
    const [a, o, l] = [byUnit(assignments), less(overdue, overdueWithdrawn), less(late, lateWithdrawn)];
    const c = byUnit(closed.map((r) => ({ ...r, withdrawn: withdrawnClosures.get(r.unit_code as string) ?? 0 })));
    const levels = new Map(codes.map((code) => [code, zeroLevels()]));
    for (const r of levelRows) {
      const counts = levels.get(r.unit_code as string);
      if (counts) {
        tally(counts, r.level, r.n);
      }
    }
    return units.map((u) =>
      toScorecard(u, a.get(u.code), o.get(u.code), c.get(u.code), l.get(u.code), levels.get(u.code)),
    );
  }

  private yearParams(year: YearScope): { yearFrom: Date; yearTo: Date } {
    return { yearFrom: year.from, yearTo: year.to };
  }

  // One meeting, or the most recent `limit` meetings, newest first.
  async meetingProgress(today: string, opts: { meetingId?: string; limit?: number } = {}): Promise<MeetingProgress[]> {
    const meetings = this.ds
      .getRepository(MeetingEntity)
      .createQueryBuilder('mt')
      .select(['mt.id', 'mt.title', 'mt.kind', 'mt.heldOn'])
      .orderBy('mt.heldOn', 'DESC')
      .addOrderBy('mt.createdAt', 'DESC');
    if (opts.meetingId) {
      meetings.where('mt.id = :meetingId', { meetingId: opts.meetingId });
    }
    const rows = await meetings.take(opts.limit ?? RECENT_MEETINGS).getMany();
    if (rows.length === 0) {
      return [];
    }
    const counts = await this.matters()
      .where('m.meeting_id IN (:...meetingIds)', { meetingIds: rows.map((r) => r.id) })
      .select('m.meeting_id', 'meeting_id')
      .addSelect('m.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .addSelect(`SUM(CASE WHEN ${OVERDUE} THEN 1 ELSE 0 END)`, 'past_due')
      .setParameter('today', today)
      .groupBy('m.meeting_id')
      .addGroupBy('m.status')
      .getRawMany<Raw>();
    return rows.map((mt) =>
      toMeetingProgress(
        mt,
        counts.filter((c) => c.meeting_id === mt.id),
      ),
    );
  }

  async leadershipSummary(today: string): Promise<LeadershipMattersSummary> {
    const since = addDays(today, -30);
    const units = await this.units();
    const [byStatus, openByLight, onTime, overdue, openByLevel, recentByLevel, unitLights, meetings, closures] =
      await Promise.all([
        this.statusTotals(),
        this.openLights(),
        this.onTimeCounts(),
        this.overdueList(today, { offset: 0, limit: TOP_OVERDUE }, units),
        this.openEscalationLevels(),
        this.escalationLevelsSince(shanghaiMidnight(since)),
        this.unitLights(units, today),
        this.meetingProgress(today, { limit: RECENT_MEETINGS }),
        this.closuresByMonth(today),
      ]);
    return {
      today,
      generatedAt: new Date().toISOString(),
      totals: { all: sum(byStatus), byStatus },
      openByLight,
      // 准时办结率: closed by the effective due date over the matters that are due (closed, plus open ones past
      // the date they are charged against), both numbers given.
      onTime: {
        ...onTime,
        due: onTime.closed + overdue.total,
        rate: onTimeRate(onTime.closedOnTime, onTime.closed + overdue.total),
      },
      overdue: { count: overdue.total, top: overdue.rows },
      escalations: { openByLevel, since, recentByLevel },
      unitLights,
      meetings,
      closuresByMonth: closures,
    };
  }

  private matters(): SelectQueryBuilder<MatterEntity> {
    return this.ds.getRepository(MatterEntity).createQueryBuilder('m');
  }

  private openMatters(leadUnitCode?: string): SelectQueryBuilder<MatterEntity> {
    const qb = this.matters().where('m.status IN (:...openStatuses)', { openStatuses: OPEN_STATUSES });
    return leadUnitCode ? qb.andWhere('m.lead_unit_code = :leadUnitCode', { leadUnitCode }) : qb;
  }

  // Open assignments (of open matters) of the given units, from matter_assignments alone: the projection copies the
  // matter's status and light onto each of its assignments in the same transaction.
  private openAssignments(unitCodes: string[]): SelectQueryBuilder<MatterAssignmentEntity> {
    return this.ds
      .getRepository(MatterAssignmentEntity)
      .createQueryBuilder('a')
      .where('a.unit_code IN (:...unitCodes)', { unitCodes })
      .andWhere('a.status IN (:...openAssignmentStatuses)', { openAssignmentStatuses: OPEN_ASSIGNMENT_STATUSES })
      .andWhere('a.matter_status IN (:...openStatuses)', { openStatuses: OPEN_STATUSES });
  }

  // Of those assignments, the ones whose overdue charge was withdrawn on an accepted contest.
  private withdrawnOverdue(qb: SelectQueryBuilder<MatterAssignmentEntity>): SelectQueryBuilder<MatterAssignmentEntity> {
    return qb.innerJoin(ChargeContestEntity, 'wc', ASSIGNMENT_OVERDUE_WITHDRAWN);
  }

  // Matters whose overdue charge against their lead unit was withdrawn on an accepted contest.
  private leadWithdrawn(): SelectQueryBuilder<MatterEntity> {
    return this.matters().innerJoin(ChargeContestEntity, 'wc', LEAD_OVERDUE_WITHDRAWN);
  }

  private escalationsIn(period: EscalationPeriod): SelectQueryBuilder<EscalationEntity> {
    // The level list lets the (level, at, unit_code) index serve the period as a range.
    const qb = this.ds
      .getRepository(EscalationEntity)
      .createQueryBuilder('e')
      .where('e.level IN (:...levels)', { levels: ESCALATION_LEVELS });
    if (period.from) {
      qb.andWhere('e.at >= :from', { from: period.from });
    }
    if (period.to) {
      qb.andWhere('e.at < :to', { to: period.to });
    }
    return qb;
  }

  // Escalations as they count against their unit (its figures): one withdrawn on an accepted contest (申诉) is
  // left out. Leadership's "escalations fired" counts every one that went out.
  private escalationsAgainstUnits(period: EscalationPeriod): SelectQueryBuilder<EscalationEntity> {
    return this.escalationsIn(period).andWhere(ESCALATION_STANDS_SQL('e'));
  }

  // Every unit, merged and dissolved ones included: their figures of past periods stay under them, labelled with
  // what became of them (区统计局（已并入区发展和改革局）).
  private async units(): Promise<UnitRef[]> {
    const rows = await this.ds.getRepository(MemberUnitEntity).find({ order: { ordinal: 'ASC' } });
    const dir = new UnitDirectory(rows.map((r) => toDirectoryUnit(r, [])));
    return rows.map((u) => ({ code: u.code, ordinal: u.ordinal, nameZh: dir.labelZh(u.code) }));
  }

  private async matterPage<T extends ObjectLiteral>(
    where: SelectQueryBuilder<T>,
    today: string,
    q: SupervisionPageQuery,
    units?: UnitRef[],
  ): Promise<{ rows: SupervisedMatterItem[]; total: number }> {
    const [count, ids] = await Promise.all([
      where.clone().select('COUNT(*)', 'n').getRawOne<Raw>(),
      where
        .clone()
        .select('m.id', 'id')
        .orderBy(DUE, 'ASC')
        .addOrderBy('m.id', 'ASC')
        .offset(q.offset)
        .limit(q.limit)
        .getRawMany<Raw>(),
    ]);
    const matterIds = ids.map((r) => r.id as string);
    const [rows, handlers] = await Promise.all([
      this.matterItems(matterIds, today, units ?? (await this.units())),
      q.handlers ? this.leadHandlers(matterIds) : undefined,
    ]);
    if (handlers) {
      for (const row of rows) {
        const h = handlers.get(row.id);
        row.leadHandler = h ? { name: h.name, phone: q.handlers === 'with-phone' ? h.phone : null } : null;
      }
    }
    return { rows, total: num(count?.n) };
  }

  // The handler the lead unit named on each matter (its current assignment as lead), by matter id.
  private async leadHandlers(ids: string[]): Promise<Map<string, { name: string; phone: string | null }>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows = await this.ds
      .getRepository(MatterAssignmentEntity)
      .createQueryBuilder('a')
      .select(['a.matter_id AS matter_id', 'a.handler_name AS name', 'a.handler_phone AS phone'])
      .where('a.matter_id IN (:...ids)', { ids })
      .andWhere("a.role = 'lead' AND a.status <> 'withdrawn' AND a.handler_name IS NOT NULL")
      .getRawMany<{ matter_id: string; name: string; phone: string | null }>();
    return new Map(rows.map((r) => [r.matter_id, { name: r.name, phone: r.phone ?? null }]));
  }

  private async matterItems(ids: string[], today: string, units: UnitRef[]): Promise<SupervisedMatterItem[]> {
    if (ids.length === 0) {
      return [];
    }
    const byCode = new Map(units.map((u) => [u.code, u]));
    const [rows, calendar] = await Promise.all([
      this.matters()
        .where('m.id IN (:...ids)', { ids })
        .select(['m.id AS id', 'm.code AS code', 'm.title AS title', 'm.lead_unit_code AS lead_unit_code'])
        .addSelect(['m.meeting_id AS meeting_id', 'm.status AS status', 'm.light AS light'])
        .addSelect(['m.escalation_level AS escalation_level', 'm.extension_pending AS extension_pending'])
        .addSelect(DUE, 'due')
        .addSelect('m.charged_due_date', 'charged')
        .getRawMany<MatterItemRow>(),
      this.calendar.load(),
    ]);
    const workingDays: WorkingDaysBetween = (from, to, unitCode) => calendar.workingDaysBetween(from, to, unitCode);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toMatterItem(row, today, byCode, workingDays)] : [];
    });
  }

  private async escalationRows(keys: Raw[]): Promise<EscalationItem[]> {
    if (keys.length === 0) {
      return [];
    }
    const [rows, units] = await Promise.all([
      this.ds
        .getRepository(EscalationEntity)
        .createQueryBuilder('e')
        .leftJoin(MatterEntity, 'm', 'm.id = e.matter_id')
        .where('e.matter_id IN (:...matterIds)', { matterIds: [...new Set(keys.map((k) => k.matter_id))] })
        .select(['e.matter_id AS matter_id', 'e.seq AS seq', 'e.level AS level', 'e.reason AS reason'])
        .addSelect(['e.origin AS origin', 'e.unit_code AS unit_code', 'e.at AS at', 'e.notice_no AS notice_no'])
        .addSelect(['m.code AS code', 'm.title AS title'])
        .getRawMany<Raw>(),
      this.unitMap(),
    ]);
    // The rows were read per matter: keep exactly the page's keys, in the page's order.
    const key = (r: Raw): string => `${String(r.matter_id)}#${num(r.seq)}`;
    const byKey = new Map(rows.map((r) => [key(r), r]));
    return keys.flatMap((k) => {
      const row = byKey.get(key(k));
      return row ? [toEscalationItem(row, units)] : [];
    });
  }

  private async unitMap(): Promise<Map<string, UnitRef>> {
    return new Map((await this.units()).map((u) => [u.code, u]));
  }

  private assignmentStats(unitCodes: string[], year?: YearScope): Promise<Raw[]> {
    const qb = this.ds
      .getRepository(MatterAssignmentEntity)
      .createQueryBuilder('a')
      .where('a.unit_code IN (:...unitCodes)', { unitCodes })
      .andWhere("a.status <> 'withdrawn'");
    if (year) {
      qb.andWhere('a.assigned_at >= :yearFrom AND a.assigned_at < :yearTo', this.yearParams(year));
    }
    return qb
      .select('a.unit_code', 'unit_code')
      .addSelect('COUNT(*)', 'assigned')
      .addSelect(
        'SUM(CASE WHEN a.status IN (:...openAssignmentStatuses) AND a.matter_status IN (:...openStatuses) THEN 1 ELSE 0 END)',
        'open',
      )
      .addSelect('SUM(CASE WHEN a.acknowledged_at IS NOT NULL THEN 1 ELSE 0 END)', 'acknowledged')
      .addSelect('SUM(CASE WHEN a.acknowledged_on_time THEN 1 ELSE 0 END)', 'ack_on_time')
      .addSelect('AVG(a.ack_working_days)', 'avg_ack')
      .addSelect('SUM(a.return_count)', 'returns')
      .setParameters({ openAssignmentStatuses: OPEN_ASSIGNMENT_STATUSES, openStatuses: OPEN_STATUSES })
      .groupBy('a.unit_code')
      .getRawMany<Raw>();
  }

  private async statusTotals(): Promise<StatusCounts> {
    const rows = await this.matters()
      .where('m.status IN (:...statuses)', { statuses: MATTER_STATUSES })
      .select('m.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .groupBy('m.status')
      .getRawMany<Raw>();
    return countBy(rows, 'status', zeroStatuses());
  }

  private async openLights(): Promise<LightCounts> {
    const rows = await this.openMatters()
      .select('m.light', 'light')
      .addSelect('COUNT(*)', 'n')
      .groupBy('m.light')
      .getRawMany<Raw>();
    return countBy(rows, 'light', zeroLights());
  }

  private async onTimeCounts(): Promise<{ closed: number; closedOnTime: number }> {
    const row = await this.matters()
      .where("m.status = 'closed'")
      .select('COUNT(*)', 'closed')
      .addSelect('SUM(CASE WHEN m.closed_on_time THEN 1 ELSE 0 END)', 'on_time')
      .getRawOne<Raw>();
    return { closed: num(row?.closed), closedOnTime: num(row?.on_time) };
  }

  private async openEscalationLevels(): Promise<EscalationLevelCounts> {
    const rows = await this.openMatters()
      .andWhere('m.escalation_level IN (:...levels)', { levels: ESCALATION_LEVELS })
      .select('m.escalation_level', 'level')
      .addSelect('COUNT(*)', 'n')
      .groupBy('m.escalation_level')
      .getRawMany<Raw>();
    return countBy(rows, 'level', zeroLevels());
  }

  private async escalationLevelsSince(from: Date): Promise<EscalationLevelCounts> {
    const rows = await this.escalationsIn({ from })
      .select('e.level', 'level')
      .addSelect('COUNT(*)', 'n')
      .groupBy('e.level')
      .getRawMany<Raw>();
    return countBy(rows, 'level', zeroLevels());
  }

  // A unit's light on each matter it still answers for: red only for its own breach (its charged date passed);
  // the matter's red for someone else's breach shows as yellow (at risk). Co-units that contributed drop out.
  private async unitLights(units: UnitRef[], today: string): Promise<UnitLights[]> {
    const answering = () => this.openAssignments(units.map((u) => u.code)).andWhere("a.duty <> 'none'");
    const [rows, withdrawn] = await Promise.all([
      answering()
        .select('a.unit_code', 'unit_code')
        // Not aliased `light`: MySQL resolves a GROUP BY name against the tables' columns first.
        .addSelect(CHARGED_LIGHT_SQL, 'own_light')
        .addSelect('COUNT(*)', 'n')
        .setParameter('today', today)
        .groupBy('a.unit_code')
        .addGroupBy('own_light')
        .getRawMany<Raw>(),
      // Past the charged date, but the overdue charge was withdrawn on a contest: no red of its own.
      this.withdrawnOverdue(answering())
        .andWhere('a.charged_due_date < :today', { today })
        .select('a.unit_code', 'unit_code')
        .addSelect(MATTER_LIGHT_SHOWN_SQL, 'own_light')
        .addSelect('COUNT(*)', 'n')
        .groupBy('a.unit_code')
        .addGroupBy('own_light')
        .getRawMany<Raw>(),
    ]);
    return units.map((u) => {
      const byLight = countBy(
        rows.filter((r) => r.unit_code === u.code),
        'own_light',
        zeroLights(),
      );
      for (const r of withdrawn.filter((w) => w.unit_code === u.code)) {
        byLight.red -= num(r.n);
        tally(byLight, r.own_light, r.n);
      }
      return { unitCode: u.code, ordinal: u.ordinal, nameZh: u.nameZh, open: sum(byLight), byLight };
    });
  }

  // Month buckets are a CASE over precomputed ranges of closed_at, so the grouping stays portable between
  // MySQL and SQLite and the scan stays on the (status, closed_at, closed_on_time) index.
  private async closuresByMonth(today: string): Promise<MonthlyClosures[]> {
    const { labels, bounds } = monthBuckets(today);
    const params: Record<string, Date> = {};
    const whens = labels.slice(0, -1).map((_, i) => {
      params[`monthEnd${i}`] = defined(bounds[i + 1], 'a bound after each month');
      return `WHEN m.closed_at < :monthEnd${i} THEN ${i}`;
    });
    const rows = await this.matters()
      .where("m.status = 'closed'")
      .andWhere('m.closed_at >= :rangeStart AND m.closed_at < :rangeEnd', {
        rangeStart: bounds[0],
        rangeEnd: bounds[labels.length],
      })
      .select(`CASE ${whens.join(' ')} ELSE ${labels.length - 1} END`, 'bucket')
      .addSelect('COUNT(*)', 'closed')
      .addSelect('SUM(CASE WHEN m.closed_on_time THEN 1 ELSE 0 END)', 'on_time')
      .setParameters(params)
      .groupBy('bucket')
      .getRawMany<Raw>();
    const byBucket = new Map(rows.map((r) => [num(r.bucket), r]));
    return labels.map((month, i) => ({
      month,
      closed: num(byBucket.get(i)?.closed),
      closedOnTime: num(byBucket.get(i)?.on_time),
    }));
  }
}
