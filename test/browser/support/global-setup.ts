import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { Connection } from '@temporalio/client';
import { createConnection } from 'mysql2/promise';

import { freePort, resolveTemporalCli, startTemporalDevServer } from '../../../scripts/dev-stack/temporal-dev-server';
import type { DevServer } from '../../../scripts/dev-stack/temporal-dev-server';
import { LocalOidcProvider } from '../../support/oidc-provider';
import { OIDC_SUBJECT } from './browser';

// The browser tests' stack: the real product as `npm start` runs it (Temporal dev server, the compiled migrate
// CLI, worker and API, the built console served by the API at /), on free ports, against a fresh MySQL database
// with the demo accounts. Only BROWSER_BASE_URL goes into process.env: the integration project's global setup
// may share this process, and its settings must stay as it left them.

const ROOT = path.resolve(__dirname, '../../..');
const TASK_QUEUE = 'agreed-matters';

export interface BrowserStack {
  runDir: string;
  mysqlRoot: string;
  database: string;
  temporal?: DevServer;
  // The district's sign-in (OpenID Connect), a local provider on 127.0.0.1 that checks our wire format.
  oidc?: LocalOidcProvider;
  children: ChildProcess[];
}

const STACK_KEY = '__BROWSER_STACK__';
const OIDC_CLIENT_ID = 'wuhua-console-browser';
const OIDC_CLIENT_SECRET = 'browser-oidc-secret';

export function stackOf(): BrowserStack | undefined {
  return (globalThis as Record<string, unknown>)[STACK_KEY] as BrowserStack | undefined;
}

