import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { spawnSync } from 'node:child_process';

import { bundleWorkflowCode } from '@temporalio/worker';
import { createConnection } from 'mysql2/promise';

import { workflowBundlerOptions, workflowsPath } from '../../apps/worker/src/temporal/worker.factory';
import { resolveTemporalCli, startTemporalDevServer } from '../../scripts/dev-stack/temporal-dev-server';
import type { DevServer } from '../../scripts/dev-stack/temporal-dev-server';

// One real Temporal dev server (throwaway SQLite file), one fresh MySQL database and one prebuilt workflow
// bundle for the whole run; each test file gets its own task queue.
export default async function globalSetup(): Promise<void> {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuhua-jc-test-'));
  const mysqlRoot = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const database = `jc_test_${Date.now()}_${process.pid}`;
  const conn = await createConnection(mysqlRoot);
  await conn.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();

  // Migrate once, before the test files boot their apps in parallel (the compiled CLI; npm test builds first).
  const root = path.resolve(__dirname, '../..');
  const migrate = spawnSync(
    process.execPath,
    ['-r', './scripts/register-paths.js', 'dist/libs/database/src/cli/migrate.js'],
    { cwd: root, env: { ...process.env, DATABASE_URL: `${mysqlRoot}/${database}` }, encoding: 'utf8' },
  );
  if (migrate.status !== 0) {
    throw new Error(`migrations failed (run npm run build first?): ${migrate.stderr || migrate.stdout}`);
  }

  const cliPath = resolveTemporalCli();
  const server = await startTemporalDevServer({
    cliPath,
    dbFilename: path.join(runDir, 'temporal.sqlite'),
    logFile: path.join(runDir, 'temporal.log'),
  });

  const bundle = await bundleWorkflowCode({
    workflowsPath: workflowsPath(),
    webpackConfigHook: workflowBundlerOptions!.webpackConfigHook,
    logger: { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} },
  });
  const bundlePath = path.join(runDir, 'workflow-bundle.js');
  fs.writeFileSync(bundlePath, bundle.code);

  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: `${mysqlRoot}/${database}`,
    TEMPORAL_ADDRESS: server.address,
    TEMPORAL_NAMESPACE: 'default',
    WORKFLOW_BUNDLE_PATH: bundlePath,
    TEMPORAL_CLI: cliPath,
    TEST_RUN_DIR: runDir,
    TEST_MYSQL_ROOT_URL: mysqlRoot,
    TEST_DATABASE: database,
    LOG_LEVEL: 'warn',
    ADMIN_INITIAL_PASSWORD: 'Admin-Password-2026!',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    // Rate limits are exercised by the security test with its own settings; the rest of the suite is a
    // heavy single client.
    THROTTLE_WRITES_PER_MINUTE: '1000000',
    THROTTLE_REFUSALS_PER_MINUTE: '1000000',
    THROTTLE_LOGIN_PER_MINUTE: '1000000',
  });
  (globalThis as { __TEMPORAL__?: DevServer }).__TEMPORAL__ = server;
  console.log(`\n[test] Temporal ${server.address} · MySQL database ${database} · run dir ${runDir}`);
}
