import type { LeadershipMattersSummary } from '@app/contracts';
import { ESCALATION_LEVELS, MATTER_LIGHTS, MATTER_STATUSES, OPEN_ASSIGNMENT_STATUSES } from '@app/contracts';
import { defined } from '@app/domain';
import {
  BriefingRepository,
  CampaignRepository,
  dataSourceOptions,
  OVERDUE_STANDS_SQL,
  SupervisionReadRepository,
  UnitDirectoryLoader,
  UnitRepository,
} from '@app/database';
import type { SupervisionSeed } from '@app/testing';
import {
  BIG_TABLES,
  deleteSupervisionData,
  exerciseSupervisionViews,
  explainAll,
  formatExplain,
  leader,
  office,
  QueryCapture,
  seedSupervisionData,
  TestStack,
  unitUser,
} from '@app/testing';
import type { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';

import { SupervisionService } from '../../apps/api/src/supervision/supervision.service';
import { productApps } from '../support/product-apps';

const OPEN = "status IN ('in_progress', 'awaiting_verification')";
const DAY_MS = 86_400_000;
const addDays = (date: string, n: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const shanghaiMidnight = (date: string): Date => new Date(`${date}T00:00:00+08:00`);
// The conference's own tables that the summary's campaign and briefings tiles read (small, but indexed).
const CONFERENCE_TABLES = ['campaigns', 'campaign_units', 'briefings'];

// What the summary says, reduced to numbers that simple COUNT queries can confirm independently.
interface Snapshot {
  byStatus: Record<string, number>;
  openByLight: Record<string, number>;
  onTime: { closed: number; closedOnTime: number };
  overdue: number;
  openByLevel: Record<string, number>;
  recentByLevel: Record<string, number>;
  assignmentLights: Record<string, number>;
  justiceLights: Record<string, number>;
  meetings: Record<string, { total: number; closed: number; overdue: number }>;
  closuresByMonth: { month: string; closed: number; closedOnTime: number }[];
}

function fromSummary(s: LeadershipMattersSummary): Snapshot {
  const assignmentLights = Object.fromEntries(
    MATTER_LIGHTS.map((l) => [l, s.unitLights.reduce((n, u) => n + u.byLight[l], 0)]),
  );
  return {
    byStatus: s.totals.byStatus,
    openByLight: s.openByLight,
    onTime: { closed: s.onTime.closed, closedOnTime: s.onTime.closedOnTime },
    overdue: s.overdue.count,
    openByLevel: s.escalations.openByLevel,
    recentByLevel: s.escalations.recentByLevel,
    assignmentLights,
    justiceLights: s.unitLights.find((u) => u.unitCode === 'justice')!.byLight,
    meetings: Object.fromEntries(
      s.meetings.map((m) => [m.meetingId, { total: m.total, closed: m.closed, overdue: m.overdue }]),
    ),
    closuresByMonth: s.closuresByMonth,
  };
}

async function independentCounts(ds: DataSource, today: string, meetingIds: string[]): Promise<Snapshot> {
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number(defined((await ds.query<{ n: unknown }[]>(`SELECT COUNT(*) AS n FROM ${sql}`, params))[0], 'a count').n);
  // Overdue is the accountability model's charge, as the projection stores it.
  const overdueSql = 'charged_due_date < ?';
  const per = async <K extends string>(keys: readonly K[], fn: (k: K) => Promise<number>) =>
    Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await fn(k)] as const))) as Record<K, number>;
  // A unit's own light on what it still answers for: red for its own breach, the matter's red shown as yellow.
  // A charge withdrawn on an accepted contest (申诉, another file's) is no red.
  const ownLight =
    `CASE WHEN a.charged_due_date < ? AND ${OVERDUE_STANDS_SQL('a.matter_id', 'a.unit_code')} THEN 'red'` +
    ` WHEN m.light = 'red' THEN 'yellow' ELSE m.light END`;
  const assignmentLight = (light: string, unit?: string) =>
    count(
      `matter_assignments a JOIN matters m ON m.id = a.matter_id WHERE m.${OPEN} AND ${ownLight} = ?
       AND a.duty <> 'none'
       AND a.status IN (${OPEN_ASSIGNMENT_STATUSES.map(() => '?').join(', ')})${unit ? ' AND a.unit_code = ?' : ''}`,
      [today, light, ...OPEN_ASSIGNMENT_STATUSES, ...(unit ? [unit] : [])],
    );
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const months = Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 12 + i, 1));
    const next = new Date(Date.UTC(year, month - 11 + i, 1));
    return {
      label: d.toISOString().slice(0, 7),
      from: d.toISOString().slice(0, 10),
      to: next.toISOString().slice(0, 10),
    };
  });
  const closedIn = (from: string, to: string, extra = '') =>
    count(`matters WHERE status = 'closed' AND closed_at >= ? AND closed_at < ?${extra}`, [
      shanghaiMidnight(from),
      shanghaiMidnight(to),
    ]);
  return {
    byStatus: await per(MATTER_STATUSES, (s) => count('matters WHERE status = ?', [s])),
    openByLight: await per(MATTER_LIGHTS, (l) => count(`matters WHERE ${OPEN} AND light = ?`, [l])),
    onTime: {
      closed: await count("matters WHERE status = 'closed'"),
      closedOnTime: await count("matters WHERE status = 'closed' AND closed_on_time = 1"),
    },
    overdue: await count(`matters WHERE ${OPEN} AND ${overdueSql}`, [today]),
    openByLevel: await per(ESCALATION_LEVELS, (l) => count(`matters WHERE ${OPEN} AND escalation_level = ?`, [l])),
    recentByLevel: await per(ESCALATION_LEVELS, (l) =>
      count('escalations WHERE level = ? AND at >= ?', [l, shanghaiMidnight(addDays(today, -30))]),
    ),
    assignmentLights: await per(MATTER_LIGHTS, (l) => assignmentLight(l)),
    justiceLights: await per(MATTER_LIGHTS, (l) => assignmentLight(l, 'justice')),
    meetings: Object.fromEntries(
      await Promise.all(
        meetingIds.map(async (id) => [
          id,
          {
            total: await count('matters WHERE meeting_id = ?', [id]),
            closed: await count("matters WHERE meeting_id = ? AND status = 'closed'", [id]),
            overdue: await count(`matters WHERE meeting_id = ? AND ${OPEN} AND ${overdueSql}`, [id, today]),
          },
        ]),
      ),
    ),
    closuresByMonth: await Promise.all(
      months.map(async (m) => ({
        month: m.label,
        closed: await closedIn(m.from, m.to),
        closedOnTime: await closedIn(m.from, m.to, ' AND closed_on_time = 1'),
      })),
    ),
  };
}

