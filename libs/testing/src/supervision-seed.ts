import { randomUUID } from 'node:crypto';

import type { EscalationLevel, MatterState } from '@app/contracts';
import { ESCALATION_LEVELS } from '@app/contracts';
import type { SupervisionReadRepository } from '@app/database';
import { EscalationEntity, MatterAssignmentEntity, MatterEntity, MeetingEntity } from '@app/database';
import { defined, MEMBER_UNITS, shanghaiDate } from '@app/domain';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

// A realistic read model at scale, written straight into the projection tables (no workflows behind it),
// for the supervision views' benchmark and their index test. Everything it writes is tagged: matter codes
// start with BENCH-, meetings' titles with BENCH, and every id is a fresh uuid.

export interface SupervisionSeedOptions {
  matters?: number;
  meetings?: number;
  escalations?: number;
  // The calendar date the data is "as of" (Asia/Shanghai); defaults to today.
  today?: string;
  // PRNG seed, for a reproducible mix.
  seed?: number;
}

export interface SupervisionSeed {
  tag: string;
  today: string;
  matterIds: string[];
  meetingIds: string[];
  assignments: number;
  escalations: number;
}

const FIRST_DUE = '2025-01-01';
const LAST_DUE = '2026-12-31';
const DAY_MS = 86_400_000;
const UNIT_CODES = MEMBER_UNITS.map((u) => u.code);

type Rng = () => number;

// mulberry32: small, fast and good enough for test data.
function rng(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Rng, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Rng, items: readonly T[]): T => defined(items[Math.floor(r() * items.length)], 'a non-empty list');
function weighted<T>(r: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((n, [, w]) => n + w, 0);
  let x = r() * total;
  for (const [value, w] of table) {
    x -= w;
    if (x < 0) {
      return value;
    }
  }
  return defined(table.at(-1), 'a non-empty table')[0];
}

const dayNo = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromDayNo = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const addDays = (date: string, days: number): string => fromDayNo(dayNo(date) + days);
const clampDate = (date: string, min: string, max: string): string => (date < min ? min : date > max ? max : date);
// An instant on a calendar date in Asia/Shanghai, at the given hour.
const at = (date: string, hour: number): Date => new Date(Date.parse(`${date}T00:00:00+08:00`) + hour * 3_600_000);
const notAfter = (instant: Date, now: Date): Date => (instant > now ? new Date(now.getTime() - 60_000) : instant);

interface Generated {
  meetings: MeetingEntity[];
  matters: MatterEntity[];
  assignments: MatterAssignmentEntity[];
  escalations: EscalationEntity[];
}

function generateMeetings(r: Rng, count: number, today: string, now: Date, tag: string): MeetingEntity[] {
  const first = dayNo('2024-12-01');
  const span = dayNo(today) - 5 - first;
  return Array.from({ length: count }, (_, i) => {
    const heldOn = fromDayNo(first + Math.floor((span * i) / Math.max(1, count - 1)));
    const kind =
      i % 13 === 0
        ? 'plenary'
        : weighted(r, [
            ['liaison', 7],
            ['ad_hoc', 3],
          ] as const);
    const created = notAfter(at(heldOn, 18), now);
    return Object.assign(new MeetingEntity(), {
      id: randomUUID(),
      kind,
      title: `BENCH ${tag} ${heldOn.slice(0, 4)}年第${i + 1}次${kind === 'plenary' ? '全体会议' : kind === 'liaison' ? '联络员会议' : '专题会议'}`,
      heldOn,
      chair: kind === 'liaison' ? '联席会议办公室主任' : '召集人',
      attendees: ['market-regulation'],
      location: null,
      notes: null,
      createdBy: 'bench',
      updatedBy: 'bench',
      createdAt: created,
      updatedAt: created,
      version: 1,
    });
  });
}

// Closed between 60 days early and 25 days late; one that would close in the future closed recently instead.
function closedDay(r: Rng, created: string, judged: string, today: string): number {
  const planned = Math.max(dayNo(created) + 1, dayNo(judged) - int(r, -25, 60));
  const age = dayNo(today) - dayNo(created);
  return planned <= dayNo(today) ? planned : dayNo(today) - int(r, 0, Math.min(45, age));
}

