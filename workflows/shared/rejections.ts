import { ErrorCode, REJECTION_TYPE_PREFIX } from '@app/contracts';
import { CampaignRejection, MatterRejection } from '@app/domain';
import { ApplicationFailure } from '@temporalio/workflow';

// A domain refusal (a matter's or a campaign's rules) becomes a non-retryable failure whose type carries the
// stable error code. Anything else is a bug: it is rethrown as is, so the workflow task fails and is retried
// instead of half-applying.
export function toRejection(err: unknown): unknown {
  if (err instanceof MatterRejection || err instanceof CampaignRejection) {
    return ApplicationFailure.nonRetryable(err.message, `${REJECTION_TYPE_PREFIX}${err.code}`);
  }
  return err;
}

// Runs a pure check or rule, turning its refusal into the Update's rejection.
export function rejecting<T>(rule: () => T): T {
  try {
    return rule();
  } catch (err) {
    throw toRejection(err);
  }
}

export function startRejection(message: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(message, `${REJECTION_TYPE_PREFIX}${ErrorCode.InvalidCommand}`);
}
