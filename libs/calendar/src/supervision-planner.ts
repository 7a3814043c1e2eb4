import type {
  AssignmentState,
  BreachReason,
  EscalationLevel,
  MatterState,
  PlannedTimer,
  SupervisionPlan,
  SupervisionPolicy,
  SupervisionState,
} from '@app/contracts';
import { ESCALATION_LEVELS } from '@app/contracts';
import { pausedWorkingDays } from '@app/domain';

import type { TimeProfile } from './time-profile';
import { dateOfInstant, endOfDate, startOfDate } from './time-profile';
import type { WorkingDayCalendar } from './working-day-calendar';

export interface SupervisionPlannerInput {
  matter: MatterState;
  supervision: SupervisionState;
  calendar: WorkingDayCalendar;
  profile: TimeProfile;
  nowMs: number;
}

const LEAD_PAUSES = new Set(['completion_awaiting_verification', 'extension_awaiting_decision']);
const OPEN_UNIT_STATUSES = new Set([
  'awaiting_ack',
  'in_progress',
  'decline_requested',
  'contributed',
  'submitted',
  'returned',
]);

interface Breach {
  key: string;
  atMs: number;
  reason: BreachReason;
  unitCode?: string;
  office?: boolean;
  // The date the breach falls due; the ladder counts working days from it.
  dueDate: string;
}

// Turns a matter's state, policy and clock pauses into absolute timers (lights and escalation ladders),
// using the working-day calendar. Pure: the same inputs give the same plan, so the workflow can ask again
// whenever something changes and fire each timer key once.
export function planSupervision(input: SupervisionPlannerInput): SupervisionPlan {
  const { matter: m, supervision: sv, calendar, profile, nowMs } = input;
  const policy = sv.policy;
  const fired = new Set(sv.firedKeys);
  let provisional = false;
  const dateOf = (iso: string): string => dateOfInstant(profile, Date.parse(iso));
  const add = (date: string, n: number, unit?: string): string => {
    const r = calendar.addWorkingDays(date, n, unit);
    provisional ||= r.provisional;
    return r.date;
  };
  const subtract = (date: string, n: number, unit?: string): string => {
    const r = calendar.subtractWorkingDays(date, n, unit);
    provisional ||= r.provisional;
    return r.date;
  };
  const pausesOf = (unit: string) => sv.pauses[unit] ?? [];
  const isPaused = (unit: string): boolean => pausesOf(unit).some((p) => p.to === undefined);
  // Working days a unit's clock stood still since `since` (closed pauses, clipped to start at `since`).
  const pausedDays = (unit: string, since?: string): number =>
    pausedWorkingDays(pausesOf(unit), (from, to) => calendar.workingDaysBetween(dateOf(from), dateOf(to), unit), since);

  const timers: PlannedTimer[] = [];
  const breaches: Breach[] = [];
  const dueByUnit: SupervisionPlan['dueByUnit'] = {};

  for (const a of m.assignments.filter((x) => OPEN_UNIT_STATUSES.has(x.status))) {
    if (isPaused(a.unitCode) || m.status === 'closed' || m.status === 'cancelled') {
      continue;
    }
    const unitBreach = unitClockBreach(a, policy, add, dateOf, pausedDays);
    if (unitBreach) {
      const atMs = endOfDate(profile, unitBreach.dueDate);
      breaches.push({ ...unitBreach, atMs, unitCode: a.unitCode });
      dueByUnit[a.unitCode] = {
        [unitBreach.reason === 'ack_missed' ? 'ackDueAt' : 'progressDueAt']: new Date(atMs).toISOString(),
      };
    }
  }

  const lead = m.leadUnitCode;
  // The lead's clock credit: pauses while the office held the lead's report or extension request (whoever was
  // lead) that began after the due date was last set and before it fell due. A late report earns nothing.
  const dueSetAt = m.dueDateSetAt ?? m.createdAt;
  const dueEndMs = endOfDate(profile, m.dueDate);
  const leadCredit = Object.entries(sv.pauses)
    .flatMap(([unit, pauses]) => pauses.map((p) => ({ unit, p })))
    .filter(
      ({ unit, p }) =>
        p.to !== undefined &&
        p.from >= dueSetAt &&
        Date.parse(p.from) < dueEndMs &&
        (LEAD_PAUSES.has(p.reason) || unit === lead),
    )
    .reduce((n, { unit, p }) => n + calendar.workingDaysBetween(dateOf(p.from), dateOf(p.to!), unit), 0);
  const effectiveDueDate = leadCredit > 0 ? add(m.dueDate, leadCredit, lead) : m.dueDate;
  // Keyed on the due date as set (not the shifted one), so a credit never re-fires what already fired.
  // A lead unit that took over (re-assigned or re-routed, `leadSince`) gets a ladder of its own, keyed on it,
  // instead of inheriting what fired on its predecessor; and the grace the policy gives any new assignment:
  // its lights and overdue ladder start no earlier than the end of its acknowledgement window.
  const leadSince = sv.leadSince;
  const dueKey = `${m.dueDate}#${m.extensionCount}${leadSince ? `@${lead}@${leadSince}` : ''}`;
  const graceEnd = leadSince ? add(dateOf(leadSince), policy.ackWorkingDays, lead) : undefined;
  const leadDueDate = graceEnd !== undefined && graceEnd > effectiveDueDate ? graceEnd : effectiveDueDate;
  if (m.status === 'in_progress' && !isPaused(lead)) {
    const yellowAt = startOfDate(profile, subtract(leadDueDate, policy.yellowBeforeWorkingDays, lead));
    timers.push({
      key: `yellow:${dueKey}`,
      atMs: yellowAt,
      effect: { type: 'light', light: 'yellow' },
      provisional,
    });
    const overdueAt = endOfDate(profile, leadDueDate);
    timers.push({
      key: `overdue:${dueKey}`,
      atMs: overdueAt,
      effect: { type: 'light', light: 'red' },
      provisional,
    });
    breaches.push({
      key: `overdue:${dueKey}`,
      atMs: overdueAt,
      reason: 'overdue',
      unitCode: lead,
      dueDate: leadDueDate,
    });
  }

  for (const [key, since, unitCode] of officeWaits(m)) {
    const dueDate = add(dateOf(since), policy.officeTurnaroundWorkingDays);
    breaches.push({
      key,
      atMs: endOfDate(profile, dueDate),
      reason: 'office_turnaround',
      unitCode,
      office: true,
      dueDate,
    });
  }

  for (const b of breaches) {
    for (const step of b.office ? policy.ladder.slice(0, 1) : policy.ladder) {
      const at =
        step.afterWorkingDays === 0 ? b.atMs : endOfDate(profile, add(b.dueDate, step.afterWorkingDays, b.unitCode));
      timers.push({
        key: `${b.key}:${b.office ? 'office' : step.level}`,
        atMs: at,
        effect: {
          type: 'escalate',
          level: b.office ? 'urging' : step.level,
          reason: b.reason,
          unitCode: b.unitCode,
          breachKey: b.key,
          office: b.office,
        },
        provisional,
      });
    }
  }

  const light = fired.has(`overdue:${dueKey}`) ? 'red' : fired.has(`yellow:${dueKey}`) ? 'yellow' : 'green';
  const activeLevels = breaches.flatMap((b) => ESCALATION_LEVELS.filter((l) => fired.has(`${b.key}:${l}`)));
  const predicted = breaches.length > 0 ? Math.min(...breaches.map((b) => b.atMs)) : null;
  return {
    timers: timers.filter((t) => !fired.has(t.key)).sort((a, b) => a.atMs - b.atMs || a.key.localeCompare(b.key)),
    effectiveDueDate,
    predictedBreachAt: predicted === null ? null : new Date(predicted).toISOString(),
    light,
    escalationLevel: highest(activeLevels),
    provisional,
    dueByUnit,
    computedAt: new Date(nowMs).toISOString(),
  };
}