function generateMatter(r: Rng, i: number, ctx: { today: string; now: Date; tag: string; meetings: MeetingEntity[] }) {
  const { today, now } = ctx;
  const meeting = r() < 0.85 ? pick(r, ctx.meetings) : null;
  const created = meeting
    ? addDays(meeting.heldOn, int(r, 0, 10))
    : fromDayNo(int(r, dayNo('2024-12-01'), dayNo(today)));
  const createdDate = created > today ? today : created;
  const due = clampDate(addDays(createdDate, int(r, 20, 320)), FIRST_DUE, LAST_DUE);
  const legacy = r() < 0.1;
  const effective = legacy ? null : r() < 0.12 ? addDays(due, int(r, 1, 5)) : due;
  const judged = effective ?? due;
  const pastDue = judged < today;
  const status = weighted(
    r,
    pastDue
      ? ([
          ['closed', 62],
          ['cancelled', 4],
          ['awaiting_verification', 6],
          ['in_progress', 28],
        ] as const)
      : ([
          ['closed', 22],
          ['cancelled', 3],
          ['awaiting_verification', 8],
          ['in_progress', 67],
        ] as const),
  );
  const open = status === 'in_progress' || status === 'awaiting_verification';
  const createdAt = notAfter(at(createdDate, int(r, 9, 17)), now);
  const closedDate = status === 'closed' ? fromDayNo(closedDay(r, createdDate, judged, today)) : null;
  const closedAt = closedDate ? notAfter(at(closedDate, int(r, 9, 17)), now) : null;
  const light = !open ? 'none' : pastDue ? 'red' : dayNo(judged) - dayNo(today) <= 5 ? 'yellow' : 'green';
  const daysLate = dayNo(today) - dayNo(judged);
  const escalationLevel: EscalationLevel | null = !open
    ? null
    : pastDue
      ? daysLate > 40
        ? 'report'
        : daysLate > 20
          ? 'supervision'
          : daysLate > 7
            ? 'urging'
            : 'reminder'
      : weighted(r, [
          [null, 89],
          ['reminder', 8],
          ['urging', 3],
        ] as const);
  const lead = r() < 0.18 ? 'market-regulation' : pick(r, UNIT_CODES);
  const coCount = weighted(r, [
    [0, 20],
    [1, 30],
    [2, 30],
    [3, 20],
  ] as const);
  const co = [...new Set(Array.from({ length: coCount }, () => pick(r, UNIT_CODES)))].filter((c) => c !== lead);
  const seq = int(r, 2, 30);
  return Object.assign(new MatterEntity(), {
    id: randomUUID(),
    code: `BENCH-${ctx.tag}-${String(i).padStart(5, '0')}`,
    title: `BENCH 知识产权议定事项 ${i + 1}`,
    description: '基准测试数据',
    meetingId: meeting?.id ?? null,
    source: meeting ? null : '召集人批示',
    leadUnitCode: lead,
    coUnitCodes: co,
    dueDate: due,
    originalDueDate: due,
    priority: weighted(r, [
      ['normal', 70],
      ['high', 22],
      ['urgent', 8],
    ] as const),
    year: Number(due.slice(0, 4)),
    status,
    light,
    extensionPending: open && r() < 0.03,
    extensionCount: r() < 0.08 ? 1 : 0,
    createdBy: 'bench',
    createdAt,
    closedAt,
    cancelledAt: status === 'cancelled' ? notAfter(at(addDays(createdDate, int(r, 3, 60)), 10), now) : null,
    updatedAt: closedAt ?? createdAt,
    effectiveDueDate: effective,
    // The accountability model's charge: the lead against the effective due date while the matter is its own.
    chargedDueDate: status === 'in_progress' ? effective : null,
    answerableUnitCode: status === 'in_progress' ? lead : null,
    predictedBreachAt: open ? at(addDays(judged, 1), 0) : null,
    escalationLevel,
    deadlineProvisional: false,
    closedOnTime: closedDate ? closedDate <= judged : null,
    closeWorkingDays: closedDate ? Math.round(((dayNo(closedDate) - dayNo(createdDate)) * 5) / 7) : null,
    seq,
    state: { seeded: 'supervision-bench' } as unknown as MatterState,
  });
}

function assignmentStatus(r: Rng, m: MatterEntity, lead: boolean): string {
  switch (m.status) {
    case 'closed':
      return 'completed';
    case 'cancelled':
      return 'cancelled';
    case 'awaiting_verification':
      return lead ? 'submitted' : 'contributed';
    default:
      return lead
        ? weighted(r, [
            ['awaiting_ack', 8],
            ['in_progress', 80],
            ['returned', 9],
            ['decline_requested', 3],
          ] as const)
        : weighted(r, [
            ['awaiting_ack', 15],
            ['in_progress', 45],
            ['contributed', 37],
            ['withdrawn', 3],
          ] as const);
  }
}

