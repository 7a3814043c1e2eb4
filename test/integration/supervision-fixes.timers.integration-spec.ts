import { randomUUID } from 'node:crypto';

import { matterWorkflowId } from '@app/contracts';
import { aMatter, eventually, MatterApi, office, TestStack, unitUser } from '@app/testing';
import { Client, Connection } from '@temporalio/client';

import { recordHistoryIfAsked } from '../support/record-history';

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
    stack = await TestStack.start();
    api = new MatterApi(stack);
    client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
    await stack.headers(director);
    await stack.headers(justice);
    await stack.headers(finance);
  });
  afterAll(async () => {
    await client?.connection.close();
    await stack?.stop();
  });

  it('records a manual 督办 whose notice went out while the office was closing the matter', async () => {
    const m = await api.dispatch(aMatter().lead('justice').due('2026-12-31').build(), director);
    await api.ok(m.id, 'acknowledge', justice);
    await api.ok(m.id, 'completion', justice, { summary: '完成', evidence: [] });
    const key = `fixes-urge-${randomUUID()}`;
    const noticeKey = `${m.id}:urge:${key}`;
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
});
