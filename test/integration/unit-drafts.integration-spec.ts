import type { AssignmentView, MatterDetail, NotificationView } from '@app/contracts';
import { UserRepository } from '@app/database';
import { aMatter, eventually, MatterApi, TestStack } from '@app/testing';
import { matterWorkflowId } from '@app/workflow-api';
import type { Response } from 'supertest';

import type { Person } from '../support/people';
import { matterCallsOf, peopleOf } from '../support/people';
import { productApps } from '../support/product-apps';
import { recordHistoryIfAsked } from '../support/record-history';

// Issue 12: work inside a unit. The liaison of a unit that has a leader account drafts the completion report; the
// leader returns it with a note or approves it, and only then does it reach the office, as the leader's report.
// The office sees neither the draft nor its return and has nothing to verify meanwhile; the unit's clock runs on.
// A liaison-only unit (no leader account) submits directly.

const LED = 'agriculture';
// No test file creates a leader for this unit: it stands for a unit whose only account is its liaison.
const LIAISON_ONLY = 'government-office';
const run = Date.now().toString(36);
// The work year is this file's (2053); the due date is a plannable one, two months ahead.
const YEAR = 2053;
const DUE = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

const person = peopleOf('draft', run);
const LEADER = person('leader', ['unit_leader'], LED, '李局长');
const LIAISON = person('liaison', ['unit_liaison'], LED, '王联络员');
const SOLO = person('solo', ['unit_liaison'], LIAISON_ONLY, '赵联络员');
const OFFICE = person('office', ['office_director']);

const DRAFT_EVENTS = ['assignment.draft_prepared', 'assignment.draft_returned'];