// What the accountability model charges an assignment with (see libs/domain/src/accountability): the lead its
// completion by the effective due date, a co-unit its contribution by the due date; nothing while the office
// holds its clock, or once its part is done.
function charge(m: MatterEntity, position: number, status: string): { duty: string; chargedDueDate: string | null } {
  const open = m.status === 'in_progress' || m.status === 'awaiting_verification';
  if (!open || ['contributed', 'completed', 'withdrawn', 'cancelled'].includes(status)) {
    return { duty: 'none', chargedDueDate: null };
  }
  const held = status === 'submitted' || status === 'decline_requested';
  const due = position === 0 ? (m.effectiveDueDate ?? m.dueDate) : m.dueDate;
  return { duty: position === 0 ? 'complete' : 'contribute', chargedDueDate: held ? null : due };
}

function generateAssignments(r: Rng, m: MatterEntity, now: Date): MatterAssignmentEntity[] {
  return [m.leadUnitCode, ...m.coUnitCodes].map((unitCode, position) => {
    const status = assignmentStatus(r, m, position === 0);
    const acknowledged = status !== 'awaiting_ack' && status !== 'decline_requested' && status !== 'cancelled';
    const ackDays = weighted(r, [
      [0, 25],
      [1, 35],
      [2, 25],
      [3, 10],
      [4, 5],
    ] as const);
    const ackAt = acknowledged ? notAfter(new Date(m.createdAt.getTime() + ackDays * DAY_MS * 1.3), now) : null;
    return Object.assign(new MatterAssignmentEntity(), {
      matterId: m.id,
      position,
      unitCode,
      role: position === 0 ? 'lead' : 'co',
      status,
      matterStatus: m.status,
      matterLight: m.light,
      dueDate: m.dueDate,
      percent: status === 'completed' ? 100 : int(r, 0, 90),
      returnCount:
        position === 0
          ? weighted(r, [
              [0, 85],
              [1, 10],
              [2, 5],
            ] as const)
          : 0,
      assignedAt: m.createdAt,
      acknowledgedAt: ackAt,
      lastProgressAt: ackAt,
      completedAt: status === 'completed' ? m.closedAt : null,
      ackDueAt: status === 'awaiting_ack' ? new Date(m.createdAt.getTime() + 2 * DAY_MS) : null,
      progressDueAt: acknowledged && m.closedAt === null ? new Date(m.createdAt.getTime() + 14 * DAY_MS) : null,
      ackWorkingDays: acknowledged ? ackDays : null,
      acknowledgedOnTime: acknowledged ? ackDays <= 2 : null,
      clockPaused: status === 'submitted' || status === 'decline_requested',
      ...charge(m, position, status),
      seq: m.seq,
    });
  });
}

// The escalation ladder each matter went through: open breaches up to their current level, plus some past
// breaches of matters closed late. Trimmed or topped up to `target` rows.
function generateEscalations(r: Rng, matters: MatterEntity[], target: number, now: Date): EscalationEntity[] {
  const rows: EscalationEntity[] = [];
  const add = (m: MatterEntity, levels: readonly EscalationLevel[], base: Date, overdue: boolean): void => {
    levels.forEach((level, i) => {
      const planned = base.getTime() + (i * 5 + 1) * DAY_MS + int(r, 0, 8) * 3_600_000;
      // A step not reached yet by the ladder's pace was fired some time in the last weeks (e.g. by hand).
      const when = new Date(
        planned < now.getTime() ? planned : Math.max(base.getTime(), now.getTime() - int(r, 1, 40 * 24) * 3_600_000),
      );
      rows.push(
        Object.assign(new EscalationEntity(), {
          matterId: m.id,
          seq: 100 + i,
          level,
          reason: overdue
            ? 'overdue'
            : weighted(r, [
                ['ack_missed', 5],
                ['progress_missed', 4],
                ['office_turnaround', 1],
              ] as const),
          origin: r() < 0.1 ? 'manual' : 'auto',
          unitCode: m.leadUnitCode,
          at: when,
          noticeNo:
            level === 'supervision' || level === 'report' ? `督〔${when.getUTCFullYear()}〕${rows.length + 1}号` : null,
          notified: [],
        }),
      );
      const added = defined(rows.at(-1), 'the row just added');
      if (added.reason === 'office_turnaround') {
        added.unitCode = null;
      }
    });
  };
  for (const m of matters) {
    if (m.escalationLevel) {
      const upTo = ESCALATION_LEVELS.slice(0, ESCALATION_LEVELS.indexOf(m.escalationLevel as EscalationLevel) + 1);
      const overdue = m.light === 'red';
      add(m, upTo, overdue ? at(m.effectiveDueDate ?? m.dueDate, 9) : m.createdAt, overdue);
    }
  }
  const escalated = new Set(rows.map((e) => e.matterId));
  for (const m of matters.filter((x) => x.closedOnTime === false && !escalated.has(x.id))) {
    if (rows.length >= target) {
      break;
    }
    add(m, ESCALATION_LEVELS.slice(0, int(r, 1, 2)), at(m.effectiveDueDate ?? m.dueDate, 9), true);
  }
  return rows.slice(0, target);
}