describe('supervision views', () => {
  let stack: TestStack;
  let seed: SupervisionSeed | undefined;
  let probe: DataSource;
  let capture: QueryCapture;
  let repo: SupervisionReadRepository;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    seed = await seedSupervisionData(stack.dataSource, { matters: 10_000, meetings: 40, escalations: 3_000 });
    for (const table of BIG_TABLES) {
      await stack.dataSource.query(`ANALYZE TABLE \`${table}\``);
    }
    // A connection of its own, whose logger records exactly the queries under test.
    probe = new DataSource(dataSourceOptions({ type: 'mysql', url: process.env.DATABASE_URL!, logging: false }));
    await probe.initialize();
    capture = QueryCapture.attach(probe);
    repo = new SupervisionReadRepository(probe);
  }, 180_000);

  afterAll(async () => {
    if (seed) {
      await deleteSupervisionData(stack.dataSource, seed);
    }
    await probe?.destroy();
    await stack?.stop();
  }, 120_000);

  describe('over 10,000 matters', () => {
    it('answers the leadership summary from indexes: no full scan on the big tables', async () => {
      const queries = await capture.record(() => repo.leadershipSummary(seed!.today));
      expect(queries.length).toBeGreaterThanOrEqual(10);
      const explained = await explainAll(probe, queries);
      expect(explained.filter((e) => e.fullScans.length > 0).map(formatExplain)).toEqual([]);
      const bigAccesses = explained.flatMap((e) => e.plan).filter((p) => BIG_TABLES.includes(p.table as never));
      expect(bigAccesses.length).toBeGreaterThanOrEqual(10);
      expect(bigAccesses.filter((p) => p.key === null)).toEqual([]);
    }, 60_000);

    it("answers the summary's campaign and briefings tiles from indexes too", async () => {
      const config = { get: (key: string) => process.env[key] } as unknown as ConfigService;
      const service = new SupervisionService(
        repo,
        new CampaignRepository(probe),
        new BriefingRepository(probe),
        new UnitDirectoryLoader(new UnitRepository(probe)),
        config,
      );
      const queries = await capture.record(() => service.summary());
      const explained = await explainAll(probe, queries);
      expect(explained.filter((e) => e.fullScans.length > 0).map(formatExplain)).toEqual([]);
      const conference = explained.filter((e) => e.plan.some((p) => CONFERENCE_TABLES.includes(p.table)));
      // The latest campaign, its counts by status and its missing units; published briefings of the year, the latest.
      expect(conference.length).toBeGreaterThanOrEqual(3);
      const unindexed = conference.filter((e) =>
        e.plan.some((p) => CONFERENCE_TABLES.includes(p.table) && (p.type === 'ALL' || p.key === null)),
      );
      expect(unindexed.map(formatExplain)).toEqual([]);
    }, 60_000);

    it('answers every other supervision view from indexes, whatever the filters', async () => {
      const queries = await capture.record(() => exerciseSupervisionViews(repo, seed!));
      const explained = await explainAll(probe, queries);
      expect(explained.filter((e) => e.fullScans.length > 0).map(formatExplain)).toEqual([]);
    }, 60_000);

    it('gives numbers equal to independent COUNT queries', async () => {
      const today = seed!.today;
      // Other test files write to the same database: compare only when the counts held still around the summary.
      for (let attempt = 1; ; attempt++) {
        const ids = (await repo.leadershipSummary(today)).meetings.map((m) => m.meetingId);
        const before = await independentCounts(probe, today, ids);
        const summary = await repo.leadershipSummary(today);
        const after = await independentCounts(probe, today, ids);
        if (JSON.stringify(before) === JSON.stringify(after) || attempt === 5) {
          expect(fromSummary(summary)).toEqual(before);
          expect(summary.totals.all).toBeGreaterThanOrEqual(10_000);
          expect(summary.overdue.top).toHaveLength(Math.min(20, summary.overdue.count));
          const dues = summary.overdue.top.map((m) => m.dueDate);
          expect(dues).toEqual([...dues].sort());
          expect(summary.overdue.top.every((m) => m.daysOverdue > 0 && m.chargedDueDate! < today)).toBe(true);
          expect(summary.overdue.top.every((m) => m.dayUnit === 'working_day')).toBe(true);
          // 准时办结率 over the matters that are due: the closed ones and the open ones past their charged date.
          expect(summary.onTime.due).toBe(summary.onTime.closed + summary.overdue.count);
          expect(summary.onTime.rate).toBeCloseTo(summary.onTime.closedOnTime / summary.onTime.due, 3);
          expect(summary.unitLights).toHaveLength(21);
          expect(summary.closuresByMonth).toHaveLength(12);
          expect(summary.closuresByMonth[11]?.month).toBe(today.slice(0, 7));
          return;
        }
      }
    }, 120_000);
  });

  describe('over HTTP', () => {
    const get = async (path: string, query: Record<string, string | number> = {}, who = office()) =>
      stack.http
        .get(`/api/supervision/${path}`)
        .query(query)
        .set(await stack.headers(who));

    it('lists overdue matters, most overdue first, and filters by lead unit', async () => {
      const all = await get('overdue');
      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({ page: 1, pageSize: 20, today: seed!.today });
      expect(all.body.total).toBeGreaterThan(1000);
      expect(all.body.items).toHaveLength(20);
      expect(Object.keys(all.body.items[0]).sort()).toEqual(
        [
          'chargedDueDate',
          'code',
          'dayUnit',
          'daysLeft',
          'daysOverdue',
          'dueDate',
          'escalationLevel',
          'extensionPending',
          'id',
          // The lead unit's handler (承办人), null where none is named.
          'leadHandler',
          'leadUnitCode',
          'leadUnitNameZh',
          'light',
          'meetingId',
          'status',
          'title',
        ].sort(),
      );
      const justice = await get('overdue', { unit: 'justice', page: 2, pageSize: 5 });
      expect(justice.status).toBe(200);
      expect(justice.body.items.length).toBeGreaterThan(0);
      expect(justice.body.items.every((m: { leadUnitCode: string }) => m.leadUnitCode === 'justice')).toBe(true);
      // A well-formed code the directory does not know is no unit (404); a malformed one is bad input (400).
      const unknown = await get('overdue', { unit: 'nowhere' });
      expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'UNIT_NOT_FOUND' });
      expect((await get('overdue', { unit: 'No Where' })).status).toBe(400);
    });

    it('lists matters near their due date', async () => {
      const res = await get('near-due', { withinDays: 30 });
      expect(res.status).toBe(200);
      expect(res.body.withinDate).toBe(addDays(res.body.today as string, 30));
      for (const m of res.body.items as { light: string; dueDate: string }[]) {
        expect(m.light === 'yellow' || (m.dueDate >= res.body.today && m.dueDate <= res.body.withinDate)).toBe(true);
      }
      expect((await get('near-due', { withinDays: 500 })).status).toBe(400);
    });

    it('lists escalations newest first and summarises them by level and unit', async () => {
      const res = await get('escalations', { level: 'urging', unit: 'market-regulation', pageSize: 50 });
      expect(res.status).toBe(200);
      expect(res.body.total).toBeGreaterThan(0);
      const items = res.body.items as { level: string; unitCode: string; at: string; matterCode: string }[];
      expect(items.every((e) => e.level === 'urging' && e.unitCode === 'market-regulation')).toBe(true);
      expect(items.map((e) => e.at)).toEqual(
        items
          .map((e) => e.at)
          .sort()
          .reverse(),
      );
      expect(items[0]?.matterCode).toMatch(/^BENCH-/);

      const summary = await get('escalations/summary', { from: addDays(seed!.today, -365), to: seed!.today });
      expect(summary.status).toBe(200);
      const units = summary.body.units as { total: number; byLevel: Record<string, number> }[];
      expect(units.length).toBeGreaterThanOrEqual(21);
      expect(units.reduce((n, u) => n + u.total, 0)).toBe(summary.body.total);
      expect(summary.body.total).toBeGreaterThan(0);
      expect((await get('escalations/summary', { from: '2026-02-30' })).status).toBe(400);
      expect((await get('escalations/summary', { from: '2026-05-01', to: '2026-04-01' })).status).toBe(400);
    });

    it("shows each unit's scorecard and each meeting's progress", async () => {
      const card = await get('scorecard');
      expect(card.status).toBe(200);
      expect(card.body.units).toHaveLength(21);
      const market = (card.body.units as Record<string, unknown>[]).find((u) => u.unitCode === 'market-regulation')!;
      expect(market).toMatchObject({ ordinal: 1, nameZh: '区市场监督管理局' });
      expect(market.assigned as number).toBeGreaterThan(0);
      expect(market.acknowledgedOnTime as number).toBeLessThanOrEqual(market.acknowledged as number);

      const meetingId = defined(seed?.meetingIds[10], 'an eleventh seeded meeting');
      const one = await get('meetings', { meetingId });
      expect(one.status).toBe(200);
      expect(one.body.meetings).toHaveLength(1);
      const rows = await probe.query<{ n: unknown }[]>('SELECT COUNT(*) AS n FROM matters WHERE meeting_id = ?', [
        meetingId,
      ]);
      const total = Number(defined(rows[0], 'a count').n);
      expect(one.body.meetings[0]).toMatchObject({ meetingId, total });
      expect((await get('meetings', { limit: 5 })).body.meetings).toHaveLength(5);
    });

    it('gives leadership its summary in one call, and refuses units', async () => {
      const res = await get('summary', {}, leader());
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(
        [
          'briefings',
          'campaign',
          'closuresByMonth',
          'escalations',
          'generatedAt',
          'meetings',
          'onTime',
          'openByLight',
          'overdue',
          'today',
          'totals',
          'unitLights',
        ].sort(),
      );
      const justice = unitUser('justice');
      for (const path of [
        'overdue',
        'near-due',
        'escalations',
        'escalations/summary',
        'scorecard',
        'meetings',
        'summary',
      ]) {
        const refused = await get(path, {}, justice);
        expect({ path, status: refused.status, code: refused.body.code }).toEqual({
          path,
          status: 403,
          code: 'FORBIDDEN',
        });
      }
    });
  });
});
