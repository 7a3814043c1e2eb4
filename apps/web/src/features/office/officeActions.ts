import type { AssignmentView, MatterDetail, UserRole } from '@app/contracts';

// The office's actions on a matter, in the order the action bar shows them. Each maps to one command of the API
// (apps/api/src/matters/matters.controller.ts); the button's test id is office-action-<action>.
export const OFFICE_ACTIONS = [
  'verify',
  'return',
  'reroute',
  'insist',
  'extension',
  'urge',
  'supervise',
  'reassign',
  'cancel',
] as const;
export type OfficeAction = (typeof OFFICE_ACTIONS)[number];

const CLOSED_ASSIGNMENT = ['withdrawn', 'cancelled', 'completed'];

// Assignments still held by their unit (what can be urged, what a re-route must avoid).
export function activeAssignments(matter: MatterDetail): AssignmentView[] {
  return matter.assignments.filter((a) => !CLOSED_ASSIGNMENT.includes(a.status));
}

export function declinedAssignments(matter: MatterDetail): AssignmentView[] {
  return matter.assignments.filter((a) => a.status === 'decline_requested');
}

export function leadAssignment(matter: MatterDetail): AssignmentView | undefined {
  return activeAssignments(matter).find((a) => a.role === 'lead');
}

export const isDirector = (roles: readonly UserRole[]): boolean => roles.includes('office_director');
export const isOffice = (roles: readonly UserRole[]): boolean =>
  roles.includes('office_director') || roles.includes('office_staff');

// What the office may do now: the API's policies (apps/api/src/auth/policies.ts: cancellation and 督办/通报 are the
// director's) and the state machine's preconditions (libs/domain/src/matters/matter-state-machine.ts). Anything
// else is not offered at all.
export function availableOfficeActions(matter: MatterDetail, roles: readonly UserRole[]): OfficeAction[] {
  const open = matter.status === 'in_progress' || matter.status === 'awaiting_verification';
  if (!open || !isOffice(roles)) {
    return [];
  }
  const director = isDirector(roles);
  const declined = declinedAssignments(matter).length > 0;
  const active = activeAssignments(matter).length > 0;
  const checks: Record<OfficeAction, boolean> = {
    verify: matter.status === 'awaiting_verification',
    return: matter.status === 'awaiting_verification',
    reroute: declined,
    insist: declined,
    extension: Boolean(matter.pendingExtension),
    urge: active,
    supervise: director && active,
    reassign: matter.status === 'in_progress',
    cancel: director,
  };
  return OFFICE_ACTIONS.filter((a) => checks[a]);
}
