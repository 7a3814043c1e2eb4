import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

import { seedDemoUsers } from './demo-accounts';
import { pidAlive, resolveTemporalCli, startTemporalDevServer, waitForTemporal } from './temporal-dev-server';
import type { DevServer } from './temporal-dev-server';

// `npm start`: the whole product on one machine. Starts the Temporal dev server (persisted SQLite, Web UI)
// unless TEMPORAL_ADDRESS points at one, migrates the database (MySQL from DATABASE_URL, else an embedded
// SQLite file), then the worker and the API; prints the URLs; Ctrl-C stops everything cleanly.
const ROOT = path.resolve(__dirname, '../../..');
const DATA_DIR = path.resolve(ROOT, process.env.DATA_DIR ?? '.data');

// A child that dies unexpectedly is started again after a backoff (1 s, doubling up to 30 s; reset once it has run
// for a minute). Shutdown (Ctrl-C, SIGTERM) stops the API, the worker and the Temporal dev server and never waits
// on a child that is already gone; a second Ctrl-C kills whatever is left at once.
interface Supervised {
  name: string;
  script: string;
  child?: ChildProcess;
  startedAt: number;
  backoffMs: number;
  restarts: number;
  timer?: NodeJS.Timeout;
}

const supervised: Supervised[] = [];
let oneShot: ChildProcess | undefined;
let temporal: DevServer | undefined;
let temporalOptions: Parameters<typeof startTemporalDevServer>[0] | undefined;
let externalTemporal: string | undefined;
let stopping = false;
let childEnv: NodeJS.ProcessEnv = {};
const PIDS_FILE = path.join(DATA_DIR, 'stack-pids.json');
const MIN_BACKOFF_MS = Number(process.env.STACK_RESTART_BACKOFF_MS ?? 1_000);
const MAX_BACKOFF_MS = 30_000;

function say(message: string): void {
  console.log(`[start] ${message}`);
}

// Alive means neither exited with a code nor ended by a signal (exitCode alone stays null after a signal).
export function alive(child: ChildProcess | undefined): child is ChildProcess {
  return child !== undefined && child.exitCode === null && child.signalCode === null;
}

function exited(child: ChildProcess): Promise<void> {
  return alive(child) ? new Promise((resolve) => child.once('exit', () => resolve())) : Promise.resolve();
}

// The pids of what this stack runs, so that the next `npm start` can stop a Temporal server left over by a stack
// that was itself SIGKILLed, and so that tests can see each process.
function writePids(): void {
  const pids: Record<string, number | undefined> = { stack: process.pid, temporal: temporal?.process.pid };
  for (const s of supervised) {
    pids[s.name] = alive(s.child) ? s.child.pid : undefined;
  }
  try {
    fs.writeFileSync(PIDS_FILE, JSON.stringify(pids));
  } catch {
    // best effort
  }
}

function spawnNode(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['-r', path.join(ROOT, 'scripts/register-paths.js'), path.join(ROOT, script)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer): string =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((l) => `[${name}] ${l}`)
      .join('\n') + '\n';
  child.stdout?.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr?.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
  child.on('error', (err) => say(`${name}: ${err.message}`));
  return child;
}

function launch(s: Supervised): void {
  s.timer = undefined;
  if (stopping) {
    return;
  }
  s.startedAt = Date.now();
  const child = spawnNode(s.name, s.script, childEnv);
  s.child = child;
  writePids();
  child.once('exit', (code, signal) => {
    writePids();
    if (stopping) {
      return;
    }
    if (Date.now() - s.startedAt > 60_000) {
      s.backoffMs = MIN_BACKOFF_MS;
    }
    const hint = s.name === 'worker' && externalTemporal ? ` (is the Temporal server at ${externalTemporal} up?)` : '';
    s.restarts++;
    say(
      `${s.name} exited (${signal ?? `code ${code}`})${hint}; restarting in ${s.backoffMs} ms (restart ${s.restarts})`,
    );
    s.timer = setTimeout(() => launch(s), s.backoffMs);
    s.backoffMs = Math.min(s.backoffMs * 2, MAX_BACKOFF_MS);
  });
}

function supervise(name: string, script: string): void {
  const s: Supervised = { name, script, startedAt: 0, backoffMs: MIN_BACKOFF_MS, restarts: 0 };
  supervised.push(s);
  launch(s);
}

