import { envOf, temporalConfig } from '@app/config';
import type { AgreedMatterWorkflowInput, CommandResult, MatterEvent, MatterState } from '@app/contracts';
import {
  AGREED_MATTER_WORKFLOW_TYPE,
  dispatchUpdate,
  ErrorCode,
  LEAD_UNIT_SA,
  MATTER_CODE_SA,
  MATTER_STATUS_SA,
  matterEventsQuery,
  matterStateQuery,
  matterWorkflowId,
  REJECTION_TYPE_PREFIX,
} from '@app/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { UpdateDefinition } from '@temporalio/client';
import {
  Client,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

import { ApiException } from '../common/api.exception';
import { signalRecompute } from './signal-recompute';
import { TEMPORAL_CLIENT } from './temporal.tokens';

// The API's only door to the matter workflows: starts them, sends commands as Updates, runs queries,
// and turns Temporal's errors into coded API errors.
@Injectable()
export class MatterWorkflowGateway {
  private readonly taskQueue: string;

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    config: ConfigService,
  ) {
    this.taskQueue = temporalConfig(envOf(config)).taskQueue;
  }

  // Starts the matter's workflow and waits until its dispatch is projected (update-with-start).
  async dispatch(input: AgreedMatterWorkflowInput, requestId: string): Promise<CommandResult> {
    const matterId = input.definition!.matterId;
    const start = new WithStartWorkflowOperation(AGREED_MATTER_WORKFLOW_TYPE, {
      workflowId: matterWorkflowId(matterId),
      taskQueue: this.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      typedSearchAttributes: [
        { key: MATTER_CODE_SA, value: input.definition!.code },
        { key: LEAD_UNIT_SA, value: input.definition!.leadUnitCode },
        { key: MATTER_STATUS_SA, value: 'in_progress' },
      ],
    });
    return this.call(() =>
      this.client.workflow.executeUpdateWithStart(dispatchUpdate, {
        args: [{ actor: input.createdBy! }],
        updateId: requestId,
        startWorkflowOperation: start,
      }),
    );
  }

  execute<A>(
    matterId: string,
    update: UpdateDefinition<CommandResult, [A]>,
    arg: A,
    requestId: string,
  ): Promise<CommandResult> {
    const handle = this.client.workflow.getHandle(matterWorkflowId(matterId));
    return this.call(() => handle.executeUpdate(update, { args: [arg], updateId: requestId }));
  }

  async liveState(matterId: string): Promise<{ state: MatterState | null; events: MatterEvent[] }> {
    const handle = this.client.workflow.getHandle(matterWorkflowId(matterId));
    return this.call(async () => ({
      state: await handle.query(matterStateQuery),
      events: await handle.query(matterEventsQuery),
    }));
  }

  // Tells each matter's workflow to recompute its open deadlines (after a calendar change); returns how many were
  // told. An ended workflow is skipped. Other failures are logged, not thrown: the change that asked is saved.
  signalRecompute(matterIds: string[], reason: string): Promise<number> {
    return signalRecompute(
      this.client,
      matterIds.map(matterWorkflowId),
      reason,
      new Logger(MatterWorkflowGateway.name),
    );
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw translate(err);
    }
  }
}

function translate(err: unknown): unknown {
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const type = err.cause.type ?? '';
    if (type.startsWith(REJECTION_TYPE_PREFIX)) {
      return new ApiException(type.slice(REJECTION_TYPE_PREFIX.length) as ErrorCode, err.cause.message);
    }
  }
  if (err instanceof WorkflowNotFoundError) {
    return new ApiException(ErrorCode.MatterNotFound, 'No running workflow for this matter.');
  }
  if (err instanceof WorkflowExecutionAlreadyStartedError) {
    return new ApiException(ErrorCode.IdempotencyConflict, 'This matter was already dispatched.');
  }
  const message = err instanceof Error ? err.message : String(err);
  if (/workflow execution already completed/i.test(message)) {
    return new ApiException(ErrorCode.MatterClosed, 'The matter is closed; it accepts no further commands.');
  }
  if (/UNAVAILABLE|ECONNREFUSED|Failed to connect|DEADLINE_EXCEEDED/i.test(message)) {
    return new ApiException(
      ErrorCode.Unavailable,
      'The workflow service is unavailable; retry with the same Idempotency-Key.',
    );
  }
  return err;
}
