import type { Actor, CampaignUnitView, CampaignView, UserRole } from '@app/contracts';
import { UserRepository } from '@app/database';
import { TestStack } from '@app/testing';
import { summaryCampaignWorkflowId } from '@app/workflow-api';
import type { Response } from 'supertest';

import { productApps } from '../support/product-apps';
import { recordHistoryIfAsked } from '../support/record-history';

// Issue 12: the annual summary (年度工作总结) inside a unit. The liaison of a unit with a leader account drafts the
// unit's summary; the leader returns it with a note or approves it, and only then is it the unit's submission. The
// office sees the unit as awaiting meanwhile (its reminders still run) and cannot accept or return a draft. A
// liaison-only unit submits directly.

const YEAR = 2054;
const LED = 'health';
// No test file creates a leader for this unit: its only account is its liaison.
const LIAISON_ONLY = 'commerce-investment';
const run = Date.now().toString(36);
const base = `/api/campaigns/summary/${YEAR}`;

interface Person {
  actor: Actor;
  roles: UserRole[];
}
const person = (name: string, roles: UserRole[], unitCode?: string, displayName = name): Person => ({
  actor: { userId: `sdraft.${name}.${run}`, role: 'system', unitCode, displayName },
  roles,
});
const LEADER = person('leader', ['unit_leader'], LED, '陈局长');
const LIAISON = person('liaison', ['unit_liaison'], LED, '周联络员');
const SOLO = person('solo', ['unit_liaison'], LIAISON_ONLY, '吴联络员');
const OFFICE = person('office', ['office_director']);

