import type { Actor } from '@app/contracts';

import type { StackApps } from './test-stack';
import { office, TestStack, unitUser } from './test-stack';

// The stack a conference spec (topics, meetings, filings) runs on, started before its tests and stopped after:
// justice's and finance's liaison officers and the office director, named after the spec (`prefix`), and
// authenticated requests as any of them. Call it at the top of a describe block; read `stack` inside tests.
export function conferenceStack(apps: StackApps, prefix: string) {
  const fx = {
    stack: undefined as unknown as TestStack,
    justice: unitUser('justice', `${prefix}.justice.liaison`),
    finance: unitUser('finance', `${prefix}.finance.liaison`),
    director: { ...office(`${prefix}.office.director`), displayName: '联席办主任（测试）' } as Actor,
    as: async (actor: Actor) => fx.stack.headers(actor),
    post: async (actor: Actor, path: string, body: object) =>
      fx.stack.http
        .post(path)
        .set(await fx.as(actor))
        .send(body),
    get: async (actor: Actor, path: string, query: object = {}) =>
      fx.stack.http
        .get(path)
        .query(query)
        .set(await fx.as(actor)),
  };
  beforeAll(async () => {
    fx.stack = await TestStack.start(apps);
    await fx.stack.headers(fx.justice, ['unit_liaison']);
    await fx.stack.headers(fx.finance, ['unit_liaison']);
  });
  afterAll(async () => {
    await fx.stack?.stop();
  });
  return fx;
}
