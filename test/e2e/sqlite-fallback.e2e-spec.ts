import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { freePort } from '../../scripts/dev-stack/temporal-dev-server';

const ROOT = path.resolve(__dirname, '../..');

// With no DATABASE_URL the built apps fall back to an embedded SQLite file, so a newcomer needs nothing
// installed. Boots the compiled migrate CLI, worker and API as `npm start` does and drives one matter.
describe('embedded SQLite fallback (no DATABASE_URL)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuhua-jc-sqlite-'));
  const children: ChildProcess[] = [];
  let base = '';
  let env: NodeJS.ProcessEnv;

  const node = (script: string): ChildProcess => {
    const child = spawn(process.execPath, ['-r', './scripts/register-paths.js', script], {
      cwd: ROOT,
      env,
      stdio: 'pipe',
    });
    children.push(child);
    return child;
  };

  beforeAll(async () => {
    const port = await freePort();
    env = {
      ...process.env,
      SQLITE_PATH: path.join(dir, 'app.sqlite'),
      API_PORT: String(port),
      LOG_LEVEL: 'error',
      SEED_DEMO_USERS: 'true',
    };
    delete env.DATABASE_URL;
    base = `http://127.0.0.1:${port}`;
    const migrate = node('dist/libs/database/src/cli/migrate.js');
    const code = await new Promise((resolve) => migrate.once('exit', resolve));
    expect(code).toBe(0);
    node('dist/apps/worker/src/main.js');
    node('dist/apps/api/src/main.js');
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${base}/health`)).status === 200) {
          return;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('API on SQLite did not become healthy');
  }, 60_000);

  afterAll(async () => {
    const running = children.filter((c) => c.exitCode === null);
    const exits = running.map((c) => new Promise((resolve) => c.once('exit', resolve)));
    running.forEach((c) => c.kill('SIGTERM'));
    await Promise.all(exits);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // The demo accounts that SEED_DEMO_USERS creates; returns an Authorization header.
  async function login(username: string): Promise<Record<string, string>> {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: 'Demo-Password-2026' }),
    });
    expect(res.status).toBe(200);
    const { accessToken } = (await res.json()) as { accessToken: string };
    return { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' };
  }

  it('boots, reports health and serves the seeded units from the SQLite file', async () => {
    const health = (await (await fetch(`${base}/health`)).json()) as { details: { database: { status: string } } };
    expect(health.details.database.status).toBe('up');
    const units = await (await fetch(`${base}/api/units`, { headers: await login('demo.office') })).json();
    expect(units).toHaveLength(21);
    expect(fs.existsSync(path.join(dir, 'app.sqlite'))).toBe(true);
  });

  it('dispatches and acknowledges a matter with the read model in SQLite', async () => {
    const office = await login('demo.office');
    const created = await fetch(`${base}/api/matters`, {
      method: 'POST',
      headers: office,
      body: JSON.stringify({
        code: 'SQLITE-1',
        title: '试点事项',
        description: '',
        leadUnitCode: 'justice',
        dueDate: '2026-12-31',
      }),
    });
    expect(created.status).toBe(201);
    const matter = (await created.json()) as { id: string };
    const ack = await fetch(`${base}/api/matters/${matter.id}/acknowledge`, {
      method: 'POST',
      headers: await login('demo.justice.liaison'),
    });
    expect(ack.status).toBe(200);
    const list = (await (await fetch(`${base}/api/matters?unit=justice`, { headers: office })).json()) as {
      items: unknown[];
    };
    expect(list.items).toEqual([expect.objectContaining({ code: 'SQLITE-1', status: 'in_progress' })]);
  });
});
