// Annual work summaries (年度工作总结, 工作报告制度) and work briefings (工作简报, 信息报送制度).
import type { Actor } from './actor';
import type { EscalationLevel } from './supervision.types';
import { DEFAULT_LADDER } from './supervision.types';

export type CampaignUnitStatus = 'awaiting' | 'submitted' | 'returned' | 'accepted';
export const CAMPAIGN_UNIT_STATUSES: readonly CampaignUnitStatus[] = ['awaiting', 'submitted', 'returned', 'accepted'];

// When the office reminds and escalates: a reminder some working days before the due date, then the ladder
// counted in working days after it (level 0 fires when the due date ends).
export interface CampaignPolicy {
  remindBeforeWorkingDays: number;
  ladder: { level: EscalationLevel; afterWorkingDays: number }[];
}

export const DEFAULT_CAMPAIGN_POLICY: CampaignPolicy = {
  remindBeforeWorkingDays: 3,
  ladder: [...DEFAULT_LADDER],
};

export interface CampaignReminder {
  key: string;
  // 'pre' is the friendly reminder before the due date; the rest are ladder levels after it.
  level: EscalationLevel | 'pre';
  at: string;
}

// Inside the unit (summary-draft-approval-v1): the liaison's draft of the summary waiting for the unit's leader.
export interface CampaignDraft {
  text: string;
  attachments: string[];
  at: string;
  byUserId: string;
  byName?: string;
}
// One step of the work inside the unit: who, in which capacity, when, what (the draft's text) and why (the
// leader's note on a return). The office sees none of them; it sees the summary the leader approved.
export interface CampaignDraftStep {
  type: 'drafted' | 'returned' | 'approved';
  at: string;
  byUserId: string;
  byName?: string;
  capacity: string;
  text: string;
  reason?: string;
}

export interface CampaignUnitState {
  unitCode: string;
  status: CampaignUnitStatus;
  text: string | null;
  attachments: string[];
  submittedAt: string | null;
  submittedBy: string | null;
  returnedAt: string | null;
  returnReason: string | null;
  acceptedAt: string | null;
  revisions: number;
  escalationLevel: EscalationLevel | null;
  reminders: CampaignReminder[];
  // Absent on units of runs before summary-draft-approval-v1.
  draft?: CampaignDraft | null;
  draftSteps?: CampaignDraftStep[];
}

// What starts a year's summary campaign: the workflow's input and the rules' start both carry it. Each part may be
// missing in what arrives; the rules refuse a start without a year, a due date, a starter and units.
export interface SummaryCampaignStart {
  year?: number;
  dueDate?: string;
  policy?: CampaignPolicy;
  unitCodes?: string[];
  startedBy?: Actor;
  startedAt?: string;
}

export interface SummaryCampaignState {
  campaignId: string;
  year: number;
  dueDate: string;
  policy: CampaignPolicy;
  status: 'open' | 'completed';
  startedAt: string;
  startedBy: Actor;
  completedAt: string | null;
  units: CampaignUnitState[];
  firedKeys: string[];
  // Raised on every change; the projection moves rows only forward in it.
  seq: number;
}

export interface SubmitSummaryCommand {
  actor: Actor;
  text: string;
  attachments: string[];
}
export interface ReviewSummaryCommand {
  actor: Actor;
  unitCode: string;
  reason?: string;
}
// The unit's leader approves or returns the liaison's draft of the unit's own summary (a return needs a reason).
export interface SummaryDraftDecision {
  actor: Actor;
  reason?: string;
}
export interface CampaignCommandResult {
  campaign: SummaryCampaignState;
  replayed: boolean;
}

// The reminders and escalations still to come, as planned from the working-day calendar now.
export interface PlannedCampaignReminder {
  unitCode: string;
  level: EscalationLevel | 'pre';
  at: string;
}

export interface CampaignUnitView {
  unitCode: string;
  unitName: string | null;
  status: CampaignUnitStatus;
  submittedAt: string | null;
  acceptedAt: string | null;
  returnedAt: string | null;
  returnReason: string | null;
  revisions: number;
  escalationLevel: EscalationLevel | null;
  reminders: CampaignReminder[];
  text: string | null;
  attachments: string[];
  // Only to the unit itself (null / empty to the office and leadership): the draft waiting for the leader, the
  // leader's last return (its note), and every step inside the unit.
  draft: CampaignDraft | null;
  draftReturn: CampaignDraftStep | null;
  draftSteps: CampaignDraftStep[];
  // How the reader sends the unit's summary: 'draft' for a liaison of a unit with a leader account (提交本单位负责同志
  // 审核), 'direct' otherwise.
  submitAs: 'direct' | 'draft';
}

// One summary campaign in the list (GET /api/campaigns/summary), newest year first. A member unit lists only the
// campaigns that ask it, with its own summary's status.
// What the list and the campaign's own view both say of a campaign.
export interface CampaignHeadline {
  id: string;
  year: number;
  dueDate: string;
  status: 'open' | 'completed';
  startedAt: string;
  completedAt: string | null;
  counts: Record<CampaignUnitStatus, number>;
}

export interface CampaignListItem extends CampaignHeadline {
  unitCount: number;
  ownStatus?: CampaignUnitStatus;
}

export interface CampaignView extends CampaignHeadline {
  missing: string[];
  units: CampaignUnitView[];
}

export type BriefingStatus = 'draft' | 'published';

export interface BriefingItem {
  id: string | null;
  title: string;
  text: string;
  unitCode: string | null;
}

export interface BriefingFigures {
  asOf: string;
  total: number;
  open: number;
  closed: number;
  overdue: number;
  onTimeRate: number | null;
  lights: { green: number; yellow: number; red: number };
}

// One line of an issue's 通报 section: a breach escalated to 通报 since the previous issue.
export interface BriefingReportEntry {
  matterId: string;
  code: string;
  title: string;
  leadUnitCode: string;
  // The effective due date of the matter.
  dueDate: string;
  // The unit that breached (a co-unit's missed acknowledgement names the co-unit), null for the office.
  // Absent in issues compiled before this existed.
  unitCode?: string | null;
  // What was breached (BreachReason): ack_missed, progress_missed, overdue, office_turnaround, manual.
  reason?: string;
  // When it was escalated to 通报 (ISO), and the notice number if any.
  at?: string;
  noticeNo?: string | null;
}

export interface BriefingContent {
  foreword: string;
  items: BriefingItem[];
  figures: BriefingFigures;
  reports: BriefingReportEntry[];
  // The 通报 lists the breaches since this instant (ISO: the previous issue's publication), null when there was
  // none. Absent in issues compiled before this existed.
  reportsSince?: string | null;
}

export interface BriefingView extends BriefingContent {
  id: string;
  year: number;
  number: number;
  // 2026年第1期
  issue: string;
  title: string;
  status: BriefingStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  noticesSent: number;
}
