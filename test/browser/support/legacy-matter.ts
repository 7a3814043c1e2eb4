import { randomUUID } from 'node:crypto';

import type { MatterDefinition, MatterPriority } from '@app/contracts';
import {
  AGREED_MATTER_WORKFLOW_TYPE,
  dispatchUpdate,
  LEAD_UNIT_SA,
  MATTER_CODE_SA,
  MATTER_STATUS_SA,
  matterWorkflowId,
} from '@app/workflow-api';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { createConnection } from 'mysql2/promise';

import { api } from './browser';

export interface LegacyMatter {
  code: string;
  title: string;
  leadUnitCode: string;
  coUnitCodes: string[];
  dueDate: string;
  priority: MatterPriority;
}

// A matter already past its due date, as one dispatched before the API refused past due dates would be: the API
// now refuses such a date at the door (a new matter's whole ladder would fire at once), so the test starts the
// workflow as the API's gateway does, with the code reserved first, directly on the browser stack's Temporal.
export async function dispatchLegacyMatter(m: LegacyMatter): Promise<{ id: string; code: string; title: string }> {
  const address = process.env.BROWSER_TEMPORAL_ADDRESS;
  const databaseUrl = process.env.BROWSER_DATABASE_URL;
  const taskQueue = process.env.BROWSER_TASK_QUEUE;
  if (!address || !databaseUrl || !taskQueue) {
    throw new Error('the browser stack did not export its Temporal address, database and task queue');
  }
  const me = (await api('demo.director').get<{ id: string; displayName: string }>('/api/auth/me')).body;
  const matterId = randomUUID();
  const definition: MatterDefinition = {
    matterId,
    code: m.code,
    title: m.title,
    description: '',
    leadUnitCode: m.leadUnitCode,
    coUnitCodes: m.coUnitCodes,
    dueDate: m.dueDate,
    priority: m.priority,
    year: Number(m.dueDate.slice(0, 4)),
  };
  const db = await createConnection(databaseUrl);
  try {
    await db.query('INSERT INTO matter_codes (code, matter_id, reserved_at) VALUES (?, ?, NOW())', [m.code, matterId]);
  } finally {
    await db.end();
  }
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection });
    const actor = { userId: me.id, role: 'office' as const, displayName: me.displayName };
    await client.workflow.executeUpdateWithStart(dispatchUpdate, {
      args: [{ actor }],
      startWorkflowOperation: new WithStartWorkflowOperation(AGREED_MATTER_WORKFLOW_TYPE, {
        workflowId: matterWorkflowId(matterId),
        taskQueue,
        args: [{ definition, createdBy: actor, createdAt: new Date().toISOString() }],
        workflowIdConflictPolicy: 'FAIL',
        typedSearchAttributes: [
          { key: MATTER_CODE_SA, value: m.code },
          { key: LEAD_UNIT_SA, value: m.leadUnitCode },
          { key: MATTER_STATUS_SA, value: 'in_progress' },
        ],
      }),
    });
  } finally {
    await connection.close();
  }
  return { id: matterId, code: m.code, title: m.title };
}
