import { ErrorCode } from '@app/contracts';
import { isMemberUnitCode } from '@app/domain';

import { ApiException } from '../common/api.exception';

export function requireMemberUnit(unitCode: string | null | undefined): void {
  if (unitCode !== null && unitCode !== undefined && !isMemberUnitCode(unitCode)) {
    throw new ApiException(ErrorCode.UnitNotFound, `No member unit has the code "${unitCode}".`);
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
