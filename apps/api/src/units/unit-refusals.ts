import { ErrorCode } from '@app/contracts';
import type { UnitDirectory } from '@app/domain';
import { MatterRejection } from '@app/domain';

import { ApiException } from '../common/api.exception';

// A unit named for new work (a dispatch, a re-route, a new lead, an account, a roster filing) must exist and take
// work: UNIT_NOT_FOUND (404), UNIT_MERGED or UNIT_DISSOLVED (409, naming the unit it went into).
export function assertAssignable(dir: UnitDirectory, codes: readonly string[], prefix = ''): void {
  for (const code of codes) {
    const refusal = dir.refusalFor(code);
    if (refusal) {
      throw new ApiException(refusal.code, `${prefix}${refusal.message}`);
    }
  }
}

// A unit named to read or file about (its roster, a calendar adjustment for it): it must exist, whatever its status.
export function assertKnownUnit(dir: UnitDirectory, code: string): void {
  if (!dir.has(code)) {
    throw new ApiException(ErrorCode.UnitNotFound, `No member unit has the code "${code}".`);
  }
}

// A domain refusal of a unit change as the API's.
export function unitChangeRefused(err: unknown): never {
  if (err instanceof MatterRejection) {
    throw new ApiException(err.code, err.message);
  }
  throw err;
}
