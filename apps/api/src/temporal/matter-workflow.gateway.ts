import { envOf, temporalConfig } from '@app/config';
import type { CommandResult, MatterEvent, MatterState } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { AgreedMatterWorkflowInput } from '@app/workflow-api';
import {
  AGREED_MATTER_WORKFLOW_TYPE,
  dispatchUpdate,
  LEAD_UNIT_SA,
  MATTER_CODE_SA,
  MATTER_STATUS_SA,
  matterEventsQuery,
  matterStateQuery,
  matterWorkflowId,
} from '@app/workflow-api';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { UpdateDefinition } from '@temporalio/client';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';

import { signalRecompute } from './signal-recompute';
import { TEMPORAL_CLIENT } from './temporal.tokens';
import { WorkflowGatewayBase } from './workflow-gateway.base';

// The API's only door to the matter workflows: starts them, sends commands as Updates, runs queries,
// and turns Temporal's errors into coded API errors.
@Injectable()
export class MatterWorkflowGateway extends WorkflowGatewayBase {
  private readonly taskQueue: string;

  constructor(@Inject(TEMPORAL_CLIENT) client: Client, config: ConfigService) {
    super(client, {
      notFound: { code: ErrorCode.MatterNotFound, message: 'No running workflow for this matter.' },
      closed: { code: ErrorCode.MatterClosed, message: 'The matter is closed; it accepts no further commands.' },
    });
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
    return this.call(
      matterWorkflowId(matterId),
      () =>
        this.client.workflow.executeUpdateWithStart(dispatchUpdate, {
          args: [{ actor: input.createdBy! }],
          updateId: requestId,
          startWorkflowOperation: start,
        }),
      { starting: true },
    );
  }

  execute<A>(
    matterId: string,
    update: UpdateDefinition<CommandResult, [A]>,
    arg: A,
    requestId: string,
  ): Promise<CommandResult> {
    const handle = this.client.workflow.getHandle(matterWorkflowId(matterId));
    return this.call(handle.workflowId, () => handle.executeUpdate(update, { args: [arg], updateId: requestId }));
  }

  async liveState(matterId: string): Promise<{ state: MatterState | null; events: MatterEvent[] }> {
    const handle = this.client.workflow.getHandle(matterWorkflowId(matterId));
    return this.call(handle.workflowId, async () => ({
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
}
