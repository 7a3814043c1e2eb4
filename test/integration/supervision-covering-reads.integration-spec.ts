import { randomUUID } from 'node:crypto';

// First: this file's database is its own (see own-database-env.ts).
import { dropOwnDatabase, prepareOwnDatabase } from '../support/own-database';

import { OPEN_ASSIGNMENT_STATUSES } from '@app/contracts';
import type { YearScope } from '@app/database';
import {
  ChargeContestEntity,
  openDatabase,
  OVERDUE_STANDS_SQL,
  SupervisionReadRepository,
  yearScope,
} from '@app/database';
import type { SupervisionSeed } from '@app/testing';
import { seedSupervisionData } from '@app/testing';
import type { DataSource } from 'typeorm';

// The units' own lights and overdue counts are read from matter_assignments alone (the matter's status and light
// copied on each assignment) and the charges withdrawn on a contest are subtracted, read from the accepted
// contests. This compares them with the queries they replaced (joined to matters, a NOT EXISTS per row), verbatim,
// on a seeded read model with accepted, rejected and pending contests. A database of its own: no other file's
// writes move the figures between the two reads.

const OPEN = ['in_progress', 'awaiting_verification'];
const ASSIGNMENT_STANDS = OVERDUE_STANDS_SQL('a.matter_id', 'a.unit_code');
const LEAD_STANDS = OVERDUE_STANDS_SQL('m.id', 'm.lead_unit_code');
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const OPEN_ASSIGNMENT = `a.status IN (${list(OPEN_ASSIGNMENT_STATUSES)}) AND a.matter_status IN (${list(OPEN)})
  AND m.status IN (${list(OPEN)})`;

type Row = Record<string, unknown>;
const byUnit = (rows: Row[], value: (r: Row) => number) =>
  new Map(rows.map((r) => [String(r.unit_code), value(r)] as const));

// The previous queries of SupervisionReadRepository.unitLights and unitScorecard, as they were.
async function previousFigures(ds: DataSource, today: string, year?: YearScope) {
  const assigned = year ? 'AND a.assigned_at >= ? AND a.assigned_at < ?' : '';
  const closedIn = year ? 'AND m.closed_at >= ? AND m.closed_at < ?' : '';
  const chargedIn = year ? 'AND m.charged_due_date >= ? AND m.charged_due_date <= ?' : '';
  const instants = year ? [year.from, year.to] : [];
  const [lights, overdue, closed, late] = await Promise.all([
    ds.query<Row[]>(
      `SELECT a.unit_code AS unit_code, CASE WHEN a.charged_due_date < ? AND ${ASSIGNMENT_STANDS} THEN 'red'
         WHEN m.light = 'red' THEN 'yellow' ELSE m.light END AS own_light, COUNT(*) AS n
       FROM matter_assignments a INNER JOIN matters m ON m.id = a.matter_id
       WHERE ${OPEN_ASSIGNMENT} AND a.duty <> 'none' GROUP BY a.unit_code, own_light`,
      [today],
    ),
    ds.query<Row[]>(
      `SELECT a.unit_code AS unit_code, COUNT(*) AS n FROM matter_assignments a INNER JOIN matters m ON m.id = a.matter_id
       WHERE ${OPEN_ASSIGNMENT} AND a.duty <> 'none' AND a.charged_due_date < ? AND ${ASSIGNMENT_STANDS} ${assigned}
       GROUP BY a.unit_code`,
      [today, ...instants],
    ),
    ds.query<Row[]>(
      `SELECT m.lead_unit_code AS unit_code, COUNT(*) AS closed,
         SUM(CASE WHEN m.closed_on_time THEN 0 WHEN ${LEAD_STANDS} THEN 0 ELSE 1 END) AS withdrawn
       FROM matters m WHERE m.status = 'closed' ${closedIn} GROUP BY m.lead_unit_code`,
      instants,
    ),
    ds.query<Row[]>(
      `SELECT m.lead_unit_code AS unit_code, COUNT(*) AS n FROM matters m
       WHERE m.charged_due_date < ? AND ${LEAD_STANDS} ${chargedIn} GROUP BY m.lead_unit_code`,
      [today, ...(year ? [year.fromDate, year.toDate] : [])],
    ),
  ]);
  const c = byUnit(closed, (r) => Number(r.closed) - Number(r.withdrawn));
  const l = byUnit(late, (r) => Number(r.n));
  const o = byUnit(overdue, (r) => Number(r.n));
  const units = [...new Set([...c.keys(), ...l.keys(), ...o.keys(), ...lights.map((r) => String(r.unit_code))])];
  return {
    scorecard: Object.fromEntries(
      units.map((u) => [u, { overdueNow: o.get(u) ?? 0, due: (c.get(u) ?? 0) + (l.get(u) ?? 0) }]),
    ),
    lights: lights.map((r) => `${String(r.unit_code)}:${String(r.own_light)}:${Number(r.n)}`).sort(),
  };
}

