import type {
  EscalationItem,
  EscalationLevel,
  EscalationLevelCounts,
  LightCounts,
  MatterLight,
  MatterStatus,
  MeetingProgress,
  StatusCounts,
  SupervisedMatterItem,
  UnitScorecard,
} from '@app/contracts';
import { ESCALATION_LEVELS, MATTER_LIGHTS, MATTER_STATUSES } from '@app/contracts';

export const OPEN_STATUSES: readonly MatterStatus[] = ['in_progress', 'awaiting_verification'];

// The date a matter is judged against: the effective due date (due date plus paused working days), or the due
// date for matters projected before supervision existed.
export const dueSql = (alias: string): string => `COALESCE(${alias}.effective_due_date, ${alias}.due_date)`;

// The one definition of overdue, from the accountability model as the projection stores it: the date the lead
// unit is charged against has passed. It is null while the office holds the matter and once it is closed.
export const OVERDUE_SQL = (alias: string): string => `${alias}.charged_due_date < :today`;
// The same for a unit's own assignment (alias a): it answers for the matter and its charged date has passed.
export const ASSIGNMENT_OVERDUE_SQL = "a.duty <> 'none' AND a.charged_due_date < :today";

// An assignment's own light (alias a, with its matter's light copied as a.matter_light): red for its own breach,
// else the matter's light with the matter's red (someone else's breach) shown as yellow. A breach whose overdue
// charge was withdrawn on a contest is no red either: the views move those (read from the accepted contests) from
// red to MATTER_LIGHT_SHOWN_SQL's light.
export const MATTER_LIGHT_SHOWN_SQL = "CASE WHEN a.matter_light = 'red' THEN 'yellow' ELSE a.matter_light END";
export const CHARGED_LIGHT_SQL = `CASE WHEN a.charged_due_date < :today THEN 'red' ELSE ${MATTER_LIGHT_SHOWN_SQL} END`;

// Working days in the half-open range of dates (from, to], as the working-day calendar counts them.
export type WorkingDaysBetween = (from: string, to: string, unitCode?: string) => number;

type Row = Record<string, unknown>;

export interface UnitRef {
  code: string;
  ordinal: number;
  nameZh: string;
}

export interface MatterItemRow {
  id: string;
  code: string;
  title: string;
  lead_unit_code: string;
  meeting_id: string | null;
  status: string;
  light: string;
  due: string;
  charged: string | null;
  escalation_level: string | null;
  extension_pending: unknown;
}

// COUNT/SUM/AVG come back as numbers, bigints or decimal strings depending on the driver.
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

export const avg = (value: unknown): number | null =>
  value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10;

// MySQL returns DATETIME as a Date (UTC, `timezone: 'Z'`); SQLite as 'YYYY-MM-DD HH:MM:SS.SSS' in UTC.
export const isoInstant = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(`${String(value).replace(' ', 'T')}Z`).toISOString();

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

export const daysBetween = (from: string, to: string): number => Math.round(dayNumber(to) - dayNumber(from));

export const addDays = (date: string, days: number): string =>
  new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);

// Midnight of a calendar date in Asia/Shanghai (UTC+8, no daylight saving), as an instant.
export const shanghaiMidnight = (date: string): Date => new Date(`${date}T00:00:00+08:00`);

export interface MonthBuckets {
  labels: string[];
  // labels.length + 1 instants: the start of each month, then the start of the month after the last.
  bounds: Date[];
}

