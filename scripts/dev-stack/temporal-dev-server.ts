import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

import { Connection } from '@temporalio/client';

// Custom search attributes the workflows set; registered whenever the dev server starts.
export const SEARCH_ATTRIBUTES = ['MatterCode=Keyword', 'LeadUnit=Keyword', 'MatterStatus=Keyword'];

export interface DevServerOptions {
  cliPath: string;
  // Persisted SQLite file; omitted means in-memory.
  dbFilename?: string;
  port?: number;
  uiPort?: number;
  headless?: boolean;
  logFile?: string;
}

export interface DevServer {
  address: string;
  uiUrl?: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const REPO_ROOT = path.resolve(__dirname, '../..');

// Finds the Temporal CLI the way scripts/ensure-temporal.sh does, building it if needed.
export function resolveTemporalCli(): string {
  const candidates = [REPO_ROOT, path.resolve(REPO_ROOT, '..')].map((r) => path.join(r, 'scripts/ensure-temporal.sh'));
  const script = candidates.find((c) => fs.existsSync(c));
  if (!script) {
    throw new Error('scripts/ensure-temporal.sh not found');
  }
  const result = spawnSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const cli = result.stdout.trim().split('\n').pop();
  if (result.status !== 0 || !cli) {
    throw new Error('Could not obtain the Temporal CLI (see the output of scripts/ensure-temporal.sh above).');
  }
  return cli;
}

// Whether a process of that pid is still there (signal 0 checks without sending anything).
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitForTemporal(address: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2_000 });
      try {
        await connection.workflowService.describeNamespace({ namespace: 'default' });
        return;
      } finally {
        await connection.close();
      }
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`Temporal at ${address} not ready after ${timeoutMs} ms: ${String(lastError)}`);
}

// The ports are found free a moment before the server binds them, and tests start servers side by side: another
// process can take one in between ("bind: address already in use"). A server that exits while starting is started
// again, up to three times, on newly chosen ports (a port the caller fixed is kept).
export async function startTemporalDevServer(options: DevServerOptions): Promise<DevServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (err) {
      if (!(err instanceof EarlyExit) || attempt >= 3) {
        throw err;
      }
    }
  }
}

class EarlyExit extends Error {}

async function startOnce(options: DevServerOptions): Promise<DevServer> {
  const port = options.port ?? (await freePort());
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'];
  args.push('--http-port', String(await freePort()), '--metrics-port', String(await freePort()));
  if (options.headless ?? true) {
    args.push('--headless');
  } else {
    args.push('--ui-port', String(options.uiPort ?? port + 1000), '--ui-ip', '127.0.0.1');
  }
  if (options.dbFilename) {
    fs.mkdirSync(path.dirname(options.dbFilename), { recursive: true });
    // File-backed SQLite is slow with default pragmas.
    args.push(
      '--db-filename',
      options.dbFilename,
      '--sqlite-pragma',
      'journal_mode=wal',
      '--sqlite-pragma',
      'synchronous=normal',
    );
  }
  for (const attribute of SEARCH_ATTRIBUTES) {
    args.push('--search-attribute', attribute);
  }
  const out = options.logFile ? fs.openSync(options.logFile, 'a') : 'ignore';
  const child = spawn(options.cliPath, args, { stdio: ['ignore', out, out], detached: false });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const address = `127.0.0.1:${port}`;
  // Only an exit during startup is an error here (a later one must not become an unhandled rejection).
  let starting = true;
  try {
    await Promise.race([
      waitForTemporal(address),
      exited.then((code) => {
        if (starting) {
          throw new EarlyExit(
            `temporal server exited early with code ${code}${options.logFile ? `; see ${options.logFile}` : ''}`,
          );
        }
      }),
    ]);
  } catch (err) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
    }
    throw err;
  } finally {
    starting = false;
  }
  return {
    address,
    uiUrl: (options.headless ?? true) ? undefined : `http://127.0.0.1:${options.uiPort ?? port + 1000}`,
    process: child,
    stop: async () => {
      // A child ended by a signal keeps exitCode null: check both, or a dead server is waited on for ever.
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