export function generateSupervisionData(
  options: SupervisionSeedOptions = {},
  now = new Date(),
): Generated & {
  tag: string;
  today: string;
} {
  const r = rng(options.seed ?? 20260301);
  const today = options.today ?? shanghaiDate(now);
  const tag = randomUUID().slice(0, 6);
  const meetings = generateMeetings(r, options.meetings ?? 40, today, now, tag);
  const matters = Array.from({ length: options.matters ?? 10_000 }, (_, i) =>
    generateMatter(r, i, { today, now, tag, meetings }),
  );
  const assignments = matters.flatMap((m) => generateAssignments(r, m, now));
  // A lead waiting on the office (a decline) is not charged: neither is its matter.
  for (const a of assignments.filter((x) => x.position === 0 && x.duty === 'complete' && x.chargedDueDate === null)) {
    const m = matters.find((x) => x.id === a.matterId)!;
    m.chargedDueDate = null;
    m.answerableUnitCode = null;
  }
  const escalations = generateEscalations(r, matters, options.escalations ?? 3_000, now);
  return { tag, today, meetings, matters, assignments, escalations };
}

async function insertChunked<T extends ObjectLiteral>(
  ds: DataSource,
  target: EntityTarget<T>,
  rows: T[],
  size: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await ds
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + size))
      .updateEntity(false)
      .execute();
  }
}

// Multi-row INSERTs of a generated data set; 10,000 matters take a few seconds on MySQL.
export async function seedSupervisionData(
  ds: DataSource,
  options: SupervisionSeedOptions = {},
): Promise<SupervisionSeed> {
  const data = generateSupervisionData(options);
  await insertChunked(ds, MeetingEntity, data.meetings, 100);
  await insertChunked(ds, MatterEntity, data.matters, 500);
  await insertChunked(ds, MatterAssignmentEntity, data.assignments, 1000);
  await insertChunked(ds, EscalationEntity, data.escalations, 1000);
  return {
    tag: data.tag,
    today: data.today,
    matterIds: data.matters.map((m) => m.id),
    meetingIds: data.meetings.map((m) => m.id),
    assignments: data.assignments.length,
    escalations: data.escalations.length,
  };
}

export async function deleteSupervisionData(ds: DataSource, seed: SupervisionSeed): Promise<void> {
  for (let i = 0; i < seed.matterIds.length; i += 1000) {
    const ids = seed.matterIds.slice(i, i + 1000);
    for (const target of [EscalationEntity, MatterAssignmentEntity] as const) {
      await ds.createQueryBuilder().delete().from(target).where('matter_id IN (:...ids)', { ids }).execute();
    }
    await ds.createQueryBuilder().delete().from(MatterEntity).where('id IN (:...ids)', { ids }).execute();
  }
  if (seed.meetingIds.length > 0) {
    await ds
      .createQueryBuilder()
      .delete()
      .from(MeetingEntity)
      .where('id IN (:...ids)', { ids: seed.meetingIds })
      .execute();
  }
}

// Calls every supervision read path with the filter combinations the API offers, so their queries can be
// captured and explained.
export async function exerciseSupervisionViews(repo: SupervisionReadRepository, seed: SupervisionSeed): Promise<void> {
  const page = { offset: 0, limit: 20 };
  const since = new Date(Date.parse(`${seed.today}T00:00:00+08:00`) - 90 * DAY_MS);
  await repo.overdueList(seed.today, page);
  await repo.overdueList(seed.today, { ...page, offset: 40, unitCode: 'justice' });
  await repo.nearDueList(seed.today, addDays(seed.today, 7), page);
  await repo.nearDueList(seed.today, addDays(seed.today, 14), { ...page, unitCode: 'market-regulation' });
  await repo.escalationsByLevelAndUnit({});
  await repo.escalationsByLevelAndUnit({ from: since, to: new Date() });
  await repo.escalationList(page);
  await repo.escalationList({ ...page, offset: 100 });
  await repo.escalationList({ ...page, level: 'supervision' });
  await repo.escalationList({ ...page, unitCode: 'justice' });
  await repo.escalationList({ ...page, level: 'urging', unitCode: 'market-regulation' });
  await repo.unitScorecard(seed.today);
  await repo.meetingProgress(seed.today, { limit: 200 });
  await repo.meetingProgress(seed.today, { meetingId: seed.meetingIds[0] });
}
