import type { AssignmentState, MatterState } from '@app/contracts';
import { ErrorCode, needsNotDoneConfirmation } from '@app/contracts';

import { findMemberUnit } from '../units/member-units';
import type { MatterCommandMap, MatterCommandName } from './matter-commands';
import { reject } from './matter-rejection';

// 办结销号 with a co-unit that never signed (签收) nor contributed: the office confirms, by naming the unit in
// notDoneUnitCodes (and saying why in the comment), that the unit's part is recorded as not done (未完成) rather
// than completed. Pure, like separation of duties: the workflow's validators run it, and its handler behind the
// verify-not-done-v1 patch, so histories recorded before it replay unchanged. allowedActions does not run it: verify
// stays offered, and the console names the units to confirm (needsNotDoneConfirmation on the matter's assignments).

// The co-units whose part the office must confirm as not done before verifying, in assignment order.
export function unitsNeedingConfirmation(state: MatterState): AssignmentState[] {
  return state.assignments.filter((a) => needsNotDoneConfirmation(a));
}

// The workflow names units by the compiled list (it has no directory); the API names the same units again with the
// directory's names when it passes the workflow's refusal on, so a renamed or added unit is named as it is now.
const compiledNameOf = (code: string): string => {
  const zh = findMemberUnit(code)?.nameZh;
  return zh ? `${zh} (${code})` : code;
};

// Throws when a verify must name more units (VERIFY_NEEDS_CONFIRMATION, 409) or names a unit it may not
// (VALIDATION_FAILED, 400); changes nothing. Other commands, and a matter not awaiting verification (the state
// machine refuses that), pass.
export function checkVerifyConfirmation<K extends MatterCommandName>(
  state: MatterState,
  name: K,
  cmd: MatterCommandMap[K],
): void {
  if (name !== 'verify' || state.status !== 'awaiting_verification') {
    return;
  }
  const { notDoneUnitCodes: listed, comment } = cmd as MatterCommandMap['verify'];
  const needing = unitsNeedingConfirmation(state).map((a) => a.unitCode);
  if (listed !== undefined) {
    if (!Array.isArray(listed) || listed.some((code) => typeof code !== 'string')) {
      reject(ErrorCode.ValidationFailed, 'notDoneUnitCodes must be a list of unit codes.');
    }
    const wrong = listed.filter((code, i) => !needing.includes(code) || listed.indexOf(code) !== i);
    if (wrong.length > 0) {
      reject(
        ErrorCode.ValidationFailed,
        `notDoneUnitCodes may name only co-units that never signed nor contributed, each once` +
          ` (${needing.length > 0 ? needing.join(', ') : 'none on this matter'}); not: ${wrong.join(', ')}.`,
      );
    }
    if (listed.length > 0 && (typeof comment !== 'string' || comment.trim().length === 0)) {
      reject(ErrorCode.ValidationFailed, 'comment is required when units are recorded as not done: say why.');
    }
  }
  const missing = needing.filter((code) => !(listed ?? []).includes(code));
  if (missing.length > 0) {
    reject(ErrorCode.VerifyNeedsConfirmation, verifyNeedsConfirmationMessage(state.code, missing));
  }
}

// The refusal's words: the units to confirm by name, and the list to send back.
export function verifyNeedsConfirmationMessage(
  matterCode: string,
  missing: readonly string[],
  nameOf: (code: string) => string = compiledNameOf,
): string {
  return (
    `Co-unit ${missing.map(nameOf).join(', ')} never signed for matter ${matterCode} nor contributed. Confirm that ` +
    `its part is recorded as not done (未完成): send notDoneUnitCodes ${JSON.stringify(missing)} with a comment ` +
    'saying why.'
  );
}

// The units a VERIFY_NEEDS_CONFIRMATION refusal asks for, read back from its message (undefined if it has none).
export function unitsToConfirmIn(message: string): string[] | undefined {
  const list = /send notDoneUnitCodes (\[[^\]]*\])/.exec(message)?.[1];
  try {
    const codes: unknown = list ? JSON.parse(list) : undefined;
    return Array.isArray(codes) && codes.every((c) => typeof c === 'string') ? codes : undefined;
  } catch {
    return undefined;
  }
}
