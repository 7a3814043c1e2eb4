import { NativeConnection, Worker } from '@temporalio/worker';
import { createPool } from 'mysql2/promise';

import { createRawActivities, RAW_TABLE_SQL } from './activities';

// The raw baseline's worker: its own process, task queue and workflow bundle, on the bench's Temporal server
// and MySQL database. Default worker options, a pool of 10 connections (as the project's).
async function main(): Promise<void> {
  const { BENCH_RAW_DATABASE_URL: url, TEMPORAL_ADDRESS: address, BENCH_RAW_TASK_QUEUE: taskQueue } = process.env;
  const bundle = process.env.BENCH_RAW_BUNDLE;
  if (!url || !address || !taskQueue || !bundle) {
    throw new Error('BENCH_RAW_DATABASE_URL, TEMPORAL_ADDRESS, BENCH_RAW_TASK_QUEUE and BENCH_RAW_BUNDLE are required');
  }
  const pool = createPool({ uri: url, connectionLimit: 10 });
  await pool.query(RAW_TABLE_SQL);
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    taskQueue,
    activities: createRawActivities(pool),
    workflowBundle: { codePath: bundle },
  });
  console.log(`raw worker polling ${taskQueue}`);
  try {
    await worker.run();
  } finally {
    await connection.close();
    await pool.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
