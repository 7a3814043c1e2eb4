import * as path from 'node:path';

import type { TemporalConfig } from '@app/config';
import type { CampaignActivities, MatterActivities, NotificationActivities } from '@app/workflow-api';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { WorkerOptions } from '@temporalio/worker';

// The repository root: apps/worker/src/temporal → ../../../.. (the same from dist/ when compiled).
const ROOT = path.resolve(__dirname, '../../../..');
const LIBS = ['contracts', 'workflow-api', 'domain'] as const;

// The workflow bundle resolves @app/* through webpack aliases, never through relative climbs.
export const workflowBundlerOptions: WorkerOptions['bundlerOptions'] = {
  webpackConfigHook: (config) => {
    const alias = Object.fromEntries(LIBS.map((lib) => [`@app/${lib}`, path.join(ROOT, 'libs', lib, 'src')]));
    config.resolve = { ...config.resolve, alias: { ...(config.resolve?.alias as object), ...alias } };
    return config;
  },
};

// Tuning, from `npm run bench` on a 2-core machine (docs/performance.md says why each value):
// - at most 1,000 workflows cached: a cached matter costs ~0.4 MiB of worker memory; a district has hundreds to a
//   few thousand open matters, and a command on an evicted one replays its short history (tens of events) in
//   milliseconds. Unbounded (the SDK sizes it from the heap, ~2,000+ here) memory grows with every open matter.
// - 10 activity slots, the MySQL pool's size: every activity holds at most one connection at a time, so more slots
//   only queue inside the pool with their start-to-close timeouts running, invisible to Temporal; fewer leave
//   connections idle while projections wait in the task queue.
// - 10 local-activity slots, for the same reason: the plan, the projection and the notices of a matter run as
//   local activities (workflows/agreed-matter: one workflow task per command), and each holds one connection.
export const WORKER_TUNING = {
  maxCachedWorkflows: 1_000,
  maxConcurrentActivityTaskExecutions: 10,
  maxConcurrentLocalActivityExecutions: 10,
} as const;

export const workflowsPath = (): string => require.resolve(path.join(ROOT, 'workflows'));

export interface MatterWorkerOptions {
  temporal: TemporalConfig;
  activities: MatterActivities & NotificationActivities & CampaignActivities;
  connection?: NativeConnection;
  maxCachedWorkflows?: number;
}

export async function createMatterWorker(
  options: MatterWorkerOptions,
): Promise<{ worker: Worker; connection: NativeConnection }> {
  const connection = options.connection ?? (await NativeConnection.connect({ address: options.temporal.address }));
  const source = options.temporal.workflowBundlePath
    ? { workflowBundle: { codePath: options.temporal.workflowBundlePath } }
    : { workflowsPath: workflowsPath(), bundlerOptions: workflowBundlerOptions };
  const worker = await Worker.create({
    connection,
    namespace: options.temporal.namespace,
    taskQueue: options.temporal.taskQueue,
    activities: options.activities,
    maxCachedWorkflows: options.maxCachedWorkflows ?? WORKER_TUNING.maxCachedWorkflows,
    maxConcurrentActivityTaskExecutions: WORKER_TUNING.maxConcurrentActivityTaskExecutions,
    maxConcurrentLocalActivityExecutions: WORKER_TUNING.maxConcurrentLocalActivityExecutions,
    ...source,
  });
  return { worker, connection };
}
