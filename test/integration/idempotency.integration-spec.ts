import { randomUUID } from 'node:crypto';

import { IdempotencyKeyEntity, MatterCodeEntity, MatterEntity } from '@app/database';
import { aMatter, MatterApi, office, TestStack, unitUser } from '@app/testing';
import type { Request } from 'express';

import { fingerprintOf } from '../../apps/api/src/common/idempotency.interceptor';
import { productApps } from '../support/product-apps';

// Idempotency-Key as the IETF draft "The Idempotency-Key HTTP Header Field" has it: scoped to the person, bound to
// its first request (another request under it is 422), 409 while that request is in flight, and a refused request
// reserves nothing.
describe('Idempotency-Key', () => {
  let stack: TestStack;
  let api: MatterApi;
  const director = office('idem.director');
  const staff = office('idem.staff');
  const justice = unitUser('justice', 'idem.justice');
  let n = 0;
  const key = (): string => `idem-${Date.now()}-${++n}`;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  // The claim a request's key holds while that request runs, as the interceptor writes it, dated `at`.
  async function claimInFlight(path: string, body: object, k: string, at: Date): Promise<void> {
    const me = await stack.http
      .get('/api/auth/me')
      .set(await stack.headers(director))
      .expect(200);
    await stack.dataSource.getRepository(IdempotencyKeyEntity).insert({
      personId: me.body.id as string,
      key: k,
      fingerprint: fingerprintOf({ method: 'POST', originalUrl: path, body } as Request),
      state: 'in_flight',
      claimId: randomUUID(),
      status: null,
      createdAt: at,
      updatedAt: at,
    });
  }

  const urgings = async (id: string): Promise<number> =>
    (await api.get(id, director)).events.filter((e) => e.type === 'supervision.escalated').length;

  it("keeps one person's key from swallowing another person's request", async () => {
    const m = await api.dispatch(aMatter().lead('justice').build(), director);
    const k = key();
    const mine = await api.command(m.id, 'urge', justice, {}, k);
    expect(mine.status).toBe(403); // a unit may not urge: refused, and its key reserves nothing
    const first = await api.command(m.id, 'urge', director, { unitCode: 'justice', level: 'reminder', note: '一' }, k);
    const second = await api.command(m.id, 'urge', staff, { unitCode: 'justice', level: 'urging', note: '二' }, k);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.body.replayed, second.body.replayed]).toEqual([false, false]);
    expect(await urgings(m.id)).toBe(2);
    // The same request again by its sender is a replay: the first answer, applied once.
    const again = await api.command(m.id, 'urge', staff, { unitCode: 'justice', level: 'urging', note: '二' }, k);
    expect({ status: again.status, appended: again.body.appended }).toEqual({
      status: 200,
      appended: second.body.appended,
    });
    expect(await urgings(m.id)).toBe(2);
  });

  it('refuses a key reused with another body or another command with 422, applying nothing', async () => {
    const m = await api.dispatch(aMatter().lead('justice').build(), director);
    const k = key();
    const urge = { unitCode: 'justice', level: 'reminder', note: '请报进展' };
    expect((await api.command(m.id, 'urge', director, urge, k)).status).toBe(200);
    const before = (await api.get(m.id, director)).events.length;
    for (const [action, body] of [
      ['urge', { ...urge, note: '另一次催办' }],
      ['supervise', { unitCode: 'justice', level: 'report', note: '通报' }],
    ] as const) {
      const res = await api.command(m.id, action, director, body, k);
      expect({ action, status: res.status, code: res.body.code }).toEqual({
        action,
        status: 422,
        code: 'IDEMPOTENCY_KEY_REUSED',
      });
    }
    expect((await api.get(m.id, director)).events.length).toBe(before);
  });

  it('leaves the matter code of a refused create free', async () => {
    const k = key();
    const first = aMatter().lead('justice').build();
    expect((await api.create(first, director, k)).status).toBe(201);
    const other = aMatter().lead('justice').build();
    const refused = await api.create(other, director, k);
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 422,
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await stack.dataSource.getRepository(MatterCodeEntity).countBy({ code: other.code })).toBe(0);
    expect((await api.create(other, director)).status).toBe(201);

    // Any 4xx releases its key: the same key then carries a good request.
    const k2 = key();
    const bad = await api.create(aMatter().lead('no-such-unit').build(), director, k2);
    expect(bad.status).toBe(404);
    const good = aMatter().lead('justice').build();
    const created = await api.create(good, director, k2);
    expect(created.status).toBe(201);
    expect(await stack.dataSource.getRepository(MatterEntity).countBy({ code: good.code })).toBe(1);
  });

  it('answers 409 while the first request with a key is in flight', async () => {
    const m = await api.dispatch(aMatter().lead('justice').build(), director);
    const k = key();
    const body = { unitCode: 'justice', level: 'reminder', note: '在途' };
    await claimInFlight(`/api/matters/${m.id}/urge`, body, k, new Date());
    const res = await api.command(m.id, 'urge', director, body, k);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'IDEMPOTENCY_KEY_IN_FLIGHT' });
    expect(await urgings(m.id)).toBe(0);
  });

  it('takes over a key whose first request was abandoned (in flight past 30 s: its API process died)', async () => {
    const m = await api.dispatch(aMatter().lead('justice').build(), director);
    const k = key();
    const body = { unitCode: 'justice', level: 'reminder', note: '接管' };
    await claimInFlight(`/api/matters/${m.id}/urge`, body, k, new Date(Date.now() - 31_000));
    const res = await api.command(m.id, 'urge', director, body, k);
    expect(res.status).toBe(200);
    expect(await urgings(m.id)).toBe(1);
  });

  it('replays a closing command retried after its answer was lost, and refuses any other command on the closed matter', async () => {
    const m = await api.dispatch(aMatter().lead('justice').build(), director);
    await api.ok(m.id, 'acknowledge', justice);
    await api.ok(m.id, 'completion', justice, { summary: '已办结', evidence: [] });
    const k = key();
    const first = await api.command(m.id, 'verify', director, {}, k);
    expect({ status: first.status, replayed: first.body.replayed }).toEqual({ status: 200, replayed: false });
    // The same request again, as a client whose answer was lost sends it: the outcome, not MATTER_CLOSED.
    const again = await api.command(m.id, 'verify', director, {}, k);
    expect({ status: again.status, replayed: again.body.replayed, status2: again.body.matter.status }).toEqual({
      status: 200,
      replayed: true,
      status2: 'closed',
    });
    const other = await api.command(m.id, 'verify', director, {}, key());
    expect({ status: other.status, code: other.body.code }).toEqual({ status: 409, code: 'MATTER_CLOSED' });
    const closings = (await api.get(m.id, director)).events.filter((e) => e.type === 'matter.closed');
    expect(closings).toHaveLength(1);
  });
});
