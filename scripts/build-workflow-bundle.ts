import * as fs from 'node:fs';
import * as path from 'node:path';

import { bundleWorkflowCode } from '@temporalio/worker';

import { workflowBundlerOptions, workflowsPath } from '../apps/worker/src/temporal/worker.factory';

// Production runs a prebuilt workflow bundle (WORKFLOW_BUNDLE_PATH) instead of bundling at worker start.
async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? 'dist/workflow-bundle.js');
  const { code } = await bundleWorkflowCode({
    workflowsPath: workflowsPath(),
    webpackConfigHook: workflowBundlerOptions!.webpackConfigHook,
  });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, code);
  console.log(`workflow bundle written to ${out} (${Math.round(code.length / 1024)} KiB)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
