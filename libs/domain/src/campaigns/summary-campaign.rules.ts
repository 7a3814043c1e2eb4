import type {
  CampaignUnitState,
  EscalationLevel,
  ReviewSummaryCommand,
  SubmitSummaryCommand,
  SummaryCampaignStart,
  SummaryCampaignState,
} from '@app/contracts';
import { DEFAULT_CAMPAIGN_POLICY, ErrorCode } from '@app/contracts';

import { requireLeaderSigns } from '../matters/unit-drafts';

// A summary campaign's command the rules refuse. Pure: the workflow turns it into a typed Update rejection.
export class CampaignRejection extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CampaignRejection';
  }
}

const refuse = (code: ErrorCode, message: string): never => {
  throw new CampaignRejection(code, message);
};

const OFFICE_ROLES = new Set(['office']);

export interface CampaignStart extends SummaryCampaignStart {
  campaignId: string;
}

// One reminder or ladder step of one unit (CampaignTimer in the workflow API).
export interface CampaignStep {
  key: string;
  unitCode: string;
  level: EscalationLevel | 'pre';
}

export function newCampaignUnit(unitCode: string): CampaignUnitState {
  return {
    unitCode,
    status: 'awaiting',
    text: null,
    attachments: [],
    submittedAt: null,
    submittedBy: null,
    returnedAt: null,
    returnReason: null,
    acceptedAt: null,
    revisions: 0,
    escalationLevel: null,
    reminders: [],
  };
}

// 年度工作总结: one campaign per year asks every member unit (each once) for its written summary by the due date.
export function initialCampaignState(start: CampaignStart, now: string): SummaryCampaignState {
  const units = [...new Set(start.unitCodes ?? [])];
  if (!start.year || !start.dueDate || !start.startedBy || units.length === 0) {
    refuse(ErrorCode.InvalidCommand, 'A summary campaign needs a year, a due date, a starter and units.');
  }
  return {
    campaignId: start.campaignId,
    year: start.year!,
    dueDate: start.dueDate!,
    policy: start.policy ?? DEFAULT_CAMPAIGN_POLICY,
    status: 'open',
    startedAt: start.startedAt ?? now,
    startedBy: start.startedBy!,
    completedAt: null,
    units: units.map(newCampaignUnit),
    firedKeys: [],
    seq: 1,
  };
}

export const campaignUnitOf = (state: SummaryCampaignState, code: string | undefined): CampaignUnitState | undefined =>
  state.units.find((u) => u.unitCode === code);

function checkOpen(state: SummaryCampaignState): void {
  if (state.status !== 'open') {
    refuse(ErrorCode.InvalidTransition, 'The campaign is completed.');
  }
}

// A member unit asked by the campaign submits (or resubmits after a return) a non-empty summary. A liaison of a
// unit with a leader account drafts it for the leader instead (summary-drafts.ts).
export function checkSubmitSummary(state: SummaryCampaignState, cmd: SubmitSummaryCommand): CampaignUnitState {
  const unit = checkSummaryInput(state, cmd);
  requireLeaderSigns(cmd.actor, 'summary');
  return unit;
}

// The summary's own checks: the campaign open, the actor's unit asked and its summary not in, a text.
export function checkSummaryInput(state: SummaryCampaignState, cmd: SubmitSummaryCommand): CampaignUnitState {
  checkOpen(state);
  const unit = cmd.actor.role === 'unit' ? campaignUnitOf(state, cmd.actor.unitCode) : undefined;
  if (!unit) {
    return refuse(ErrorCode.NotAssigned, 'Only a member unit asked by this campaign submits a summary.');
  }
  if (unit.status === 'accepted' || unit.status === 'submitted') {
    refuse(ErrorCode.InvalidTransition, `The summary is already ${unit.status}.`);
  }
  if (!cmd.text?.trim()) {
    refuse(ErrorCode.InvalidCommand, 'The summary text is empty.');
  }
  return unit;
}

// The office reviews a submitted summary; a return needs a reason.
export function checkReviewSummary(
  state: SummaryCampaignState,
  cmd: ReviewSummaryCommand,
  returning: boolean,
): CampaignUnitState {
  checkOpen(state);
  if (!OFFICE_ROLES.has(cmd.actor.role)) {
    refuse(ErrorCode.Forbidden, 'Only the office reviews summaries.');
  }
  const unit = campaignUnitOf(state, cmd.unitCode);
  if (!unit) {
    return refuse(ErrorCode.NotFound, `Unit ${cmd.unitCode} is not part of this campaign.`);
  }
  if (unit.status !== 'submitted') {
    refuse(ErrorCode.InvalidTransition, `The summary is ${unit.status}, not awaiting review.`);
  }
  if (returning && !cmd.reason?.trim()) {
    refuse(ErrorCode.InvalidCommand, 'A return needs a reason.');
  }
  return unit;
}

export function submitSummary(state: SummaryCampaignState, cmd: SubmitSummaryCommand, now: string): void {
  const unit = checkSubmitSummary(state, cmd);
  Object.assign(unit, {
    status: 'submitted',
    text: cmd.text,
    attachments: cmd.attachments ?? [],
    submittedAt: now,
    submittedBy: cmd.actor.userId,
    revisions: unit.revisions + (unit.status === 'returned' ? 1 : 0),
  });
  // A draft still waiting for the leader lapses once the unit's summary is in.
  if (unit.draft) {
    unit.draft = null;
  }
}

export function returnSummary(state: SummaryCampaignState, cmd: ReviewSummaryCommand, now: string): void {
  const unit = checkReviewSummary(state, cmd, true);
  Object.assign(unit, { status: 'returned', returnedAt: now, returnReason: cmd.reason!.trim() });
}

export function acceptSummary(state: SummaryCampaignState, cmd: ReviewSummaryCommand, now: string): void {
  const unit = checkReviewSummary(state, cmd, false);
  Object.assign(unit, { status: 'accepted', acceptedAt: now });
}

// After each command: the campaign is completed once every unit's summary is accepted.
export function completeIfAllAccepted(state: SummaryCampaignState, now: string): void {
  if (state.units.every((u) => u.status === 'accepted')) {
    state.status = 'completed';
    state.completedAt = now;
  }
}

// A level fires once per unit: after a calendar change moves its day, the key's date differs.
export const stepFired = (state: SummaryCampaignState, step: CampaignStep): boolean =>
  state.firedKeys.some((k) => k.startsWith(`${step.unitCode}:${step.level}:`));

// A step is still to come while its unit has nothing in (awaiting, or returned for revision).
export function stepPending(state: SummaryCampaignState, step: CampaignStep): boolean {
  const unit = campaignUnitOf(state, step.unitCode);
  return !stepFired(state, step) && (unit?.status === 'awaiting' || unit?.status === 'returned');
}

// A reminder or ladder step went out: recorded on the unit (a ladder level also raises its escalation level).
export function recordStepFired(state: SummaryCampaignState, step: CampaignStep, now: string): void {
  const unit = campaignUnitOf(state, step.unitCode)!;
  unit.reminders.push({ key: step.key, level: step.level, at: now });
  if (step.level !== 'pre') {
    unit.escalationLevel = step.level;
  }
}
