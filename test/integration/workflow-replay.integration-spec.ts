import * as fs from 'node:fs';
import * as path from 'node:path';

import { aMatter, dispatchCappedMatter, MatterApi, office, TestStack, unitUser } from '@app/testing';
import { matterWorkflowId } from '@app/workflow-api';

import { productApps } from '../support/product-apps';
import { Client, Connection } from '@temporalio/client';
import { spawnSync } from 'node:child_process';

const FIXTURES = path.resolve(__dirname, '../fixtures/histories');

// Recorded histories of matters that ran on earlier versions of AgreedMatterWorkflow are replayed against
// today's code: a change that is not behind patched() fails here instead of in a district's running matters.
// `RECORD_HISTORIES=true npx jest test/integration/workflow-replay` records a fresh set (never overwrites).
describe('workflow history replay', () => {
  if (process.env.RECORD_HISTORIES === 'true') {
    it('records the histories of a few lifecycles', async () => {
      const stack = await TestStack.start(productApps);
      const api = new MatterApi(stack);
      const staff = office();
      const lead = unitUser('justice');
      const co = unitUser('finance');
      try {
        const walks: Record<string, (id: string) => Promise<unknown>> = {
          closed: async (id) => {
            await api.ok(id, 'acknowledge', lead);
            await api.ok(id, 'acknowledge', co);
            await api.ok(id, 'progress', lead, { text: '进展', percent: 50 });
            await api.ok(id, 'contribution', co, { text: '配合', evidence: [] });
            await api.ok(id, 'completion', lead, { summary: '完成', evidence: [] });
            await api.ok(id, 'return', staff, { reason: '补充' });
            await api.ok(id, 'extension-request', lead, { requestedDueDate: '2027-01-31', reason: '延期' });
            await api.ok(id, 'extension-decision', staff, { approve: true, reason: '同意' });
            await api.ok(id, 'completion', lead, { summary: '再次完成', evidence: [] });
            return api.ok(id, 'verify', staff);
          },
          rerouted: async (id) => {
            await api.ok(id, 'decline', co, { reason: '非本单位职责' });
            await api.ok(id, 'reroute', staff, { fromUnitCode: 'finance', toUnitCode: 'statistics', reason: '改派' });
            await api.ok(id, 'reassign-lead', staff, { toUnitCode: 'statistics', reason: '改由统计局牵头' });
            return api.ok(id, 'cancel', staff, { reason: '撤销' });
          },
        };
        const stamp = new Date().toISOString().slice(0, 16).replace(':', '');
        // The CLI writes the canonical proto JSON that the replayer reads.
        const record = (name: string, workflowId: string, runId?: string): void => {
          const show = spawnSync(
            process.env.TEMPORAL_CLI!,
            [
              'workflow',
              'show',
              '--workflow-id',
              workflowId,
              ...(runId ? ['--run-id', runId] : []),
              '--output',
              'json',
            ],
            { encoding: 'utf8', env: { ...process.env, TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS } },
          );
          expect(show.status).toBe(0);
          const file = path.join(FIXTURES, `${stamp}-${name}.json`);
          expect(fs.existsSync(file)).toBe(false);
          fs.writeFileSync(file, show.stdout);
        };
        for (const [name, walk] of Object.entries(walks)) {
          const m = await api.dispatch(aMatter().lead('justice').co('finance').build(), staff);
          await walk(m.id);
          record(name, matterWorkflowId(m.id));
        }
        // A run that continued as new past a low history cap (the API cannot set one: started as the API does).
        const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
        try {
          const { matterId } = await dispatchCappedMatter(stack, client, staff, 40);
          const handle = client.workflow.getHandle(matterWorkflowId(matterId));
          const firstRun = (await handle.describe()).runId;
          await api.ok(matterId, 'acknowledge', lead);
          for (let i = 1; i <= 12 && (await handle.describe()).runId === firstRun; i++) {
            await api.ok(matterId, 'progress', lead, { text: `第${i}次`, percent: i });
          }
          expect((await handle.describe()).runId).not.toBe(firstRun);
          record('continued-as-new', matterWorkflowId(matterId), firstRun);
          await api.ok(matterId, 'cancel', staff, { reason: '撤销' });
        } finally {
          await client.connection.close();
        }
      } finally {
        await stack.stop();
      }
    }, 180_000);
    return;
  }

  // Replayed by the compiled script in its own process (the proto JSON codec does not survive jest's
  // module isolation); the same script serves operators before a deploy.
  it('replays every recorded history without non-determinism', () => {
    const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    const run = spawnSync(
      process.execPath,
      ['-r', './scripts/register-paths.js', 'dist/scripts/replay-histories.js', FIXTURES],
      {
        cwd: path.resolve(__dirname, '../..'),
        encoding: 'utf8',
        env: process.env,
      },
    );
    const lines = run.stdout
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{"'))
      .map((l) => JSON.parse(l) as { history?: string; ok?: boolean; error?: string });
    expect(lines.filter((l) => l.history)).toEqual(files.sort().map((f) => ({ history: f, ok: true })));
    expect(run.status).toBe(0);
  }, 60_000);
});
