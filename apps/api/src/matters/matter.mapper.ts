import type { WorkingDayCalendar } from '@app/calendar';
import type {
  Actor,
  AllowedAction,
  AssignmentView,
  MatterAssignmentSummary,
  MatterDetail,
  MatterEventView,
  MatterPriority,
  MatterStatus,
  MatterSummary,
  UserRole,
} from '@app/contracts';
import { capacityOfActor, seesPhonesOf } from '@app/contracts';
import type { MatterEntity, MatterEventEntity, MatterListRow } from '@app/database';
import type { UnitNames } from '@app/domain';
import { UNIT_DRAFT_EVENTS } from '@app/domain';
import type { EscalationLevel, MatterLight } from '@app/contracts';

import { allowedActions } from './allowed-actions';
import { awaitingAckOf, unitStatesOf } from './unit-states';
import { assignmentCountdown, lastDayOf, matterCountdown } from './countdown';
import { provisionalDeadlineOf } from './provisional';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

// The one definition of overdue (libs/domain/src/accountability, stored by the projection): the date the lead
// unit is charged against has passed; a matter the office holds has none.
export function isOverdue(m: { chargedDueDate: string | null }, today: string): boolean {
  return m.chargedDueDate !== null && m.chargedDueDate < today;
}

// The day the reader's countdowns count from (the time profile's today) and the calendar they count on.
export interface CountdownClock {
  calendar: WorkingDayCalendar;
  today: string;
  // The calendar date of an instant in the time profile (for the board's 未签收 N 日); without it none is counted.
  dateOf?: (instant: Date | string) => string;
}

// Who reads: allowedActions are theirs.
export interface Reader {
  actor: Actor;
  roles: readonly UserRole[];
}

export function toMatterSummary(
  m: MatterListRow,
  today: string,
  clock: CountdownClock,
  units: MatterAssignmentSummary[] = [],
): MatterSummary {
  const provisional = provisionalDeadlineOf(m, clock.calendar);
  return {
    id: m.id,
    code: m.code,
    title: m.title,
    meetingId: m.meetingId,
    source: m.source,
    leadUnitCode: m.leadUnitCode,
    coUnitCodes: m.coUnitCodes,
    dueDate: m.dueDate,
    originalDueDate: m.originalDueDate,
    priority: m.priority as MatterPriority,
    year: m.year,
    status: m.status as MatterStatus,
    light: m.light as MatterLight,
    overdue: isOverdue(m, today),
    extensionPending: m.extensionPending,
    effectiveDueDate: m.effectiveDueDate,
    escalationLevel: m.escalationLevel as EscalationLevel | null,
    predictedBreachAt: iso(m.predictedBreachAt),
    deadlineProvisional: provisional !== null,
    deadlineProvisionalWhy: provisional,
    countdown: matterCountdown(m, clock.calendar, clock.today),
    createdAt: m.createdAt.toISOString(),
    closedAt: iso(m.closedAt),
    updatedAt: m.updatedAt.toISOString(),
    seq: m.seq,
    unitStates: units,
    awaitingAck: awaitingAckOf(m.status, units),
  };
}

export function toEventView(e: MatterEventEntity): MatterEventView {
  return {
    seq: e.seq,
    type: e.type,
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    actorRole: e.actorRole,
    actorUnitCode: e.actorUnitCode,
    actorCapacity: capacityOfActor({ role: e.actorRole, unitCode: e.actorUnitCode }),
    actorCapacityRoles: e.actorCapacityRoles ?? [],
    unitCode: e.unitCode,
    reason: e.reason,
    data: e.data,
  };
}

// What the projection stored from the accountability model per assignment (by position).
export interface AssignmentCharge {
  position: number;
  duty: string;
  chargedDueDate: string | null;
}

