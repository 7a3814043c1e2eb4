import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

import { freePort, pidAlive } from '../../scripts/dev-stack/temporal-dev-server';
import { demoLogin } from '../support/demo-login';

const ROOT = path.resolve(__dirname, '../..');

type Pids = Record<'stack' | 'temporal' | 'worker' | 'api', number | undefined>;

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function until<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await fn();
    if (value !== undefined) {
      return value;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

// `npm start` (the built dev stack, as scripts/start.sh runs it) survives a crash of its children: a worker or API
// killed with SIGKILL is started again and the next command is answered; SIGTERM stops everything, the Temporal
// dev server included, leaving no process behind and every port free; a stack killed outright leaves nothing that
// stops the next one from starting.
describe('npm start survives a crash', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuhua-jc-stack-'));
  let env: NodeJS.ProcessEnv;
  let ports: { api: number; temporal: number; ui: number };
  let output = '';
  const spawned: ChildProcess[] = [];
  const seenPids = new Set<number>();

  const startStack = (extra: NodeJS.ProcessEnv = {}): ChildProcess => {
    const child = spawn(process.execPath, ['-r', './scripts/register-paths.js', 'dist/scripts/dev-stack/stack.js'], {
      cwd: ROOT,
      env: { ...env, ...extra },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    spawned.push(child);
    return child;
  };
  const pids = (): Pids | undefined => {
    try {
      const p = JSON.parse(fs.readFileSync(path.join(dataDir, 'stack-pids.json'), 'utf8')) as Pids;
      Object.values(p).forEach((pid) => pid !== undefined && seenPids.add(pid));
      return p;
    } catch {
      return undefined;
    }
  };
  const base = (): string => `http://127.0.0.1:${ports.api}`;
  const healthy = async (): Promise<true | undefined> => {
    try {
      return (await fetch(`${base()}/health`)).status === 200 ? true : undefined;
    } catch {
      return undefined;
    }
  };
  const exitOf = (child: ChildProcess): Promise<number | string | null> =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve(child.exitCode ?? child.signalCode)
      : new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));

  beforeAll(async () => {
    ports = { api: await freePort(), temporal: await freePort(), ui: await freePort() };
    env = {
      ...process.env,
      DATA_DIR: dataDir,
      API_PORT: String(ports.api),
      TEMPORAL_PORT: String(ports.temporal),
      TEMPORAL_UI_PORT: String(ports.ui),
      LOG_LEVEL: 'error',
      NODE_ENV: 'development',
      SEED_DEMO_USERS: 'true',
      STACK_RESTART_BACKOFF_MS: '300',
    };
    // The stack's own Temporal and embedded SQLite, not the suite's.
    delete env.DATABASE_URL;
    delete env.TEMPORAL_ADDRESS;
  });

  afterAll(() => {
    for (const pid of seenPids) {
      if (pidAlive(pid)) {
        process.kill(pid, 'SIGKILL');
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const login = (username: string) => demoLogin(base(), username);

  async function dispatch(code: string): Promise<number> {
    const res = await fetch(`${base()}/api/matters`, {
      method: 'POST',
      headers: { ...(await login('demo.office')), 'Idempotency-Key': `stack-${code}` },
      body: JSON.stringify({
        code,
        title: '崩溃恢复',
        description: '',
        leadUnitCode: 'justice',
        dueDate: '2026-12-31',
      }),
      signal: AbortSignal.timeout(30_000),
    });
    return res.status;
  }

  it('restarts a SIGKILLed worker and API, answers commands again, and SIGTERM leaves nothing behind', async () => {
    const stack = startStack();
    await until('the stack to be healthy', healthy, 120_000);
    const first = pids()!;
    expect(first.worker && first.api && first.temporal).toBeTruthy();

    process.kill(first.worker!, 'SIGKILL');
    const second = await until('a new worker', () => {
      const p = pids();
      return p?.worker && p.worker !== first.worker ? p : undefined;
    });
    expect(output).toMatch(/worker exited \(SIGKILL\); restarting in \d+ ms/);
    expect(await dispatch('STACK-1')).toBe(201);

    process.kill(second.api!, 'SIGKILL');
    await until('a new api', () => {
      const p = pids();
      return p?.api && p.api !== second.api ? p : undefined;
    });
    await until('the stack to be healthy again', healthy, 60_000);
    expect(await dispatch('STACK-2')).toBe(201);
    expect(stack.exitCode).toBeNull();

    const before = pids()!;
    stack.kill('SIGTERM');
    const started = Date.now();
    expect(await exitOf(stack)).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    for (const pid of [...seenPids]) {
      expect({ pid, alive: pidAlive(pid) }).toEqual({ pid, alive: false });
    }
    expect(before.temporal).toBeDefined();
    for (const port of Object.values(ports)) {
      expect({ port, free: await portFree(port) }).toEqual({ port, free: true });
    }
  }, 240_000);

  it('starts again after a stack that was itself SIGKILLed left its Temporal server running', async () => {
    const killed = startStack();
    await until('the stack to be healthy', healthy, 120_000);
    const orphans = pids()!;
    killed.kill('SIGKILL');
    await exitOf(killed);
    expect(pidAlive(orphans.temporal!)).toBe(true);

    const next = startStack();
    // (The orphaned API still answers until the next stack stops it.)
    await until(
      'the next stack to have its own API',
      () => {
        const p = pids();
        return p !== undefined && p.stack === next.pid && p.api !== undefined && p.api !== orphans.api ? p : undefined;
      },
      120_000,
    );
    await until('the next stack to be healthy', healthy, 120_000);
    expect(output).toMatch(/stopping temporal \(pid \d+\) left over by an earlier npm start/);
    for (const pid of [orphans.temporal!, orphans.worker!, orphans.api!]) {
      expect({ pid, alive: pidAlive(pid) }).toEqual({ pid, alive: false });
    }
    next.kill('SIGINT');
    expect(await exitOf(next)).toBe(0);
    for (const port of Object.values(ports)) {
      expect({ port, free: await portFree(port) }).toEqual({ port, free: true });
    }
  }, 240_000);

  it('says what happens with an external Temporal server that does not answer, and starts nothing', async () => {
    output = '';
    const deadPort = await freePort();
    const stack = startStack({ TEMPORAL_ADDRESS: `127.0.0.1:${deadPort}`, TEMPORAL_WAIT_MS: '2000' });
    expect(await exitOf(stack)).toBe(1);
    expect(output).toMatch(/using the external Temporal server at 127\.0\.0\.1:\d+/);
    expect(output).toMatch(/did not answer within 2 s: start it, or unset TEMPORAL_ADDRESS/);
    expect(await portFree(ports.api)).toBe(true);
  }, 60_000);
});
