import { ErrorCode, REJECTION_TYPE_PREFIX } from '@app/contracts';
import { MatterRejection } from '@app/domain';
import { ApplicationFailure } from '@temporalio/workflow';

// A domain refusal becomes a non-retryable failure whose type carries the stable error code. Anything else
// is a bug: it is rethrown as is, so the workflow task fails and is retried instead of half-applying.
export function toRejection(err: unknown): unknown {
  if (err instanceof MatterRejection) {
    return ApplicationFailure.nonRetryable(err.message, `${REJECTION_TYPE_PREFIX}${err.code}`);
  }
  return err;
}

export function startRejection(message: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(message, `${REJECTION_TYPE_PREFIX}${ErrorCode.InvalidCommand}`);
}
