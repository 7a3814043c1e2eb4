import { DAILY_DIGEST_CRON, DAILY_DIGEST_WORKFLOW_ID, DAILY_DIGEST_WORKFLOW_TYPE } from '@app/workflow-api';
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';

// Starts the daily digest cron workflow once per namespace (08:00 Asia/Shanghai); every worker may call it
// at boot, and all but the first find it running. Returns whether this call started it.
export async function ensureDailyDigest(client: Client, taskQueue: string): Promise<boolean> {
  try {
    await client.workflow.start(DAILY_DIGEST_WORKFLOW_TYPE, {
      workflowId: DAILY_DIGEST_WORKFLOW_ID,
      taskQueue,
      cronSchedule: DAILY_DIGEST_CRON,
    });
    return true;
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) {
      return false;
    }
    throw err;
  }
}
