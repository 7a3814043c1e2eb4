import { ErrorCode, REJECTION_TYPE_PREFIX } from '@app/contracts';
import { MatterRejection } from '@app/domain';
import { ApplicationFailure } from '@temporalio/workflow';

// A domain refusal becomes a non-retryable failure whose type carries the stable error code.
export function toRejection(err: unknown): ApplicationFailure {
  if (err instanceof MatterRejection) {
    return ApplicationFailure.nonRetryable(err.message, `${REJECTION_TYPE_PREFIX}${err.code}`);
  }
  const message = err instanceof Error ? err.message : String(err);
  return ApplicationFailure.nonRetryable(message, `${REJECTION_TYPE_PREFIX}${ErrorCode.InvalidCommand}`);
}
