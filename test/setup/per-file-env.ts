import { randomUUID } from 'node:crypto';

// Runs before each test file's imports: its own task queue, so files running in parallel never pick up
// each other's workflow tasks. (Config is validated when the app modules are imported.)
process.env.TEMPORAL_TASK_QUEUE = `test-${randomUUID().slice(0, 8)}`;
// The run's database, for every file: a file that gives its apps a database of their own (test/support/own-database.ts)
// changes process.env, which the next file in the same jest worker would otherwise inherit.
if (process.env.TEST_MYSQL_ROOT_URL && process.env.TEST_DATABASE) {
  process.env.DATABASE_URL = `${process.env.TEST_MYSQL_ROOT_URL}/${process.env.TEST_DATABASE}`;
}
