import { randomUUID } from 'node:crypto';

import { dateOfInstant, endOfDate, parseTimeProfile } from '@app/calendar';
import type { CommandResult, MatterDetail, MatterEventView } from '@app/contracts';
import { ladderOf } from '@app/contracts';
import { defined } from '@app/domain';
import { aMatter, eventually, MatterApi, office, TestStack, unitUser } from '@app/testing';
import { acknowledgeUpdate, matterWorkflowId } from '@app/workflow-api';
import type { Client } from '@temporalio/client';

import { addWorkingDaysPreview, compressedToday } from '../support/compressed-calendar';
import { recordHistoryIfAsked } from '../support/record-history';
import { productApps } from '../support/product-apps';

// The fixes to the supervision gaps of the review (README, "Notes for the next person"), on the real Temporal
// server with the compressed calendar (test/setup/environment.js: one calendar day lasts 1.5 s).
describe('supervision fixes', () => {
  let stack: TestStack;
  let api: MatterApi;
  let client: Client;
  const director = office('fixes.director');
  const justice = unitUser('justice', 'fixes.justice.leader');
  const finance = unitUser('finance', 'fixes.finance.leader');

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
    client = await stack.temporalClient();
    await stack.headers(director);
    await stack.headers(justice);
    await stack.headers(finance);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const escalations = (m: MatterDetail): MatterEventView[] =>
    m.events.filter((e) => e.type === 'supervision.escalated');
  const waitFor = (id: string, done: (m: MatterDetail) => boolean, timeoutMs = 40_000) =>
    eventually(() => api.get(id, director), done, timeoutMs);

  it('records a manual 督办 whose notice went out while the office was closing the matter', async () => {
    const m = await api.dispatch(aMatter().lead('justice').due('2026-12-31').build(), director);
    await api.ok(m.id, 'acknowledge', justice);
    await api.ok(m.id, 'completion', justice, { summary: '完成', evidence: [] });
    const key = `fixes-urge-${randomUUID()}`;
    // The notice's key carries the Update id: the Idempotency-Key scoped to the person who sent it (`<user id>:<key>`).
    const [person] = await stack.dataSource.query<{ id: string }[]>('SELECT id FROM users WHERE username = ?', [
      director.userId,
    ]);
    const noticeKey = `${m.id}:urge:${person?.id ?? ''}:${key}`;
    // Holds the notice's number (an uncommitted row under its key): the notice activity waits on it, so the
    // office's verification lands while the notice is being sent, every time.
    const hold = stack.dataSource.createQueryRunner();
    await hold.connect();
    await hold.startTransaction();
    let urged: Awaited<ReturnType<MatterApi['command']>>;
    try {
      await hold.query(
        'INSERT INTO notice_numbers (notice_key, year, number, matter_id, allocated_at) VALUES (?, 2099, ?, ?, NOW(3))',
        [noticeKey, Math.floor(Math.random() * 1e9), m.id],
      );
      const urging = api.command(
        m.id,
        'supervise',
        director,
        { unitCode: 'justice', level: 'supervision', note: '限期办结' },
        key,
      );
      const handle = client.workflow.getHandle(matterWorkflowId(m.id));
      await eventually(
        () => handle.describe(),
        (d) => (d.raw.pendingActivities ?? []).some((a) => a.activityType?.name === 'sendEscalationNotice'),
        20_000,
        50,
      );
      const closed = await api.ok(m.id, 'verify', director);
      expect(closed.status).toBe('closed');
      await hold.rollbackTransaction();
      urged = await urging;
    } finally {
      if (hold.isTransactionActive) {
        await hold.rollbackTransaction();
      }
      await hold.release();
    }
    // The notice went out, so it is on the record (after the closing), saying the matter had closed meanwhile.
    expect(urged.status).toBe(200);
    expect(urged.body.appended[0]).toMatchObject({
      type: 'supervision.escalated',
      actorUserId: 'fixes.director',
      reason: '限期办结',
      data: { level: 'supervision', origin: 'manual', refusedNow: 'MATTER_CLOSED' },
    });
    expect(urged.body.appended[0].data.noticeNo).toMatch(/^督〔\d+〕\d+号$/);
    const after = await api.get(m.id, director);
    const types = after.events.map((e) => e.type);
    expect(types.indexOf('supervision.escalated')).toBeGreaterThan(types.indexOf('matter.closed'));
    const [{ n }] = await stack.dataSource.query('SELECT COUNT(*) AS n FROM notifications WHERE source_key = ?', [
      noticeKey,
    ]);
    expect(Number(n)).toBeGreaterThan(0);
    recordHistoryIfAsked(matterWorkflowId(m.id), 'urge-while-closing');
  });

  it("gives a new lead unit its own overdue ladder, after a new assignment's grace", async () => {
    const due = addWorkingDaysPreview(compressedToday(), 1);
    const policy = {
      ackWorkingDays: 2,
      progressEveryWorkingDays: 60,
      yellowBeforeWorkingDays: 0,
      ladder: ladderOf({ reminder: 0, urging: 1 }),
    };
    const m = await api.dispatch({ ...aMatter().lead('justice').due(due).build(), policy }, director);
    await api.ok(m.id, 'acknowledge', justice);
    const overdue = (x: MatterDetail, unit: string) =>
      escalations(x).filter((e) => e.data.reason === 'overdue' && e.unitCode === unit);
    const red = await waitFor(m.id, (x) => x.light === 'red' && overdue(x, 'justice').length >= 1);
    expect(overdue(red, 'justice')[0]?.data.level).toBe('reminder');

    const reassigned = await api.ok(m.id, 'reassign-lead', director, {
      toUnitCode: 'finance',
      reason: '改由财政局牵头',
    });
    const reassignedAt = Date.parse(reassigned.events.find((e) => e.type === 'matter.lead_reassigned')!.at);
    // Finance's ladder starts at the end of its acknowledgement window (2 working days after it took over),
    // with its own first step, and not at once with its predecessor's next one.
    const profile = parseTimeProfile(process.env.CALENDAR_PROFILE, Date.now());
    const graceEnd = endOfDate(profile, addWorkingDaysPreview(dateOfInstant(profile, reassignedAt), 2));
    const climbed = await waitFor(m.id, (x) => overdue(x, 'finance').length >= 2, 60_000);
    const own = overdue(climbed, 'finance');
    expect(own.map((e) => e.data.level)).toEqual(['reminder', 'urging']);
    expect(Date.parse(defined(own[0], 'a first escalation of its own').at)).toBeGreaterThanOrEqual(graceEnd);
    expect(new Set(own.map((e) => e.data.breachKey)).size).toBe(1);
    expect(own[0]?.data.breachKey).not.toBe(overdue(red, 'justice')[0]?.data.breachKey);
    // In between, the light went back for the new lead, and came round again to red on its own key.
    const lights = climbed.events.filter(
      (e) => e.type === 'supervision.light_changed' && Date.parse(e.at) >= reassignedAt,
    );
    expect(lights[0]?.data).toMatchObject({ from: 'red', to: 'green' });
    expect(lights.at(-1)!.data.to).toBe('red');
    expect(climbed.light).toBe('red');
    await api.ok(m.id, 'cancel', director, { reason: '测试结束' });
    recordHistoryIfAsked(matterWorkflowId(m.id), 'lead-own-ladder');
  });

  it('answers a command with the plan made after it, not the one before', async () => {
    const m = await api.dispatch(
      {
        ...aMatter().lead('justice').co('finance').due('2026-12-31').build(),
        policy: { ackWorkingDays: 3, progressEveryWorkingDays: 20 },
      },
      director,
    );
    // Acknowledging ends the acknowledgement clock and starts the progress clock: the answer says so.
    const res = await api.command(m.id, 'acknowledge', justice);
    expect(res.status).toBe(200);
    const lead = (res.body.matter as MatterDetail).assignments.find((a) => a.unitCode === 'justice')!;
    expect(lead).toMatchObject({ status: 'in_progress', ackDueAt: null });
    expect(lead.progressDueAt).toEqual(expect.any(String));
    // The workflow's own answer (what the API builds its response from) carries the new plan.
    const result: CommandResult = await client.workflow
      .getHandle(matterWorkflowId(m.id))
      .executeUpdate(acknowledgeUpdate, { args: [{ actor: finance, unitCode: 'finance' }] });
    expect(result.matter.supervision?.plan?.dueByUnit.finance).toEqual({
      progressDueAt: expect.any(String),
    });
    await api.ok(m.id, 'cancel', director, { reason: '测试结束' });
    recordHistoryIfAsked(matterWorkflowId(m.id), 'replanned-response');
  });
});
