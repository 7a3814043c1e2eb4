import type { AssignmentState, ClockPause, MatterState, SupervisionPolicy } from '@app/contracts';

import { defaultPolicy } from '../supervision/supervision-policy';

// The one place that says who is answerable for what on a matter, by when, and since when they are in breach.
// The planner (lights, ladders), the projection (what the views count) and the views read these definitions;
// none computes its own. Pure: the working-day calendar and the time profile come in as parameters.

// What libs/calendar's WorkingDayCalendar offers; the model needs no more.
export interface AccountabilityCalendar {
  // The n-th working day after `date` (n = 0: `date` or the next working day).
  addWorkingDays(date: string, n: number, unitCode?: string): { date: string; provisional: boolean };
  // Working days in the half-open range of dates (from, to].
  workingDaysBetween(from: string, to: string, unitCode?: string): number;
}

export interface AccountabilityInput {
  matter: MatterState;
  calendar: AccountabilityCalendar;
  // The calendar date of an instant, in the one time profile.
  dateOf: (iso: string) => string;
  // "Today" in the same profile.
  today: string;
}

// Why a clock stands still: the ball is in the office's court, or the duty is done.
export type ClockState =
  | { state: 'running' }
  | { state: 'paused'; since: string; reason: string }
  | { state: 'stopped'; reason: 'done' | 'closed' | 'cancelled' | 'withdrawn' };

// What an assignment is answerable for: the lead for the matter's completion, a co-unit for its own
// contribution (each also for its acknowledgement, see ackDueDate). `none` once its part is done: a co-unit
// that contributed is not charged for the lead's lateness.
export type Duty = 'contribute' | 'complete' | 'none';

export type BreachKind = 'ack_missed' | 'overdue' | 'office_turnaround';

export interface Breach {
  kind: BreachKind;
  // The date the duty fell due; the breach starts when that date ends.
  dueDate: string;
  // The first calendar date in breach.
  since: string;
  // Working days in breach up to and including today (the unit's word: 个工作日).
  workingDays: number;
}

export interface AssignmentAccount {
  position: number;
  unitCode: string;
  role: AssignmentState['role'];
  duty: Duty;
  clock: ClockState;
  // The effective due date of its completion or contribution (null when it has no duty left).
  dueDate: string | null;
  // The date its acknowledgement is due, while it has not acknowledged.
  ackDueDate: string | null;
  // The due date it is charged against now: dueDate while its clock runs, else null (the office's time).
  chargedDueDate: string | null;
  // Working days the office's waits added to this unit's due date.
  creditWorkingDays: number;
  breach: Breach | null;
}

export type OfficeWaitKind = 'verify' | 'decline' | 'extension';

export interface OfficeWait {
  kind: OfficeWaitKind;
  // The unit waiting on the office.
  unitCode: string;
  since: string;
  dueDate: string;
  breach: Breach | null;
}

export interface MatterAccount {
  // The due date plus every working day the office held the lead's report, decline or extension request.
  effectiveDueDate: string;
  creditWorkingDays: number;
  provisional: boolean;
  // Who is answerable for the matter's completion now: the lead unit, or the office while it holds the
  // completion report; null once closed or cancelled.
  answerable: { kind: 'unit'; unitCode: string } | { kind: 'office' } | null;
  // The date the lead is charged against for the matter's completion now (null while the office holds it).
  chargedDueDate: string | null;
  // The lead's completion breach (the matter's 超期), null while the office holds it or before the due date.
  overdue: Breach | null;
  assignments: AssignmentAccount[];
  office: OfficeWait[];
}

// Pause reasons that stand for the office holding the lead's report or extension request.
const LEAD_WAITS = new Set(['completion_awaiting_verification', 'extension_awaiting_decision']);
const DONE_STATUSES = new Set<AssignmentState['status']>(['completed', 'contributed']);
const GONE_STATUSES = new Set<AssignmentState['status']>(['withdrawn', 'cancelled']);

interface Ctx extends AccountabilityInput {
  policy: SupervisionPolicy;
  provisional: boolean;
}

const addDays = (c: Ctx, date: string, n: number, unit?: string): string => {
  const r = c.calendar.addWorkingDays(date, n, unit);
  c.provisional ||= r.provisional;
  return r.date;
};

const nextDate = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

// A duty due on `dueDate` is in breach from the day after; working days counted through today.
export function breachOf(
  kind: BreachKind,
  dueDate: string,
  today: string,
  calendar: AccountabilityCalendar,
  unitCode?: string,
): Breach | null {
  if (today <= dueDate) {
    return null;
  }
  return {
    kind,
    dueDate,
    since: nextDate(dueDate),
    workingDays: calendar.workingDaysBetween(dueDate, today, unitCode),
  };
}

