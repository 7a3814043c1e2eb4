import { recomputeDeadlinesSignal } from '@app/workflow-api';
import { defined } from '@app/domain';
import type { Logger } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/client';

// After a calendar change: tells each workflow (matters and running summary campaigns alike) to plan its
// deadlines again, a few at a time; returns how many were told. An ended workflow is skipped. Other failures are
// logged, not thrown: the calendar change that asked is saved either way.
export async function signalRecompute(
  client: Client,
  workflowIds: string[],
  reason: string,
  logger: Logger,
  concurrency = 10,
): Promise<number> {
  let next = 0;
  let signalled = 0;
  const failures: string[] = [];
  const lane = async (): Promise<void> => {
    while (next < workflowIds.length) {
      const workflowId = defined(workflowIds[next++], 'a workflow id below the length');
      try {
        await client.workflow.getHandle(workflowId).signal(recomputeDeadlinesSignal, { reason });
        signalled++;
      } catch (err) {
        if (!(err instanceof WorkflowNotFoundError)) {
          failures.push(`${workflowId}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, workflowIds.length) }, lane));
  if (failures.length > 0) {
    logger.warn(`recompute (${reason}) not delivered to ${failures.length} workflow(s), first: ${failures[0]}`);
  }
  return signalled;
}
