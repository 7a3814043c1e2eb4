import type { DailyDigestResult, NotificationActivities } from '@app/workflow-api';
import { proxyActivities } from '@temporalio/workflow';

const { sendDailyDigests } = proxyActivities<NotificationActivities>({
  // One message per subscriber; a retry sends only to those the last attempt did not reach.
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 10 },
});

// Runs on a cron schedule (DAILY_DIGEST_CRON): each run sends the day's digests once.
export async function DailyDigestWorkflow(): Promise<DailyDigestResult> {
  return sendDailyDigests();
}
