import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

import type { MatterEvent, MatterState } from '@app/contracts';
import { ladderOf } from '@app/contracts';
import { matterEventsQuery, matterStateQuery, matterWorkflowId } from '@app/workflow-api';
import { pool } from '@app/testing';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode } from '@temporalio/worker';
import * as bcrypt from 'bcryptjs';
import { createConnection } from 'mysql2/promise';
import type { Connection as MysqlConnection } from 'mysql2/promise';

import { workflowBundlerOptions, workflowsPath } from '../../apps/worker/src/temporal/worker.factory';
import { freePort, resolveTemporalCli, startTemporalDevServer } from '../../scripts/dev-stack/temporal-dev-server';
import type { DevServer, DevServerOptions } from '../../scripts/dev-stack/temporal-dev-server';
import { SPREAD_UNITS } from '../support/spread-units';

// The standing fault campaign (npm run test:faults): FAULTS_MATTERS matters (default 500) in flight on the real
// stack (MySQL, a Temporal dev server on a persisted SQLite file, the built API and worker as child processes)
// while the worker is SIGKILLed and restarted, the Temporal server is SIGKILLed and restarted on its persisted
// state, the API is restarted, MySQL is unreachable for 30 s (a TCP proxy of the test's own between the app and
// MariaDB, cut and restored: the shared server is never touched) and the worker is frozen (SIGSTOP). Then every
// matter is driven to closure, and: 0 lost, seq contiguous with no duplicated or missing event, every due
// escalation fired exactly once, the read model equal to each workflow's queries, no matter unable to take a
// command. Outages answer 503 quickly, never 500, and /health answers within about two seconds throughout.
const ROOT = path.resolve(__dirname, '../..');
const MATTERS = Number(process.env.FAULTS_MATTERS ?? 500);
const CONCURRENCY = Number(process.env.FAULTS_CONCURRENCY ?? 12);
const MYSQL_CUT_MS = Number(process.env.FAULTS_MYSQL_CUT_MS ?? 30_000);
const DAY_MS = 1500;
const PASSWORD = 'Faults-Password-2026!';
const JWT_SECRET = 'faults-secret-faults-secret-faults-secret-0123';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// A TCP proxy between the app and MariaDB that the test can cut (closes every connection and refuses new ones).
class CuttableProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream);
      upstream.pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) {
      s.destroy();
    }
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

interface Figures {
  matters: number;
  faults: string[];
  requests: number;
  statuses: Record<string, number>;
  retried: number;
  restarts: { worker: number; api: number };
  probes: { what: string; status: number | string; ms: number }[];
}

