import { randomUUID } from 'node:crypto';

import type { MatterDetail, MatterSummary, Page } from '@app/contracts';
import { aMatter, eventually, MatterApi, office, TestStack, unitUser } from '@app/testing';
import { matterWorkflowId } from '@app/workflow-api';

import { productApps } from '../support/product-apps';
import { recordHistoryIfAsked } from '../support/record-history';

// 办结销号 of a matter with a co-unit that never signed (签收) nor contributed: refused until the office confirms that
// unit's part as not done (VERIFY_NEEDS_CONFIRMATION, 409), then recorded so (not_done), through HTTP on the real
// Temporal server and MySQL. The verify-not-done-v1 path; its history is kept for the replay test.
describe('verify with a co-unit that never signed', () => {
  let stack: TestStack;
  let api: MatterApi;
  const director = office('vnd.director');
  const justice = unitUser('justice', 'vnd.justice.leader');
  const finance = unitUser('finance', 'vnd.finance.leader');
  const health = unitUser('health', 'vnd.health.leader');
  // This file's matters carry this code prefix, so the board's search finds only them.
  const prefix = `VND${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const statusOf = (m: MatterDetail, unit: string): string | undefined =>
    m.assignments.find((a) => a.unitCode === unit)?.status;
  const people = (m: MatterDetail) => m.events.filter((e) => e.actorUserId !== 'system').map((e) => e.seq);

  // justice leads and reports completion; finance signs and contributes; health and statistics never sign.
  async function awaitingVerification(n: number): Promise<MatterDetail> {
    const m = await api.dispatch(
      {
        ...aMatter()
          .code(`${prefix}-${n}`)
          .lead('justice')
          .co('finance', 'health', 'statistics')
          .due('2027-06-30')
          .build(),
        year: 2041,
      },
      director,
    );
    await api.ok(m.id, 'acknowledge', justice);
    await api.ok(m.id, 'acknowledge', finance);
    await api.ok(m.id, 'contribution', finance, { text: '已拨付专项资金', evidence: [] });
    return api.ok(m.id, 'completion', justice, { summary: '已完成', evidence: [{ title: '总结.pdf' }] });
  }

  it('refuses without the confirmation (409, naming the units), then records their part as not done', async () => {
    const m = await api.get((await awaitingVerification(1)).id, director);
    // Offered all the same: only the confirmation is missing, and the matter read says which units need it.
    expect(m.allowedActions.map((a) => a.command)).toContain('verify');
    expect(
      m.assignments.filter((a) => a.role === 'co' && !a.acknowledgedAt && !a.contribution).map((a) => a.unitCode),
    ).toEqual(['health', 'statistics']);

    const refused = await api.command(m.id, 'verify', director, { comment: '同意销号' });
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 409,
      code: 'VERIFY_NEEDS_CONFIRMATION',
    });
    expect(refused.body.message).toContain('区卫生健康局 (health)');
    expect(refused.body.message).toContain('区统计局 (statistics)');
    expect(refused.body.message).toContain('notDoneUnitCodes');
    // Half the list is still not enough, and names only the unit left out.
    const half = await api.command(m.id, 'verify', director, { comment: 'x', notDoneUnitCodes: ['health'] });
    expect({ status: half.status, code: half.body.code }).toEqual({ status: 409, code: 'VERIFY_NEEDS_CONFIRMATION' });
    expect(half.body.message).not.toContain('(health)');

    const closed = await api.ok(m.id, 'verify', director, {
      comment: '区卫生健康局、区统计局未签收、未报送配合情况',
      notDoneUnitCodes: ['health', 'statistics'],
    });
    expect(closed.status).toBe('closed');
    expect(['justice', 'finance', 'health', 'statistics'].map((u) => statusOf(closed, u))).toEqual([
      'completed',
      'completed',
      'not_done',
      'not_done',
    ]);
    expect(closed.assignments.find((a) => a.unitCode === 'health')?.completedAt).toBeNull();
    // The record says who, in which capacity, why and which units.
    const event = closed.events.filter((e) => e.type === 'matter.closed');
    expect(event).toEqual([
      expect.objectContaining({
        actorUserId: 'vnd.director',
        actorCapacity: 'office',
        unitCode: 'justice',
        reason: '区卫生健康局、区统计局未签收、未报送配合情况',
        data: { notDoneUnitCodes: ['health', 'statistics'] },
      }),
    ]);

    // The read model (MySQL) says the same, on the matter page and on the board.
    const read = await eventually(
      () => api.get(m.id, director),
      (x) => x.status === 'closed',
    );
    expect(read.assignments.map((a) => [a.unitCode, a.status, a.duty])).toEqual([
      ['justice', 'completed', 'none'],
      ['finance', 'completed', 'none'],
      ['health', 'not_done', 'none'],
      ['statistics', 'not_done', 'none'],
    ]);
    const res = await stack.http
      .get('/api/matters')
      .query({ q: prefix, status: 'closed', pageSize: 100 })
      .set(await stack.headers(director))
      .expect(200);
    const row = (res.body as Page<MatterSummary>).items.find((x) => x.id === m.id);
    expect(row?.unitStates.map((u) => [u.unitCode, u.state])).toEqual([
      ['justice', 'completed'],
      ['finance', 'completed'],
      ['health', 'not_done'],
      ['statistics', 'not_done'],
    ]);
    // The verify-not-done-v1 path, kept for the replay test when RECORD_HISTORIES=true.
    recordHistoryIfAsked(matterWorkflowId(m.id), 'verify-not-done');
  });

  it('refuses as bad input (400) a code that is not such a unit, or a list without a reason; nothing is recorded', async () => {
    const m = await awaitingVerification(2);
    const before = await api.get(m.id, director);
    const bodies: object[] = [
      { comment: 'x', notDoneUnitCodes: ['health', 'statistics', 'finance'] },
      { comment: 'x', notDoneUnitCodes: ['health', 'statistics', 'justice'] },
      { comment: 'x', notDoneUnitCodes: ['health', 'statistics', 'culture-tourism'] },
      { comment: 'x', notDoneUnitCodes: ['health', 'statistics', 'no-such-unit'] },
      { comment: 'x', notDoneUnitCodes: ['health', 'statistics', 'health'] },
      { notDoneUnitCodes: ['health', 'statistics'] },
      { comment: 'x', notDoneUnitCodes: 'health' },
      { comment: 'x', notDoneUnitCodes: [42] },
    ];
    for (const body of bodies) {
      const res = await api.command(m.id, 'verify', director, body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect(typeof res.body.message).toBe('string');
    }
    const after = await api.get(m.id, director);
    expect(after.status).toBe('awaiting_verification');
    expect(people(after)).toEqual(people(before));
    // A co-unit that signs later needs no confirmation: 区卫生健康局 signs, only 区统计局 is named.
    await api.ok(m.id, 'acknowledge', health);
    const closed = await api.ok(m.id, 'verify', director, {
      comment: '区统计局未签收',
      notDoneUnitCodes: ['statistics'],
    });
    expect(['health', 'statistics'].map((u) => statusOf(closed, u))).toEqual(['completed', 'not_done']);
  });
});