async function contest(ds: DataSource, matterId: string, unitCode: string, status: string): Promise<void> {
  await ds.getRepository(ChargeContestEntity).insert({
    id: randomUUID(),
    matterId,
    chargeKind: 'overdue',
    escalationSeq: null,
    unitCode,
    openKey: status === 'rejected' ? null : `overdue:${matterId}:-:${unitCode}`,
    filedBy: 'covering-reads-test',
    filedCapacity: 'unit_liaison',
    filedAt: new Date(),
    reason: '测试',
    attachments: [],
    status,
    decidedBy: status === 'pending' ? null : 'covering-reads-test',
    decidedCapacity: status === 'pending' ? null : 'office_director',
    decidedAt: status === 'pending' ? null : new Date(),
    decisionReason: status === 'pending' ? null : '测试',
  });
}

describe('supervision reads from matter_assignments alone', () => {
  let ds: DataSource;
  let seed: SupervisionSeed;
  let repo: SupervisionReadRepository;

  beforeAll(async () => {
    await prepareOwnDatabase();
    ds = await openDatabase({ type: 'mysql', url: process.env.DATABASE_URL!, logging: false });
    seed = await seedSupervisionData(ds, { matters: 3000, meetings: 12, escalations: 900 });
    repo = new SupervisionReadRepository(ds);
    // Contests of overdue charges: assignments past their charged date (lead and co-units), and lead units of
    // matters closed late; accepted ones withdraw the charge, rejected and pending ones do not.
    const overdue = await ds.query<Row[]>(
      `SELECT matter_id, unit_code FROM matter_assignments WHERE duty <> 'none' AND charged_due_date < ?
       ORDER BY matter_id, position LIMIT 90`,
      [seed.today],
    );
    const late = await ds.query<Row[]>(
      "SELECT id, lead_unit_code FROM matters WHERE status = 'closed' AND closed_on_time = 0 ORDER BY id LIMIT 30",
    );
    const statuses = ['accepted', 'accepted', 'rejected', 'pending'];
    const charges = [
      ...overdue.map((r) => [String(r.matter_id), String(r.unit_code)] as const),
      ...late.map((r) => [String(r.id), String(r.lead_unit_code)] as const),
    ];
    const seen = new Set<string>();
    for (const [i, [matterId, unitCode]] of charges.entries()) {
      if (!seen.has(`${matterId}:${unitCode}`)) {
        seen.add(`${matterId}:${unitCode}`);
        await contest(ds, matterId, unitCode, statuses[i % statuses.length]!);
      }
    }
  }, 300_000);

  afterAll(async () => {
    await ds?.destroy();
    await dropOwnDatabase();
  }, 60_000);

  it.each([
    ['all time', undefined],
    ['one year', 2026],
  ])("gives each unit's overdue count and matters due as the joined queries did (%s)", async (_, year) => {
    const scope = year === undefined ? undefined : yearScope(year);
    const before = await previousFigures(ds, seed.today, scope);
    const cards = await repo.unitScorecard(seed.today, scope);
    const now = Object.fromEntries(cards.map((c) => [c.unitCode, { overdueNow: c.overdueNow, due: c.due }]));
    for (const [unit, figures] of Object.entries(before.scorecard)) {
      expect({ unit, ...now[unit] }).toEqual({ unit, ...figures });
    }
    // The contests took something out: the comparison is not between two empty sets.
    const accepted = await ds.getRepository(ChargeContestEntity).countBy({ status: 'accepted' });
    expect(accepted).toBeGreaterThan(10);
    expect(cards.reduce((n, c) => n + c.overdueNow, 0)).toBeGreaterThan(100);
  });

  it("gives each unit's own lights as the joined query did", async () => {
    const before = await previousFigures(ds, seed.today);
    const summary = await repo.leadershipSummary(seed.today);
    const now = summary.unitLights
      .flatMap((u) => Object.entries(u.byLight).flatMap(([light, n]) => (n > 0 ? [`${u.unitCode}:${light}:${n}`] : [])))
      .sort();
    expect(now).toEqual(before.lights);
    expect(now.some((l) => l.includes(':red:'))).toBe(true);
  });
});
