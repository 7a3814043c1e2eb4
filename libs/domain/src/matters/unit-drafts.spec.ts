import type { Actor, EvidenceItem, MatterState } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import { matterDefinition } from '@app/testing/matter-state';

import type { MatterCommandMap, MatterCommandName } from './matter-commands';
import { MatterRejection } from './matter-rejection';
import { activeAssignment, applyCommand, checkCommand, initialState } from './matter-state-machine';
import { checkLeaderSigns, isUnitDraftCommand, UNIT_DRAFT_EVENTS } from './unit-drafts';

const T0 = '2053-03-02T02:00:00.000Z';
const T1 = '2053-03-03T02:00:00.000Z';
const T2 = '2053-03-04T02:00:00.000Z';
const LEAD = 'market-regulation';
const CO = 'justice';

const office: Actor = { userId: 'office-zhang', role: 'office' };
const liaison = (unitHasLeader: boolean, unitCode = LEAD): Actor => ({
  userId: `${unitCode}-liaison`,
  role: 'unit',
  unitCode,
  displayName: '王联络员',
  capacityRoles: ['unit_liaison'],
  unitHasLeader,
});
const leader: Actor = {
  userId: `${LEAD}-leader`,
  role: 'unit',
  unitCode: LEAD,
  displayName: '李局长',
  capacityRoles: ['unit_leader'],
  unitHasLeader: true,
};
const evidence: EvidenceItem[] = [{ title: '活动总结' }];

function acknowledged(): MatterState {
  const s = initialState(
    matterDefinition(2053, { description: '形成活动总结。', leadUnitCode: LEAD, coUnitCodes: [CO] }),
    office,
    T0,
  );
  applyCommand(s, 'acknowledge', { actor: leader, unitCode: LEAD }, T0);
  return s;
}

function run<K extends MatterCommandName>(s: MatterState, name: K, cmd: MatterCommandMap[K], now = T1) {
  return applyCommand(s, name, cmd, now);
}

function refusal<K extends MatterCommandName>(s: MatterState, name: K, cmd: MatterCommandMap[K]): ErrorCode {
  const before = structuredClone(s);
  try {
    applyCommand(s, name, cmd, T2);
  } catch (err) {
    expect(s).toStrictEqual(before);
    if (err instanceof MatterRejection) {
      return err.code;
    }
    throw err;
  }
  throw new Error(`${name} was not refused`);
}

const draft = (s: MatterState, summary = '宣传周已完成（初稿）') =>
  run(s, 'draftCompletion', { actor: liaison(true), unitCode: LEAD, summary, evidence });