// The last `count` calendar months up to and including the month of `today`, in Asia/Shanghai.
export function monthBuckets(today: string, count = 12): MonthBuckets {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  const labels: string[] = [];
  const bounds: Date[] = [];
  for (let i = 0; i <= count; i++) {
    const first = new Date(Date.UTC(year, month - (count - 1) + i, 1)).toISOString().slice(0, 10);
    bounds.push(shanghaiMidnight(first));
    if (i < count) {
      labels.push(first.slice(0, 7));
    }
  }
  return { labels, bounds };
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export const zeroStatuses = (): StatusCounts => zeros(MATTER_STATUSES);
export const zeroLights = (): LightCounts => zeros(MATTER_LIGHTS);
export const zeroLevels = (): EscalationLevelCounts => zeros(ESCALATION_LEVELS);

// Adds grouped counts into a zeroed record, ignoring keys outside it.
export function tally<K extends string>(into: Record<K, number>, key: unknown, n: unknown): Record<K, number> {
  if (typeof key === 'string' && key in into) {
    into[key as K] += num(n);
  }
  return into;
}

// Folds grouped rows (`key`, count `n`) into a zeroed record.
export function countBy<K extends string>(
  rows: Record<string, unknown>[],
  key: string,
  into: Record<K, number>,
): Record<K, number> {
  for (const r of rows) {
    tally(into, r[key], r.n);
  }
  return into;
}

export const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

export function toEscalationItem(r: Record<string, unknown>, units: Map<string, UnitRef>): EscalationItem {
  const unitCode = (r.unit_code as string | null) ?? null;
  return {
    matterId: r.matter_id as string,
    matterCode: (r.code as string | null) ?? '',
    matterTitle: (r.title as string | null) ?? '',
    seq: num(r.seq),
    level: r.level as EscalationItem['level'],
    reason: r.reason as EscalationItem['reason'],
    origin: r.origin as EscalationItem['origin'],
    unitCode,
    unitNameZh: unitCode === null ? null : (units.get(unitCode)?.nameZh ?? unitCode),
    at: isoInstant(r.at),
    noticeNo: (r.notice_no as string | null) ?? null,
  };
}

// One unit's scorecard from its assignment aggregates, its overdue count and its closures as lead unit.
export function toScorecard(
  u: UnitRef,
  a: Row = {},
  overdue: Row = {},
  closed: Row = {},
  leadOverdue: Row = {},
  escalations: EscalationLevelCounts = zeroLevels(),
): UnitScorecard {
  // A late closure whose overdue charge was withdrawn on a contest is not among the matters due.
  const due = num(closed.closed) - num(closed.withdrawn) + num(leadOverdue.n);
  return {
    unitCode: u.code,
    ordinal: u.ordinal,
    nameZh: u.nameZh,
    assigned: num(a.assigned),
    open: num(a.open),
    acknowledged: num(a.acknowledged),
    acknowledgedOnTime: num(a.ack_on_time),
    overdueNow: num(overdue.n),
    avgAckWorkingDays: avg(a.avg_ack),
    closed: num(closed.closed),
    closedOnTime: num(closed.on_time),
    due,
    onTimeRate: due > 0 ? Math.round((num(closed.on_time) / due) * 1000) / 1000 : null,
    avgCloseWorkingDays: avg(closed.avg_days),
    returns: num(a.returns),
    escalations,
  };
}

// A meeting's progress from its matters counted per status (with those past their due date).
export function toMeetingProgress(
  mt: { id: string; title: string; kind: string; heldOn: string },
  counts: Row[],
): MeetingProgress {
  const byStatus = zeroStatuses();
  let overdue = 0;
  for (const r of counts) {
    tally(byStatus, r.status, r.n);
    overdue += OPEN_STATUSES.includes(r.status as MatterStatus) ? num(r.past_due) : 0;
  }
  return {
    meetingId: mt.id,
    title: mt.title,
    kind: mt.kind,
    heldOn: mt.heldOn,
    total: sum(byStatus),
    closed: byStatus.closed,
    open: byStatus.in_progress + byStatus.awaiting_verification,
    overdue,
    byStatus,
  };
}

// Days are working days of the lead unit: overdue past the date it is charged against, left until the due date.
export function toMatterItem(
  row: MatterItemRow,
  today: string,
  units: Map<string, UnitRef>,
  workingDays: WorkingDaysBetween,
): SupervisedMatterItem {
  const charged = row.charged ?? null;
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    leadUnitCode: row.lead_unit_code,
    leadUnitNameZh: units.get(row.lead_unit_code)?.nameZh ?? row.lead_unit_code,
    meetingId: row.meeting_id,
    status: row.status as MatterStatus,
    light: row.light as MatterLight,
    dueDate: row.due,
    chargedDueDate: charged,
    daysOverdue: charged !== null && charged < today ? workingDays(charged, today, row.lead_unit_code) : 0,
    daysLeft: row.due > today ? workingDays(today, row.due, row.lead_unit_code) : 0,
    dayUnit: 'working_day',
    escalationLevel: (row.escalation_level as EscalationLevel | null) ?? null,
    extensionPending: Boolean(num(row.extension_pending)),
  };
}