describe('unit drafts: the liaison drafts, the leader approves (completion report)', () => {
  let stack: TestStack;
  let api: MatterApi;

  const { send, read } = matterCallsOf(() => stack);
  const ok = async (p: Person, id: string, path: string, body: object = {}): Promise<MatterDetail> => {
    const res = await send(p, id, path, body);
    if (res.status !== 200) {
      throw new Error(`${path} by ${p.actor.userId} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return (res.body as { matter: MatterDetail }).matter;
  };
  const offered = (m: MatterDetail): string[] => m.allowedActions.map((a) => a.command);
  // The person's own notices of kind 'draft' on the matter (not their unit's inbox).
  const draftNotices = async (p: Person, id: string): Promise<NotificationView[]> => {
    const res = await stack.http
      .get('/api/notifications')
      .query({ pageSize: 100, kind: 'draft' })
      .set(await stack.headers(p.actor, p.roles))
      .expect(200);
    return (res.body as { items: NotificationView[] }).items.filter((n) => n.matterId === id && n.audience === 'user');
  };
  const lead = (m: MatterDetail, unit = LED): AssignmentView => m.assignments.find((a) => a.unitCode === unit)!;
  const refusal = (res: Response) => ({ status: res.status, code: (res.body as { code?: string }).code });
  const dispatch = (unit: string): Promise<MatterDetail> =>
    api.dispatch(
      { ...aMatter().lead(unit).due(DUE).build(), year: YEAR },
      { userId: OFFICE.actor.userId, role: 'office' },
    );

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
    // The people exist before anyone acts: the leader's account is what makes the liaison's work a draft.
    for (const p of [LEADER, LIAISON, SOLO, OFFICE]) {
      await stack.headers(p.actor, p.roles);
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('draft → return with a note → redraft → approve → reaches the office; the office sees only what was approved', async () => {
    const matter = await dispatch(LED);
    await ok(LIAISON, matter.id, 'acknowledge');

    // The liaison of a unit with a leader is offered the draft (提交本单位负责同志审核), not the direct submission,
    // and is refused the direct one with a code that says what to do.
    const asLiaison = await read(LIAISON, matter.id);
    expect(offered(asLiaison)).toContain('draftCompletion');
    expect(offered(asLiaison)).not.toContain('submitCompletion');
    const direct = await send(LIAISON, matter.id, 'submit-completion', { summary: '已办结', evidence: [] });
    expect(refusal(direct)).toEqual({ status: 403, code: 'LEADER_APPROVAL_REQUIRED' });
    expect(direct.body.message).toContain('leader');

    // 1. The draft: recorded (who, in which capacity, when, what), but the matter does not move.
    const drafted = await ok(LIAISON, matter.id, 'draft-completion', {
      summary: '宣传周活动已完成（初稿）',
      evidence: [{ title: '活动方案' }],
    });
    expect(drafted.status).toBe('in_progress');
    expect(lead(drafted)).toMatchObject({ status: 'in_progress', clockPaused: false, completion: null });
    expect(lead(drafted).draft).toMatchObject({ kind: 'completion', summary: '宣传周活动已完成（初稿）' });
    const prepared = drafted.events.find((e) => e.type === 'assignment.draft_prepared');
    expect(prepared).toMatchObject({
      actorUserId: LIAISON.actor.userId,
      actorCapacity: `unit:${LED}`,
      unitCode: LED,
      data: { kind: 'completion', summary: '宣传周活动已完成（初稿）', evidence: [{ title: '活动方案' }] },
    });
    expect(Date.parse(prepared!.at)).not.toBeNaN();

    // The office sees no draft and has nothing to verify.
    const asOffice = await read(OFFICE, matter.id);
    expect(asOffice.status).toBe('in_progress');
    expect(asOffice.events.filter((e) => DRAFT_EVENTS.includes(e.type))).toEqual([]);
    expect(lead(asOffice).draft).toBeNull();
    expect(offered(asOffice)).not.toContain('verify');
    expect(refusal(await send(OFFICE, matter.id, 'verify', {}))).toEqual({ status: 409, code: 'INVALID_TRANSITION' });

    // 2. The leader sees it waiting (待审核) and returns it; a return needs a note.
    const asLeader = await read(LEADER, matter.id);
    expect(offered(asLeader)).toEqual(expect.arrayContaining(['approveDraft', 'returnDraft']));
    expect(lead(asLeader).draft?.byName).toBe('王联络员');
    expect(refusal(await send(LEADER, matter.id, 'return-draft', { reason: '' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await send(LIAISON, matter.id, 'approve-draft', {})).status).toBe(403);
    const returned = await ok(LEADER, matter.id, 'return-draft', { reason: '请补充活动照片和参与人数' });
    expect(returned.status).toBe('in_progress');
    expect(returned.events.find((e) => e.type === 'assignment.draft_returned')).toMatchObject({
      actorUserId: LEADER.actor.userId,
      actorCapacity: `unit:${LED}`,
      reason: '请补充活动照片和参与人数',
      data: { kind: 'completion', summary: '宣传周活动已完成（初稿）', draftedBy: LIAISON.actor.userId },
    });

    // Each side is told: the leader of the draft waiting, the liaison of the return; the office of neither.
    const toLeader = await eventually(
      () => draftNotices(LEADER, matter.id),
      (ns) => ns.length > 0,
    );
    expect(toLeader.map((n) => n.title)).toEqual([expect.stringContaining('【待审核】')]);
    expect(toLeader[0]!.body).toContain('王联络员起草了');
    const toLiaison = await eventually(
      () => draftNotices(LIAISON, matter.id),
      (ns) => ns.length > 0,
    );
    expect(toLiaison.map((n) => n.title)).toEqual([expect.stringContaining('【退回修改】')]);
    expect(toLiaison[0]!.body).toContain('请补充活动照片和参与人数');
    expect(await draftNotices(OFFICE, matter.id)).toEqual([]);

    // The liaison reads the leader's note; nothing waits for approval now.
    const noted = await read(LIAISON, matter.id);
    expect(lead(noted).draftReturn).toMatchObject({ reason: '请补充活动照片和参与人数', byName: '李局长' });
    expect(lead(noted).draft).toBeNull();
    expect(offered(await read(LEADER, matter.id))).not.toContain('approveDraft');

    // 3. The redraft, and the leader's approval: the report reaches the office as the leader's.
    await ok(LIAISON, matter.id, 'draft-completion', {
      summary: '宣传周活动已完成，共12场，附照片',
      evidence: [{ title: '活动方案' }, { title: '活动照片' }],
    });
    const approved = await ok(LEADER, matter.id, 'approve-draft');
    expect(approved.status).toBe('awaiting_verification');
    expect(lead(approved).completion).toMatchObject({
      byUserId: LEADER.actor.userId,
      draftedBy: LIAISON.actor.userId,
      summary: '宣传周活动已完成，共12场，附照片',
    });
    const submitted = approved.events.find((e) => e.type === 'matter.completion_submitted');
    expect(submitted).toMatchObject({
      actorUserId: LEADER.actor.userId,
      actorCapacity: `unit:${LED}`,
      data: { summary: '宣传周活动已完成，共12场，附照片', draftedBy: LIAISON.actor.userId },
    });
    // The unit reads its whole record: two drafts, one return, the approval.
    expect(approved.events.map((e) => e.type).filter((t) => DRAFT_EVENTS.includes(t))).toEqual([
      'assignment.draft_prepared',
      'assignment.draft_returned',
      'assignment.draft_prepared',
    ]);

    // 4. The office sees the approved report only, and verifies it.
    const toVerify = await read(OFFICE, matter.id);
    expect(toVerify.events.filter((e) => DRAFT_EVENTS.includes(e.type))).toEqual([]);
    expect(toVerify.events.filter((e) => e.type === 'matter.completion_submitted')).toHaveLength(1);
    expect(offered(toVerify)).toContain('verify');
    const closed = await ok(OFFICE, matter.id, 'verify', { comment: '核验通过' });
    expect(closed.status).toBe('closed');

    recordHistoryIfAsked(matterWorkflowId(matter.id), 'unit-draft-approval');
  });

  it('the extension request too: the liaison drafts, the leader approves, the office decides the leader’s request', async () => {
    const matter = await dispatch(LED);
    await ok(LIAISON, matter.id, 'acknowledge');
    const later = new Date(Date.parse(`${DUE}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const request = { requestedDueDate: later, reason: '需与省知识产权局协调数据接口，申请延期一个月' };

    // The liaison is offered the draft, and refused the direct request with the code that says what to do.
    const asLiaison = await read(LIAISON, matter.id);
    expect(offered(asLiaison)).toContain('draftExtension');
    expect(offered(asLiaison)).not.toContain('requestExtension');
    expect(refusal(await send(LIAISON, matter.id, 'request-extension', request))).toEqual({
      status: 403,
      code: 'LEADER_APPROVAL_REQUIRED',
    });
    // Bad input is refused at the door, before the workflow.
    expect(
      refusal(await send(LIAISON, matter.id, 'draft-extension', { ...request, requestedDueDate: '2053-02-30' })).status,
    ).toBe(400);

    const drafted = await ok(LIAISON, matter.id, 'draft-extension', request);
    expect(drafted.extensionPending).toBe(false);
    expect(drafted.dueDate).toBe(DUE);
    expect(lead(drafted).draft).toMatchObject({ kind: 'extension', requestedDueDate: later, summary: request.reason });
    expect(drafted.events.find((e) => e.type === 'assignment.draft_prepared')).toMatchObject({
      actorUserId: LIAISON.actor.userId,
      actorCapacity: `unit:${LED}`,
      data: { kind: 'extension', requestedDueDate: later },
    });

    // The office sees no request to decide while the leader has not signed.
    const asOffice = await read(OFFICE, matter.id);
    expect(asOffice.extensionPending).toBe(false);
    expect(offered(asOffice)).not.toContain('decideExtension');
    expect(asOffice.events.filter((e) => DRAFT_EVENTS.includes(e.type))).toEqual([]);

    // The leader approves: the request reaches the office as the leader's, drafted by the liaison.
    const asLeader = await read(LEADER, matter.id);
    expect(offered(asLeader)).toEqual(expect.arrayContaining(['approveDraft', 'returnDraft']));
    const approved = await ok(LEADER, matter.id, 'approve-draft');
    expect(approved.extensionPending).toBe(true);
    expect(lead(approved).draft).toBeNull();
    expect(approved.events.find((e) => e.type === 'matter.extension_requested')).toMatchObject({
      actorUserId: LEADER.actor.userId,
      actorCapacity: `unit:${LED}`,
      reason: request.reason,
      data: { requestedDueDate: later, draftedBy: LIAISON.actor.userId, draftedByName: '王联络员' },
    });

    const decided = await ok(OFFICE, matter.id, 'decide-extension', { approve: true, reason: '同意延期' });
    expect(decided.dueDate).toBe(later);
    expect(decided.extensionPending).toBe(false);

    recordHistoryIfAsked(matterWorkflowId(matter.id), 'unit-draft-extension');
  });

  it('the progress report too: the liaison drafts, the leader returns or approves, the office sees the leader’s report', async () => {
    const matter = await dispatch(LED);
    await ok(LIAISON, matter.id, 'acknowledge');

    // The liaison is offered the draft, and refused the direct report with the code that says what to do.
    const asLiaison = await read(LIAISON, matter.id);
    expect(offered(asLiaison)).toContain('draftProgress');
    expect(offered(asLiaison)).not.toContain('reportProgress');
    const direct = await send(LIAISON, matter.id, 'report-progress', { text: '已起草方案', percent: 30 });
    expect(refusal(direct)).toEqual({ status: 403, code: 'LEADER_APPROVAL_REQUIRED' });
    expect(direct.body.message).toContain('progress report');
    // Bad input is refused at the door, before the workflow.
    expect(refusal(await send(LIAISON, matter.id, 'draft-progress', { text: '稿', percent: 120 })).status).toBe(400);

    // The draft: the unit's own; no progress is recorded, the office sees nothing.
    const drafted = await ok(LIAISON, matter.id, 'draft-progress', { text: '已起草方案（初稿）', percent: 30 });
    expect(lead(drafted)).toMatchObject({ percent: 0, lastProgressAt: null });
    expect(lead(drafted).draft).toMatchObject({ kind: 'progress', summary: '已起草方案（初稿）', percent: 30 });
    expect(drafted.events.find((e) => e.type === 'assignment.draft_prepared')).toMatchObject({
      actorUserId: LIAISON.actor.userId,
      actorCapacity: `unit:${LED}`,
      data: { kind: 'progress', summary: '已起草方案（初稿）', percent: 30 },
    });
    const asOffice = await read(OFFICE, matter.id);
    expect(asOffice.events.filter((e) => DRAFT_EVENTS.includes(e.type))).toEqual([]);
    expect(asOffice.events.filter((e) => e.type === 'assignment.progress_reported')).toEqual([]);
    expect(lead(asOffice).percent).toBe(0);
    // The leader is told, in the notice's words, that a progress report waits.
    const toLeader = await eventually(
      () => draftNotices(LEADER, matter.id),
      (ns) => ns.length > 0,
    );
    expect(toLeader.map((n) => n.title)).toEqual([expect.stringContaining('进展报告')]);

    // Returned with a note, redrafted, approved.
    await ok(LEADER, matter.id, 'return-draft', { reason: '请写明征求意见的单位' });
    const noted = await read(LIAISON, matter.id);
    expect(lead(noted).draftReturn).toMatchObject({ kind: 'progress', reason: '请写明征求意见的单位' });
    await ok(LIAISON, matter.id, 'draft-progress', { text: '已起草方案，征求区司法局等3家单位意见', percent: 45 });
    const approved = await ok(LEADER, matter.id, 'approve-draft');
    expect(lead(approved)).toMatchObject({ percent: 45 });
    expect(lead(approved).draft).toBeNull();
    const reported = approved.events.filter((e) => e.type === 'assignment.progress_reported');
    expect(reported).toEqual([
      expect.objectContaining({
        actorUserId: LEADER.actor.userId,
        actorCapacity: `unit:${LED}`,
        data: expect.objectContaining({
          text: '已起草方案，征求区司法局等3家单位意见',
          percent: 45,
          draftedBy: LIAISON.actor.userId,
          draftedByName: '王联络员',
        }),
      }),
    ]);
    // The office sees the approved report only.
    const after = await read(OFFICE, matter.id);
    expect(after.events.filter((e) => DRAFT_EVENTS.includes(e.type))).toEqual([]);
    expect(after.events.filter((e) => e.type === 'assignment.progress_reported')).toHaveLength(1);
    expect(lead(after).percent).toBe(45);
    // The leader reports directly, as the leader may.
    const byLeader = await ok(LEADER, matter.id, 'report-progress', { text: '方案已定稿', percent: 60 });
    expect(lead(byLeader).percent).toBe(60);

    recordHistoryIfAsked(matterWorkflowId(matter.id), 'progress-draft');
  });

  it('a liaison-only unit reports progress directly, and may not draft it', async () => {
    const matter = await dispatch(LIAISON_ONLY);
    await ok(SOLO, matter.id, 'acknowledge');
    const asSolo = await read(SOLO, matter.id);
    expect(offered(asSolo)).toContain('reportProgress');
    expect(offered(asSolo)).not.toContain('draftProgress');
    expect(refusal(await send(SOLO, matter.id, 'draft-progress', { text: '稿', percent: 10 }))).toEqual({
      status: 422,
      code: 'INVALID_COMMAND',
    });
    const reported = await ok(SOLO, matter.id, 'report-progress', { text: '已完成调研', percent: 20 });
    expect(lead(reported, LIAISON_ONLY).percent).toBe(20);
  });

  it('a liaison-only unit (no leader account) submits its completion report directly', async () => {
    const users = await stack.api.get(UserRepository).recipientsFor([LIAISON_ONLY], []);
    expect(users.filter((u) => u.roles.includes('unit_leader')).map((u) => u.username)).toEqual([]);

    const matter = await dispatch(LIAISON_ONLY);
    await ok(SOLO, matter.id, 'acknowledge');
    const asSolo = await read(SOLO, matter.id);
    expect(offered(asSolo)).toContain('submitCompletion');
    expect(offered(asSolo)).not.toContain('draftCompletion');
    expect(refusal(await send(SOLO, matter.id, 'draft-completion', { summary: '稿', evidence: [] }))).toEqual({
      status: 422,
      code: 'INVALID_COMMAND',
    });
    const submitted = await ok(SOLO, matter.id, 'submit-completion', { summary: '已办结', evidence: [] });
    expect(submitted.status).toBe('awaiting_verification');
    expect(submitted.events.find((e) => e.type === 'matter.completion_submitted')).toMatchObject({
      actorUserId: SOLO.actor.userId,
      actorCapacity: `unit:${LIAISON_ONLY}`,
    });
  });

  it('a liaison-only unit requests an extension directly, and may not draft one', async () => {
    const matter = await dispatch(LIAISON_ONLY);
    await ok(SOLO, matter.id, 'acknowledge');
    const later = new Date(Date.parse(`${DUE}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
    const asSolo = await read(SOLO, matter.id);
    expect(offered(asSolo)).toContain('requestExtension');
    expect(offered(asSolo)).not.toContain('draftExtension');
    expect(refusal(await send(SOLO, matter.id, 'draft-extension', { requestedDueDate: later, reason: '稿' }))).toEqual({
      status: 422,
      code: 'INVALID_COMMAND',
    });
    const requested = await ok(SOLO, matter.id, 'request-extension', {
      requestedDueDate: later,
      reason: '申请延期两周',
    });
    expect(requested.extensionPending).toBe(true);
    expect(requested.events.find((e) => e.type === 'matter.extension_requested')).toMatchObject({
      actorUserId: SOLO.actor.userId,
      actorCapacity: `unit:${LIAISON_ONLY}`,
    });
  });
});
