import type { Actor, SummaryCampaignState } from '@app/contracts';
import { DEFAULT_CAMPAIGN_POLICY, ErrorCode } from '@app/contracts';

import {
  acceptSummary,
  CampaignRejection,
  checkReviewSummary,
  checkSubmitSummary,
  completeIfAllAccepted,
  initialCampaignState,
  recordStepFired,
  returnSummary,
  stepPending,
  submitSummary,
} from './summary-campaign.rules';

const NOW = '2027-01-10T02:00:00.000Z';
const director: Actor = { userId: 'director', role: 'office' };
const justice: Actor = { userId: 'liaison.justice', role: 'unit', unitCode: 'justice' };
const court: Actor = { userId: 'liaison.court', role: 'unit', unitCode: 'court' };

const campaign = (): SummaryCampaignState =>
  initialCampaignState(
    {
      campaignId: 'summary-campaign-2026',
      year: 2026,
      dueDate: '2027-01-15',
      unitCodes: ['justice', 'finance', 'justice'],
      startedBy: director,
    },
    NOW,
  );

const codeOf = (fn: () => unknown): ErrorCode | undefined => {
  try {
    fn();
    return undefined;
  } catch (err) {
    if (err instanceof CampaignRejection) {
      return err.code;
    }
    throw err;
  }
};

describe('summary campaign rules', () => {
  it('starts with every unit once, awaiting, on the default policy', () => {
    const state = campaign();
    expect(state).toMatchObject({ status: 'open', seq: 1, startedAt: NOW, policy: DEFAULT_CAMPAIGN_POLICY });
    expect(state.units.map((u) => [u.unitCode, u.status])).toEqual([
      ['justice', 'awaiting'],
      ['finance', 'awaiting'],
    ]);
    expect(codeOf(() => initialCampaignState({ campaignId: 'c', year: 2026, unitCodes: [] }, NOW))).toBe(
      ErrorCode.InvalidCommand,
    );
  });

  it('lets only an asked unit submit a non-empty summary, once until it is returned', () => {
    const state = campaign();
    expect(codeOf(() => checkSubmitSummary(state, { actor: court, text: '总结', attachments: [] }))).toBe(
      ErrorCode.NotAssigned,
    );
    expect(codeOf(() => checkSubmitSummary(state, { actor: director, text: '总结', attachments: [] }))).toBe(
      ErrorCode.NotAssigned,
    );
    expect(codeOf(() => checkSubmitSummary(state, { actor: justice, text: '  ', attachments: [] }))).toBe(
      ErrorCode.InvalidCommand,
    );
    submitSummary(state, { actor: justice, text: '总结', attachments: ['a.pdf'] }, NOW);
    expect(state.units[0]).toMatchObject({ status: 'submitted', text: '总结', submittedBy: justice.userId });
    expect(codeOf(() => checkSubmitSummary(state, { actor: justice, text: '再报', attachments: [] }))).toBe(
      ErrorCode.InvalidTransition,
    );
  });

  it('has the office return with a reason or accept a submitted summary; a resubmission counts a revision', () => {
    const state = campaign();
    const review = { actor: director, unitCode: 'justice' };
    expect(codeOf(() => checkReviewSummary(state, review, false))).toBe(ErrorCode.InvalidTransition);
    submitSummary(state, { actor: justice, text: '总结', attachments: [] }, NOW);
    expect(codeOf(() => checkReviewSummary(state, { actor: justice, unitCode: 'justice' }, false))).toBe(
      ErrorCode.Forbidden,
    );
    expect(codeOf(() => checkReviewSummary(state, { ...review, unitCode: 'court' }, false))).toBe(ErrorCode.NotFound);
    expect(codeOf(() => checkReviewSummary(state, review, true))).toBe(ErrorCode.InvalidCommand);
    returnSummary(state, { ...review, reason: ' 请补充数据 ' }, NOW);
    expect(state.units[0]).toMatchObject({ status: 'returned', returnReason: '请补充数据' });
    submitSummary(state, { actor: justice, text: '修改稿', attachments: [] }, NOW);
    acceptSummary(state, review, NOW);
    expect(state.units[0]).toMatchObject({ status: 'accepted', revisions: 1, acceptedAt: NOW });
  });

  it('completes when every summary is accepted, and refuses commands afterwards', () => {
    const state = campaign();
    for (const unit of state.units) {
      const actor: Actor = { userId: `liaison.${unit.unitCode}`, role: 'unit', unitCode: unit.unitCode };
      submitSummary(state, { actor, text: '总结', attachments: [] }, NOW);
      completeIfAllAccepted(state, NOW);
      expect(state.status).toBe('open');
      acceptSummary(state, { actor: director, unitCode: unit.unitCode }, NOW);
    }
    completeIfAllAccepted(state, NOW);
    expect(state).toMatchObject({ status: 'completed', completedAt: NOW });
    expect(codeOf(() => checkSubmitSummary(state, { actor: justice, text: 'x', attachments: [] }))).toBe(
      ErrorCode.InvalidTransition,
    );
  });

  it('keeps a step pending until it fired for its level or the unit has its summary in', () => {
    const state = campaign();
    const urging = { key: 'justice:urging:2027-01-19', unitCode: 'justice', level: 'urging' as const };
    const moved = { ...urging, key: 'justice:urging:2027-01-20' };
    expect(stepPending(state, urging)).toBe(true);
    state.firedKeys.push(urging.key);
    recordStepFired(state, urging, NOW);
    // The same level on a moved day does not fire twice.
    expect(stepPending(state, moved)).toBe(false);
    expect(state.units[0]).toMatchObject({ escalationLevel: 'urging', reminders: [{ key: urging.key, at: NOW }] });
    const finance = { key: 'finance:pre:2027-01-12', unitCode: 'finance', level: 'pre' as const };
    submitSummary(state, { actor: { ...justice, unitCode: 'finance' }, text: '总结', attachments: [] }, NOW);
    expect(stepPending(state, finance)).toBe(false);
    recordStepFired(state, finance, NOW);
    expect(state.units[1]?.escalationLevel).toBeNull();
  });
});
