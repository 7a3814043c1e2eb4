import type { Actor } from '@app/contracts';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Worker } from '@temporalio/worker';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

import { AppModule } from '../../../apps/api/src/app.module';
import { setupApp } from '../../../apps/api/src/app.setup';
import { MatterWorkerService } from '../../../apps/worker/src/temporal/matter-worker.service';
import { WorkerModule } from '../../../apps/worker/src/worker.module';

// The real stack for one test file: the API app and a worker (each its own Nest context, as in production)
// on the run's Temporal server and MySQL database, with a task queue of the file's own.
export class TestStack {
  api!: NestExpressApplication;
  http!: TestAgent;
  dataSource!: DataSource;
  private workerRun?: { worker: Worker; done: Promise<void>; close: () => Promise<void> };

  static async start(): Promise<TestStack> {
    const stack = new TestStack();
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    stack.api = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'], bodyParser: false });
    await setupApp(stack.api);
    await stack.api.init();
    stack.http = request(stack.api.getHttpServer());
    stack.dataSource = stack.api.get(DataSource);
    await stack.startWorker();
    return stack;
  }

  async startWorker(): Promise<void> {
    const { NestFactory } = await import('@nestjs/core');
    const ctx = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    const service = ctx.get(MatterWorkerService);
    const worker = await service.create();
    const done = service.run();
    this.workerRun = { worker, done, close: () => ctx.close() };
  }

  // Stops the worker as a crash or a deploy would; workflows wait on the server until a worker returns.
  async stopWorker(): Promise<void> {
    if (!this.workerRun) {
      return;
    }
    const { worker, done, close } = this.workerRun;
    this.workerRun = undefined;
    worker.shutdown();
    await done;
    await close();
  }

  async stop(): Promise<void> {
    await this.stopWorker();
    await this.api?.close();
  }
}

export const office = (userId = 'office.staff'): Actor => ({ userId, role: 'office' });
export const unitUser = (unitCode: string, userId = `liaison.${unitCode}`): Actor => ({
  userId,
  role: 'unit',
  unitCode,
});
export const leader = (userId = 'convener'): Actor => ({ userId, role: 'leadership' });

export function actorHeaders(actor: Actor): Record<string, string> {
  return {
    'X-Actor-Id': actor.userId,
    'X-Actor-Role': actor.role,
    ...(actor.unitCode ? { 'X-Actor-Unit': actor.unitCode } : {}),
  };
}
