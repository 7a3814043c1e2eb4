import { envOf, temporalConfig } from '@app/config';
import type { Actor, CampaignCommandResult, PlannedCampaignReminder, SummaryCampaignState } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { SummaryCampaignInput } from '@app/workflow-api';
import {
  campaignPlanQuery,
  campaignStartedUpdate,
  campaignStateQuery,
  SUMMARY_CAMPAIGN_WORKFLOW_TYPE,
  summaryCampaignWorkflowId,
} from '@app/workflow-api';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { UpdateDefinition } from '@temporalio/client';
import { Client, QueryNotRegisteredError, WithStartWorkflowOperation } from '@temporalio/client';

// How often the plan query is asked while a just-started campaign has not yet registered it (200 ms apart).
const PLAN_QUERY_ATTEMPTS = 25;

import { signalRecompute } from '../temporal/signal-recompute';
import { TEMPORAL_CLIENT } from '../temporal/temporal.tokens';
import { WorkflowGatewayBase } from '../temporal/workflow-gateway.base';

// The API's door to the summary campaign workflows (one per year): start, commands as Updates, the live query.
@Injectable()
export class CampaignWorkflowGateway extends WorkflowGatewayBase {
  private readonly taskQueue: string;

  constructor(@Inject(TEMPORAL_CLIENT) client: Client, config: ConfigService) {
    super(client, {
      notFound: { code: ErrorCode.NotFound, message: 'No summary campaign for this year.' },
      closed: {
        code: ErrorCode.InvalidTransition,
        message: 'The campaign is completed; it accepts no further commands.',
      },
    });
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
    return this.call(
      summaryCampaignWorkflowId(input.year!),
      () =>
        this.client.workflow.executeUpdateWithStart(campaignStartedUpdate, {
          args: [{ actor }],
          updateId: requestId,
          startWorkflowOperation: start,
        }),
      { starting: true },
    );
  }

  execute<A>(
    year: number,
    update: UpdateDefinition<CampaignCommandResult, [A]>,
    arg: A,
    requestId: string,
  ): Promise<CampaignCommandResult> {
    const handle = this.client.workflow.getHandle(summaryCampaignWorkflowId(year));
    return this.call(handle.workflowId, () => handle.executeUpdate(update, { args: [arg], updateId: requestId }));
  }

  live(year: number): Promise<SummaryCampaignState> {
    const handle = this.client.workflow.getHandle(summaryCampaignWorkflowId(year));
    return this.call(handle.workflowId, () => handle.query(campaignStateQuery));
  }

  // The reminders and escalations still to come (Temporal query): what the office sees of the plan.
  // A campaign registers this query once its first plan is made, a moment after it starts: asked in that moment,
  // the query is retried briefly rather than answered as an error.
  upcoming(year: number): Promise<PlannedCampaignReminder[]> {
    const handle = this.client.workflow.getHandle(summaryCampaignWorkflowId(year));
    return this.call(handle.workflowId, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await handle.query(campaignPlanQuery);
        } catch (err) {
          if (!(err instanceof QueryNotRegisteredError) || attempt >= PLAN_QUERY_ATTEMPTS) {
            throw err;
          }
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    });
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
}
