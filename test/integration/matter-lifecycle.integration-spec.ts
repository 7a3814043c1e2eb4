import type { MatterDetail } from '@app/contracts';
import { aMatter, MatterApi, office, TestStack, unitUser } from '@app/testing';

import { productApps } from '../support/product-apps';

// Every transition and refusal of an agreed matter's lifecycle, through HTTP, on the real Temporal server
// and MySQL.
describe('agreed matter lifecycle', () => {
  let stack: TestStack;
  let api: MatterApi;
  const staff = office();
  const justice = unitUser('justice');
  const finance = unitUser('finance');
  const culture = unitUser('culture-tourism');

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  // The lifecycle's own events, without the supervision timeline (deadlines, clocks) that runs alongside.
  const lifecycle = (m: MatterDetail) => m.events.filter((e) => !e.type.startsWith('supervision.'));
  const statusOf = (m: MatterDetail, unit: string): string | undefined =>
    m.assignments.filter((a) => a.unitCode === unit && a.status !== 'withdrawn').map((a) => a.status)[0];

  async function expectRefused(
    id: string,
    action: string,
    actor: ReturnType<typeof unitUser>,
    body: object,
    status: number,
    code: string,
  ): Promise<void> {
    const before = await api.get(id, staff);
    const res = await api.command(id, action, actor, body);
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(typeof res.body.message).toBe('string');
    const after = await api.get(id, staff);
    // A refused command writes nothing: the same record (supervision may add its own timeline entries).
    expect(lifecycle(after)).toEqual(lifecycle(before));
  }

  it('walks dispatch → acknowledge → progress → contribution → completion → return → resubmit → accept', async () => {
    const m = await api.dispatch(aMatter().lead('justice').co('finance').build(), staff);

    await expectRefused(m.id, 'completion', justice, { summary: '完成', evidence: [] }, 409, 'INVALID_TRANSITION');

    let s = await api.ok(m.id, 'acknowledge', justice);
    expect(statusOf(s, 'justice')).toBe('in_progress');
    await expectRefused(m.id, 'acknowledge', justice, {}, 409, 'INVALID_TRANSITION');

    s = await api.ok(m.id, 'progress', justice, { text: '已制定方案', percent: 40 });
    expect(s.assignments[0]).toMatchObject({
      percent: 40,
      progress: [expect.objectContaining({ text: '已制定方案' })],
    });

    await api.ok(m.id, 'acknowledge', finance);
    s = await api.ok(m.id, 'contribution', finance, { text: '已发布普法宣传3期', evidence: [{ title: '宣传截图' }] });
    expect(statusOf(s, 'finance')).toBe('contributed');

    s = await api.ok(m.id, 'completion', justice, {
      summary: '已完成',
      evidence: [{ title: '总结.pdf', url: 'https://oa.example.gov.cn/1' }],
    });
    expect(s.status).toBe('awaiting_verification');
    const submitted = lifecycle(s).find((e) => e.type === 'matter.completion_submitted');
    // The co-unit reports once: its contribution travels inside the lead unit's report.
    expect(submitted?.data.contributions).toEqual([
      { unitCode: 'finance', text: '已发布普法宣传3期', evidence: [{ title: '宣传截图' }] },
    ]);

    s = await api.ok(m.id, 'return', staff, { reason: '缺少活动照片' });
    expect(s.status).toBe('in_progress');
    expect(s.assignments[0]).toMatchObject({ status: 'returned', returnCount: 1 });

    await api.ok(m.id, 'completion', justice, { summary: '已补充照片', evidence: [{ title: '照片.zip' }] });
    await expectRefused(m.id, 'verify', justice, {}, 403, 'FORBIDDEN');
    s = await api.ok(m.id, 'verify', staff, { comment: '同意销号' });
    expect(s.status).toBe('closed');
    expect(s.closedAt).not.toBeNull();
    expect(s.assignments.map((a) => a.status)).toEqual(['completed', 'completed']);
    expect(lifecycle(s).map((e) => e.type)).toEqual([
      'matter.dispatched',
      'assignment.acknowledged',
      'assignment.progress_reported',
      'assignment.acknowledged',
      'assignment.contributed',
      'matter.completion_submitted',
      'matter.completion_returned',
      'matter.completion_submitted',
      'matter.closed',
    ]);
    const seqs = s.events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(lifecycle(s)[6]).toMatchObject({ actorUserId: 'office.staff', reason: '缺少活动照片', unitCode: 'justice' });

    const again = await api.command(m.id, 'verify', staff, {});
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'MATTER_CLOSED' });
  });

  it('re-routes a declined assignment, and the new unit acknowledges', async () => {
    const m = await api.dispatch(aMatter().lead('justice').co('finance').build(), staff);
    await expectRefused(m.id, 'decline', justice, { reason: '' }, 400, 'VALIDATION_FAILED');
    let s = await api.ok(m.id, 'decline', finance, { reason: '不属于本单位职责' });
    expect(statusOf(s, 'finance')).toBe('decline_requested');
    expect(s.assignments[1]?.declineReason).toBe('不属于本单位职责');

    // Only the office re-routes, and only to a member unit not on the matter already.
    const rerouteTo = (toUnitCode: string) => ({ fromUnitCode: 'finance', toUnitCode, reason: 'x' });
    await expectRefused(m.id, 'reroute', finance, rerouteTo('culture-tourism'), 403, 'FORBIDDEN');
    await expectRefused(m.id, 'reroute', staff, rerouteTo('nowhere'), 404, 'UNIT_NOT_FOUND');
    await expectRefused(m.id, 'reroute', staff, rerouteTo('justice'), 422, 'INVALID_COMMAND');
    s = await api.ok(m.id, 'reroute', staff, {
      fromUnitCode: 'finance',
      toUnitCode: 'culture-tourism',
      reason: '改由文旅局配合',
    });
    expect(s.coUnitCodes).toEqual(['culture-tourism']);
    expect(s.assignments.map((a) => [a.unitCode, a.status])).toEqual([
      ['justice', 'awaiting_ack'],
      ['finance', 'withdrawn'],
      ['culture-tourism', 'awaiting_ack'],
    ]);
    // The unit re-routed away no longer sees the matter; the new one does and acknowledges.
    const hidden = await stack.http.get(`/api/matters/${m.id}`).set(await stack.headers(finance));
    expect(hidden.status).toBe(404);
    s = await api.ok(m.id, 'acknowledge', culture);
    expect(statusOf(s, 'culture-tourism')).toBe('in_progress');
  });

  it('lets the office insist on an assignment the unit asked to be relieved of', async () => {
    const m = await api.dispatch(aMatter().lead('justice').build(), staff);
    await api.ok(m.id, 'acknowledge', justice);
    await api.ok(m.id, 'decline', justice, { reason: '职责不符' });
    await expectRefused(m.id, 'progress', justice, { text: 'x', percent: 1 }, 409, 'INVALID_TRANSITION');
    const s = await api.ok(m.id, 'reject-decline', staff, { unitCode: 'justice', reason: '属于普法宣传职责' });
    expect(statusOf(s, 'justice')).toBe('in_progress');
    expect(lifecycle(s).at(-1)).toMatchObject({ type: 'assignment.decline_rejected', reason: '属于普法宣传职责' });
  });

  it('approves and refuses extension requests and moves the due date only when approved', async () => {
    const m = await api.dispatch(aMatter().lead('justice').co('finance').due('2027-06-30').build(), staff);
    await api.ok(m.id, 'acknowledge', justice);
    const extension = (requestedDueDate: string, reason = 'x') => ({ requestedDueDate, reason });
    await expectRefused(
      m.id,
      'extension-request',
      justice,
      extension('2027-06-01', '需更多时间'),
      422,
      'INVALID_COMMAND',
    );
    await expectRefused(m.id, 'extension-request', finance, extension('2027-07-31'), 422, 'INVALID_COMMAND');
    let s = await api.ok(m.id, 'extension-request', justice, { requestedDueDate: '2027-07-31', reason: '需协调场地' });
    expect(s.extensionPending).toBe(true);
    await expectRefused(m.id, 'extension-request', justice, extension('2027-08-31'), 409, 'INVALID_TRANSITION');
    s = await api.ok(m.id, 'extension-decision', staff, { approve: true, reason: '同意延期' });
    expect(s).toMatchObject({
      dueDate: '2027-07-31',
      originalDueDate: '2027-06-30',
      extensionPending: false,
      extensionCount: 1,
    });

    await api.ok(m.id, 'extension-request', justice, { requestedDueDate: '2027-09-30', reason: '再延期' });
    s = await api.ok(m.id, 'extension-decision', staff, { approve: false, reason: '不予延期' });
    expect(s).toMatchObject({ dueDate: '2027-07-31', extensionPending: false, extensionCount: 1 });
    await expectRefused(m.id, 'extension-decision', staff, { approve: true, reason: 'x' }, 409, 'INVALID_TRANSITION');
  });

  it('cancels with a reason, after which nothing is accepted', async () => {
    const m = await api.dispatch(aMatter().lead('justice').co('finance').build(), staff);
    await expectRefused(m.id, 'cancel', justice, { reason: '不需要了' }, 403, 'FORBIDDEN');
    const s = await api.ok(m.id, 'cancel', staff, { reason: '会议决定撤销' });
    expect(s).toMatchObject({ status: 'cancelled', cancelReason: '会议决定撤销', light: 'none' });
    expect(s.assignments.map((a) => a.status)).toEqual(['cancelled', 'cancelled']);
    const res = await api.command(m.id, 'acknowledge', justice);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'MATTER_CLOSED' });
  });

  it('reassigns the lead unit to a co-unit, keeping the co-unit acknowledgement', async () => {
    const m = await api.dispatch(aMatter().lead('justice').co('finance').build(), staff);
    await api.ok(m.id, 'acknowledge', finance);
    const s = await api.ok(m.id, 'reassign-lead', staff, { toUnitCode: 'finance', reason: '财政局更适合牵头' });
    expect(s).toMatchObject({ leadUnitCode: 'finance', coUnitCodes: [] });
    expect(s.assignments.map((a) => [a.unitCode, a.role, a.status])).toEqual([
      ['justice', 'lead', 'withdrawn'],
      ['finance', 'lead', 'in_progress'],
    ]);
    await api.ok(m.id, 'completion', finance, { summary: '完成', evidence: [] });
  });

  it('refuses a unit acting outside its remit and hides other units’ matters', async () => {
    const m = await api.dispatch(aMatter().lead('justice').co('finance').build(), staff);
    await api.ok(m.id, 'acknowledge', finance);
    // A co-unit cannot report completion; a unit without an assignment cannot even see the matter.
    await expectRefused(m.id, 'completion', finance, { summary: 'x', evidence: [] }, 422, 'INVALID_COMMAND');
    await expectRefused(m.id, 'acknowledge', culture, {}, 404, 'MATTER_NOT_FOUND');
    await expectRefused(m.id, 'verify', finance, {}, 403, 'FORBIDDEN');
    await expectRefused(m.id, 'progress', justice, { text: 'x', percent: 101 }, 400, 'VALIDATION_FAILED');
    await expectRefused(m.id, 'progress', justice, { text: 'x', percent: 5, extra: 1 }, 400, 'VALIDATION_FAILED');
    const list = await stack.http
      .get('/api/matters')
      .query({ pageSize: 200 })
      .set(await stack.headers(culture));
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(m.id);
  });

  it('validates creation: unknown units, duplicate units, bad dates, taken codes, no identity', async () => {
    const bad = async (body: object, status: number, code: string): Promise<void> => {
      const res = await api.create(body, staff);
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    };
    await bad(aMatter().lead('nowhere').build(), 404, 'UNIT_NOT_FOUND');
    await bad(aMatter().lead('justice').co('justice').build(), 422, 'INVALID_COMMAND');
    await bad(aMatter().due('2026-02-30').build(), 422, 'INVALID_COMMAND');
    await bad({ ...aMatter().build(), dueDate: 'tomorrow' }, 400, 'VALIDATION_FAILED');
    await bad({ ...aMatter().build(), surprise: true }, 400, 'VALIDATION_FAILED');
    const taken = aMatter().build();
    await api.dispatch(taken, staff);
    await bad({ ...aMatter().build(), code: taken.code }, 409, 'MATTER_CODE_TAKEN');
    const byUnit = await api.create(aMatter().build(), justice);
    expect({ status: byUnit.status, code: byUnit.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const anonymous = await stack.http.post('/api/matters').send(aMatter().build());
    const forged = await stack.http
      .post('/api/matters')
      .set('X-Actor-Role', 'office')
      .set('X-Actor-Id', 'x')
      .send(aMatter().build());
    expect({ status: forged.status, code: forged.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect({ status: anonymous.status, code: anonymous.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const missing = await stack.http
      .get('/api/matters/00000000-0000-4000-8000-000000000000')
      .set(await stack.headers(staff));
    expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 404, code: 'MATTER_NOT_FOUND' });
  });

  it('applies a command sent twice with one Idempotency-Key once', async () => {
    const body = aMatter().lead('justice').build();
    const first = await api.create(body, staff, 'create-key-0001');
    const second = await api.create(body, staff, 'create-key-0001');
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).toBe(first.body.id);
    // The key is bound to its first request: another body under it is refused (IETF Idempotency-Key draft: 422).
    const conflict = await api.create({ ...body, title: '另一个事项' }, staff, 'create-key-0001');
    expect({ status: conflict.status, code: conflict.body.code }).toEqual({
      status: 422,
      code: 'IDEMPOTENCY_KEY_REUSED',
    });

    const id = first.body.id as string;
    const a = await api.command(id, 'progress', justice, { text: 'x', percent: 1 });
    expect(a.status).toBe(409); // not acknowledged yet
    const ack1 = await api.command(id, 'acknowledge', justice, {}, 'ack-key-00001');
    const ack2 = await api.command(id, 'acknowledge', justice, {}, 'ack-key-00001');
    expect([ack1.status, ack2.status]).toEqual([200, 200]);
    expect(ack2.body.appended).toEqual(ack1.body.appended);
    const p1 = await api.command(id, 'progress', justice, { text: '一次', percent: 10 }, 'progress-key-1');
    const p2 = await api.command(id, 'progress', justice, { text: '一次', percent: 10 }, 'progress-key-1');
    expect([p1.status, p2.status]).toEqual([200, 200]);
    expect(p2.body.appended).toEqual(p1.body.appended);
    const m = await api.get(id, staff);
    expect(m.events.filter((e) => e.type === 'assignment.acknowledged')).toHaveLength(1);
    expect(m.events.filter((e) => e.type === 'assignment.progress_reported')).toHaveLength(1);
  });

  it('creates every matter of a meeting in one batch', async () => {
    const meeting = await stack.http
      .post('/api/meetings')
      .set(await stack.headers(staff))
      .send({
        kind: 'plenary',
        title: '2026年全体会议',
        heldOn: '2026-03-02',
        chair: '召集人',
        attendees: ['market-regulation'],
      })
      .expect(201);
    const items = [aMatter().lead('justice').build(), aMatter().lead('finance').co('statistics').build()];
    const res = await stack.http
      .post(`/api/meetings/${meeting.body.id}/matters`)
      .set({ ...(await stack.headers(staff)), 'Idempotency-Key': 'batch-key-0001' })
      .send({ matters: items });
    expect(res.status).toBe(201);
    expect(res.body.map((m: MatterDetail) => [m.code, m.meetingId])).toEqual(
      items.map((i) => [i.code, meeting.body.id]),
    );
    const retry = await stack.http
      .post(`/api/meetings/${meeting.body.id}/matters`)
      .set({ ...(await stack.headers(staff)), 'Idempotency-Key': 'batch-key-0001' })
      .send({ matters: items });
    expect(retry.body.map((m: MatterDetail) => m.id)).toEqual(res.body.map((m: MatterDetail) => m.id));
    const list = await stack.http
      .get('/api/matters')
      .query({ meetingId: meeting.body.id })
      .set(await stack.headers(staff));
    expect(list.body.total).toBe(2);
    const del = await stack.http.delete(`/api/meetings/${meeting.body.id}`).set(await stack.headers(staff));
    expect({ status: del.status, code: del.body.code }).toEqual({ status: 409, code: 'MEETING_HAS_MATTERS' });
    const dupBatch = await stack.http
      .post(`/api/meetings/${meeting.body.id}/matters`)
      .set(await stack.headers(staff))
      .send({ matters: [items[0], items[0]] });
    expect({ status: dupBatch.status, code: dupBatch.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('loses nothing when the worker stops mid-lifecycle', async () => {
    const m = await api.dispatch(aMatter().lead('justice').build(), staff);
    await api.ok(m.id, 'acknowledge', justice);
    await stack.stopWorker();
    // Sent while no worker runs: the Update waits on the server until a worker is back.
    const pending = api.command(m.id, 'progress', justice, { text: '停机期间提交', percent: 50 }, 'during-outage-1');
    await new Promise((r) => setTimeout(r, 1500));
    await stack.startWorker();
    const res = await pending;
    expect(res.status).toBe(200);
    const s = await api.ok(m.id, 'completion', justice, { summary: '完成', evidence: [] });
    expect(lifecycle(s).map((e) => e.type)).toEqual([
      'matter.dispatched',
      'assignment.acknowledged',
      'assignment.progress_reported',
      'matter.completion_submitted',
    ]);
    expect(s.assignments[0]?.progress.map((p) => p.text)).toEqual(['停机期间提交']);
  });
});
