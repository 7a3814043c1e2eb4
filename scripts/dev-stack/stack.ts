import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

import { resolveTemporalCli, startTemporalDevServer, waitForTemporal } from './temporal-dev-server';
import type { DevServer } from './temporal-dev-server';

// `npm start`: the whole product on one machine. Starts the Temporal dev server (persisted SQLite, Web UI)
// unless TEMPORAL_ADDRESS points at one, migrates the database (MySQL from DATABASE_URL, else an embedded
// SQLite file), then the worker and the API; prints the URLs; Ctrl-C stops everything cleanly.
const ROOT = path.resolve(__dirname, '../../..');
const DATA_DIR = path.resolve(ROOT, process.env.DATA_DIR ?? '.data');

const children: ChildProcess[] = [];
let temporal: DevServer | undefined;
let stopping = false;

function say(message: string): void {
  console.log(`[start] ${message}`);
}

function runNode(name: string, script: string, env: NodeJS.ProcessEnv, longRunning = true): ChildProcess {
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
  child.on('exit', (code, signal) => {
    if (longRunning && !stopping) {
      say(`${name} exited (${signal ?? code}); stopping the rest`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function runToEnd(name: string, script: string, env: NodeJS.ProcessEnv): Promise<void> {
  const child = runNode(name, script, env, false);
  children.splice(children.indexOf(child), 1);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) {
    throw new Error(`${name} failed with exit code ${code}`);
  }
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) {
        return;
      }
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
  const exits = children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : Promise.resolve()));
  children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
  const timer = setTimeout(() => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')), 15_000);
  await Promise.all(exits);
  clearTimeout(timer);
  await temporal?.stop();
  say('stopped');
  process.exit(code);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  fs.mkdirSync(DATA_DIR, { recursive: true });

  const env: NodeJS.ProcessEnv = { ...process.env };
  const apiHost = env.API_HOST ?? '127.0.0.1';
  const apiPort = Number(env.API_PORT ?? 3000);
  await assertPortFree(apiHost, apiPort, 'API_PORT');
  env.SQLITE_PATH ??= path.join(DATA_DIR, 'wuhua-jc.sqlite');
  env.LOG_LEVEL ??= 'warn';
  // A newcomer gets one demo account per role; a persisted token secret keeps sessions across restarts.
  if (env.NODE_ENV !== 'production') {
    env.SEED_DEMO_USERS ??= 'true';
  }
  env.JWT_SECRET ??= persistedSecret(path.join(DATA_DIR, 'jwt-secret'));
  let uiUrl: string | undefined;
  if (env.TEMPORAL_ADDRESS) {
    say(`using the Temporal server at ${env.TEMPORAL_ADDRESS}`);
    await waitForTemporal(env.TEMPORAL_ADDRESS);
  } else {
    const port = Number(env.TEMPORAL_PORT ?? 7233);
    await assertPortFree('127.0.0.1', port, 'TEMPORAL_PORT');
    await assertPortFree('127.0.0.1', Number(env.TEMPORAL_UI_PORT ?? port + 1000), 'TEMPORAL_UI_PORT');
    say(`starting the Temporal dev server on 127.0.0.1:${port} (state in ${path.join(DATA_DIR, 'temporal.sqlite')})`);
    temporal = await startTemporalDevServer({
      cliPath: env.TEMPORAL_CLI ?? resolveTemporalCli(),
      dbFilename: path.join(DATA_DIR, 'temporal.sqlite'),
      port,
      uiPort: Number(env.TEMPORAL_UI_PORT ?? port + 1000),
      headless: false,
      logFile: path.join(DATA_DIR, 'temporal.log'),
    });
    env.TEMPORAL_ADDRESS = temporal.address;
    uiUrl = temporal.uiUrl;
  }

  say(env.DATABASE_URL ? 'database: MySQL from DATABASE_URL' : `database: embedded SQLite at ${env.SQLITE_PATH}`);
  await runToEnd('migrate', 'dist/libs/database/src/cli/migrate.js', env);
  if (stopping) {
    return;
  }
  runNode('worker', 'dist/apps/worker/src/main.js', env);
  runNode('api', 'dist/apps/api/src/main.js', env);

  const apiUrl = `http://${apiHost}:${apiPort}`;
  await waitForHttp(`${apiUrl}/health`, 60_000);
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
          '                 demo.finance.liaison, demo.admin (password Demo-Password-2026)'
        : '',
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  void shutdown(1);
});
