import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { bundleWorkflowCode } from '@temporalio/worker';
import { createConnection } from 'mysql2/promise';

import { freePort, resolveTemporalCli, startTemporalDevServer } from '../../scripts/dev-stack/temporal-dev-server';
import type { DevServer } from '../../scripts/dev-stack/temporal-dev-server';

// The real stack, started by the benchmark itself: the Temporal dev server (persisted SQLite, as `npm start`
// runs it), a fresh MySQL database dropped at the end, the project's API and worker as `npm start` runs them
// (compiled, DATABASE_URL set), and the raw baseline's worker on the same server with its own task queue.
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    dir = path.dirname(dir);
  }
  return dir;
}

export const PROJECT_TASK_QUEUE = 'agreed-matters';
export const RAW_TASK_QUEUE = 'bench-raw';

export interface AppProcesses {
  api: ChildProcess;
  worker: ChildProcess;
  apiUrl: string;
}

export class BenchStack {
  readonly root = repoRoot();
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuhua-bench-'));
  temporal!: DevServer;
  mysqlRoot!: string;
  database!: string;
  app?: AppProcesses;
  raw?: ChildProcess;
  private projectBundle!: string;
  private rawBundle!: string;
  // Set when a run saw failures: the processes' logs are kept in `dir` instead of being removed.
  keepLogs = false;
  private readonly jwtSecret = randomBytes(32).toString('hex');

  get databaseUrl(): string {
    return `${this.mysqlRoot}/${this.database}`;
  }

  async start(log: (m: string) => void): Promise<void> {
    this.mysqlRoot = (
      process.env.BENCH_MYSQL_URL ??
      process.env.TEST_MYSQL_URL ??
      'mysql://root@127.0.0.1:3306'
    ).replace(/\/+$/, '');
    this.database = `jc_bench_${Date.now()}_${process.pid}`;
    const admin = await createConnection(this.mysqlRoot);
    await admin.query(`CREATE DATABASE \`${this.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    log(`MySQL database ${this.database}`);
    const cliPath = process.env.TEMPORAL_CLI ?? resolveTemporalCli();
    this.temporal = await startTemporalDevServer({
      cliPath,
      dbFilename: path.join(this.dir, 'temporal.sqlite'),
      logFile: path.join(this.dir, 'temporal.log'),
      port: await freePort(),
    });
    log(`Temporal dev server ${this.temporal.address} (state in ${this.dir})`);
    await this.bundles();
    await this.runToEnd('migrate', 'dist/libs/database/src/cli/migrate.js', this.appEnv(undefined, 0));
  }

  private async bundles(): Promise<void> {
    this.projectBundle = path.join(this.dir, 'project-bundle.js');
    await this.runToEnd('bundle', 'dist/scripts/build-workflow-bundle.js', process.env, [this.projectBundle]);
    this.rawBundle = path.join(this.dir, 'raw-bundle.js');
    const ext = __filename.endsWith('.ts') ? '.ts' : '.js';
    const { code } = await bundleWorkflowCode({
      workflowsPath: path.join(__dirname, `../raw/workflows${ext}`),
      logger: { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {}, log: () => {} },
    });
    fs.writeFileSync(this.rawBundle, code);
  }

  appEnv(calendarProfile: string | undefined, apiPort: number): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      DATABASE_URL: this.databaseUrl,
      TEMPORAL_ADDRESS: this.temporal.address,
      TEMPORAL_TASK_QUEUE: PROJECT_TASK_QUEUE,
      WORKFLOW_BUNDLE_PATH: this.projectBundle,
      API_HOST: '127.0.0.1',
      API_PORT: String(apiPort),
      JWT_SECRET: this.jwtSecret,
      JWT_ACCESS_TTL_SECONDS: '86400',
      SEED_DEMO_USERS: 'true',
      LOG_LEVEL: 'warn',
      // The benchmark is one client sending thousands of writes: the per-person write limit would refuse them.
      THROTTLE_WRITES_PER_MINUTE: '100000000',
      THROTTLE_LOGIN_PER_MINUTE: '1000',
    };
    if (calendarProfile) {
      env.CALENDAR_PROFILE = calendarProfile;
    }
    return env;
  }

  async startApp(calendarProfile?: string): Promise<AppProcesses> {
    const port = await freePort();
    const env = this.appEnv(calendarProfile, port);
    const worker = this.node('worker', 'dist/apps/worker/src/main.js', env);
    const api = this.node('api', 'dist/apps/api/src/main.js', env);
    const apiUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(`${apiUrl}/health`, 90_000, [api, worker]);
    this.app = { api, worker, apiUrl };
    return this.app;
  }

  async stopApp(): Promise<void> {
    const app = this.app;
    this.app = undefined;
    if (app) {
      await Promise.all([stop(app.api), stop(app.worker)]);
    }
  }

  async startRaw(): Promise<ChildProcess> {
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TEMPORAL_ADDRESS: this.temporal.address,
      BENCH_RAW_DATABASE_URL: this.databaseUrl,
      BENCH_RAW_TASK_QUEUE: RAW_TASK_QUEUE,
      BENCH_RAW_BUNDLE: this.rawBundle,
    };
    const raw = this.node('raw', 'dist/bench/raw/worker.js', env);
    await new Promise<void>((resolve, reject) => {
      raw.stdout?.on('data', (c: Buffer) => c.toString().includes('polling') && resolve());
      raw.once('exit', (code) => reject(new Error(`raw worker exited with ${code}`)));
    });
    this.raw = raw;
    return raw;
  }

  async stop(): Promise<void> {
    await this.stopApp();
    if (this.raw) {
      await stop(this.raw);
    }
    await this.temporal?.stop();
    if (this.database) {
      const admin = await createConnection(this.mysqlRoot);
      await admin.query(`DROP DATABASE IF EXISTS \`${this.database}\``);
      await admin.end();
    }
    if (this.keepLogs) {
      fs.rmSync(path.join(this.dir, 'temporal.sqlite'), { force: true });
    } else {
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private node(name: string, script: string, env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess {
    const child = spawn(
      process.execPath,
      ['-r', path.join(this.root, 'scripts/register-paths.js'), path.join(this.root, script), ...args],
      { cwd: this.root, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const logFile = fs.createWriteStream(path.join(this.dir, `${name}.log`), { flags: 'a' });
    child.stdout?.pipe(logFile);
    child.stderr?.pipe(logFile);
    child.stderr?.on(
      'data',
      (c: Buffer) => process.env.BENCH_VERBOSE && process.stderr.write(`[${name}] ${c.toString()}`),
    );
    return child;
  }

  private async runToEnd(name: string, script: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<void> {
    const child = this.node(name, script, env, args);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) {
      throw new Error(`${name} failed (exit ${code}); see ${path.join(this.dir, `${name}.log`)}`);
    }
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

async function waitForHttp(url: string, timeoutMs: number, watch: ChildProcess[]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = watch.find((c) => c.exitCode !== null);
    if (dead) {
      throw new Error(`a process exited (${dead.exitCode}) before ${url} answered`);
    }
    try {
      const res = await fetch(url);
      if (res.status === 200) {
        return;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