function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function spawnNode(stack: BrowserStack, name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const log = fs.openSync(path.join(stack.runDir, `${name}.log`), 'a');
  const child = spawn(process.execPath, ['-r', './scripts/register-paths.js', script], {
    cwd: ROOT,
    env,
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  stack.children.push(child);
  return child;
}

async function waitFor(what: string, check: () => Promise<boolean>, failed: () => string | null, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const failure = failed();
    if (failure) {
      throw new Error(failure);
    }
    if (await check().catch(() => false)) {
      return;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} not ready after ${timeoutMs} ms`);
}

// The worker is ready once it polls its task queue; commands sent before that would wait on it.
async function workerPolls(address: string): Promise<boolean> {
  const connection = await Connection.connect({ address, connectTimeout: 2_000 });
  try {
    const res = await connection.workflowService.describeTaskQueue({
      namespace: 'default',
      taskQueue: { name: TASK_QUEUE },
      taskQueueType: 1, // TASK_QUEUE_TYPE_WORKFLOW
    });
    return (res.pollers?.length ?? 0) > 0;
  } finally {
    await connection.close();
  }
}

// Stops what was started (children, then Temporal) and drops the database; the teardown, and a failed setup.
export async function stopStack(stack: BrowserStack, keep = process.env.KEEP_TEST_DATABASE === 'true'): Promise<void> {
  const running = stack.children.filter((c) => c.exitCode === null && c.signalCode === null);
  const exits = running.map((c) => new Promise((resolve) => c.once('exit', resolve)));
  running.forEach((c) => c.kill('SIGTERM'));
  const timer = setTimeout(() => running.forEach((c) => c.exitCode === null && c.kill('SIGKILL')), 15_000);
  await Promise.all(exits);
  clearTimeout(timer);
  await stack.temporal?.stop();
  await stack.oidc?.stop();
  if (!keep) {
    const conn = await createConnection(stack.mysqlRoot);
    await conn.query(`DROP DATABASE IF EXISTS \`${stack.database}\``);
    await conn.end();
    fs.rmSync(stack.runDir, { recursive: true, force: true });
  }
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  for (const file of [
    'dist/libs/database/src/cli/migrate.js',
    'dist/apps/worker/src/main.js',
    'dist/apps/api/src/main.js',
  ]) {
    if (!fs.existsSync(path.join(ROOT, file))) {
      throw new Error(`${file} is missing: run \`npm run build\` before the browser tests.`);
    }
  }
  if (!fs.existsSync(path.join(ROOT, 'apps/web/dist/index.html'))) {
    console.log('[browser] apps/web/dist is missing: building the web console (npm run web:build)');
    const build = spawnSync('npm', ['run', '-s', 'web:build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) {
      throw new Error('npm run web:build failed');
    }
  }

  const mysqlRoot = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const stack: BrowserStack = {
    runDir: fs.mkdtempSync(path.join(os.tmpdir(), 'wuhua-jc-browser-')),
    mysqlRoot,
    database: `jc_browser_${Date.now()}`,
    children: [],
  };
  (globalThis as Record<string, unknown>)[STACK_KEY] = stack;
  try {
    await startStack(stack, started);
  } catch (err) {
    // Jest runs no teardown after a failed setup: stop what did start, keep the logs for reading.
    console.error(`[browser] setup failed; logs in ${stack.runDir}`);
    await stopStack(stack, true).catch(() => undefined);
    const conn = await createConnection(mysqlRoot).catch(() => null);
    await conn?.query(`DROP DATABASE IF EXISTS \`${stack.database}\``);
    await conn?.end();
    throw err;
  }
}

async function startStack(stack: BrowserStack, started: number): Promise<void> {
  const mysqlRoot = stack.mysqlRoot;
  const conn = await createConnection(mysqlRoot);
  await conn.query(`CREATE DATABASE \`${stack.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();

  stack.temporal = await startTemporalDevServer({
    cliPath: process.env.TEMPORAL_CLI ?? resolveTemporalCli(),
    dbFilename: path.join(stack.runDir, 'temporal.sqlite'),
    logFile: path.join(stack.runDir, 'temporal.log'),
  });

  const apiPort = await freePort();
  const base = `http://127.0.0.1:${apiPort}`;
  stack.oidc = await LocalOidcProvider.start({
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    redirectUris: [`${base}/api/auth/oidc/callback`],
    subject: OIDC_SUBJECT,
  });
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Settings another project's global setup may have put here (its task queue, bundle, calendar, database).
  for (const key of [
    'WORKFLOW_BUNDLE_PATH',
    'CALENDAR_PROFILE',
    'SQLITE_PATH',
    'SMTP_URL',
    'CORS_ORIGINS',
    'TEST_DAY_MS',
    'NODE_ENV',
  ]) {
    delete env[key];
  }
  Object.assign(env, {
    NODE_ENV: 'development',
    DATABASE_URL: `${mysqlRoot}/${stack.database}`,
    TEMPORAL_ADDRESS: stack.temporal.address,
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_TASK_QUEUE: TASK_QUEUE,
    API_HOST: '127.0.0.1',
    API_PORT: String(apiPort),
    SEED_DEMO_USERS: 'true',
    JWT_SECRET: 'browser-test-secret-browser-test-secret-0123456789',
    THROTTLE_LOGIN_PER_MINUTE: '1000',
    THROTTLE_WRITES_PER_MINUTE: '100000',
    LOG_LEVEL: 'warn',
    OIDC_ISSUER: stack.oidc.issuer,
    OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET,
    OIDC_REDIRECT_URI: `${base}/api/auth/oidc/callback`,
  });

  const migrate = spawnNode(stack, 'migrate', 'dist/libs/database/src/cli/migrate.js', env);
  const code = await new Promise<number | null>((resolve) => migrate.once('exit', resolve));
  stack.children.splice(stack.children.indexOf(migrate), 1);
  if (code !== 0) {
    throw new Error(`migrations failed (exit ${code}):\n${tail(path.join(stack.runDir, 'migrate.log'))}`);
  }

  const worker = spawnNode(stack, 'worker', 'dist/apps/worker/src/main.js', env);
  const api = spawnNode(stack, 'api', 'dist/apps/api/src/main.js', env);
  const exited = (child: ChildProcess, name: string): string | null =>
    child.exitCode !== null
      ? `${name} exited with code ${child.exitCode}:\n${tail(path.join(stack.runDir, `${name}.log`))}`
      : null;
  await waitFor(
    'API',
    async () => (await fetch(`${base}/health`)).status === 200,
    () => exited(api, 'api') ?? exited(worker, 'worker'),
    90_000,
  );
  const index = await fetch(`${base}/`);
  if (index.status !== 200 || !(await index.text()).includes('<div id="root">')) {
    throw new Error(`the API does not serve the web console at / (HTTP ${index.status})`);
  }
  await waitFor(
    'worker',
    () => workerPolls(stack.temporal!.address),
    () => exited(worker, 'worker'),
    120_000,
  );

  process.env.BROWSER_BASE_URL = base;
  // For setup steps the API refuses by design (test/browser/support/legacy-matter.ts).
  process.env.BROWSER_TEMPORAL_ADDRESS = stack.temporal.address;
  process.env.BROWSER_DATABASE_URL = `${mysqlRoot}/${stack.database}`;
  process.env.BROWSER_TASK_QUEUE = TASK_QUEUE;
  console.log(
    `\n[browser] console ${base} · Temporal ${stack.temporal.address} · MySQL database ${stack.database} · ` +
      `logs ${stack.runDir} · ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