export function toMatterDetail(
  m: MatterEntity,
  events: MatterEventEntity[],
  today: string,
  // With the member units as they stand (their names now).
  clock: CountdownClock & { units: UnitNames },
  reader: Reader | null,
  charges: AssignmentCharge[] = [],
): MatterDetail {
  const s = m.state;
  const lastDay = lastDayOf(m);
  const due = s.supervision?.plan?.dueByUnit ?? {};
  const byPosition = new Map(charges.map((c) => [c.position, c]));
  // A unit's drafts are its own: only a reader acting for that unit sees them (the office sees what the leader
  // approved, as the completion report).
  const ownUnit = (unitCode: string | undefined): boolean =>
    reader?.actor.role === 'unit' && unitCode !== undefined && reader.actor.unitCode === unitCode;
  // A handler's phone is the office's and the unit's own, in the assignment and in the record alike.
  const seesPhone = (unitCode: string | undefined): boolean => seesPhonesOf(reader?.actor, unitCode);
  const assignments: AssignmentView[] = s.assignments.map((a, position) => ({
    unitCode: a.unitCode,
    unitNameZh: clock.units.nameZh(a.unitCode),
    role: a.role,
    status: a.status,
    assignedAt: a.assignedAt,
    acknowledgedAt: a.acknowledgedAt ?? null,
    percent: a.percent,
    lastProgressAt: a.lastProgressAt ?? null,
    returnCount: a.returnCount,
    completedAt: a.completedAt ?? null,
    ackDueAt: a.status === 'awaiting_ack' ? (due[a.unitCode]?.ackDueAt ?? null) : null,
    progressDueAt: due[a.unitCode]?.progressDueAt ?? null,
    clockPaused: (s.supervision?.pauses[a.unitCode] ?? []).some((p) => p.to === undefined),
    ...chargeOf(byPosition.get(position), today),
    progress: a.progress,
    contribution: a.contribution ?? null,
    completion: a.completion ?? null,
    draft: ownUnit(a.unitCode) ? (a.pendingDraft ?? null) : null,
    draftReturn: ownUnit(a.unitCode) ? (a.draftReturn ?? null) : null,
    // The handler's name is the matter's; the phone only the office's and the unit's own.
    handler: a.handler ? { ...a.handler, phone: seesPhone(a.unitCode) ? a.handler.phone : null } : null,
    declineReason: a.pendingDecline?.reason ?? null,
    countdown: assignmentCountdown(s, a, lastDay, clock.calendar, clock.today),
  }));
  // Without a reader (a response built for no one in particular) nothing is offered.
  const allowed: AllowedAction[] = reader ? allowedActions(s, reader.actor, reader.roles) : [];
  return {
    ...toMatterSummary(
      m,
      today,
      clock,
      clock.dateOf ? unitStatesOf(s.assignments, clock.calendar, clock.today, clock.dateOf) : [],
    ),
    description: m.description,
    createdBy: m.createdBy,
    cancelReason: s.cancelReason ?? null,
    pendingExtension: s.pendingExtension ?? null,
    extensionCount: m.extensionCount,
    instructions: s.instructions ?? [],
    supervision: s.supervision ?? null,
    assignments,
    events: events
      .filter((e) => !UNIT_DRAFT_EVENTS.includes(e.type) || ownUnit(e.unitCode ?? undefined))
      .map(toEventView)
      .map((e) =>
        e.type === 'assignment.handler_named' && !seesPhone(e.unitCode ?? undefined)
          ? { ...e, data: { ...e.data, phone: null } }
          : e,
      ),
    allowedActions: allowed,
    // The service says whether the reader follows the matter (matter_follows).
    followed: false,
  };
}

function chargeOf(
  c: AssignmentCharge | undefined,
  today: string,
): Pick<AssignmentView, 'duty' | 'chargedDueDate' | 'overdue'> {
  const duty = c?.duty === 'complete' || c?.duty === 'contribute' ? c.duty : 'none';
  const chargedDueDate = c?.chargedDueDate ?? null;
  return { duty, chargedDueDate, overdue: duty !== 'none' && chargedDueDate !== null && chargedDueDate < today };
}
