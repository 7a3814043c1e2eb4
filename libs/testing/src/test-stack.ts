import type { Actor, UserRole } from '@app/contracts';
import type { UserEntity } from '@app/database';
import { newAccount, UserRepository } from '@app/database';
import * as bcrypt from 'bcryptjs';
import type { INestApplicationContext, Type } from '@nestjs/common';
import type { TestingModuleBuilder } from '@nestjs/testing';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client, Connection } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

// What the stack runs, passed in by the tests (test/support/product-apps.ts): a library does not import apps.
export interface StackApps {
  // The API's root module, and the setup its main.ts applies (prefix, pipes, filters, OpenAPI).
  apiModule: Type<unknown>;
  setupApi: (app: NestExpressApplication) => Promise<unknown>;
  // The worker's root module, and how its Temporal worker is made and run in that context; `done` settles
  // when the worker has stopped.
  workerModule: Type<unknown>;
  runWorker: (ctx: INestApplicationContext) => Promise<{ worker: Worker; done: Promise<void> }>;
}

// The real stack for one test file: the API app and a worker (each its own Nest context, as in production)
// on the run's Temporal server and MySQL database, with a task queue of the file's own.
export class TestStack {
  api!: NestExpressApplication;
  http!: TestAgent;
  dataSource!: DataSource;
  private workerRun?: { worker: Worker; done: Promise<void>; close: () => Promise<void> };
  private readonly tokens = new Map<string, string>();
  private client?: Promise<Client>;

  private constructor(private readonly apps: StackApps) {}

  // `override` may replace providers of the API (e.g. tighter rate limits for the security tests).
  static async start(
    apps: StackApps,
    override: (builder: TestingModuleBuilder) => TestingModuleBuilder = (b) => b,
  ): Promise<TestStack> {
    const stack = new TestStack(apps);
    const moduleRef = await override(Test.createTestingModule({ imports: [apps.apiModule] })).compile();
    stack.api = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'], bodyParser: false });
    await apps.setupApi(stack.api);
    await stack.api.init();
    stack.http = request(stack.api.getHttpServer());
    stack.dataSource = stack.api.get(DataSource);
    await stack.startWorker();
    return stack;
  }

  async startWorker(): Promise<void> {
    const { NestFactory } = await import('@nestjs/core');
    const ctx = await NestFactory.createApplicationContext(this.apps.workerModule, { logger: ['error'] });
    const { worker, done } = await this.apps.runWorker(ctx);
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

  // Creates (once) an account for the actor with the given roles, logs it in and returns the auth header.
  // By default an office actor is the office director, a unit actor its unit's leader.
  async headers(actor: Actor, roles: UserRole[] = defaultRoles(actor)): Promise<Record<string, string>> {
    const cached = this.tokens.get(actor.userId);
    if (cached) {
      return { Authorization: `Bearer ${cached}` };
    }
    await this.ensureUser(actor.userId, roles, actor.unitCode ?? null, actor.displayName);
    const res = await this.http.post('/api/auth/login').send({ username: actor.userId, password: TEST_PASSWORD });
    if (res.status !== 200) {
      throw new Error(`test login of ${actor.userId} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    this.tokens.set(actor.userId, res.body.accessToken as string);
    return { Authorization: `Bearer ${res.body.accessToken as string}` };
  }

  async ensureUser(
    username: string,
    roles: UserRole[],
    unitCode: string | null,
    displayName?: string,
  ): Promise<UserEntity> {
    const users = this.api.get(UserRepository);
    const existing = await users.findByUsername(username);
    if (existing) {
      return existing;
    }
    const user = newAccount({
      username,
      displayName: displayName ?? username,
      passwordHash: testPasswordHash(),
      roles,
      unitCode,
      createdBy: 'test',
    });
    await users.insertIfAbsent(user);
    return (await users.findByUsername(username))!;
  }

  // A Temporal client on the run's server, for tests that query or start workflows themselves: made once for the
  // file, and closed by stop().
  temporalClient(): Promise<Client> {
    return (this.client ??= Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }).then(
      (connection) => new Client({ connection }),
    ));
  }

  async stop(): Promise<void> {
    await this.stopWorker();
    await this.api?.close();
    await (await this.client)?.connection.close();
  }
}

export const TEST_PASSWORD = 'Test-Password-2026!';
let passwordHash: string | undefined;
// bcrypt at cost 12 takes ~0.3 s in pure JS: hash the shared test password once per process.
const testPasswordHash = (): string => (passwordHash ??= bcrypt.hashSync(TEST_PASSWORD, 12));

function defaultRoles(actor: Actor): UserRole[] {
  switch (actor.role) {
    case 'office':
      return ['office_director'];
    case 'unit':
      return ['unit_leader'];
    case 'leadership':
      return ['leadership'];
    case 'admin':
    case 'system':
      return ['admin'];
  }
}

export const office = (userId = 'office.staff'): Actor => ({ userId, role: 'office' });
export const unitUser = (unitCode: string, userId = `liaison.${unitCode}`): Actor => ({
  userId,
  role: 'unit',
  unitCode,
});
export const leader = (userId = 'convener'): Actor => ({ userId, role: 'leadership' });