describe('fault campaign: nothing lost, nothing duplicated, nothing wedged', () => {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuhua-jc-faults-'));
  const mysqlRoot = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const database = `jc_faults_${Date.now()}_${process.pid}`;
  const taskQueue = `faults-${randomUUID().slice(0, 8)}`;
  let temporalOptions: DevServerOptions;
  let temporal: DevServer;
  let proxy: CuttableProxy;
  let db: MysqlConnection;
  let client: Client;
  let env: NodeJS.ProcessEnv;
  let base = '';
  const procs: { worker?: ChildProcess; api?: ChildProcess } = {};
  let tearingDown = false;
  let passed = false;
  const logs = fs.createWriteStream(path.join(runDir, 'apps.log'));
  const tokens = new Map<string, string>();
  const figures: Figures = {
    matters: MATTERS,
    faults: [],
    requests: 0,
    statuses: {},
    retried: 0,
    restarts: { worker: 0, api: 0 },
    probes: [],
  };

  const node = (name: 'worker' | 'api', script: string): ChildProcess => {
    const child = spawn(process.execPath, ['-r', './scripts/register-paths.js', script], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => logs.write(`[${name}] ${c.toString()}`));
    child.stderr.on('data', (c: Buffer) => logs.write(`[${name}] ${c.toString()}`));
    procs[name] = child;
    // Supervised as npm start does it: whatever dies (killed by the campaign or falling over while Temporal or
    // MySQL is away) is started again after a short pause, until the teardown.
    child.once('exit', (code, signal) => {
      logs.write(`[faults] ${name} exited (${signal ?? code})\n`);
      if (!tearingDown) {
        figures.restarts[name]++;
        setTimeout(() => !tearingDown && node(name, script), name === 'worker' ? 3_000 : 500);
      }
    });
    return child;
  };
  const startWorker = (): ChildProcess => node('worker', 'dist/apps/worker/src/main.js');
  const waitForApi = async (): Promise<void> => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(3000) });
        if (res.status < 500 || res.status === 503) {
          return;
        }
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw new Error('API did not start');
  };
  const kill = async (child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> => {
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  };

  beforeAll(async () => {
    const conn = await createConnection(mysqlRoot);
    await conn.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await conn.end();
    const target = new URL(mysqlRoot);
    proxy = new CuttableProxy(await freePort(), { host: target.hostname, port: Number(target.port || 3306) });
    await proxy.open();
    const proxied = new URL(mysqlRoot);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    proxied.pathname = `/${database}`;

    const migrate = spawnSync(
      process.execPath,
      ['-r', './scripts/register-paths.js', 'dist/libs/database/src/cli/migrate.js'],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: `${mysqlRoot}/${database}` }, encoding: 'utf8' },
    );
    if (migrate.status !== 0) {
      throw new Error(`migrations failed (run npm run build first?): ${migrate.stderr || migrate.stdout}`);
    }
    db = await createConnection(`${mysqlRoot}/${database}`);
    const hash = bcrypt.hashSync(PASSWORD, 10);
    const users: [string, string[], string | null][] = [
      ['faults.director', ['office_director'], null],
      ...SPREAD_UNITS.map((u): [string, string[], string | null] => [`faults.${u}`, ['unit_leader'], u]),
    ];
    for (const [username, roles, unit] of users) {
      await db.query(
        `INSERT INTO users (id, username, display_name, password_hash, roles, unit_code, disabled, is_demo,
           failed_logins, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 'faults', NOW(3), NOW(3))`,
        [randomUUID(), username, username, hash, JSON.stringify(roles), unit],
      );
    }

    temporalOptions = {
      cliPath: process.env.TEMPORAL_CLI ?? resolveTemporalCli(),
      dbFilename: path.join(runDir, 'temporal.sqlite'),
      logFile: path.join(runDir, 'temporal.log'),
      port: await freePort(),
    };
    temporal = await startTemporalDevServer(temporalOptions);
    const bundle = await bundleWorkflowCode({
      workflowsPath: workflowsPath(),
      webpackConfigHook: workflowBundlerOptions!.webpackConfigHook,
      logger: { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} },
    });
    const bundlePath = path.join(runDir, 'workflow-bundle.js');
    fs.writeFileSync(bundlePath, bundle.code);

    const apiPort = await freePort();
    base = `http://127.0.0.1:${apiPort}`;
    env = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: proxied.toString(),
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: taskQueue,
      WORKFLOW_BUNDLE_PATH: bundlePath,
      API_PORT: String(apiPort),
      API_HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      JWT_SECRET,
      JWT_ACCESS_TTL_SECONDS: '3600',
      THROTTLE_WRITES_PER_MINUTE: '1000000',
      THROTTLE_LOGIN_PER_MINUTE: '1000000',
      CALENDAR_PROFILE: `compressed:${DAY_MS}:2026-03-02:${Date.now()}`,
      HEALTH_WORKER_STALE_MS: '20000',
      SEED_DEMO_USERS: 'false',
    };
    startWorker();
    node('api', 'dist/apps/api/src/main.js');
    await waitForApi();
    client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
  }, 180_000);

  afterAll(async () => {
    tearingDown = true;
    await client?.connection.close().catch(() => undefined);
    procs.worker?.kill('SIGCONT');
    await kill(procs.api, 'SIGTERM');
    await kill(procs.worker, 'SIGTERM');
    await temporal?.stop();
    await proxy?.cut();
    await db?.query(`DROP DATABASE \`${database}\``).catch(() => undefined);
    await db?.end();
    logs.end();
    if (!passed) {
      console.log(`[faults] logs of the API, the worker and Temporal kept in ${runDir}`);
    }
    if (passed && !process.env.FAULTS_KEEP_RUN_DIR) {
      fs.rmSync(runDir, { recursive: true, force: true });
    }
  });

  async function token(username: string): Promise<string> {
    const cached = tokens.get(username);
    if (cached) {
      return cached;
    }
    const res = await call('POST', '/api/auth/login', undefined, { username, password: PASSWORD });
    const t = (res.body as { accessToken: string }).accessToken;
    tokens.set(username, t);
    return t;
  }

  // One logical request, retried with the same Idempotency-Key while the stack is down (network error, 502-504,
  // or the key still in flight); any other answer is returned. Every answer is counted by status.
  async function call(
    method: string,
    url: string,
    username: string | undefined,
    body?: object,
    key?: string,
    budgetMs = 180_000,
  ): Promise<{ status: number; body: unknown; attempts: number }> {
    const deadline = Date.now() + budgetMs;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) {
        figures.retried++;
        await sleep(Math.min(250 * 2 ** Math.min(attempt, 4), 3000));
      }
      let status: number | string;
      let parsed: unknown;
      try {
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (username) {
          headers.Authorization = `Bearer ${await token(username)}`;
        }
        if (key) {
          headers['Idempotency-Key'] = key;
        }
        figures.requests++;
        const res = await fetch(`${base}${url}`, {
          method,
          headers,
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(20_000),
        });
        status = res.status;
        const text = await res.text();
        parsed = text ? (JSON.parse(text) as unknown) : undefined;
      } catch (err) {
        status = (err as { name?: string }).name === 'TimeoutError' ? 'timeout' : 'network';
      }
      figures.statuses[String(status)] = (figures.statuses[String(status)] ?? 0) + 1;
      const inFlight =
        status === 409 && /IN_FLIGHT|IN_PROGRESS/.test(String((parsed as { code?: string } | undefined)?.code));
      const retry = typeof status === 'string' || status === 502 || status === 503 || status === 504 || inFlight;
      if (!retry || Date.now() > deadline) {
        return { status: typeof status === 'number' ? status : 599, body: parsed, attempts: attempt + 1 };
      }
    }
  }

  // Every command must succeed, retries included: a closing command (verify, cancel) retried after its answer was
  // lost finds its workflow ended, and Temporal answers its Update id with the recorded outcome ("replayed").
  async function ok(method: string, url: string, username: string, body?: object): Promise<unknown> {
    const res = await call(method, url, username, body, `faults-${randomUUID()}`);
    if (res.status !== 200 && res.status !== 201) {
      throw new Error(`${method} ${url}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body;
  }

  async function probe(what: string, url: string, username?: string, method = 'GET', body?: object): Promise<number> {
    const started = Date.now();
    let status: number | string;
    try {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (username) {
        headers.Authorization = `Bearer ${await token(username)}`;
        headers['Idempotency-Key'] = `probe-${randomUUID()}`;
      }
      const res = await fetch(`${base}${url}`, {
        method,
        headers,
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
      status = res.status;
      await res.text();
    } catch (err) {
      status = (err as { name?: string }).name === 'TimeoutError' ? 'timeout' : 'network';
    }
    figures.probes.push({ what, status, ms: Date.now() - started });
    return typeof status === 'number' ? status : 599;
  }

  async function live(id: string): Promise<{ state: MatterState; events: MatterEvent[] }> {
    const handle = client.workflow.getHandle(matterWorkflowId(id));
    for (let attempt = 0; ; attempt++) {
      try {
        return { state: (await handle.query(matterStateQuery))!, events: await handle.query(matterEventsQuery) };
      } catch (err) {
        if (attempt > 20) {
          throw err;
        }
        await sleep(500);
      }
    }
  }

  it(`keeps ${MATTERS} matters whole through worker, Temporal, API and MySQL faults`, async () => {
    const director = 'faults.director';
    const started = Date.now();
    // Group A (every fifth) is never acknowledged: its whole ladder falls due during the campaign and must fire
    // exactly once per level. Group B walks to closure; its deadlines lie beyond the campaign.
    const plans = Array.from({ length: MATTERS }, (_, i) => ({
      code: `F-${i}-${randomUUID().slice(0, 6)}`,
      lead: SPREAD_UNITS[i % SPREAD_UNITS.length],
      ladder: i % 5 === 0,
    }));
    const ids: string[] = new Array(MATTERS);
    // One matter outside the campaign's figures, used to probe commands during the outages.
    const probeMatter = (
      (await ok('POST', '/api/matters', director, {
        code: `F-PROBE-${randomUUID().slice(0, 6)}`,
        title: '探测事项',
        description: '',
        leadUnitCode: 'justice',
        coUnitCodes: [],
        dueDate: '2027-06-30',
      })) as { id: string }
    ).id;

    let trafficDone = false;
    const faults = (async () => {
      const at = async (ms: number): Promise<void> => {
        while (!trafficDone && Date.now() - started < ms) {
          await sleep(100);
        }
      };
      await at(8_000);
      await kill(procs.worker, 'SIGKILL');
      figures.faults.push('worker SIGKILL (restarted after 3 s)');

      await at(25_000);
      await kill(temporal.process, 'SIGKILL');
      figures.faults.push('Temporal dev server SIGKILL');
      await Promise.all([
        probe('health while Temporal is down', '/health'),
        probe('command while Temporal is down', `/api/matters/${probeMatter}/urge`, director, 'POST', {
          unitCode: 'justice',
          level: 'reminder',
          note: '探测',
        }),
      ]);
      temporal = await startTemporalDevServer(temporalOptions);

      await at(45_000);
      await kill(procs.api, 'SIGKILL');
      figures.faults.push('API SIGKILL (restarted)');
      await sleep(1_000);
      await waitForApi();

      await at(60_000);
      await proxy.cut();
      figures.faults.push(`MySQL unreachable for ${MYSQL_CUT_MS / 1000} s (proxy cut)`);
      await sleep(2_000);
      await Promise.all([
        probe('health while MySQL is down', '/health'),
        probe('read while MySQL is down', '/api/matters?pageSize=5', director),
      ]);
      await sleep(MYSQL_CUT_MS - 2_000);
      await proxy.open();

      await at(100_000);
      await waitForApi();
      procs.worker!.kill('SIGSTOP');
      figures.faults.push('worker frozen (SIGSTOP) until /health reports it');
      const frozenSince = Date.now();
      // Temporal sees the worker through its polls: once those already open have ended (at once under load, up to
      // a long poll's minute when idle), the queue's last poll ages past HEALTH_WORKER_STALE_MS.
      let reported = false;
      while (Date.now() - frozenSince < 100_000) {
        const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(5000) }).catch(() => undefined);
        const report = res
          ? ((await res.json()) as { details?: { details?: { worker?: { status?: string } } } })
          : undefined;
        if (res?.status === 503 && report?.details?.details?.worker?.status === 'down') {
          reported = true;
          figures.probes.push({ what: 'health reports the frozen worker', status: 503, ms: Date.now() - frozenSince });
          break;
        }
        await sleep(1000);
      }
      expect(reported).toBe(true);
      procs.worker!.kill('SIGCONT');
    })();

    void faults.catch(() => undefined);
    const traffic = (async () => {
      await pool(plans, CONCURRENCY, async (p, i) => {
        const body = {
          code: p.code,
          title: `故障演练事项${i}`,
          description: '',
          leadUnitCode: p.lead,
          coUnitCodes: [],
          dueDate: '2027-06-30',
          policy: p.ladder
            ? {
                ackWorkingDays: 1,
                progressEveryWorkingDays: 250,
                ladder: ladderOf({ reminder: 0, urging: 1, supervision: 2 }),
              }
            : {
                ackWorkingDays: 250,
                progressEveryWorkingDays: 250,
                ladder: ladderOf({ reminder: 5 }),
              },
        };
        const res = await call('POST', '/api/matters', director, body, `faults-create-${p.code}`);
        const created = res.body as { id?: string; code?: string; matter?: { id: string; code: string } };
        const matter = created.matter ?? created;
        if ((res.status !== 200 && res.status !== 201) || matter.code !== p.code || !matter.id) {
          throw new Error(`dispatch of ${p.code}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
        }
        ids[i] = matter.id;
      });
      await pool(plans, CONCURRENCY, async (p, i) => {
        if (p.ladder) {
          return;
        }
        const unit = `faults.${p.lead}`;
        await ok('POST', `/api/matters/${ids[i]}/acknowledge`, unit);
        await ok('POST', `/api/matters/${ids[i]}/progress`, unit, { text: '推进中', percent: 50 });
        await ok('POST', `/api/matters/${ids[i]}/completion`, unit, { summary: '完成', evidence: [] });
        await ok('POST', `/api/matters/${ids[i]}/verify`, director);
      });
    })();
    try {
      await traffic;
    } finally {
      trafficDone = true;
      await faults;
    }

    // Group A: wait for the three levels, let any duplicate show itself, then cancel.
    const ladderIds = plans.map((p, i) => (p.ladder ? ids[i] : undefined)).filter((x): x is string => !!x);
    const deadline = Date.now() + 120_000;
    for (const id of ladderIds) {
      while ((await live(id)).events.filter((e) => e.type === 'supervision.escalated').length < 3) {
        if (Date.now() > deadline) {
          throw new Error(`matter ${id}: its ladder did not fire in time`);
        }
        await sleep(500);
      }
    }
    await sleep(4 * DAY_MS);
    await pool(ladderIds, CONCURRENCY, (id) =>
      ok('POST', `/api/matters/${id}/cancel`, director, { reason: '演练结束' }),
    );

    // Every matter: exactly one row per code, closed or cancelled, rows equal to the workflow, seq contiguous.
    let lost = 0;
    let duplicated = 0;
    let wedged = 0;
    let mismatched = 0;
    let escalationsFired = 0;
    await pool(plans, CONCURRENCY, async (p, i) => {
      const [rows] = (await db.query('SELECT id, status, seq, state_json FROM matters WHERE code = ?', [p.code])) as [
        { id: string; status: string; seq: number; state_json: string }[],
        unknown,
      ];
      if (rows.length !== 1 || rows[0]!.id !== ids[i]) {
        lost++;
        return;
      }
      const expected = p.ladder ? 'cancelled' : 'closed';
      let attempt = 0;
      for (;;) {
        const [[row]] = (await db.query('SELECT status, seq, state_json FROM matters WHERE id = ?', [ids[i]])) as [
          { status: string; seq: number; state_json: string }[],
          unknown,
        ];
        const [events] = (await db.query('SELECT seq, type FROM matter_events WHERE matter_id = ? ORDER BY seq', [
          ids[i],
        ])) as [{ seq: number; type: string }[], unknown];
        const wf = await live(ids[i]);
        const same =
          row !== undefined &&
          row.status === expected &&
          row.status === wf.state.status &&
          row.seq === wf.state.seq &&
          JSON.stringify(JSON.parse(row.state_json)) === JSON.stringify(wf.state) &&
          JSON.stringify(events.map((e) => [e.seq, e.type])) === JSON.stringify(wf.events.map((e) => [e.seq, e.type]));
        if (same || attempt++ > 20) {
          if (!same) {
            mismatched++;
          }
          const seqs = events.map((e) => e.seq);
          if (seqs.some((s, k) => s !== k + 1)) {
            duplicated++;
          }
          const lifecycle = events.map((e) => e.type).filter((t) => !t.startsWith('supervision.'));
          const want = p.ladder
            ? ['matter.dispatched', 'matter.cancelled']
            : [
                'matter.dispatched',
                'assignment.acknowledged',
                'assignment.progress_reported',
                'matter.completion_submitted',
                'matter.closed',
              ];
          if (JSON.stringify(lifecycle) !== JSON.stringify(want)) {
            duplicated++;
          }
          const escalated = events.filter((e) => e.type === 'supervision.escalated').length;
          const [[{ n } = { n: -1 }]] = (await db.query('SELECT COUNT(*) AS n FROM escalations WHERE matter_id = ?', [
            ids[i],
          ])) as [{ n: number | string }[], unknown];
          if (Number(n) !== escalated || (p.ladder && escalated !== 3)) {
            duplicated++;
          }
          escalationsFired += escalated;
          break;
        }
        await sleep(500);
      }
      // A closed matter still answers a command at once (refused as closed), never hangs.
      const t0 = Date.now();
      const res = await call(
        'POST',
        `/api/matters/${ids[i]}/urge`,
        director,
        { unitCode: p.lead, level: 'reminder', note: '结束后' },
        `faults-after-${p.code}`,
        0,
      );
      if (res.status >= 500 || Date.now() - t0 > 15_000) {
        wedged++;
      }
    });

    const fivexx = Object.entries(figures.statuses)
      .filter(([s]) => /^5\d\d$/.test(s) && s !== '503')
      .reduce((a, [, n]) => a + n, 0);
    const summary = {
      matters: MATTERS,
      faultsInjected: figures.faults.length,
      faults: figures.faults,
      lost,
      duplicated,
      wedged,
      readModelMismatched: mismatched,
      escalationsFired,
      requests: figures.requests,
      restarts: figures.restarts,
      retried: figures.retried,
      statuses: figures.statuses,
      probes: figures.probes,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    console.log(`[faults] closing figures\n${JSON.stringify(summary, null, 2)}`);
    fs.mkdirSync(path.join(ROOT, '.test-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, '.test-results/faults.json'), JSON.stringify(summary, null, 2));

    expect({ lost, duplicated, wedged, mismatched, fivexx }).toEqual({
      lost: 0,
      duplicated: 0,
      wedged: 0,
      mismatched: 0,
      fivexx: 0,
    });
    expect(figures.faults).toHaveLength(5);
    passed = true;
    // Outages: 503 (never 500) within the client's deadline; /health within about two seconds.
    for (const p of figures.probes.filter((x) => x.what.startsWith('health while'))) {
      expect({ ...p, fast: p.ms < 2_500 }).toEqual({ ...p, status: 503, fast: true });
    }
    // A command waits out the API's 10 s Temporal deadline; on two loaded cores in CI it took 15.5 s once (the
    // client's own connection retries inside the deadline, then scheduling): 20 s still tells a hang from a 503.
    for (const p of figures.probes.filter((x) => /command|read/.test(x.what))) {
      expect({ ...p, fast: p.ms < 20_000 }).toEqual({ ...p, status: 503, fast: true });
    }
  }, 900_000);
});
