// Notifications: the in-app inbox, notification preferences and the daily e-mail digest.

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

// assignment · rerouted · submitted · returned · instruction · extension · closed · cancelled · escalation
export type NotificationKind =
  | 'assignment'
  | 'rerouted'
  | 'submitted'
  | 'returned'
  | 'instruction'
  | 'extension'
  | 'closed'
  | 'cancelled'
  | 'escalation';

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  matterId: string | null;
  // Addressed to the person ('user') or to their unit as a whole ('unit').
  audience: 'user' | 'unit';
  unitCode: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface UnreadCounts {
  mine: number;
  unit: number;
}

export interface NotificationPageView {
  items: NotificationView[];
  total: number;
  page: number;
  pageSize: number;
  unread: UnreadCounts;
}

export interface NotificationPreferencesView {
  // Collect outbound notices into one message a day (08:00) instead of one per notice.
  dailyDigest: boolean;
  email: string | null;
}