describe('unit drafts: the liaison drafts, the leader approves', () => {
  it('names the draft commands and the events only the unit sees', () => {
    expect(
      ['draftCompletion', 'draftExtension', 'draftProgress', 'approveDraft', 'returnDraft'].every(isUnitDraftCommand),
    ).toBe(true);
    expect(isUnitDraftCommand('requestExtension')).toBe(false);
    expect(isUnitDraftCommand('submitCompletion')).toBe(false);
    expect(UNIT_DRAFT_EVENTS).toEqual(['assignment.draft_prepared', 'assignment.draft_returned']);
  });

  it('a liaison of a unit with a leader account may not submit directly: LEADER_APPROVAL_REQUIRED', () => {
    const s = acknowledged();
    const cmd = { actor: liaison(true), unitCode: LEAD, summary: '已完成', evidence };
    expect(refusal(s, 'submitCompletion', cmd)).toBe(ErrorCode.LeaderApprovalRequired);
  });

  it('a liaison-only unit submits directly, and may not draft (nobody would approve it)', () => {
    const s = acknowledged();
    const cmd = { actor: liaison(false), unitCode: LEAD, summary: '已完成', evidence };
    expect(refusal(s, 'draftCompletion', cmd)).toBe(ErrorCode.InvalidCommand);
    const [event] = run(s, 'submitCompletion', cmd);
    expect(event?.type).toBe('matter.completion_submitted');
    expect(s.status).toBe('awaiting_verification');
  });

  it('the leader submits directly and does not draft', () => {
    const s = acknowledged();
    expect(refusal(s, 'draftCompletion', { actor: leader, unitCode: LEAD, summary: '稿', evidence })).toBe(
      ErrorCode.InvalidCommand,
    );
    run(s, 'submitCompletion', { actor: leader, unitCode: LEAD, summary: '已完成', evidence });
    expect(s.status).toBe('awaiting_verification');
  });

  it('a draft stays inside the unit: the matter and the assignment do not move (the clock charges the unit)', () => {
    const s = acknowledged();
    const [event] = draft(s);
    expect(event).toEqual({
      type: 'assignment.draft_prepared',
      unitCode: LEAD,
      data: { kind: 'completion', summary: '宣传周已完成（初稿）', evidence },
    });
    const a = activeAssignment(s, LEAD)!;
    expect(a.status).toBe('in_progress');
    expect(s.status).toBe('in_progress');
    expect(a.completion).toBeUndefined();
    expect(a.pendingDraft).toMatchObject({
      kind: 'completion',
      byUserId: `${LEAD}-liaison`,
      byName: '王联络员',
      at: T1,
    });
    // Nothing is there for the office to verify.
    expect(() => checkCommand(s, 'verify', { actor: office })).toThrow(MatterRejection);
  });

  it('the leader returns the draft with a note; the liaison redrafts; the leader approves and it reaches the office', () => {
    const s = acknowledged();
    draft(s);
    expect(refusal(s, 'returnDraft', { actor: leader, unitCode: LEAD, reason: ' ' })).toBe(ErrorCode.InvalidCommand);
    const [returned] = run(s, 'returnDraft', { actor: leader, unitCode: LEAD, reason: '请补充活动照片' }, T1);
    expect(returned).toMatchObject({
      type: 'assignment.draft_returned',
      unitCode: LEAD,
      reason: '请补充活动照片',
      data: { kind: 'completion', summary: '宣传周已完成（初稿）', draftedBy: `${LEAD}-liaison` },
    });
    const a = activeAssignment(s, LEAD)!;
    expect(a.pendingDraft).toBeUndefined();
    expect(a.draftReturn).toEqual({
      kind: 'completion',
      at: T1,
      byUserId: `${LEAD}-leader`,
      byName: '李局长',
      reason: '请补充活动照片',
    });
    // Nothing left to approve.
    expect(refusal(s, 'approveDraft', { actor: leader, unitCode: LEAD })).toBe(ErrorCode.InvalidTransition);

    draft(s, '宣传周已完成，附照片');
    expect(activeAssignment(s, LEAD)!.draftReturn).toBeUndefined();
    const [submitted] = run(s, 'approveDraft', { actor: leader, unitCode: LEAD }, T2);
    expect(submitted).toMatchObject({
      type: 'matter.completion_submitted',
      unitCode: LEAD,
      data: { summary: '宣传周已完成，附照片', evidence, draftedBy: `${LEAD}-liaison`, draftedAt: T1 },
    });
    expect(s.status).toBe('awaiting_verification');
    expect(activeAssignment(s, LEAD)).toMatchObject({
      status: 'submitted',
      pendingDraft: undefined,
      completion: { byUserId: `${LEAD}-leader`, draftedBy: `${LEAD}-liaison`, summary: '宣传周已完成，附照片' },
    });
  });

  it('only the leader approves or returns, and only a draft of their own unit', () => {
    const s = acknowledged();
    draft(s);
    expect(refusal(s, 'approveDraft', { actor: liaison(true), unitCode: LEAD })).toBe(ErrorCode.Forbidden);
    expect(refusal(s, 'returnDraft', { actor: liaison(true), unitCode: LEAD, reason: '改' })).toBe(ErrorCode.Forbidden);
    expect(refusal(s, 'approveDraft', { actor: office, unitCode: LEAD })).toBe(ErrorCode.Forbidden);
    const otherLeader: Actor = { ...leader, userId: 'justice-leader', unitCode: CO };
    expect(refusal(s, 'approveDraft', { actor: otherLeader, unitCode: LEAD })).toBe(ErrorCode.Forbidden);
  });

  it('a co-unit does not draft a completion report (it contributes)', () => {
    const s = acknowledged();
    expect(refusal(s, 'draftCompletion', { actor: liaison(true, CO), unitCode: CO, summary: '稿', evidence })).toBe(
      ErrorCode.InvalidCommand,
    );
  });

  it('a leader who submits directly while a draft waits lets the draft lapse', () => {
    const s = acknowledged();
    draft(s);
    run(s, 'submitCompletion', { actor: leader, unitCode: LEAD, summary: '负责同志直接报送', evidence }, T2);
    expect(activeAssignment(s, LEAD)!.pendingDraft).toBeUndefined();
    expect(refusal(s, 'approveDraft', { actor: leader, unitCode: LEAD })).toBe(ErrorCode.InvalidTransition);
  });
});

