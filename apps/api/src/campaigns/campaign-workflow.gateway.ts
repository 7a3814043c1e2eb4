import { envOf, temporalConfig } from '@app/config';
import type {
  Actor,
  CampaignCommandResult,
  PlannedCampaignReminder,
  SummaryCampaignInput,
  SummaryCampaignState,
} from '@app/contracts';
import {
  campaignPlanQuery,
  campaignStartedUpdate,
  campaignStateQuery,
  ErrorCode,
  REJECTION_TYPE_PREFIX,
  SUMMARY_CAMPAIGN_WORKFLOW_TYPE,
  summaryCampaignWorkflowId,
} from '@app/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { UpdateDefinition } from '@temporalio/client';
import {
  Client,
  WithStartWorkflowOperation,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

import { ApiException } from '../common/api.exception';
import { signalRecompute } from '../temporal/signal-recompute';
import { TEMPORAL_CLIENT } from '../temporal/temporal.tokens';

// The API's door to the summary campaign workflows (one per year): start, commands as Updates, the live query.
@Injectable()
export class CampaignWorkflowGateway {
  private readonly taskQueue: string;

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    config: ConfigService,
  ) {
    this.taskQueue = temporalConfig(envOf(config)).taskQueue;
  }

  // Starts the year's campaign (or finds it running) and waits until it is in the read model.
  start(input: SummaryCampaignInput, actor: Actor, requestId: string): Promise<CampaignCommandResult> {
    const start = new WithStartWorkflowOperation(SUMMARY_CAMPAIGN_WORKFLOW_TYPE, {
      workflowId: summaryCampaignWorkflowId(input.year!),
      taskQueue: this.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    return this.call(() =>
      this.client.workflow.executeUpdateWithStart(campaignStartedUpdate, {
        args: [{ actor }],
        updateId: requestId,
        startWorkflowOperation: start,
      }),
    );
  }

  execute<A>(
    year: number,
    update: UpdateDefinition<CampaignCommandResult, [A]>,
    arg: A,
    requestId: string,
  ): Promise<CampaignCommandResult> {
    const handle = this.client.workflow.getHandle(summaryCampaignWorkflowId(year));
    return this.call(() => handle.executeUpdate(update, { args: [arg], updateId: requestId }));
  }

  live(year: number): Promise<SummaryCampaignState> {
    return this.call(() => this.client.workflow.getHandle(summaryCampaignWorkflowId(year)).query(campaignStateQuery));
  }

  // The reminders and escalations still to come (Temporal query): what the office sees of the plan.
  upcoming(year: number): Promise<PlannedCampaignReminder[]> {
    return this.call(() => this.client.workflow.getHandle(summaryCampaignWorkflowId(year)).query(campaignPlanQuery));
  }

  // After a calendar change: each running campaign plans its reminders again. Returns how many were told; an
  // ended workflow is skipped, other failures are logged (the calendar change that asked is saved).
  signalRecompute(years: number[], reason: string): Promise<number> {
    return signalRecompute(
      this.client,
      years.map(summaryCampaignWorkflowId),
      reason,
      new Logger(CampaignWorkflowGateway.name),
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
  const failure = err instanceof WorkflowUpdateFailedError ? err.cause : err;
  if (failure instanceof ApplicationFailure && (failure.type ?? '').startsWith(REJECTION_TYPE_PREFIX)) {
    return new ApiException(failure.type!.slice(REJECTION_TYPE_PREFIX.length) as ErrorCode, failure.message);
  }
  if (err instanceof WorkflowNotFoundError) {
    return new ApiException(ErrorCode.NotFound, 'No summary campaign for this year.');
  }
  const message = err instanceof Error ? err.message : String(err);
  if (/workflow execution already completed/i.test(message)) {
    return new ApiException(ErrorCode.InvalidTransition, 'The campaign is completed; it accepts no further commands.');
  }
  if (/UNAVAILABLE|ECONNREFUSED|Failed to connect|DEADLINE_EXCEEDED/i.test(message)) {
    return new ApiException(
      ErrorCode.Unavailable,
      'The workflow service is unavailable; retry with the same Idempotency-Key.',
    );
  }
  return err;
}
