import type {
  AssignmentStatus,
  BreachReason,
  EscalationLevel,
  MatterEventType,
  MatterLight,
  MatterStatus,
} from '@app/contracts';

// Copies of small constant lists from @app/contracts: the web imports only types from there (its index pulls in
// Temporal workflow code at run time). The `satisfies` clauses keep each list in step with the contract's type.
export const OPEN_MATTER_STATUSES = ['in_progress', 'awaiting_verification'] as const satisfies readonly MatterStatus[];

export const OPEN_ASSIGNMENT_STATUSES = [
  'awaiting_ack',
  'in_progress',
  'decline_requested',
  'contributed',
  'submitted',
  'returned',
] as const satisfies readonly AssignmentStatus[];

export const ESCALATION_LEVELS = [
  'reminder',
  'urging',
  'supervision',
  'report',
] as const satisfies readonly EscalationLevel[];

export const BREACH_REASONS = [
  'ack_missed',
  'progress_missed',
  'overdue',
  'office_turnaround',
  'manual',
] as const satisfies readonly BreachReason[];

export const MATTER_LIGHTS = ['green', 'yellow', 'red', 'none'] as const satisfies readonly MatterLight[];

const ALL_EVENT_TYPES = {
  'matter.dispatched': true,
  'assignment.acknowledged': true,
  'assignment.decline_requested': true,
  'assignment.rerouted': true,
  'assignment.decline_rejected': true,
  'assignment.progress_reported': true,
  'assignment.contributed': true,
  'matter.completion_submitted': true,
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
  return (OPEN_ASSIGNMENT_STATUSES as readonly AssignmentStatus[]).includes(status);
}
