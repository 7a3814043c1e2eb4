import 'reflect-metadata';

import { nestLogLevels, temporalLogLevel, validateEnv } from '@app/config';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, Runtime } from '@temporalio/worker';

import { MatterWorkerService } from './temporal/matter-worker.service';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const env = validateEnv(process.env, 'worker');
  Runtime.install({ logger: new DefaultLogger(temporalLogLevel(env.LOG_LEVEL)) });
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: nestLogLevels(env.LOG_LEVEL) });
  try {
    // Runs until SIGINT/SIGTERM (handled by the SDK runtime), then drains and returns.
    await app.get(MatterWorkerService).run();
  } finally {
    await app.close();
  }
}

bootstrap().catch((err: unknown) => {
  console.error(`[worker] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