describe('unit drafts: the annual summary, drafted by the liaison and approved by the leader', () => {
  let stack: TestStack;

  const post = async (p: Person, path: string, body: object = {}): Promise<Response> =>
    stack.http
      .post(`${base}${path}`)
      .set(await stack.headers(p.actor, p.roles))
      .send(body);
  const ok = async (p: Person, path: string, body: object = {}): Promise<CampaignView> => {
    const res = await post(p, path, body);
    if (res.status !== 200) {
      throw new Error(`${path} by ${p.actor.userId} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body as CampaignView;
  };
  const get = async (p: Person): Promise<CampaignView> => {
    const res = await stack.http.get(base).set(await stack.headers(p.actor, p.roles));
    expect(res.status).toBe(200);
    return res.body as CampaignView;
  };
  const unit = (c: CampaignView, code = LED): CampaignUnitView => c.units.find((u) => u.unitCode === code)!;
  const refusal = (res: Response) => ({ status: res.status, code: (res.body as { code?: string }).code });

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    for (const p of [LEADER, LIAISON, SOLO, OFFICE]) {
      await stack.headers(p.actor, p.roles);
    }
    const dueDate = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const started = await stack.http
      .post('/api/campaigns/summary')
      .set(await stack.headers(OFFICE.actor, OFFICE.roles))
      .set('Idempotency-Key', `summary-drafts-${YEAR}-${run}`)
      .send({ year: YEAR, dueDate, unitCodes: [LED, LIAISON_ONLY] });
    expect(started.status).toBe(201);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('draft → return with a note → redraft → approve → reaches the office; the office sees only what was approved', async () => {
    // The liaison of a unit with a leader may not submit directly.
    const direct = await post(LIAISON, '/submission', { text: '2054年度工作总结' });
    expect(refusal(direct)).toEqual({ status: 403, code: 'LEADER_APPROVAL_REQUIRED' });

    // 1. The draft: the unit's own; its status stays awaiting.
    const drafted = await ok(LIAISON, '/draft', { text: '2054年度工作总结（初稿）', attachments: [] });
    expect(unit(drafted)).toMatchObject({
      status: 'awaiting',
      submittedAt: null,
      draft: { text: '2054年度工作总结（初稿）', byUserId: LIAISON.actor.userId, byName: '周联络员' },
    });
    expect(unit(drafted).draftSteps).toEqual([
      expect.objectContaining({
        type: 'drafted',
        byUserId: LIAISON.actor.userId,
        capacity: `unit:${LED}`,
        text: '2054年度工作总结（初稿）',
      }),
    ]);

    // The office sees the unit as missing, no draft, and has nothing to accept or return.
    const asOffice = await get(OFFICE);
    expect(unit(asOffice)).toMatchObject({ status: 'awaiting', text: null, draft: null, draftSteps: [] });
    expect(asOffice.missing).toContain(LED);
    expect(refusal(await post(OFFICE, `/units/${LED}/accept`))).toEqual({ status: 409, code: 'INVALID_TRANSITION' });

    // 2. The leader returns it; a return needs a note; the liaison may not decide.
    expect(refusal(await post(LEADER, '/draft/return', {})).status).toBe(400);
    expect(refusal(await post(LIAISON, '/draft/approve')).status).toBe(403);
    const returned = await ok(LEADER, '/draft/return', { reason: '请补充全年普法宣传数据' });
    expect(unit(returned)).toMatchObject({
      status: 'awaiting',
      draft: null,
      draftReturn: {
        type: 'returned',
        byUserId: LEADER.actor.userId,
        byName: '陈局长',
        capacity: `unit:${LED}`,
        reason: '请补充全年普法宣传数据',
        text: '2054年度工作总结（初稿）',
      },
    });
    // The liaison reads the note.
    expect(unit(await get(LIAISON)).draftReturn?.reason).toBe('请补充全年普法宣传数据');
    expect(refusal(await post(LEADER, '/draft/approve'))).toEqual({ status: 409, code: 'INVALID_TRANSITION' });

    // 3. Redraft and approval: the summary is in, as the leader's.
    await ok(LIAISON, '/draft', { text: '2054年度工作总结（含普法数据）', attachments: ['https://oa.example/h.pdf'] });
    const approved = await ok(LEADER, '/draft/approve');
    expect(unit(approved)).toMatchObject({
      status: 'submitted',
      text: '2054年度工作总结（含普法数据）',
      attachments: ['https://oa.example/h.pdf'],
      draft: null,
      draftReturn: null,
    });
    expect(unit(approved).draftSteps.map((s) => [s.type, s.byUserId])).toEqual([
      ['drafted', LIAISON.actor.userId],
      ['returned', LEADER.actor.userId],
      ['drafted', LIAISON.actor.userId],
      ['approved', LEADER.actor.userId],
    ]);

    // 4. The office sees the approved summary only, and accepts it.
    const toReview = await get(OFFICE);
    expect(unit(toReview)).toMatchObject({
      status: 'submitted',
      text: '2054年度工作总结（含普法数据）',
      draftSteps: [],
      draftReturn: null,
    });
    const live = await stack.http.get(`${base}/live`).set(await stack.headers(OFFICE.actor, OFFICE.roles));
    expect(live.body.units.find((u: { unitCode: string }) => u.unitCode === LED)).toMatchObject({
      submittedBy: LEADER.actor.userId,
    });
    await ok(OFFICE, `/units/${LED}/accept`);
  });

  it('a liaison-only unit (no leader account) submits its summary directly, and may not draft', async () => {
    const users = await stack.api.get(UserRepository).recipientsFor([LIAISON_ONLY], []);
    expect(users.filter((u) => u.roles.includes('unit_leader')).map((u) => u.username)).toEqual([]);

    expect(refusal(await post(SOLO, '/draft', { text: '稿' }))).toEqual({ status: 422, code: 'INVALID_COMMAND' });
    const submitted = await ok(SOLO, '/submission', { text: '2054年度工作总结（商务局）' });
    expect(unit(submitted, LIAISON_ONLY)).toMatchObject({ status: 'submitted', text: '2054年度工作总结（商务局）' });
    await ok(OFFICE, `/units/${LIAISON_ONLY}/accept`);
    // Every unit accepted: the campaign completes.
    expect((await get(OFFICE)).status).toBe('completed');

    recordHistoryIfAsked(summaryCampaignWorkflowId(YEAR), 'summary-draft-approval');
  });
});
