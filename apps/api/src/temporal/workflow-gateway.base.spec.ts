import { ErrorCode, REJECTION_TYPE_PREFIX } from '@app/contracts';
import {
  ServiceError,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

import { ApiException } from '../common/api.exception';
import type { GatewayAnswers } from './workflow-gateway.base';
import { isTransientTemporalFailure, translateTemporalError } from './workflow-gateway.base';

const ANSWERS: GatewayAnswers = {
  notFound: { code: ErrorCode.MatterNotFound, message: 'none' },
  closed: { code: ErrorCode.MatterClosed, message: 'closed' },
};

// A gRPC error as @grpc/grpc-js makes it: code, details, metadata. The message says nothing useful on purpose:
// the translation must go by class and status, never by text.
function grpcError(code: number): Error {
  return Object.assign(new Error('opaque'), { code, details: 'opaque', metadata: {} });
}
const wrapped = (code: number): ServiceError => new ServiceError('opaque', { cause: grpcError(code) });
const errno = (code: string): Error => Object.assign(new Error('opaque'), { code });

const open = (): Promise<boolean> => Promise.resolve(false);
const ended = (): Promise<boolean> => Promise.resolve(true);

async function codeOf(err: unknown, isClosed = open): Promise<string | undefined> {
  const out = await translateTemporalError(err, ANSWERS, isClosed);
  return out instanceof ApiException ? out.code : undefined;
}

describe('translateTemporalError', () => {
  it.each([
    ['UNAVAILABLE', wrapped(14)],
    ['DEADLINE_EXCEEDED', wrapped(4)],
    ['RESOURCE_EXHAUSTED', wrapped(8)],
    ['a bare gRPC UNAVAILABLE', grpcError(14)],
    ['an Update RPC timeout', new WorkflowUpdateRPCTimeoutOrCancelledError('opaque', { cause: grpcError(4) })],
    ['connection refused', errno('ECONNREFUSED')],
    ['connection refused under a ServiceError', new ServiceError('opaque', { cause: errno('ECONNREFUSED') })],
    ['connection reset', errno('ECONNRESET')],
  ])('maps a transient failure (%s) to 503 SERVICE_UNAVAILABLE', async (_what, err) => {
    expect(isTransientTemporalFailure(err)).toBe(true);
    expect(await codeOf(err)).toBe(ErrorCode.Unavailable);
  });

  it("maps the workflow's typed rejection to its own code, whether wrapped in the Update failure or not", async () => {
    const failure = ApplicationFailure.create({ type: `${REJECTION_TYPE_PREFIX}INVALID_TRANSITION`, message: 'no' });
    expect(await codeOf(new WorkflowUpdateFailedError('opaque', failure))).toBe(ErrorCode.InvalidTransition);
    expect(await codeOf(failure)).toBe(ErrorCode.InvalidTransition);
  });

  it('maps NOT_FOUND to the gateway\'s "not found", or to "closed" when the workflow has ended', async () => {
    const notFound = new WorkflowNotFoundError('opaque', 'matter-x', undefined);
    expect(await codeOf(notFound, open)).toBe(ErrorCode.MatterNotFound);
    expect(await codeOf(notFound, ended)).toBe(ErrorCode.MatterClosed);
  });

  it('maps NOT_FOUND to 503 when asking whether the workflow ended fails transiently', async () => {
    const notFound = new WorkflowNotFoundError('opaque', 'matter-x', undefined);
    expect(await codeOf(notFound, () => Promise.reject(wrapped(14)))).toBe(ErrorCode.Unavailable);
  });

  it('maps FAILED_PRECONDITION on an ended workflow to "closed", and leaves it alone otherwise', async () => {
    expect(await codeOf(wrapped(9), ended)).toBe(ErrorCode.MatterClosed);
    const err = wrapped(9);
    expect(await translateTemporalError(err, ANSWERS, open)).toBe(err);
  });

  it('maps FAILED_PRECONDITION of an update-with-start on a running or missing workflow to 503', async () => {
    const starting = { starting: true };
    const running = await translateTemporalError(wrapped(9), ANSWERS, open, starting);
    expect((running as ApiException).code).toBe(ErrorCode.Unavailable);
    const missing = await translateTemporalError(
      wrapped(9),
      ANSWERS,
      () => Promise.reject(new WorkflowNotFoundError('opaque', 'matter-x', undefined)),
      starting,
    );
    expect((missing as ApiException).code).toBe(ErrorCode.Unavailable);
    expect(((await translateTemporalError(wrapped(9), ANSWERS, ended, starting)) as ApiException).code).toBe(
      ErrorCode.MatterClosed,
    );
  });

  it('maps an id already started to IDEMPOTENCY_CONFLICT', async () => {
    expect(await codeOf(new WorkflowExecutionAlreadyStartedError('opaque', 'matter-x', 'AgreedMatterWorkflow'))).toBe(
      ErrorCode.IdempotencyConflict,
    );
  });

  it('leaves anything else as it is, whatever its message says', async () => {
    for (const err of [
      new Error('UNAVAILABLE ECONNREFUSED DEADLINE_EXCEEDED workflow execution already completed'),
      wrapped(3),
      errno('ENOENT'),
      ApplicationFailure.create({ type: 'SomethingElse', message: 'x' }),
    ]) {
      expect(isTransientTemporalFailure(err)).toBe(false);
      expect(await translateTemporalError(err, ANSWERS, open)).toBe(err);
    }
  });
});
