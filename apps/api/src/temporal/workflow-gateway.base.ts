import { ErrorCode, REJECTION_TYPE_PREFIX } from '@app/contracts';
import type { Client } from '@temporalio/client';
import {
  isGrpcServiceError,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

import { ApiException } from '../common/api.exception';

// gRPC status codes (https://grpc.github.io/grpc/core/md_doc_statuscodes.html) that mean "try again": the server
// or the network, not the request.
const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_FAILED_PRECONDITION = 9;
const GRPC_RESOURCE_EXHAUSTED = 8;
const GRPC_UNAVAILABLE = 14;
const TRANSIENT_GRPC = new Set<number>([GRPC_DEADLINE_EXCEEDED, GRPC_RESOURCE_EXHAUSTED, GRPC_UNAVAILABLE]);
const statusOf = (e: unknown): number | undefined => (isGrpcServiceError(e) ? Number(e.code) : undefined);
// Socket errors (by errno code) of a Temporal server that is down or unreachable.
const TRANSIENT_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EPIPE']);

// The coded answers of one gateway for the situations its workflows can be in.
export interface GatewayAnswers {
  // No workflow of that id (never started).
  notFound: { code: ErrorCode; message: string };
  // The workflow has ended: it accepts no further Updates.
  closed: { code: ErrorCode; message: string };
}

// What the translation needs to know about a workflow when Temporal says NOT_FOUND: an Update to an ended
// workflow and a workflow that never existed both arrive as WorkflowNotFoundError.
export type ClosedProbe = () => Promise<boolean>;

const UNAVAILABLE_MESSAGE = 'The workflow service is unavailable; retry with the same Idempotency-Key.';

// Every error in an error's cause chain (bounded: a cycle cannot hang it).
function causes(err: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e: unknown = err; e !== undefined && e !== null && chain.length < 10; e = (e as { cause?: unknown }).cause) {
    chain.push(e);
    if (typeof e !== 'object') {
      break;
    }
  }
  return chain;
}

// A failure of the Temporal service or of the way to it, by class, gRPC status or errno, never by message text.
export function isTransientTemporalFailure(err: unknown): boolean {
  return causes(err).some(
    (e) =>
      e instanceof WorkflowUpdateRPCTimeoutOrCancelledError ||
      TRANSIENT_GRPC.has(statusOf(e) ?? -1) ||
      (e instanceof Error && TRANSIENT_ERRNO.has(String((e as NodeJS.ErrnoException).code))),
  );
}

// Temporal's errors as coded API errors, the same situation to the same code in every gateway:
// a workflow's typed rejection → its own code (409/403/422…); NOT_FOUND → the gateway's notFound or, when the
// workflow has ended, its closed answer; an id already started → IDEMPOTENCY_CONFLICT; a transient failure of
// the service → 503 SERVICE_UNAVAILABLE. Anything else is left as it is (a 500, logged).
export async function translateTemporalError(
  err: unknown,
  answers: GatewayAnswers,
  isClosed: ClosedProbe,
  opts: { starting?: boolean } = {},
): Promise<unknown> {
  const failure = err instanceof WorkflowUpdateFailedError ? err.cause : err;
  if (failure instanceof ApplicationFailure && (failure.type ?? '').startsWith(REJECTION_TYPE_PREFIX)) {
    return new ApiException(failure.type!.slice(REJECTION_TYPE_PREFIX.length) as ErrorCode, failure.message);
  }
  // NOT_FOUND (or a failed precondition) from an Update: the workflow is missing, or it has ended.
  const precondition = causes(err).some((e) => statusOf(e) === GRPC_FAILED_PRECONDITION);
  if (err instanceof WorkflowNotFoundError || precondition) {
    let closed: boolean;
    try {
      closed = await isClosed();
    } catch (probeErr) {
      // Update-with-start refused (FAILED_PRECONDITION "could not be executed") while the start did not happen:
      // Temporal or its worker was failing; the same request with the same Idempotency-Key may be retried.
      if (opts.starting && precondition) {
        return new ApiException(ErrorCode.Unavailable, UNAVAILABLE_MESSAGE);
      }
      return isTransientTemporalFailure(probeErr)
        ? new ApiException(ErrorCode.Unavailable, UNAVAILABLE_MESSAGE)
        : new ApiException(answers.notFound.code, answers.notFound.message);
    }
    if (precondition && !closed) {
      // On a running workflow an update-with-start is refused only while it cannot take the update now (its worker
      // away, a workflow task failing): a fault of the moment, retried with the same key (the fault campaign's find:
      // a dispatch answered 500 while the worker was frozen). Any other call leaves it as it is.
      return opts.starting ? new ApiException(ErrorCode.Unavailable, UNAVAILABLE_MESSAGE) : err;
    }
    const answer = closed ? answers.closed : answers.notFound;
    return new ApiException(answer.code, answer.message);
  }
  if (err instanceof WorkflowExecutionAlreadyStartedError) {
    return new ApiException(ErrorCode.IdempotencyConflict, 'This workflow was already started for another request.');
  }
  if (isTransientTemporalFailure(err)) {
    return new ApiException(ErrorCode.Unavailable, UNAVAILABLE_MESSAGE);
  }
  return err;
}

// How long one call to Temporal may take before the API answers 503.
const TEMPORAL_CALL_DEADLINE_MS = 10_000;

// The shared base of the API's gateways to its workflows (matters, summary campaigns): runs a Temporal call and
// turns its failure into a coded API error.
export abstract class WorkflowGatewayBase {
  protected constructor(
    protected readonly client: Client,
    private readonly answers: GatewayAnswers,
  ) {}

  // Every call to Temporal has a deadline: with the server (or every worker) away, a command answers 503 within it
  // instead of hanging; the client retries with the same Idempotency-Key (the Update id).
  protected async call<T>(workflowId: string, fn: () => Promise<T>, opts: { starting?: boolean } = {}): Promise<T> {
    try {
      return await this.client.connection.withDeadline(Date.now() + TEMPORAL_CALL_DEADLINE_MS, fn);
    } catch (err) {
      throw await translateTemporalError(err, this.answers, () => this.hasEnded(workflowId), opts);
    }
  }

  // Whether a workflow of this id exists and has ended (describe throws WorkflowNotFoundError when there is none).
  private async hasEnded(workflowId: string): Promise<boolean> {
    const description = await this.client.workflow.getHandle(workflowId).describe();
    return description.status.name !== 'RUNNING';
  }
}