// The Temporal dev server is watched too: if it dies, it is started again on its persisted file.
function watchTemporal(server: DevServer): void {
  let backoffMs = MIN_BACKOFF_MS;
  const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
    writePids();
    if (stopping || !temporalOptions) {
      return;
    }
    say(
      `Temporal dev server exited (${signal ?? `code ${code}`}); restarting it in ${backoffMs} ms on its persisted state`,
    );
    const retry = (): void => {
      if (stopping) {
        return;
      }
      startTemporalDevServer(temporalOptions!)
        .then((next) => {
          temporal = next;
          backoffMs = MIN_BACKOFF_MS;
          writePids();
          say(`Temporal dev server is back on ${next.address}`);
          next.process.once('exit', onExit);
        })
        .catch((err: unknown) => {
          say(`Temporal dev server did not start: ${err instanceof Error ? err.message : String(err)}`);
          backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
          setTimeout(retry, backoffMs);
        });
    };
    setTimeout(retry, backoffMs);
  };
  server.process.once('exit', onExit);
}

async function runToEnd(name: string, script: string, env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawnNode(name, script, env);
  oneShot = child;
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  oneShot = undefined;
  if (code !== 0) {
    throw new Error(`${name} failed with exit code ${code}`);
  }
}

// A Temporal dev server left running by an earlier stack that was killed outright (its pid file says so, and it
// is still our CLI on our data directory): stopped before this one starts, so its port is free again.
async function stopLeftover(): Promise<void> {
  let pids: Record<string, number | undefined>;
  try {
    pids = JSON.parse(fs.readFileSync(PIDS_FILE, 'utf8')) as Record<string, number | undefined>;
  } catch {
    return;
  }
  const stackAlive = pids.stack !== undefined && pidAlive(pids.stack);
  if (stackAlive) {
    return;
  }
  for (const [name, pid] of Object.entries(pids)) {
    if (name === 'stack' || pid === undefined || !pidAlive(pid)) {
      continue;
    }
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue;
    }
    if (cmdline.includes(DATA_DIR) || cmdline.includes(ROOT)) {
      say(`stopping ${name} (pid ${pid}) left over by an earlier npm start`);
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
      for (let i = 0; i < 50 && pidAlive(pid); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
}

// Waits until the API answers /health at all (it restarts with backoff if it falls over meanwhile); returns the
// status, which is 503 while the worker has not polled yet (on a slow machine it bundles the workflows first).
async function waitForHttp(url: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      return res.status;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function persistedSecret(file: string): string {
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

async function assertPortFree(host: string, port: number, setting: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', () =>
      reject(new Error(`port ${port} on ${host} is in use: stop what holds it or set ${setting}`)),
    );
    srv.listen(port, host, () => srv.close(() => resolve()));
  });
}

async function shutdown(code: number): Promise<void> {
  if (stopping) {
    return;
  }
  stopping = true;
  say('stopping api, worker and Temporal...');
  const children = [...supervised.map((s) => s.child), oneShot].filter(alive);
  for (const s of supervised) {
    clearTimeout(s.timer);
  }
  children.forEach((c) => c.kill('SIGTERM'));
  const timer = setTimeout(() => children.forEach((c) => alive(c) && c.kill('SIGKILL')), 15_000);
  await Promise.all(children.map(exited));
  clearTimeout(timer);
  await temporal?.stop();
  try {
    fs.rmSync(PIDS_FILE, { force: true });
  } catch {
    // best effort
  }
  say('stopped');
  process.exit(code);
}

// Ctrl-C or SIGTERM stops cleanly; a second one while stopping kills what is left and exits at once.
function onSignal(signal: NodeJS.Signals): void {
  if (!stopping) {
    say(`${signal}: stopping`);
    void shutdown(0);
    return;
  }
  say(`${signal} again: killing what is left`);
  for (const c of [...supervised.map((s) => s.child), oneShot, temporal?.process].filter(alive)) {
    c.kill('SIGKILL');
  }
  process.exit(1);
}

async function main(): Promise<void> {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  fs.mkdirSync(DATA_DIR, { recursive: true });
  await stopLeftover();

  const env: NodeJS.ProcessEnv = { ...process.env };
  const apiHost = env.API_HOST ?? '127.0.0.1';
  const apiPort = Number(env.API_PORT ?? 3000);
  await assertPortFree(apiHost, apiPort, 'API_PORT');
  env.SQLITE_PATH ??= path.join(DATA_DIR, 'wuhua-jc.sqlite');
  env.LOG_LEVEL ??= 'warn';
  // A newcomer gets one demo account per role (not on a real MySQL unless DEMO_ACCOUNTS=1); a persisted token
  // secret keeps sessions across restarts.
  const seed = seedDemoUsers(env);
  if (seed !== undefined) {
    env.SEED_DEMO_USERS = seed;
  }
  env.JWT_SECRET ??= persistedSecret(path.join(DATA_DIR, 'jwt-secret'));
  let uiUrl: string | undefined;
  if (env.TEMPORAL_ADDRESS) {
    // An external server is not ours to start or stop: we wait for it, and if it goes away later the worker is
    // restarted (with backoff) until it is back, while the API answers 503 for commands meanwhile.
    externalTemporal = env.TEMPORAL_ADDRESS;
    const waitMs = Number(env.TEMPORAL_WAIT_MS ?? 60_000);
    say(
      `using the external Temporal server at ${externalTemporal} (TEMPORAL_ADDRESS); waiting up to ${waitMs / 1000} s ` +
        'for it. It is not started or stopped by npm start.',
    );
    try {
      await waitForTemporal(externalTemporal, waitMs);
    } catch {
      throw new Error(
        `the Temporal server at ${externalTemporal} did not answer within ${waitMs / 1000} s: start it, or unset ` +
          'TEMPORAL_ADDRESS so that npm start runs its own dev server. Nothing was started.',
      );
    }
    say(`Temporal at ${externalTemporal} is up`);
  } else {
    const port = Number(env.TEMPORAL_PORT ?? 7233);
    await assertPortFree('127.0.0.1', port, 'TEMPORAL_PORT');
    await assertPortFree('127.0.0.1', Number(env.TEMPORAL_UI_PORT ?? port + 1000), 'TEMPORAL_UI_PORT');
    say(`starting the Temporal dev server on 127.0.0.1:${port} (state in ${path.join(DATA_DIR, 'temporal.sqlite')})`);
    temporalOptions = {
      cliPath: env.TEMPORAL_CLI ?? resolveTemporalCli(),
      dbFilename: path.join(DATA_DIR, 'temporal.sqlite'),
      port,
      uiPort: Number(env.TEMPORAL_UI_PORT ?? port + 1000),
      headless: false,
      logFile: path.join(DATA_DIR, 'temporal.log'),
    };
    temporal = await startTemporalDevServer(temporalOptions);
    writePids();
    if (stopping) {
      await temporal.stop();
      return;
    }
    watchTemporal(temporal);
    env.TEMPORAL_ADDRESS = temporal.address;
    uiUrl = temporal.uiUrl;
  }

  say(env.DATABASE_URL ? 'database: MySQL from DATABASE_URL' : `database: embedded SQLite at ${env.SQLITE_PATH}`);
  await runToEnd('migrate', 'dist/libs/database/src/cli/migrate.js', env);
  if (stopping) {
    return;
  }
  childEnv = env;
  supervise('worker', 'dist/apps/worker/src/main.js');
  supervise('api', 'dist/apps/api/src/main.js');

  const apiUrl = `http://${apiHost}:${apiPort}`;
  const health = await waitForHttp(`${apiUrl}/health`, 120_000);
  if (stopping) {
    return;
  }
  console.log(
    [
      '',
      '  五华区知识产权联席会议 · 议定事项督办 is running',
      `  Web console    ${apiUrl}/`,
      `  API            ${apiUrl}/api`,
      `  OpenAPI docs   ${apiUrl}/api/docs`,
      `  Health         ${apiUrl}/health`,
      `  Temporal UI    ${uiUrl ?? '(external Temporal server)'}`,
      `  Temporal gRPC  ${env.TEMPORAL_ADDRESS}`,
      env.SEED_DEMO_USERS === 'true'
        ? '  Demo accounts  demo.director, demo.office, demo.convener, demo.justice.leader, demo.justice.liaison,\n' +
          '                 demo.finance.liaison, demo.admin, demo.market.office (password Demo-Password-2026)'
        : '',
      health === 200 ? '' : `  Health         ${health} for now: the worker is still starting (see ${apiUrl}/health)`,
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  void shutdown(1);
});
