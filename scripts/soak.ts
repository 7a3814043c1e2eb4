import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

import { freePort } from './dev-stack/temporal-dev-server';

// The soak (not in CI): `npm start`'s stack (its own data directory, Temporal dev server and embedded SQLite, or
// MySQL from SOAK_DATABASE_URL) under mixed traffic for 30 minutes, sampling every 10 s the API's and the worker's
// memory (RSS) and open file descriptors (handles), and the latency of each request kind.
// Usage: npm run build && node -r ./scripts/register-paths.js dist/scripts/soak.js [--minutes 30] [--rate 10]
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const MINUTES = arg('minutes', 30);
const RATE = arg('rate', 10); // requests per second, mixed
const SAMPLE_MS = 10_000;
const ROOT = path.resolve(__dirname, '../..');
const PASSWORD = 'Demo-Password-2026';

type Kind = 'read' | 'detail' | 'command' | 'create' | 'health';
const latencies: Record<Kind, number[]> = { read: [], detail: [], command: [], create: [], health: [] };
const statuses: Record<string, number> = {};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? 0) : 0;
};

function proc(pid: number | undefined): { rssMiB: number; fds: number } | undefined {
  if (!pid) {
    return undefined;
  }
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    return { rssMiB: Math.round(rss), fds: fs.readdirSync(`/proc/${pid}/fd`).length };
  } catch {
    return undefined;
  }
}

