import type { Actor, SummaryCampaignState } from '@app/contracts';
import { ErrorCode } from '@app/contracts';

import { MatterRejection } from '../matters/matter-rejection';
import {
  acceptSummary,
  CampaignRejection,
  checkReviewSummary,
  initialCampaignState,
  stepPending,
  submitSummary,
} from './summary-campaign.rules';
import { approveSummaryDraft, checkDraftSummary, draftSummary, returnSummaryDraft } from './summary-drafts';

const T0 = '2054-01-10T02:00:00.000Z';
const T1 = '2054-01-11T02:00:00.000Z';
const T2 = '2054-01-12T02:00:00.000Z';
const director: Actor = { userId: 'director', role: 'office' };
const liaison = (unitHasLeader: boolean, unitCode = 'health'): Actor => ({
  userId: `${unitCode}.liaison`,
  role: 'unit',
  unitCode,
  displayName: '周联络员',
  capacityRoles: ['unit_liaison'],
  unitHasLeader,
});
const leader: Actor = {
  userId: 'health.leader',
  role: 'unit',
  unitCode: 'health',
  displayName: '陈局长',
  capacityRoles: ['unit_leader'],
};

const campaign = (): SummaryCampaignState =>
  initialCampaignState(
    {
      campaignId: 'summary-campaign-2054',
      year: 2054,
      dueDate: '2054-01-15',
      unitCodes: ['health', 'commerce-investment'],
      startedBy: director,
    },
    T0,
  );
const health = (s: SummaryCampaignState) => s.units.find((u) => u.unitCode === 'health')!;

const codeOf = (fn: () => unknown): ErrorCode | undefined => {
  try {
    fn();
    return undefined;
  } catch (err) {
    if (err instanceof CampaignRejection || err instanceof MatterRejection) {
      return err.code;
    }
    throw err;
  }
};

describe('summary drafts: the liaison drafts the unit summary, the leader approves', () => {
  it('a liaison of a unit with a leader account may not submit directly', () => {
    const s = campaign();
    expect(codeOf(() => submitSummary(s, { actor: liaison(true), text: '总结', attachments: [] }, T1))).toBe(
      ErrorCode.LeaderApprovalRequired,
    );
    expect(health(s).status).toBe('awaiting');
  });

  it('a liaison-only unit submits directly and does not draft', () => {
    const s = campaign();
    const solo = liaison(false, 'commerce-investment');
    expect(codeOf(() => checkDraftSummary(s, { actor: solo, text: '稿', attachments: [] }))).toBe(
      ErrorCode.InvalidCommand,
    );
    submitSummary(s, { actor: solo, text: '总结', attachments: [] }, T1);
    expect(s.units.find((u) => u.unitCode === 'commerce-investment')).toMatchObject({
      status: 'submitted',
      submittedBy: solo.userId,
    });
  });

  it('draft → return with a note → redraft → approve: every step recorded, the office sees the approved one', () => {
    const s = campaign();
    draftSummary(s, { actor: liaison(true), text: '初稿', attachments: [] }, T1);
    expect(health(s)).toMatchObject({
      status: 'awaiting',
      text: null,
      draft: { text: '初稿', byUserId: 'health.liaison', byName: '周联络员', at: T1 },
    });
    // Still missing for the office: the reminders go on charging the unit, and there is nothing to review.
    expect(stepPending(s, { key: 'health:reminder:2054-01-16', unitCode: 'health', level: 'reminder' })).toBe(true);
    expect(codeOf(() => checkReviewSummary(s, { actor: director, unitCode: 'health' }, false))).toBe(
      ErrorCode.InvalidTransition,
    );

    expect(codeOf(() => returnSummaryDraft(s, { actor: leader, reason: ' ' }, T1))).toBe(ErrorCode.InvalidCommand);
    expect(codeOf(() => approveSummaryDraft(s, { actor: liaison(true) }, T1))).toBe(ErrorCode.Forbidden);
    returnSummaryDraft(s, { actor: leader, reason: '请补充数据' }, T1);
    expect(health(s).draft).toBeNull();
    expect(codeOf(() => approveSummaryDraft(s, { actor: leader }, T1))).toBe(ErrorCode.InvalidTransition);

    draftSummary(s, { actor: liaison(true), text: '二稿', attachments: ['a.pdf'] }, T2);
    approveSummaryDraft(s, { actor: leader }, T2);
    expect(health(s)).toMatchObject({
      status: 'submitted',
      text: '二稿',
      attachments: ['a.pdf'],
      submittedBy: 'health.leader',
      submittedAt: T2,
      draft: null,
    });
    expect(health(s).draftSteps).toEqual([
      {
        type: 'drafted',
        at: T1,
        byUserId: 'health.liaison',
        byName: '周联络员',
        capacity: 'unit:health',
        text: '初稿',
      },
      {
        type: 'returned',
        at: T1,
        byUserId: 'health.leader',
        byName: '陈局长',
        capacity: 'unit:health',
        text: '初稿',
        reason: '请补充数据',
      },
      {
        type: 'drafted',
        at: T2,
        byUserId: 'health.liaison',
        byName: '周联络员',
        capacity: 'unit:health',
        text: '二稿',
      },
      { type: 'approved', at: T2, byUserId: 'health.leader', byName: '陈局长', capacity: 'unit:health', text: '二稿' },
    ]);
    acceptSummary(s, { actor: director, unitCode: 'health' }, T2);
    expect(health(s).status).toBe('accepted');
  });

  it('a leader of another unit decides nothing here; a draft after the summary is in is refused', () => {
    const s = campaign();
    draftSummary(s, { actor: liaison(true), text: '初稿', attachments: [] }, T1);
    const other: Actor = { ...leader, userId: 'x.leader', unitCode: 'commerce-investment' };
    expect(codeOf(() => approveSummaryDraft(s, { actor: other }, T1))).toBe(ErrorCode.InvalidTransition);
    // The leader submits directly meanwhile: the draft lapses, and no further draft is taken.
    submitSummary(s, { actor: leader, text: '负责同志直接报送', attachments: [] }, T2);
    expect(health(s).draft).toBeNull();
    expect(codeOf(() => draftSummary(s, { actor: liaison(true), text: '稿', attachments: [] }, T2))).toBe(
      ErrorCode.InvalidTransition,
    );
  });
});
