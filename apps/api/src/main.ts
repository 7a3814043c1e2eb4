import 'reflect-metadata';

import { nestLogLevels, validateEnv } from '@app/config';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { AppModule } from './app.module';
import { setupApp } from './app.setup';

async function bootstrap(): Promise<void> {
  // Validated before anything starts: a bad setting stops the boot with a message naming it.
  const env = validateEnv(process.env, 'api');
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bodyParser: false,
    logger: nestLogLevels(env.LOG_LEVEL),
  });
  await setupApp(app);
  await app.listen(env.API_PORT, env.API_HOST);
  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  new Logger('api').log(`listening on ${url} (OpenAPI ${url}/api/docs)`);
}

bootstrap().catch((err: unknown) => {
  console.error(`[api] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