// Working days a pause lasted, counting an open one up to `today`.
const pauseDays = (c: Ctx, p: ClockPause, unit: string): number => {
  const to = p.to === undefined ? c.today : c.dateOf(p.to);
  return c.calendar.workingDaysBetween(c.dateOf(p.from), to, unit);
};

// The lead's credit: every office wait on the lead's report or extension request (whichever unit was lead),
// and every wait of the current lead's own (a decline), whenever it started, before or after the due date. An
// approved extension keeps the credit earned before it; only the wait for that extension's own decision is not
// added on top of the date it granted. Only waits that began before `asOf` count: a report is judged against the
// credit earned before it, not against the wait it started itself. Open waits are not counted (the planner does
// not time a paused lead, and the views do not call a paused lead overdue).
export function leadCreditWorkingDays(c: AccountabilityInput, asOf?: string): number {
  const ctx: Ctx = { ...c, policy: policyOf(c.matter), provisional: false };
  const m = c.matter;
  const approvedAt = m.extensionCount > 0 ? m.dueDateSetAt : undefined;
  let days = 0;
  for (const [unit, pauses] of Object.entries(m.supervision?.pauses ?? {})) {
    for (const p of pauses) {
      if (!LEAD_WAITS.has(p.reason) && unit !== m.leadUnitCode) {
        continue;
      }
      if (p.to === undefined || (asOf !== undefined && p.from >= asOf)) {
        continue;
      }
      // The wait that ended with an approval: the approved date already answers it.
      if (p.reason === 'extension_awaiting_decision' && approvedAt !== undefined && p.to === approvedAt) {
        continue;
      }
      days += pauseDays(ctx, p, unit);
    }
  }
  return days;
}

function policyOf(m: MatterState): SupervisionPolicy {
  return m.supervision?.policy ?? defaultPolicy(m.priority);
}

// The matter's effective due date as the planner times it (closed waits only).
export function effectiveDueDateOf(
  c: AccountabilityInput,
  asOf?: string,
): { date: string; credit: number; provisional: boolean } {
  const credit = leadCreditWorkingDays(c, asOf);
  if (credit === 0) {
    return { date: c.matter.dueDate, credit, provisional: false };
  }
  const r = c.calendar.addWorkingDays(c.matter.dueDate, credit, c.matter.leadUnitCode);
  return { date: r.date, credit, provisional: r.provisional };
}

function clockOf(m: MatterState, a: AssignmentState): ClockState {
  if (m.status === 'closed') {
    return { state: 'stopped', reason: 'closed' };
  }
  if (m.status === 'cancelled') {
    return { state: 'stopped', reason: 'cancelled' };
  }
  if (GONE_STATUSES.has(a.status)) {
    return { state: 'stopped', reason: 'withdrawn' };
  }
  if (DONE_STATUSES.has(a.status)) {
    return { state: 'stopped', reason: 'done' };
  }
  const open = (m.supervision?.pauses[a.unitCode] ?? []).find((p) => p.to === undefined);
  return open ? { state: 'paused', since: open.from, reason: open.reason } : { state: 'running' };
}

function dutyOf(m: MatterState, a: AssignmentState): Duty {
  if (m.status === 'closed' || m.status === 'cancelled' || GONE_STATUSES.has(a.status) || DONE_STATUSES.has(a.status)) {
    return 'none';
  }
  return a.role === 'lead' && a.unitCode === m.leadUnitCode ? 'complete' : 'contribute';
}

// Working days of the unit's own closed waits on the office since `since` (its decline, while it waited).
const ownCredit = (c: Ctx, unit: string, since?: string): number =>
  (c.matter.supervision?.pauses[unit] ?? [])
    .filter((p) => p.to !== undefined && (since === undefined || p.from >= since))
    .reduce((n, p) => n + pauseDays(c, p, unit), 0);

