import { randomUUID } from 'node:crypto';

// Runs before each test file's imports: its own task queue, so files running in parallel never pick up
// each other's workflow tasks. (Config is validated when the app modules are imported.)
process.env.TEMPORAL_TASK_QUEUE = `test-${randomUUID().slice(0, 8)}`;
