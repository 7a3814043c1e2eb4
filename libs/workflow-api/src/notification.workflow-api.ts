// The daily digest's workflow API: its type, id, schedule and activities.
export const DAILY_DIGEST_WORKFLOW_TYPE = 'DailyDigestWorkflow';
export const DAILY_DIGEST_WORKFLOW_ID = 'daily-digest';
// Temporal cron runs in UTC: midnight UTC is 08:00 in Asia/Shanghai, the start of the working day.
export const DAILY_DIGEST_CRON = '0 0 * * *';

export interface DailyDigestResult {
  // People who were sent a digest message.
  users: number;
  // Notifications those messages listed.
  notices: number;
}

// The activities DailyDigestWorkflow calls; implemented in apps/worker, imported by the workflow as types only.
export interface NotificationActivities {
  sendDailyDigests(): Promise<DailyDigestResult>;
}
