import {
  condition,
  defineSignal,
  defineUpdate,
  proxyActivities,
  setHandler,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';

import type { RawActivities } from './activities';

// The raw baseline: what Temporal costs on its own. A matter-like workflow whose every command is an Update
// answered after one activity doing one INSERT, and a timer workflow that fires one activity at an instant.
export const applyUpdate = defineUpdate<number, [string]>('apply');
export const closeSignal = defineSignal('close');

const { recordRow } = proxyActivities<RawActivities>({ startToCloseTimeout: '30 seconds' });

export async function rawMatter(): Promise<void> {
  let closed = false;
  let seq = 0;
  setHandler(applyUpdate, async (kind) => {
    seq += 1;
    await recordRow({ workflowId: workflowInfo().workflowId, kind, seq, dueMs: null });
    return seq;
  });
  setHandler(closeSignal, () => {
    closed = true;
  });
  await condition(() => closed);
}

export async function rawTimer(dueMs: number): Promise<void> {
  await sleep(Math.max(1, dueMs - Date.now()));
  await recordRow({ workflowId: workflowInfo().workflowId, kind: 'notice', seq: 1, dueMs });
}