const LATER = '2053-09-30';
const draftExtension = (s: MatterState, reason = '需协调省级部门，申请延期（初稿）', requestedDueDate = LATER) =>
  run(s, 'draftExtension', { actor: liaison(true), unitCode: LEAD, requestedDueDate, reason });

describe('unit drafts: the extension request (the leader signs what moves a deadline)', () => {
  it('a liaison of a unit with a leader may not request directly; a liaison-only unit may, and may not draft', () => {
    const s = acknowledged();
    const request = { unitCode: LEAD, requestedDueDate: LATER, reason: '需要更多时间' };
    expect(refusal(s, 'requestExtension', { ...request, actor: liaison(true) })).toBe(ErrorCode.LeaderApprovalRequired);
    expect(refusal(s, 'draftExtension', { ...request, actor: liaison(false) })).toBe(ErrorCode.InvalidCommand);
    expect(refusal(s, 'draftExtension', { ...request, actor: leader })).toBe(ErrorCode.InvalidCommand);
    run(s, 'requestExtension', { ...request, actor: liaison(false) });
    expect(s.pendingExtension).toMatchObject({ byUserId: `${LEAD}-liaison`, requestedDueDate: LATER });
  });

  it('the draft stays inside the unit: no request reaches the office, the due date does not move', () => {
    const s = acknowledged();
    const events = draftExtension(s);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'assignment.draft_prepared',
        unitCode: LEAD,
        data: { kind: 'extension', summary: '需协调省级部门，申请延期（初稿）', requestedDueDate: LATER },
      }),
    ]);
    expect(s.pendingExtension).toBeUndefined();
    expect(s.dueDate).toBe('2053-06-30');
    expect(activeAssignment(s, LEAD)!.pendingDraft).toMatchObject({
      kind: 'extension',
      byUserId: `${LEAD}-liaison`,
      byName: '王联络员',
      summary: '需协调省级部门，申请延期（初稿）',
      evidence: [],
      requestedDueDate: LATER,
    });
    expect(activeAssignment(s, LEAD)!.status).toBe('in_progress');
  });

  it('is checked as the request is: a date after the due date, a reason, the lead unit', () => {
    const s = acknowledged();
    expect(
      refusal(s, 'draftExtension', {
        actor: liaison(true),
        unitCode: LEAD,
        requestedDueDate: '2053-06-01',
        reason: '延期',
      }),
    ).toBe(ErrorCode.InvalidCommand);
    expect(
      refusal(s, 'draftExtension', { actor: liaison(true), unitCode: LEAD, requestedDueDate: LATER, reason: ' ' }),
    ).toBe(ErrorCode.InvalidCommand);
    expect(
      refusal(s, 'draftExtension', { actor: liaison(true, CO), unitCode: CO, requestedDueDate: LATER, reason: '延期' }),
    ).toBe(ErrorCode.InvalidCommand);
  });

  it('returned with a note, redrafted, approved: the request reaches the office as the leader’s', () => {
    const s = acknowledged();
    draftExtension(s);
    const returned = run(s, 'returnDraft', { actor: leader, unitCode: LEAD, reason: '请写明协调事项' }, T2);
    expect(returned[0]).toMatchObject({
      type: 'assignment.draft_returned',
      reason: '请写明协调事项',
      data: { kind: 'extension', requestedDueDate: LATER, draftedBy: `${LEAD}-liaison` },
    });
    expect(activeAssignment(s, LEAD)!.draftReturn).toMatchObject({ kind: 'extension', reason: '请写明协调事项' });
    expect(s.pendingExtension).toBeUndefined();

    draftExtension(s, '需与省知识产权局协调专利数据接口，申请延期至9月底');
    const approved = run(s, 'approveDraft', { actor: leader, unitCode: LEAD }, T2);
    expect(approved).toEqual([
      expect.objectContaining({
        type: 'matter.extension_requested',
        unitCode: LEAD,
        reason: '需与省知识产权局协调专利数据接口，申请延期至9月底',
        data: expect.objectContaining({
          requestedDueDate: LATER,
          currentDueDate: '2053-06-30',
          draftedBy: `${LEAD}-liaison`,
          draftedByName: '王联络员',
        }),
      }),
    ]);
    expect(s.pendingExtension).toMatchObject({ byUserId: `${LEAD}-leader`, requestedDueDate: LATER });
    const a = activeAssignment(s, LEAD)!;
    expect(a.pendingDraft).toBeUndefined();
    expect(a.draftReturn).toBeUndefined();
    expect(a.completion).toBeUndefined();
    // The office decides it as any request.
    run(s, 'decideExtension', { actor: office, approve: true, reason: '同意' }, T2);
    expect(s.dueDate).toBe(LATER);
  });

  it('one draft waits at a time: an extension draft is not made over a completion draft, nor the reverse', () => {
    const s = acknowledged();
    draft(s);
    expect(
      refusal(s, 'draftExtension', { actor: liaison(true), unitCode: LEAD, requestedDueDate: LATER, reason: '延期' }),
    ).toBe(ErrorCode.InvalidTransition);
    const t = acknowledged();
    draftExtension(t);
    expect(refusal(t, 'draftCompletion', { actor: liaison(true), unitCode: LEAD, summary: '已完成', evidence })).toBe(
      ErrorCode.InvalidTransition,
    );
    // A redraft of the same kind replaces the waiting one.
    draftExtension(t, '第二稿');
    expect(activeAssignment(t, LEAD)!.pendingDraft?.summary).toBe('第二稿');
  });

  it('a leader who requests directly while a draft of a request waits lets the draft lapse', () => {
    const s = acknowledged();
    draftExtension(s);
    run(
      s,
      'requestExtension',
      { actor: leader, unitCode: LEAD, requestedDueDate: LATER, reason: '负责同志直接申请' },
      T2,
    );
    expect(activeAssignment(s, LEAD)!.pendingDraft).toBeUndefined();
    expect(s.pendingExtension).toMatchObject({ byUserId: `${LEAD}-leader`, reason: '负责同志直接申请' });
    expect(refusal(s, 'approveDraft', { actor: leader, unitCode: LEAD })).toBe(ErrorCode.InvalidTransition);
  });
});

