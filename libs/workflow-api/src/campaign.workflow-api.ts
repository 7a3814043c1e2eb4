// The summary campaign's workflow API: its type and id, input, Updates, queries and activities.
import type {
  Actor,
  CampaignCommandResult,
  CampaignPolicy,
  EscalationLevel,
  PlannedCampaignReminder,
  ReviewSummaryCommand,
  SubmitSummaryCommand,
  SummaryCampaignStart,
  SummaryCampaignState,
  SummaryDraftDecision,
} from '@app/contracts';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

export const SUMMARY_CAMPAIGN_WORKFLOW_TYPE = 'SummaryCampaignWorkflow';
export const summaryCampaignWorkflowId = (year: number): string => `summary-campaign-${year}`;

export interface SummaryCampaignInput extends SummaryCampaignStart {
  carried?: { state: SummaryCampaignState; recentIds: string[] };
}

export const campaignStartedUpdate = defineUpdate<CampaignCommandResult, [{ actor: Actor }]>('campaignStarted');
export const submitSummaryUpdate = defineUpdate<CampaignCommandResult, [SubmitSummaryCommand]>('submitSummary');
export const returnSummaryUpdate = defineUpdate<CampaignCommandResult, [ReviewSummaryCommand]>('returnSummary');
export const acceptSummaryUpdate = defineUpdate<CampaignCommandResult, [ReviewSummaryCommand]>('acceptSummary');
// Inside the unit (summary-draft-approval-v1): the liaison's draft, the leader's approval or return of it.
export const draftSummaryUpdate = defineUpdate<CampaignCommandResult, [SubmitSummaryCommand]>('draftSummary');
export const approveSummaryDraftUpdate = defineUpdate<CampaignCommandResult, [SummaryDraftDecision]>(
  'approveSummaryDraft',
);
export const returnSummaryDraftUpdate = defineUpdate<CampaignCommandResult, [SummaryDraftDecision]>(
  'returnSummaryDraft',
);
export const campaignStateQuery = defineQuery<SummaryCampaignState>('campaignState');

export const campaignPlanQuery = defineQuery<PlannedCampaignReminder[]>('campaignPlan');

export interface CampaignTimer {
  key: string;
  unitCode: string;
  level: EscalationLevel | 'pre';
  atMs: number;
}
export interface CampaignPlanInput {
  dueDate: string;
  policy: CampaignPolicy;
  unitCodes: string[];
}
export interface CampaignNotice {
  key: string;
  year: number;
  dueDate: string;
  unitCode: string;
  level: EscalationLevel | 'pre';
}

// The activities SummaryCampaignWorkflow calls; implemented in apps/worker, imported by the workflow as types.
export interface CampaignActivities {
  // The reminder and ladder instants of every unit, from the working-day calendar, sorted by time.
  planCampaign(input: CampaignPlanInput): Promise<CampaignTimer[]>;
  projectCampaign(state: SummaryCampaignState): Promise<void>;
  // Inbox notices of one reminder or escalation, once per key; returns how many rows were addressed.
  sendCampaignNotice(notice: CampaignNotice): Promise<number>;
}
