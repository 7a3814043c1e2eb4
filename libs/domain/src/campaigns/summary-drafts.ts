import type {
  CampaignUnitState,
  SubmitSummaryCommand,
  SummaryCampaignState,
  SummaryDraftDecision,
} from '@app/contracts';
import { capacityOfActor, ErrorCode } from '@app/contracts';

import { requireMayDraft, requireUnitLeader } from '../matters/unit-drafts';
import { CampaignRejection, checkSummaryInput, submitSummary } from './summary-campaign.rules';

// Work inside a unit for the annual summary (summary-draft-approval-v1), as for a matter's completion report
// (libs/domain unit-drafts.ts): the liaison of a unit with a leader account drafts the summary; the leader approves
// it (it is then the unit's submission, the leader's) or returns it with a note. The office sees the approved
// summary only: the unit's status stays awaiting (or returned) while the draft waits, so the campaign's reminders
// and ladder go on charging the unit.

type Step = NonNullable<CampaignUnitState['draftSteps']>[number];

// Every step is recorded on the unit: who, in which capacity, when, what and why.
function record(unit: CampaignUnitState, step: Omit<Step, 'capacity'>, actor: SummaryDraftDecision['actor']): void {
  (unit.draftSteps ??= []).push({ ...step, capacity: capacityOfActor(actor) });
}

export function checkDraftSummary(state: SummaryCampaignState, cmd: SubmitSummaryCommand): CampaignUnitState {
  const unit = checkSummaryInput(state, cmd);
  requireMayDraft(cmd.actor, 'summary');
  return unit;
}

export function draftSummary(state: SummaryCampaignState, cmd: SubmitSummaryCommand, now: string): void {
  const unit = checkDraftSummary(state, cmd);
  const by = { at: now, byUserId: cmd.actor.userId, byName: cmd.actor.displayName };
  unit.draft = { text: cmd.text, attachments: cmd.attachments ?? [], ...by };
  record(unit, { type: 'drafted', ...by, text: cmd.text }, cmd.actor);
}

// The leader decides on the draft of their own unit; a return needs a reason.
export function checkDraftDecision(
  state: SummaryCampaignState,
  cmd: SummaryDraftDecision,
  returning: boolean,
): CampaignUnitState {
  requireUnitLeader(cmd.actor);
  const unit = state.units.find((u) => u.unitCode === cmd.actor.unitCode);
  if (!unit?.draft) {
    throw new CampaignRejection(ErrorCode.InvalidTransition, "No draft of your unit's summary waits for approval.");
  }
  if (returning && !cmd.reason?.trim()) {
    throw new CampaignRejection(ErrorCode.InvalidCommand, 'A return needs a note: what to change.');
  }
  // Approving submits it: the summary's own checks apply, as the leader's.
  checkSummaryInput(state, { actor: cmd.actor, text: unit.draft.text, attachments: unit.draft.attachments });
  return unit;
}

export function approveSummaryDraft(state: SummaryCampaignState, cmd: SummaryDraftDecision, now: string): void {
  const unit = checkDraftDecision(state, cmd, false);
  const draft = unit.draft!;
  submitSummary(state, { actor: cmd.actor, text: draft.text, attachments: draft.attachments }, now);
  unit.draft = null;
  record(
    unit,
    { type: 'approved', at: now, byUserId: cmd.actor.userId, byName: cmd.actor.displayName, text: draft.text },
    cmd.actor,
  );
}

export function returnSummaryDraft(state: SummaryCampaignState, cmd: SummaryDraftDecision, now: string): void {
  const unit = checkDraftDecision(state, cmd, true);
  const draft = unit.draft!;
  unit.draft = null;
  record(
    unit,
    {
      type: 'returned',
      at: now,
      byUserId: cmd.actor.userId,
      byName: cmd.actor.displayName,
      text: draft.text,
      reason: cmd.reason!.trim(),
    },
    cmd.actor,
  );
}
