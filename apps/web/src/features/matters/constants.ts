import type {
  AssignmentStatus,
  BreachReason,
  EscalationLevel,
  MatterEventType,
  MatterLight,
  MatterStatus,
} from '@app/contracts';
import { ESCALATION_LEVELS, MATTER_LIGHTS, OPEN_ASSIGNMENT_STATUSES } from '@app/contracts';

export { ESCALATION_LEVELS };

export const OPEN_MATTER_STATUSES = ['in_progress', 'awaiting_verification'] as const satisfies readonly MatterStatus[];

export const BREACH_REASONS = [
  'ack_missed',
  'progress_missed',
  'overdue',
  'office_turnaround',
  'manual',
] as const satisfies readonly BreachReason[];

const ALL_EVENT_TYPES = {
  'matter.dispatched': true,
  'assignment.acknowledged': true,
  'assignment.decline_requested': true,
  'assignment.rerouted': true,
  'assignment.decline_rejected': true,
  'assignment.progress_reported': true,
  'assignment.contributed': true,
  'matter.completion_submitted': true,
  'assignment.draft_prepared': true,
  'assignment.draft_returned': true,
  'assignment.handler_named': true,
  'matter.completion_returned': true,
  'matter.closed': true,
  'matter.cancelled': true,
  'matter.extension_requested': true,
  'matter.extension_approved': true,
  'matter.extension_refused': true,
  'matter.lead_reassigned': true,
  'matter.instruction_given': true,
  'supervision.clock_started': true,
  'supervision.clock_paused': true,
  'supervision.clock_resumed': true,
  'supervision.deadlines_set': true,
  'supervision.light_changed': true,
  'supervision.escalated': true,
} satisfies Record<MatterEventType, true>;

export function isMatterEventType(type: string): type is MatterEventType {
  return Object.hasOwn(ALL_EVENT_TYPES, type);
}

export function isEscalationLevel(value: unknown): value is EscalationLevel {
  return (ESCALATION_LEVELS as readonly unknown[]).includes(value);
}

export function isBreachReason(value: unknown): value is BreachReason {
  return (BREACH_REASONS as readonly unknown[]).includes(value);
}

export function isMatterLight(value: unknown): value is MatterLight {
  return (MATTER_LIGHTS as readonly unknown[]).includes(value);
}

export function isOpenAssignment(status: AssignmentStatus): boolean {
  return OPEN_ASSIGNMENT_STATUSES.includes(status);
}

// A matter still running: its clock, light and countdown mean something.
export function isOpenMatter(m: { status: MatterStatus }): boolean {
  return (OPEN_MATTER_STATUSES as readonly MatterStatus[]).includes(m.status);
}

// The due date the clock runs to: the original one moved by paused time, when it was.
export const dueOf = (m: { dueDate: string; effectiveDueDate: string | null }): string =>
  m.effectiveDueDate ?? m.dueDate;
