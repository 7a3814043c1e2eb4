import * as path from 'node:path';

import type { TemporalConfig } from '@app/config';
import type { CampaignActivities, MatterActivities, NotificationActivities } from '@app/contracts';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { WorkerOptions } from '@temporalio/worker';

// The repository root: apps/worker/src/temporal → ../../../.. (the same from dist/ when compiled).
const ROOT = path.resolve(__dirname, '../../../..');
const LIBS = ['contracts', 'domain'] as const;

// The workflow bundle resolves @app/* through webpack aliases, never through relative climbs.
export const workflowBundlerOptions: WorkerOptions['bundlerOptions'] = {
  webpackConfigHook: (config) => {
    const alias = Object.fromEntries(LIBS.map((lib) => [`@app/${lib}`, path.join(ROOT, 'libs', lib, 'src')]));
    config.resolve = { ...config.resolve, alias: { ...(config.resolve?.alias as object), ...alias } };
    return config;
  },
};

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
    maxCachedWorkflows: options.maxCachedWorkflows,
    ...source,
  });
  return { worker, connection };
}
