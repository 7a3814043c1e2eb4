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
import { ESCALATION_LEVELS, OPEN_ASSIGNMENT_STATUSES } from '@app/contracts';
import { effectiveDueDateOf, pausedWorkingDays } from '@app/domain';

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

const OPEN_UNIT_STATUSES: ReadonlySet<string> = new Set(OPEN_ASSIGNMENT_STATUSES);

interface Breach {
  key: string;
  atMs: number;
  reason: BreachReason;
  unitCode?: string;
  office?: boolean;
  // The date the breach falls due; the ladder counts working days from it.
  dueDate: string;
}

// A matter the calendar cannot plan: a date out of the calendar's range (a due date of 9999-12-31 has no working
// day after it for the ladder), or no supervision state. Asking again with the same inputs gives the same answer,
// so the worker reports it as non-retryable rather than retrying for ever.
export class UnplannableMatterError extends Error {
  override readonly name = 'UnplannableMatterError';
}

// Turns a matter's state, policy and clock pauses into absolute timers (lights and escalation ladders),
// using the working-day calendar. Pure: the same inputs give the same plan, so the workflow can ask again
// whenever something changes and fire each timer key once.
export function planSupervision(input: SupervisionPlannerInput): SupervisionPlan {
  try {
    return plan(input);
  } catch (err) {
    throw err instanceof RangeError ? new UnplannableMatterError(`${input.matter.code}: ${err.message}`) : err;
  }
}

function plan(input: SupervisionPlannerInput): SupervisionPlan {
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
  // The lead's clock credit, as the accountability model defines it: every office wait on the lead's report,
  // decline or extension request, whenever it began, and the credit earned before an approved extension.
  const due = effectiveDueDateOf({ matter: m, calendar, dateOf, today: dateOfInstant(profile, nowMs) });
  provisional ||= due.provisional;
  const effectiveDueDate = due.date;
  // Keyed on the due date as set (not the shifted one), so a credit never re-fires what already fired.
  // A lead unit that took over (re-assigned or re-routed, `leadSince`) gets a ladder of its own, keyed on it,
  // instead of inheriting what fired on its predecessor; and the grace the policy gives any new assignment:
  // its lights and overdue ladder start no earlier than the end of its acknowledgement window.
  const leadSince = sv.leadSince;
  const dueKey = `${m.dueDate}#${m.extensionCount}${leadSince ? `@${lead}@${leadSince}` : ''}`;
  const graceEnd = leadSince ? add(dateOf(leadSince), policy.ackWorkingDays, lead) : undefined;
  const leadDueDate = graceEnd !== undefined && graceEnd > effectiveDueDate ? graceEnd : effectiveDueDate;
  let leadOverdueAt: number | undefined;
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
    leadOverdueAt = overdueAt;
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
      // One ladder per assignment at a time: once the lead is on the overdue ladder, its missed progress reports
      // on the same matter climb no further.
      if (b.reason === 'progress_missed' && b.unitCode === lead && leadOverdueAt !== undefined && at >= leadOverdueAt) {
        continue;
      }
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
  // The units' own next breach; the office's turnaround is its own figure, never shown as the unit's.
  const earliest = (bs: Breach[]): string | null =>
    bs.length > 0 ? new Date(Math.min(...bs.map((b) => b.atMs))).toISOString() : null;
  const unitBreaches = breaches.filter(
    (b) =>
      !b.office &&
      !(
        b.reason === 'progress_missed' &&
        b.unitCode === lead &&
        leadOverdueAt !== undefined &&
        b.atMs >= leadOverdueAt
      ),
  );
  return {
    timers: timers.filter((t) => !fired.has(t.key)).sort((a, b) => a.atMs - b.atMs || a.key.localeCompare(b.key)),
    effectiveDueDate,
    predictedBreachAt: earliest(unitBreaches),
    officeBreachAt: earliest(breaches.filter((b) => b.office)),
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
