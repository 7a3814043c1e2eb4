import type { Actor, AssignmentState, MatterState } from '@app/contracts';
import { capacityOfActor, ErrorCode } from '@app/contracts';

import type { MatterCommandMap, MatterCommandName } from './matter-commands';
import { reject } from './matter-rejection';
import { activeAssignment, leadAssignment } from './matter-state-machine';

// Separation of duties, checked on capacities (ARCHITECTURE.md §7): a person may hold the office's role and their
// bureau's, but whoever acted for a unit on a matter does not also judge that unit's work on it, and nobody decides
// their own unit's request.
// - verify / returnForRework (办结销号, 退回整改): refused to anyone who acted for the lead unit on this matter
//   (acknowledged, reported progress or completion, contributed, asked to be relieved or for an extension, or any
//   other command in the unit's capacity).
// - rejectDecline / reroute (deciding a unit's request to be relieved) and decideExtension: refused to a member of
//   the unit that asked (the actor's memberOf), and to the person who asked.
// Pure: the workflow's validators and handlers run it (handlers behind the separation-of-duties-v1 patch) and the
// API's allowedActions runs it in its dry run, so a refused action is also not offered.

// Whether the person acted for the unit of this assignment, as far as the state records it.
export function actedForAssignment(state: MatterState, a: AssignmentState, userId: string): boolean {
  return (
    a.acknowledgedBy === userId ||
    a.progress.some((p) => p.byUserId === userId) ||
    a.completion?.byUserId === userId ||
    a.contribution?.byUserId === userId ||
    a.pendingDecline?.byUserId === userId ||
    (state.pendingExtension?.unitCode === a.unitCode && state.pendingExtension.byUserId === userId) ||
    (a.actedBy ?? []).includes(userId)
  );
}

function refuse(actor: Actor, why: string): never {
  reject(
    ErrorCode.SeparationOfDuties,
    `Separation of duties: ${why} Acting as ${capacityOfActor(actor)}, you may not do this; another member of the office does.`,
  );
}

function requireNotOwnRequest(actor: Actor, unitCode: string, byUserId: string | undefined, what: string): void {
  if (byUserId !== undefined && byUserId === actor.userId) {
    refuse(actor, `you made this ${what} for unit "${unitCode}" yourself.`);
  }
  if (actor.memberOf !== undefined && actor.memberOf === unitCode) {
    refuse(actor, `the ${what} is your own unit's ("${unitCode}").`);
  }
}

type Rule<K extends MatterCommandName> = (state: MatterState, cmd: MatterCommandMap[K]) => void;

const verifyRule = (state: MatterState, actor: Actor, action: string): void => {
  const lead = leadAssignment(state);
  if (lead && actedForAssignment(state, lead, actor.userId)) {
    refuse(
      actor,
      `you acted for the lead unit "${lead.unitCode}" on matter ${state.code}, so you cannot ${action} it.`,
    );
  }
};

// Refusing a unit's request to be relieved and re-routing its assignment both decide that request: not by the
// person who made it.
const declineRule = (state: MatterState, actor: Actor, unitCode: string): void =>
  requireNotOwnRequest(
    actor,
    unitCode,
    activeAssignment(state, unitCode)?.pendingDecline?.byUserId,
    'request to be relieved',
  );

const rules: { [K in MatterCommandName]?: Rule<K> } = {
  verify: (s, c) => verifyRule(s, c.actor, 'verify (办结销号)'),
  returnForRework: (s, c) => verifyRule(s, c.actor, 'return (退回整改)'),
  rejectDecline: (s, c) => declineRule(s, c.actor, c.unitCode),
  reroute: (s, c) => declineRule(s, c.actor, c.fromUnitCode),
  decideExtension: (s, c) => {
    const pending = s.pendingExtension;
    if (pending) {
      requireNotOwnRequest(c.actor, pending.unitCode, pending.byUserId, 'extension request');
    }
  },
};

// Throws SEPARATION_OF_DUTIES when the person may not issue this command on this matter; changes nothing.
export function checkSeparationOfDuties<K extends MatterCommandName>(
  state: MatterState,
  name: K,
  cmd: MatterCommandMap[K],
): void {
  const rule = rules[name];
  if (rule && cmd?.actor) {
    rule(state, cmd);
  }
}

// Records, after a unit's own command was applied, that the person acted for that unit on the matter.
export function recordUnitCapacity<K extends MatterCommandName>(state: MatterState, cmd: MatterCommandMap[K]): void {
  const unitCode = (cmd as { unitCode?: unknown }).unitCode;
  if (cmd.actor.role !== 'unit' || typeof unitCode !== 'string' || cmd.actor.unitCode !== unitCode) {
    return;
  }
  const a = activeAssignment(state, unitCode);
  if (a && !(a.actedBy ?? []).includes(cmd.actor.userId)) {
    (a.actedBy ??= []).push(cmd.actor.userId);
  }
}
