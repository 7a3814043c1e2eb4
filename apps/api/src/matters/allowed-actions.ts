import type { Actor, AllowedAction, MatterCommandName, MatterCommandRow, MatterState, UserRole } from '@app/contracts';
import { MATTER_COMMAND_NAMES, MATTER_COMMANDS } from '@app/contracts';
import {
  activeAssignment,
  checkCommand,
  checkLeaderSigns,
  checkSeparationOfDuties,
  MatterRejection,
} from '@app/domain';

import { updateArgOf } from './matter-commands';

// Whether the workflow's own checks (libs/domain's checkCommand, the same function its Update validators run)
// accept this command now, separation of duties included (an action the person may not take on this matter in this
// capacity is not offered). A MatterRejection is the refusal; anything else is a bug and is thrown.
function accepts(state: MatterState, name: MatterCommandName, body: Record<string, unknown>, actor: Actor): boolean {
  try {
    const arg = updateArgOf(name, body as never, actor) as never;
    checkCommand(state, MATTER_COMMANDS[name].update, arg);
    checkSeparationOfDuties(state, MATTER_COMMANDS[name].update, arg);
    checkLeaderSigns(MATTER_COMMANDS[name].update, arg);
    return true;
  } catch (err) {
    if (err instanceof MatterRejection) {
      return false;
    }
    throw err;
  }
}

// A unit holding no assignment on the matter, as the workflow's checks see one: they know a unit code's form only
// (which units exist and take work is the directory's, asked when the command is sent).
const UNIT_OFF_THE_MATTER = 'unit-off-the-matter';

// The units a command's hand-over field may name: first a unit holding no assignment on the matter, then the units
// that do (a co-unit can take the lead). The checks refuse the ones the command cannot hand over to.
function handOverCandidates(state: MatterState): string[] {
  const assigned = state.assignments.map((a) => a.unitCode).filter((code) => activeAssignment(state, code));
  return [UNIT_OFF_THE_MATTER, ...new Set(assigned)];
}

// What the person asking may do on the matter now: a dry run of the command table's rows against the matter's
// state, for the roles of the capacity the request acts in (the row's policy) and their actor in that capacity
// (the workflow's checks). Per the request's capacity, not every capacity held: the console shows what the person
// may do as they act now, and switching capacity (X-Acting-As) shows the other capacity's actions. Each listed command
// would be accepted as it stands; unitCodes names the units a command that takes one may act on. Verify is offered
// when only the office's confirmation is missing (the co-units that never signed nor contributed, which the console
// names from the assignments: needsNotDoneConfirmation) and is accepted with them in notDoneUnitCodes.
export function allowedActions(state: MatterState, actor: Actor, roles: readonly UserRole[]): AllowedAction[] {
  const out: AllowedAction[] = [];
  const units = [...new Set(state.assignments.map((a) => a.unitCode))];
  for (const name of MATTER_COMMAND_NAMES) {
    const row: MatterCommandRow = MATTER_COMMANDS[name];
    if (!row.roles.some((r) => roles.includes(r))) {
      continue;
    }
    const handOvers = row.handOver ? handOverCandidates(state) : [undefined];
    const bodies = (target?: string): Record<string, unknown>[] =>
      handOvers.map((to) => ({
        ...row.probe,
        ...(row.target && target !== undefined ? { [row.target]: target } : {}),
        ...(row.handOver && to !== undefined ? { [row.handOver]: to } : {}),
      }));
    if (row.target) {
      const targets = units.filter((unit) => bodies(unit).some((body) => accepts(state, name, body, actor)));
      if (targets.length > 0) {
        out.push({ command: name, unitCodes: targets });
      }
    } else if (bodies().some((body) => accepts(state, name, body, actor))) {
      out.push({ command: name });
    }
  }
  return out;
}