// Stops the stack this run started (also when the run fails).
let stopStack = async (): Promise<void> => {};

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuhua-jc-soak-'));
  const apiPort = await freePort();
  const base = `http://127.0.0.1:${apiPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    API_PORT: String(apiPort),
    TEMPORAL_PORT: String(await freePort()),
    TEMPORAL_UI_PORT: String(await freePort()),
    SEED_DEMO_USERS: 'true',
    THROTTLE_WRITES_PER_MINUTE: '1000000',
    THROTTLE_LOGIN_PER_MINUTE: '1000000',
    LOG_LEVEL: 'error',
  };
  delete env.TEMPORAL_ADDRESS;
  delete env.DATABASE_URL;
  if (process.env.SOAK_DATABASE_URL) {
    env.DATABASE_URL = process.env.SOAK_DATABASE_URL;
  }
  const stack = spawn(process.execPath, ['-r', './scripts/register-paths.js', 'dist/scripts/dev-stack/stack.js'], {
    cwd: ROOT,
    env,
    stdio: [
      'ignore',
      fs.openSync(path.join(dataDir, 'stack.log'), 'a'),
      fs.openSync(path.join(dataDir, 'stack.log'), 'a'),
    ],
  });
  stopStack = async (): Promise<void> => {
    if (stack.exitCode === null && stack.signalCode === null) {
      const exited = new Promise((r) => stack.once('exit', r));
      stack.kill('SIGTERM');
      await exited;
    }
  };
  process.on('SIGINT', () => void stopStack().then(() => process.exit(130)));
  const bootDeadline = Date.now() + 300_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/health`)).status === 200) {
        break;
      }
    } catch {
      // not up yet
    }
    if (Date.now() > bootDeadline) {
      throw new Error(`the stack did not become healthy; see ${dataDir}/stack.log`);
    }
    await sleep(200);
  }
  // Re-read at each sample: a child the stack restarted has a new pid.
  const pids = (): Record<string, number> =>
    JSON.parse(fs.readFileSync(path.join(dataDir, 'stack-pids.json'), 'utf8')) as Record<string, number>;

  const tokens = new Map<string, string>();
  const login = async (username: string): Promise<string> => {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    const token = ((await res.json()) as { accessToken: string }).accessToken;
    tokens.set(username, token);
    return token;
  };
  for (const u of ['demo.office', 'demo.justice.leader', 'demo.director']) {
    await login(u);
  }
  // Tokens last 15 minutes: renewed every 10.
  const renew = setInterval(() => void Promise.all([...tokens.keys()].map(login)).catch(() => undefined), 600_000);

  const request = async (kind: Kind, method: string, url: string, user?: string, body?: object): Promise<unknown> => {
    const t0 = performance.now();
    let status: number | string = 'network';
    let parsed: unknown;
    try {
      const res = await fetch(`${base}${url}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          ...(user ? { Authorization: `Bearer ${tokens.get(user)}` } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
      status = res.status;
      const text = await res.text();
      parsed = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      // counted as 'network'
    }
    latencies[kind].push(performance.now() - t0);
    statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
    return parsed;
  };

  const open: string[] = [];
  let created = 0;
  const one = async (): Promise<void> => {
    const r = Math.random();
    if (r < 0.1 || open.length === 0) {
      const m = (await request('create', 'POST', '/api/matters', 'demo.office', {
        code: `SOAK-${Date.now()}-${created++}`,
        title: '浸泡测试事项',
        description: '',
        leadUnitCode: 'justice',
        coUnitCodes: [],
        dueDate: '2026-12-31',
      })) as { id?: string } | undefined;
      if (m?.id) {
        open.push(m.id);
      }
    } else if (r < 0.35) {
      const id = open[Math.floor(Math.random() * open.length)];
      const action = Math.random() < 0.3 ? 'acknowledge' : 'progress';
      await request('command', 'POST', `/api/matters/${id}/${action}`, 'demo.justice.leader', {
        text: '推进中',
        percent: Math.floor(Math.random() * 90),
      });
    } else if (r < 0.6) {
      await request('detail', 'GET', `/api/matters/${open[Math.floor(Math.random() * open.length)]}`, 'demo.office');
    } else if (r < 0.95) {
      const lists = [
        '/api/matters?pageSize=20',
        '/api/supervision/summary',
        '/api/supervision/overdue',
        '/api/notifications',
      ];
      await request('read', 'GET', lists[Math.floor(Math.random() * lists.length)] ?? '/api/matters', 'demo.director');
    } else {
      await request('health', 'GET', '/health');
    }
  };

  const samples: Record<string, unknown>[] = [];
  const all: number[] = [];
  const started = Date.now();
  const end = started + MINUTES * 60_000;
  let inFlight = 0;
  const sampler = setInterval(() => {
    const window = Object.fromEntries(
      Object.entries(latencies).map(([k, xs]) => [k, { n: xs.length, p50: pct(xs, 0.5), p95: pct(xs, 0.95) }]),
    );
    const sample = {
      minute: Math.round((Date.now() - started) / 6000) / 10,
      api: proc(pids().api),
      worker: proc(pids().worker),
      temporal: proc(pids().temporal),
      inFlight,
      window,
    };
    samples.push(sample);
    console.log(JSON.stringify(sample));
    for (const xs of Object.values(latencies)) {
      all.push(...xs);
      xs.length = 0;
    }
  }, SAMPLE_MS);
  const interval = 1000 / RATE;
  let next = performance.now();
  while (Date.now() < end) {
    inFlight++;
    void one().finally(() => inFlight--);
    next += interval;
    await sleep(Math.max(0, next - performance.now()));
  }
  while (inFlight > 0) {
    await sleep(100);
  }
  clearInterval(sampler);
  clearInterval(renew);
  all.push(...Object.values(latencies).flat());
  const first = samples[0] as { api?: { rssMiB: number; fds: number }; worker?: { rssMiB: number; fds: number } };
  const last = samples[samples.length - 1] as typeof first;
  const summary = {
    minutes: MINUTES,
    ratePerSecond: RATE,
    requests: Object.values(statuses).reduce((a, b) => a + b, 0),
    statuses,
    mattersCreated: open.length,
    latencyMs: { p50: pct(all, 0.5), p95: pct(all, 0.95), p99: pct(all, 0.99), max: Math.round(Math.max(...all)) },
    api: {
      first: first?.api,
      last: last?.api,
      maxRssMiB: Math.max(...samples.map((s) => (s as typeof first).api?.rssMiB ?? 0)),
    },
    worker: {
      first: first?.worker,
      last: last?.worker,
      maxRssMiB: Math.max(...samples.map((s) => (s as typeof first).worker?.rssMiB ?? 0)),
    },
  };
  console.log(`[soak] summary\n${JSON.stringify(summary, null, 2)}`);
  fs.writeFileSync(path.join(dataDir, 'soak-summary.json'), JSON.stringify({ summary, samples }, null, 2));
  console.log(`[soak] samples in ${path.join(dataDir, 'soak-summary.json')}`);
  await stopStack();
}

main().catch(async (err: unknown) => {
  console.error(`[soak] ${err instanceof Error ? err.message : String(err)}`);
  await stopStack();
  process.exit(1);
});
