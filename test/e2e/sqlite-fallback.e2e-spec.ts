import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { freePort } from '../../scripts/dev-stack/temporal-dev-server';
import { demoLogin } from '../support/demo-login';

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

  const login = (username: string) => demoLogin(base, username);

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

  // The conference machinery's queries (NOT EXISTS in the inbox, the briefings index, the campaign projection,
  // the leadership tiles) on the SQLite `npm start` uses by default.
  it('runs a topic, a meeting held, a filing, a briefing and a summary campaign on SQLite', async () => {
    const [director, liaison, leader, convener] = await Promise.all([
      login('demo.director'),
      login('demo.justice.liaison'),
      login('demo.justice.leader'),
      login('demo.convener'),
    ]);
    let n = 0;
    const call = async <T>(method: string, url: string, headers: Record<string, string>, body?: object) => {
      const res = await fetch(`${base}${url}`, {
        method,
        headers: { ...headers, 'Idempotency-Key': `sqlite-${Date.now()}-${n++}` },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      if (res.status >= 300) {
        throw new Error(`${method} ${url}: HTTP ${res.status} ${text}`);
      }
      return (text ? JSON.parse(text) : undefined) as T;
    };

    const meeting = await call<{ id: string }>('POST', '/api/meetings', director, {
      kind: 'liaison',
      title: '联络员会议（SQLite）',
      heldOn: '2026-11-20',
      chair: '联席会议办公室主任',
      attendees: ['justice'],
    });
    const topic = await call<{ id: string }>('POST', '/api/topics', liaison, {
      title: '知识产权纠纷调解议题',
      background: '纠纷增多。',
      proposal: '建立调解机制。',
    });
    await call('POST', `/api/topics/${topic.id}/accept`, director, { meetingId: meeting.id });
    const held = await call<{ matters: { code: string }[] }>('POST', `/api/meetings/${meeting.id}/hold`, director, {
      minutes: '议定事项如下。',
      attendance: [{ unitCode: 'justice', person: '王晓明', standingInFor: '李华' }],
      matters: [
        {
          code: 'SQLITE-M1',
          title: '建立调解机制',
          description: '',
          leadUnitCode: 'justice',
          coUnitCodes: [],
          dueDate: '2026-12-31',
        },
      ],
    });
    expect(held.matters.map((m) => m.code)).toEqual(['SQLITE-M1']);
    expect(await call<{ status: string }>('GET', `/api/topics/${topic.id}`, director)).toMatchObject({
      status: 'discussed',
    });

    const filing = await call<{ id: string }>('POST', '/api/filings', liaison, {
      kind: 'information',
      title: '司法局调解纠纷12件',
      content: '调解知识产权纠纷12件。',
      category: '行政执法',
      eventDate: '2026-11-18',
    });
    await call('POST', `/api/filings/${filing.id}/review`, director, { selectedForBriefing: true });
    const briefing = await call<{ id: string; issue: string }>('POST', '/api/briefings', director, {
      title: '工作简报',
      itemIds: [filing.id],
    });
    const unitList = () => call<{ total: number }>('GET', '/api/briefings', liaison);
    expect((await unitList()).total).toBe(0);
    await call('POST', `/api/briefings/${briefing.id}/publish`, director);
    expect((await unitList()).total).toBe(1);
    // One briefing notice in the liaison officer's inbox (addressed to the unit).
    const inbox = await call<{ items: { title: string }[] }>('GET', '/api/notifications?pageSize=100', liaison);
    expect(inbox.items.filter((i) => i.title.includes(briefing.issue))).toHaveLength(1);

    await call('POST', '/api/campaigns/summary', director, {
      year: 2087,
      dueDate: '2026-12-31',
      unitCodes: ['justice'],
    });
    await call('POST', '/api/campaigns/summary/2087/submission', leader, { text: '2087年度工作总结' });
    const done = await call<{ status: string }>('POST', '/api/campaigns/summary/2087/units/justice/accept', director);
    expect(done.status).toBe('completed');

    const summary = await call<{ campaign: { year: number } | null; briefings: { published: number } }>(
      'GET',
      '/api/supervision/summary',
      convener,
    );
    expect(summary.campaign).toMatchObject({ year: 2087 });
    expect(summary.briefings.published).toBeGreaterThanOrEqual(1);
  });
});
