// The single workflowsPath the worker bundles. Deterministic code only.
export { AgreedMatterWorkflow } from './agreed-matter/agreed-matter.workflow';
export { DailyDigestWorkflow } from './daily-digest/daily-digest.workflow';
export { SummaryCampaignWorkflow } from './summary-campaign/summary-campaign.workflow';
