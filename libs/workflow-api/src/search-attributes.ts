import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

// Registered on the Temporal server at start (scripts/dev-stack, docker-compose); for operators finding a
// matter's workflow in the Web UI. Lists and dashboards never read them: they read MySQL.
export const MATTER_CODE_SA = defineSearchAttributeKey('MatterCode', SearchAttributeType.KEYWORD);
export const LEAD_UNIT_SA = defineSearchAttributeKey('LeadUnit', SearchAttributeType.KEYWORD);
export const MATTER_STATUS_SA = defineSearchAttributeKey('MatterStatus', SearchAttributeType.KEYWORD);
