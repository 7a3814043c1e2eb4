import type { Actor } from '@app/contracts';
import { ErrorCode } from '@app/contracts';

import { ApiException } from '../common/api.exception';

// A unit acts and reads for its own unit only (topics, filings); other roles are not scoped.
export function ownUnitOf(actor: Actor): string | undefined {
  if (actor.role !== 'unit') {
    return undefined;
  }
  if (!actor.unitCode) {
    throw new ApiException(ErrorCode.Forbidden, 'This account belongs to no member unit.');
  }
  return actor.unitCode;
}