describe('unit drafts: the progress report (progress-draft-v1: the leader signs it too)', () => {
  const draftProgress = (s: MatterState, text = '已完成方案起草（初稿）', percent = 40, unitCode = LEAD) =>
    run(s, 'draftProgress', { actor: liaison(true, unitCode), unitCode, text, percent });
  const leaderSigns = (actor: Actor): ErrorCode | null => {
    try {
      checkLeaderSigns('reportProgress', { actor, unitCode: LEAD, text: '进展', percent: 10 });
      return null;
    } catch (err) {
      return err instanceof MatterRejection ? err.code : null;
    }
  };

  it('a liaison of a unit with a leader may not report directly (checkLeaderSigns); a liaison-only unit and the leader may', () => {
    expect(leaderSigns(liaison(true))).toBe(ErrorCode.LeaderApprovalRequired);
    expect(leaderSigns(liaison(false))).toBeNull();
    expect(leaderSigns(leader)).toBeNull();
    // The rule is the progress report's alone; the state machine's own check does not carry it (older runs replay so).
    const s = acknowledged();
    expect(() =>
      checkCommand(s, 'reportProgress', { actor: liaison(true), unitCode: LEAD, text: '进展', percent: 10 }),
    ).not.toThrow();
    // A liaison-only unit may not draft (nobody would approve it); the leader does not draft.
    expect(refusal(s, 'draftProgress', { actor: liaison(false), unitCode: LEAD, text: '进展', percent: 10 })).toBe(
      ErrorCode.InvalidCommand,
    );
    expect(refusal(s, 'draftProgress', { actor: leader, unitCode: LEAD, text: '进展', percent: 10 })).toBe(
      ErrorCode.InvalidCommand,
    );
  });

  it('is checked as a report is: a text, a whole percentage from 0 to 100, an assignment that is acknowledged', () => {
    const s = acknowledged();
    for (const bad of [
      { text: '', percent: 10 },
      { text: '进展', percent: 101 },
      { text: '进展', percent: 2.5 },
    ]) {
      expect(refusal(s, 'draftProgress', { actor: liaison(true), unitCode: LEAD, ...bad })).toBe(
        ErrorCode.InvalidCommand,
      );
    }
    const fresh = initialState(matterDefinition(2053, { leadUnitCode: LEAD, coUnitCodes: [CO] }), office, T0);
    expect(refusal(fresh, 'draftProgress', { actor: liaison(true), unitCode: LEAD, text: '进展', percent: 10 })).toBe(
      ErrorCode.InvalidTransition,
    );
  });

  it('the draft stays inside the unit: no progress is recorded until the leader approves', () => {
    const s = acknowledged();
    const events = draftProgress(s);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'assignment.draft_prepared',
        unitCode: LEAD,
        data: { kind: 'progress', summary: '已完成方案起草（初稿）', percent: 40 },
      }),
    ]);
    const a = activeAssignment(s, LEAD)!;
    expect(a.progress).toEqual([]);
    expect(a.percent).toBe(0);
    expect(a.lastProgressAt).toBeUndefined();
    expect(a.pendingDraft).toMatchObject({ kind: 'progress', summary: '已完成方案起草（初稿）', percent: 40 });
  });

  it('returned with a note, redrafted, approved: the report reaches the office as the leader’s, drafted by the liaison', () => {
    const s = acknowledged();
    draftProgress(s);
    const back = run(s, 'returnDraft', { actor: leader, unitCode: LEAD, reason: '请写明已完成的具体工作' });
    expect(back[0]).toMatchObject({
      type: 'assignment.draft_returned',
      data: { kind: 'progress', summary: '已完成方案起草（初稿）', percent: 40, draftedBy: `${LEAD}-liaison` },
    });
    expect(activeAssignment(s, LEAD)!.draftReturn).toMatchObject({
      kind: 'progress',
      reason: '请写明已完成的具体工作',
    });
    draftProgress(s, '已完成方案起草并征求3家单位意见', 50);
    const approved = run(s, 'approveDraft', { actor: leader, unitCode: LEAD }, T2);
    expect(approved).toEqual([
      expect.objectContaining({
        type: 'assignment.progress_reported',
        unitCode: LEAD,
        data: {
          text: '已完成方案起草并征求3家单位意见',
          percent: 50,
          draftedBy: `${LEAD}-liaison`,
          draftedByName: '王联络员',
          draftedAt: T1,
        },
      }),
    ]);
    const a = activeAssignment(s, LEAD)!;
    expect(a.progress).toEqual([
      { at: T2, byUserId: `${LEAD}-leader`, text: '已完成方案起草并征求3家单位意见', percent: 50 },
    ]);
    expect(a.percent).toBe(50);
    expect(a.lastProgressAt).toBe(T2);
    expect(a.pendingDraft).toBeUndefined();
    expect(a.draftReturn).toBeUndefined();
  });

  it('a co-unit drafts its progress too; one draft waits at a time; the leader reporting directly lets it lapse', () => {
    const s = acknowledged();
    run(s, 'acknowledge', { actor: liaison(true, CO), unitCode: CO }, T0);
    draftProgress(s, '配合单位进展（初稿）', 30, CO);
    expect(activeAssignment(s, CO)!.pendingDraft).toMatchObject({ kind: 'progress', percent: 30 });
    draftProgress(s);
    expect(refusal(s, 'draftCompletion', { actor: liaison(true), unitCode: LEAD, summary: '已完成', evidence })).toBe(
      ErrorCode.InvalidTransition,
    );
    run(s, 'reportProgress', { actor: leader, unitCode: LEAD, text: '负责同志直接报送', percent: 60 }, T2);
    expect(activeAssignment(s, LEAD)!.pendingDraft).toBeUndefined();
    expect(activeAssignment(s, LEAD)!.percent).toBe(60);
  });
});
