import type { MatterDetail } from '@app/contracts';
import { aMatter, eventually, office, TestStack } from '@app/testing';

import { productApps } from '../support/product-apps';

// One slice through every layer: HTTP → Nest service → Temporal workflow (real server) → worker activity →
// MySQL → read back through HTTP.
describe('thin slice: API → workflow → activity → MySQL → API', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('reports database and Temporal up on /health', async () => {
    const res = await stack.http.get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details.database.status).toBe('up');
    expect(res.body.details.temporal.status).toBe('up');
  });

  it('serves the 21 member units seeded from the rules', async () => {
    const res = await stack.http
      .get('/api/units')
      .set(await stack.headers(office()))
      .expect(200);
    expect(res.body).toHaveLength(21);
    expect(res.body[0]).toMatchObject({ code: 'market-regulation', nameZh: '区市场监督管理局', isLeadUnit: true });
    expect(res.body.map((u: { ordinal: number }) => u.ordinal)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it('dispatches a matter through a real workflow and reads the projection back', async () => {
    const body = aMatter().lead('justice').co('finance').build();
    const created = await stack.http
      .post('/api/matters')
      .set(await stack.headers(office()))
      .send(body)
      .expect(201);
    const matter = created.body as MatterDetail;
    expect(matter).toMatchObject({ code: body.code, status: 'in_progress', leadUnitCode: 'justice' });
    // The answer is the read model as the dispatch left it: the dispatch (seq 1), and the first plan when that was
    // projected in the same workflow task (seq 2, with the deadlines), as it usually is.
    expect(matter.events[0]).toMatchObject({ seq: 1, type: 'matter.dispatched' });
    expect(matter.events.map((e) => e.seq)).toEqual(Array.from({ length: matter.seq }, (_, i) => i + 1));
    expect(matter.assignments.map((a) => [a.unitCode, a.role, a.status])).toEqual([
      ['justice', 'lead', 'awaiting_ack'],
      ['finance', 'co', 'awaiting_ack'],
    ]);

    const [row] = await stack.dataSource.query('SELECT status, seq FROM matters WHERE id = ?', [matter.id]);
    expect(row.status).toBe('in_progress');
    expect(row.seq).toBeGreaterThanOrEqual(1);

    const read = await stack.http
      .get(`/api/matters/${matter.id}`)
      .set(await stack.headers(office()))
      .expect(200);
    expect(read.body.events[0]).toEqual(
      expect.objectContaining({ seq: 1, type: 'matter.dispatched', actorUserId: 'office.staff', actorRole: 'office' }),
    );
    // The supervision loop then records the deadlines it computed with the working-day calendar.
    const planned = await eventually(
      async () =>
        (await stack.http.get(`/api/matters/${matter.id}`).set(await stack.headers(office()))).body as MatterDetail,
      (m) => m.events.some((e) => e.type === 'supervision.deadlines_set'),
    );
    expect(planned.effectiveDueDate).toBe(body.dueDate);
    expect(planned.assignments[0]?.ackDueAt).toEqual(expect.any(String));
  });
});
