import { randomUUID } from 'node:crypto';

import type { Actor } from '@app/contracts';
import type { AgreedMatterWorkflowInput } from '@app/workflow-api';
import { AGREED_MATTER_WORKFLOW_TYPE, dispatchUpdate, matterWorkflowId } from '@app/workflow-api';
import type { Client } from '@temporalio/client';
import { WithStartWorkflowOperation } from '@temporalio/client';

import { aMatter } from './matter.factory';
import type { TestStack } from './test-stack';

// Dispatches a matter whose workflow continues as new past `historyLengthCap` events: started as the API starts one
// (its code reserved, update-with-start on the stack's task queue), with the cap the API cannot set.
export async function dispatchCappedMatter(
  stack: TestStack,
  client: Client,
  actor: Actor,
  historyLengthCap: number,
): Promise<{ matterId: string; input: AgreedMatterWorkflowInput }> {
  const matterId = randomUUID();
  const definition = {
    ...aMatter().lead('justice').build(),
    matterId,
    coUnitCodes: [],
    priority: 'normal' as const,
    year: 2026,
    description: 'x',
  };
  const input: AgreedMatterWorkflowInput = {
    definition,
    createdBy: actor,
    createdAt: new Date().toISOString(),
    historyLengthCap,
  };
  await stack.dataSource.query('INSERT INTO matter_codes (code, matter_id, reserved_at) VALUES (?, ?, NOW())', [
    definition.code,
    matterId,
  ]);
  await client.workflow.executeUpdateWithStart(dispatchUpdate, {
    args: [{ actor }],
    startWorkflowOperation: new WithStartWorkflowOperation(AGREED_MATTER_WORKFLOW_TYPE, {
      workflowId: matterWorkflowId(matterId),
      taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
      args: [input],
      workflowIdConflictPolicy: 'FAIL',
    }),
  });
  return { matterId, input };
}