function assignmentAccount(
  c: Ctx,
  a: AssignmentState,
  position: number,
  matterDue: string,
  credit: number,
): AssignmentAccount {
  const m = c.matter;
  const clock = clockOf(m, a);
  const duty = dutyOf(m, a);
  let dueDate: string | null = null;
  let unitCredit = 0;
  if (duty === 'complete') {
    // A unit that took over the lead gets the grace of a new assignment before its completion is due.
    const leadSince = m.supervision?.leadSince;
    const grace = leadSince ? addDays(c, c.dateOf(leadSince), c.policy.ackWorkingDays, a.unitCode) : undefined;
    dueDate = grace !== undefined && grace > matterDue ? grace : matterDue;
    unitCredit = credit;
  } else if (duty === 'contribute') {
    // A co-unit contributes by the matter's due date; its own waits on the office credit it.
    unitCredit = ownCredit(c, a.unitCode);
    dueDate = unitCredit > 0 ? addDays(c, m.dueDate, unitCredit, a.unitCode) : m.dueDate;
  }
  const ackDueDate =
    duty !== 'none' && !a.acknowledgedAt
      ? addDays(c, c.dateOf(a.assignedAt), c.policy.ackWorkingDays + ownCredit(c, a.unitCode, a.assignedAt), a.unitCode)
      : null;
  // A paused clock is the office's time, not the unit's breach. Past its due date the unit is overdue, whether
  // or not it acknowledged; before it, a missed acknowledgement is its breach.
  const running = clock.state === 'running';
  const chargedDueDate = running ? dueDate : null;
  const breach =
    (chargedDueDate !== null ? breachOf('overdue', chargedDueDate, c.today, c.calendar, a.unitCode) : null) ??
    (running && ackDueDate !== null ? breachOf('ack_missed', ackDueDate, c.today, c.calendar, a.unitCode) : null);
  return {
    position,
    unitCode: a.unitCode,
    role: a.role,
    duty,
    clock,
    dueDate,
    ackDueDate,
    chargedDueDate,
    creditWorkingDays: unitCredit,
    breach,
  };
}

function officeWaits(c: Ctx): OfficeWait[] {
  const m = c.matter;
  if (m.status !== 'in_progress' && m.status !== 'awaiting_verification') {
    return [];
  }
  const waits: { kind: OfficeWaitKind; unitCode: string; since: string }[] = [];
  const lead = m.assignments.find(
    (a) => a.role === 'lead' && a.unitCode === m.leadUnitCode && a.status === 'submitted',
  );
  if (m.status === 'awaiting_verification' && lead?.completion) {
    waits.push({ kind: 'verify', unitCode: lead.unitCode, since: lead.completion.at });
  }
  if (m.pendingExtension) {
    waits.push({ kind: 'extension', unitCode: m.pendingExtension.unitCode, since: m.pendingExtension.at });
  }
  for (const a of m.assignments) {
    if (a.status === 'decline_requested' && a.pendingDecline) {
      waits.push({ kind: 'decline', unitCode: a.unitCode, since: a.pendingDecline.at });
    }
  }
  return waits.map((w) => {
    const dueDate = addDays(c, c.dateOf(w.since), c.policy.officeTurnaroundWorkingDays);
    return { ...w, dueDate, breach: breachOf('office_turnaround', dueDate, c.today, c.calendar) };
  });
}

// The whole account of a matter as of `today`.
export function accountOf(input: AccountabilityInput): MatterAccount {
  const c: Ctx = { ...input, policy: policyOf(input.matter), provisional: false };
  const m = input.matter;
  const due = effectiveDueDateOf(input);
  c.provisional ||= due.provisional;
  const assignments = m.assignments.map((a, i) => assignmentAccount(c, a, i, due.date, due.credit));
  const open = m.status === 'in_progress' || m.status === 'awaiting_verification';
  const leadAccount = assignments.find((a) => a.duty === 'complete' && a.unitCode === m.leadUnitCode);
  // While the office holds the report or the lead's extension request, the office is answerable.
  const answerable: MatterAccount['answerable'] = !open
    ? null
    : m.status === 'awaiting_verification' || leadAccount?.clock.state === 'paused'
      ? { kind: 'office' }
      : { kind: 'unit', unitCode: m.leadUnitCode };
  return {
    effectiveDueDate: due.date,
    creditWorkingDays: due.credit,
    provisional: c.provisional,
    answerable,
    chargedDueDate: m.status === 'in_progress' ? (leadAccount?.chargedDueDate ?? null) : null,
    overdue: leadAccount?.breach?.kind === 'overdue' ? leadAccount.breach : null,
    assignments,
    office: officeWaits(c),
  };
}

// On time if the completion report the office accepted came in by the effective due date: the office's own
// verification time is not the unit's.
export function closedOnTime(input: AccountabilityInput): boolean | null {
  const m = input.matter;
  if (m.status !== 'closed' || !m.closedAt) {
    return null;
  }
  const report = m.assignments.find((a) => a.role === 'lead' && a.unitCode === m.leadUnitCode && a.completion)
    ?.completion?.at;
  const at = report ?? m.closedAt;
  return input.dateOf(at) <= effectiveDueDateOf(input, at).date;
}

// 准时办结率: closed by the effective due date over the matters that are due (closed, plus open ones past their
// effective due date). Both numbers are returned; the rate is null when nothing is due yet.
export function onTimeRate(closedOnTimeCount: number, dueCount: number): number | null {
  return dueCount > 0 ? Math.round((closedOnTimeCount / dueCount) * 1000) / 1000 : null;
}
