import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// `RECORD_HISTORIES=true` keeps a workflow's history as a fixture for the replay test
// (test/fixtures/histories/<date>-<name>.json), which every run replays against the current workflow code.
// Never overwrites: a recorded history is evidence of what earlier code did.
export function recordHistoryIfAsked(workflowId: string, name: string): void {
  if (process.env.RECORD_HISTORIES !== 'true') {
    return;
  }
  const file = path.resolve(
    __dirname,
    '../fixtures/histories',
    `${new Date().toISOString().slice(0, 10)}-${name}.json`,
  );
  const show = spawnSync(
    process.env.TEMPORAL_CLI!,
    ['workflow', 'show', '--workflow-id', workflowId, '--output', 'json'],
    {
      encoding: 'utf8',
      env: process.env,
    },
  );
  if (show.status !== 0) {
    throw new Error(`temporal workflow show ${workflowId} failed: ${show.stderr}`);
  }
  if (fs.existsSync(file)) {
    throw new Error(`${file} exists: recorded histories are never overwritten`);
  }
  fs.writeFileSync(file, show.stdout);
}
