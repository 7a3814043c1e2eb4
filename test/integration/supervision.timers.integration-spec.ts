import { addWorkingDaysPreview, compressedToday } from '../support/compressed-calendar';
import { productApps } from '../support/product-apps';

import type { MatterDetail, MatterEventView } from '@app/contracts';
import { ladderOf } from '@app/contracts';
import { defined } from '@app/domain';
import { aMatter, eventually, MatterApi, office, TestStack, unitUser } from '@app/testing';

// Every timer path of the supervision ladder on the real Temporal server, with a compressed calendar
// (test/setup/environment.js: one working-day calendar day lasts 1.5 s) and short policies given through
// the same per-matter policy mechanism production uses.
describe('supervision timers', () => {
  let stack: TestStack;
  let api: MatterApi;
  const director = office('timers.director');
  const justice = unitUser('justice', 'timers.justice.leader');
  const finance = unitUser('finance', 'timers.finance.leader');

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
    await stack.ensureUser('timers.justice.liaison', ['unit_liaison'], 'justice');
    await stack.headers(director);
    await stack.headers(justice);
    await stack.headers(finance);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const supervisionEvents = (m: MatterDetail): MatterEventView[] =>
    m.events.filter((e) => e.type.startsWith('supervision.'));
  const escalations = (m: MatterDetail): MatterEventView[] =>
    m.events.filter((e) => e.type === 'supervision.escalated');
  const waitFor = (id: string, done: (m: MatterDetail) => boolean, timeoutMs = 40_000) =>
    eventually(() => api.get(id, director), done, timeoutMs);

  it('a missed acknowledgement climbs the ladder until the unit acknowledges', async () => {
    const m = await api.dispatch(
      {
        ...aMatter().lead('justice').due('2026-12-31').build(),
        policy: {
          ackWorkingDays: 1,
          progressEveryWorkingDays: 50,
          ladder: ladderOf({ reminder: 0, urging: 1, supervision: 40 }),
        },
      },
      director,
    );
    const set = await waitFor(m.id, (x) => x.events.some((e) => e.type === 'supervision.deadlines_set'));
    const deadlines = set.events.find((e) => e.type === 'supervision.deadlines_set')!.data as {
      dueByUnit: Record<string, { ackDueAt?: string }>;
    };
    expect(deadlines.dueByUnit.justice?.ackDueAt).toEqual(expect.any(String));

    const climbed = await waitFor(m.id, (x) => escalations(x).length >= 2);
    expect(escalations(climbed).map((e) => [e.unitCode, e.data.level, e.data.reason, e.data.origin])).toEqual([
      ['justice', 'reminder', 'ack_missed', 'auto'],
      ['justice', 'urging', 'ack_missed', 'auto'],
    ]);
    // The reminder goes to the liaison officer, the urging notice to the responsible official.
    const notified = (e: MatterEventView) => (e.data.notified as { username: string | null }[]).map((r) => r.username);
    const [reminded, urged] = escalations(climbed).map(notified);
    expect(reminded).toContain('timers.justice.liaison');
    expect(urged).toContain('timers.justice.leader');
    const level = await eventually(
      () => api.get(m.id, director),
      (x) => x.escalationLevel === 'urging',
    );
    expect(level.escalationLevel).toBe('urging');
    expect(Date.parse(defined(escalations(climbed)[0], 'the reminder').at)).toBeGreaterThanOrEqual(
      Date.parse(defined(deadlines.dueByUnit.justice?.ackDueAt, 'the acknowledgement deadline')),
    );

    await api.ok(m.id, 'acknowledge', justice);
    const settled = await waitFor(m.id, (x) => x.events.at(-1)?.type === 'supervision.deadlines_set');
    expect(settled.escalationLevel).toBeNull();
    // Acknowledging stops the acknowledgement ladder: the plan the workflow recorded after the acknowledgement,
    // and sleeps on until its first instant, holds no further level of it (督办 would have come 40 days on).
    const acked = settled.events.find((e) => e.type === 'assignment.acknowledged')!;
    const { state } = await api.live(m.id, director);
    const plan = state!.supervision!.plan!;
    expect(Date.parse(plan.computedAt)).toBeGreaterThanOrEqual(Date.parse(acked.at));
    expect(plan.timers.length).toBeGreaterThan(0);
    expect(plan.timers.filter((t) => t.effect.type === 'escalate' && t.effect.reason === 'ack_missed')).toEqual([]);
    expect(plan.timers[0]?.atMs).toBeGreaterThan(Date.now());
    expect(escalations(await api.get(m.id, director))).toHaveLength(escalations(settled).length);
  });

  it('a missed progress report is escalated, and reporting resets the clock', async () => {
    const m = await api.dispatch(
      {
        ...aMatter().lead('justice').due('2026-12-31').build(),
        policy: {
          ackWorkingDays: 5,
          progressEveryWorkingDays: 1,
          ladder: ladderOf({ reminder: 0 }),
        },
      },
      director,
    );
    await api.ok(m.id, 'acknowledge', justice);
    const missed = await waitFor(m.id, (x) => escalations(x).some((e) => e.data.reason === 'progress_missed'));
    const first = escalations(missed).filter((e) => e.data.reason === 'progress_missed');
    expect(first).toHaveLength(1);
    await api.ok(m.id, 'progress', justice, { text: '补报进展', percent: 30 });
    // A fresh period starts from the report: its reminder is a new breach with a new key.
    const again = await waitFor(
      m.id,
      (x) => escalations(x).filter((e) => e.data.reason === 'progress_missed').length >= 2,
    );
    const keys = escalations(again).map((e) => e.data.breachKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('turns the light yellow then red when the due date passes, and an approved extension resets it', async () => {
    const today = compressedToday();
    const due = addWorkingDaysPreview(today, 2);
    const m = await api.dispatch(
      {
        ...aMatter().lead('justice').due(due).build(),
        policy: {
          ackWorkingDays: 30,
          progressEveryWorkingDays: 30,
          yellowBeforeWorkingDays: 1,
          ladder: ladderOf({ reminder: 0 }),
        },
      },
      director,
    );
    await api.ok(m.id, 'acknowledge', justice);
    const yellow = await waitFor(m.id, (x) => x.light === 'yellow' || x.light === 'red');
    expect(yellow.events.some((e) => e.type === 'supervision.light_changed' && e.data.to === 'yellow')).toBe(true);
    const red = await waitFor(
      m.id,
      (x) => x.light === 'red' && escalations(x).some((e) => e.data.reason === 'overdue'),
    );
    expect(red.overdue).toBe(true);
    expect(escalations(red).find((e) => e.data.reason === 'overdue')).toMatchObject({ unitCode: 'justice' });

    await api.ok(m.id, 'extension-request', justice, { requestedDueDate: '2026-12-31', reason: '需延期' });
    const paused = await api.get(m.id, director);
    expect(
      paused.events.some(
        (e) => e.type === 'supervision.clock_paused' && e.data.reason === 'extension_awaiting_decision',
      ),
    ).toBe(true);
    await api.ok(m.id, 'extension-decision', director, { approve: true, reason: '同意' });
    const green = await waitFor(m.id, (x) => x.light === 'green');
    expect(green.dueDate).toBe('2026-12-31');
    expect(green.events.some((e) => e.type === 'supervision.clock_resumed')).toBe(true);
  });

  it("pauses the unit's clock while the office verifies, and escalates the office's own delay to the director", async () => {
    const m = await api.dispatch(
      {
        ...aMatter().lead('finance').due('2026-12-31').build(),
        policy: { ackWorkingDays: 30, progressEveryWorkingDays: 30, officeTurnaroundWorkingDays: 1 },
      },
      director,
    );
    await api.ok(m.id, 'acknowledge', finance);
    await api.ok(m.id, 'completion', finance, { summary: '完成', evidence: [] });
    const late = await waitFor(m.id, (x) => escalations(x).some((e) => e.data.reason === 'office_turnaround'));
    const office = escalations(late).find((e) => e.data.reason === 'office_turnaround')!;
    expect(office.data.office).toBe(true);
    expect((office.data.notified as { username: string | null }[]).map((r) => r.username)).toContain('timers.director');
    expect(late.events.some((e) => e.type === 'supervision.clock_paused' && e.unitCode === 'finance')).toBe(true);
    const closed = await api.ok(m.id, 'verify', director);
    expect(closed.status).toBe('closed');
    expect(supervisionEvents(closed).length).toBeGreaterThan(0);
  });

  it('recomputes open deadlines when the office adds a local day off', async () => {
    const m = await api.dispatch(
      {
        ...aMatter().lead('justice').due('2026-12-31').build(),
        policy: { ackWorkingDays: 4, progressEveryWorkingDays: 30 },
      },
      director,
    );
    const before = await waitFor(m.id, (x) => (x.assignments[0]?.ackDueAt ?? null) !== null);
    const today = compressedToday();
    const offDay = addWorkingDaysPreview(today, 2);
    const res = await stack.http
      .post('/api/calendar/adjustments')
      .set(await stack.headers(director))
      .send({ date: offDay, kind: 'off', reason: '区委统一安排调休（测试）', documentNumber: '五办通〔2026〕1号' });
    expect(res.status).toBe(201);
    expect(res.body.recomputedMatters).toBeGreaterThanOrEqual(1);
    // One working day fewer before the due date: the acknowledgement deadline moves one working day later.
    const ackDueAt = (x: MatterDetail): string => defined(x.assignments[0]?.ackDueAt, 'an acknowledgement deadline');
    const after = await waitFor(m.id, (x) => ackDueAt(x) !== ackDueAt(before));
    expect(Date.parse(ackDueAt(after))).toBeGreaterThan(Date.parse(ackDueAt(before)));
    await stack.http
      .post(`/api/calendar/adjustments/${res.body.adjustment.id}/revoke`)
      .set(await stack.headers(director))
      .send({ reason: '测试结束' })
      .expect(200);
  });

  it('lets the office urge by hand, and only the director issue a numbered 督办 notice', async () => {
    const m = await api.dispatch(aMatter().lead('justice').due('2026-12-31').build(), director);
    const staff = office('timers.staff');
    await stack.headers(staff, ['office_staff']);
    const urged = await api.command(m.id, 'urge', staff, { unitCode: 'justice', level: 'urging', note: '请尽快签收' });
    expect(urged.status).toBe(200);
    expect(urged.body.appended[0]).toMatchObject({
      type: 'supervision.escalated',
      actorUserId: 'timers.staff',
      reason: '请尽快签收',
    });
    const refused = await api.command(m.id, 'supervise', staff, {
      unitCode: 'justice',
      level: 'supervision',
      note: 'x',
    });
    expect(refused.status).toBe(403);
    const first = await api.command(m.id, 'supervise', director, {
      unitCode: 'justice',
      level: 'supervision',
      note: '限期办结',
    });
    const second = await api.command(m.id, 'supervise', director, {
      unitCode: 'justice',
      level: 'supervision',
      note: '再次督办',
    });
    const numbers = [first, second].map((r) => r.body.appended[0].data.noticeNo as string);
    expect(numbers[0]).toMatch(/^督〔2026〕\d+号$/);
    const n = (s: string) => Number(/〔\d+〕(\d+)号/.exec(s)![1]);
    expect(n(defined(numbers[1], 'a second number'))).toBe(n(defined(numbers[0], 'a first number')) + 1);
    const notAssigned = await api.command(m.id, 'urge', staff, { unitCode: 'finance', level: 'reminder', note: 'x' });
    expect({ status: notAssigned.status, code: notAssigned.body.code }).toEqual({ status: 403, code: 'NOT_ASSIGNED' });
  });
});
