import type { AssignmentStatus, AssignmentView, MatterDetail, UserRole } from '@app/contracts';

import type { UnitCommand } from '../../api/endpoints';

export const UNIT_ACTIONS = ['acknowledge', 'decline', 'progress', 'contribution', 'completion', 'extension'] as const;
export type UnitAction = (typeof UNIT_ACTIONS)[number];

export const COMMAND_OF: Record<UnitAction, UnitCommand> = {
  acknowledge: 'acknowledge',
  decline: 'decline',
  progress: 'progress',
  contribution: 'contribution',
  completion: 'completion',
  extension: 'extension-request',
};

const isIn = (status: AssignmentStatus, allowed: readonly AssignmentStatus[]): boolean => allowed.includes(status);

// What the person may do on their own unit's assignment: the API's policies (apps/api/src/auth/policies.ts: the
// unit leader alone reports completion and asks for extensions) and the state machine's allowed statuses
// (libs/domain/src/matters/matter-state-machine.ts). Anything else is not offered at all.
export function availableActions(
  matter: MatterDetail,
  mine: AssignmentView | undefined,
  roles: readonly UserRole[],
): UnitAction[] {
  const open = matter.status === 'in_progress' || matter.status === 'awaiting_verification';
  const isUnit = roles.includes('unit_leader') || roles.includes('unit_liaison');
  if (!open || !mine || !isUnit) {
    return [];
  }
  const leader = roles.includes('unit_leader');
  const lead = mine.role === 'lead';
  const s = mine.status;
  const checks: Record<UnitAction, boolean> = {
    acknowledge: s === 'awaiting_ack',
    decline: isIn(s, ['awaiting_ack', 'in_progress']),
    progress: isIn(s, ['in_progress', 'returned', 'contributed']),
    contribution: !lead && isIn(s, ['in_progress', 'contributed']),
    completion: leader && lead && isIn(s, ['in_progress', 'returned']),
    extension: leader && lead && isIn(s, ['in_progress', 'returned']) && !matter.pendingExtension,
  };
  return UNIT_ACTIONS.filter((a) => checks[a]);
}
