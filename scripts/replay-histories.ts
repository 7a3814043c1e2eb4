import * as fs from 'node:fs';
import * as path from 'node:path';

import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';

import { workflowBundlerOptions, workflowsPath } from '../apps/worker/src/temporal/worker.factory';

// Replays recorded workflow histories (JSON, as `temporal workflow show --output json` or historyToJSON
// writes them) against the current workflow code. Prints one JSON line per history; exits 1 on any
// non-determinism. Usage: replay-histories [DIR] (default test/fixtures/histories).
async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const dir = path.resolve(process.argv[2] ?? 'test/fixtures/histories');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const histories = files.map((f) => ({
    workflowId: f,
    history: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown,
  }));
  const bundlePath = process.env.WORKFLOW_BUNDLE_PATH;
  const source = bundlePath
    ? { workflowBundle: { codePath: bundlePath } }
    : { workflowsPath: workflowsPath(), bundlerOptions: workflowBundlerOptions };
  let failed = 0;
  for await (const result of Worker.runReplayHistories(source, histories)) {
    failed += result.error ? 1 : 0;
    console.log(
      JSON.stringify({
        history: result.workflowId,
        ok: !result.error,
        error: result.error ? String(result.error) : undefined,
      }),
    );
  }
  console.log(JSON.stringify({ replayed: files.length, failed }));
  process.exit(failed > 0 || files.length === 0 ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