// The unit's own clock: acknowledge within N working days; once acknowledged, report every N working days.
function unitClockBreach(
  a: AssignmentState,
  policy: SupervisionPolicy,
  add: (date: string, n: number, unit?: string) => string,
  dateOf: (iso: string) => string,
  pausedDays: (unit: string, since?: string) => number,
): Omit<Breach, 'atMs'> | undefined {
  if (a.status === 'awaiting_ack') {
    const days = policy.ackWorkingDays + pausedDays(a.unitCode, a.assignedAt);
    return {
      key: `ack:${a.unitCode}:${a.assignedAt}`,
      reason: 'ack_missed',
      dueDate: add(dateOf(a.assignedAt), days, a.unitCode),
    };
  }
  if ((a.status === 'in_progress' || a.status === 'returned') && a.acknowledgedAt) {
    const base = a.lastProgressAt ?? a.acknowledgedAt;
    const days = policy.progressEveryWorkingDays + pausedDays(a.unitCode, base);
    return {
      key: `progress:${a.unitCode}:${base}`,
      reason: 'progress_missed',
      dueDate: add(dateOf(base), days, a.unitCode),
    };
  }
  return undefined;
}

// Where the ball is in the office's court: [breach key, since, unit].
function officeWaits(m: MatterState): [string, string, string | undefined][] {
  const waits: [string, string, string | undefined][] = [];
  const lead = m.assignments.find(
    (a) => a.role === 'lead' && a.unitCode === m.leadUnitCode && a.status === 'submitted',
  );
  if (m.status === 'awaiting_verification' && lead?.completion) {
    waits.push([`office:verify:${lead.completion.at}`, lead.completion.at, lead.unitCode]);
  }
  if (m.pendingExtension && (m.status === 'in_progress' || m.status === 'awaiting_verification')) {
    waits.push([`office:extension:${m.pendingExtension.at}`, m.pendingExtension.at, m.pendingExtension.unitCode]);
  }
  for (const a of m.assignments.filter((x) => x.status === 'decline_requested' && x.pendingDecline)) {
    waits.push([`office:decline:${a.unitCode}:${a.pendingDecline!.at}`, a.pendingDecline!.at, a.unitCode]);
  }
  return waits;
}

function highest(levels: EscalationLevel[]): EscalationLevel | null {
  let best: EscalationLevel | null = null;
  for (const level of levels) {
    if (best === null || ESCALATION_LEVELS.indexOf(level) > ESCALATION_LEVELS.indexOf(best)) {
      best = level;
    }
  }
  return best;
}
