import { ErrorCode } from '@app/contracts';
import type { UnitDirectoryLoader } from '@app/database';

import { ApiException } from '../common/api.exception';
import { assertKnownUnit } from '../units/unit-refusals';

// A unit's own calendar is read and adjusted for any unit of the directory: a merged one's past days still count.
export async function requireMemberUnit(
  units: UnitDirectoryLoader,
  unitCode: string | null | undefined,
): Promise<void> {
  if (unitCode !== null && unitCode !== undefined) {
    assertKnownUnit(await units.load(), unitCode);
  }
}

// The calendar library refuses what it cannot answer or store (a contradictory schedule, a count running off the
// supported range) with a RangeError: to the caller that is a well-formed but unacceptable request.
export function refuseRangeErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof RangeError) {
      throw new ApiException(ErrorCode.InvalidCommand, err.message);
    }
    throw err;
  }
}
