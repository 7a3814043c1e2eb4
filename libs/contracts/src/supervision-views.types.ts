import type { Page } from './api.types';
import type { CampaignUnitStatus } from './campaign.types';
import type { MatterLight, MatterStatus } from './matter.types';
import type { BreachReason, EscalationLevel } from './supervision.types';

// Read-only supervision views (督查督办) for the office and leadership: progress at a glance.

export type StatusCounts = Record<MatterStatus, number>;
export type LightCounts = Record<MatterLight, number>;
export type EscalationLevelCounts = Record<EscalationLevel, number>;

// An open matter on the overdue or near-due list. Dates are Asia/Shanghai calendar dates.
export interface SupervisedMatterItem {
  id: string;
  code: string;
  title: string;
  leadUnitCode: string;
  leadUnitNameZh: string;
  meetingId: string | null;
  status: MatterStatus;
  light: MatterLight;
  // The effective due date (the due date plus paused working days), else the due date.
  dueDate: string;
  // The date the lead unit is charged against now (the accountability model); null while the office holds the
  // matter (awaiting verification, an extension decision): then it is nobody's overdue but the office's.
  chargedDueDate: string | null;
  // Working days past the charged due date (0 when not overdue).
  daysOverdue: number;
  // Working days until the due date (0 when due today or past).
  daysLeft: number;
  // The unit of daysOverdue and daysLeft.
  dayUnit: 'working_day';
  escalationLevel: EscalationLevel | null;
  extensionPending: boolean;
  // The lead unit's handler (承办人) as it named them, on the overdue list and its workbook (absent elsewhere); the
  // office phone only to the office (null to leadership).
  leadHandler?: { name: string; phone: string | null } | null;
}

export interface SupervisedMatterPage extends Page<SupervisedMatterItem> {
  today: string;
}

export interface NearDueMatterPage extends SupervisedMatterPage {
  // Last calendar date counted as near due.
  withinDate: string;
}

export interface EscalationItem {
  matterId: string;
  matterCode: string;
  matterTitle: string;
  seq: number;
  level: EscalationLevel;
  reason: BreachReason;
  origin: 'auto' | 'manual';
  unitCode: string | null;
  unitNameZh: string | null;
  at: string;
  noticeNo: string | null;
}

export type EscalationPage = Page<EscalationItem>;

export interface UnitEscalationCounts {
  // null: escalations on the office's own turnaround, not on a unit.
  unitCode: string | null;
  unitNameZh: string | null;
  byLevel: EscalationLevelCounts;
  total: number;
}

export interface EscalationSummary {
  // Inclusive calendar-date bounds in Asia/Shanghai, null when open-ended.
  from: string | null;
  to: string | null;
  byLevel: EscalationLevelCounts;
  total: number;
  units: UnitEscalationCounts[];
}

// One member unit's record over all its assignments.
export interface UnitScorecard {
  unitCode: string;
  ordinal: number;
  nameZh: string;
  // Assignments held (re-routed-away ones excluded).
  assigned: number;
  // Open assignments on open matters.
  open: number;
  acknowledged: number;
  acknowledgedOnTime: number;
  // Assignments it is charged with and late on now: its own completion (as lead) or contribution (as co-unit)
  // past its charged due date. A co-unit that contributed is not charged for the lead's lateness.
  overdueNow: number;
  avgAckWorkingDays: number | null;
  // Matters this unit leads that are closed, and of those closed on time.
  closed: number;
  closedOnTime: number;
  // Matters it leads that are due: closed, plus open ones past their charged due date; 准时办结率 is
  // closedOnTime / due (null when none is due). A matter whose overdue charge was withdrawn on a contest (申诉)
  // is not due (nor in overdueNow).
  due: number;
  onTimeRate: number | null;
  avgCloseWorkingDays: number | null;
  // Completion reports returned for rework (退回整改).
  returns: number;
  // Escalations against the unit by level (提醒/催办/督办/通报), without those withdrawn on a contest.
  escalations: EscalationLevelCounts;
}

export interface UnitScorecardView {
  today: string;
  units: UnitScorecard[];
}

export interface MeetingProgress {
  meetingId: string;
  title: string;
  kind: string;
  heldOn: string;
  total: number;
  closed: number;
  open: number;
  overdue: number;
  byStatus: StatusCounts;
}

export interface MeetingProgressView {
  today: string;
  meetings: MeetingProgress[];
}

export interface UnitLights {
  unitCode: string;
  ordinal: number;
  nameZh: string;
  // Open assignments the unit still answers for, by its own light: red for its own breach only.
  open: number;
  byLight: LightCounts;
}

export interface MonthlyClosures {
  // YYYY-MM in Asia/Shanghai.
  month: string;
  closed: number;
  closedOnTime: number;
}

// The annual summary campaign (年度工作总结) of the latest year, as leadership follows it.
export interface CampaignProgress {
  id: string;
  year: number;
  dueDate: string;
  status: 'open' | 'completed';
  completedAt: string | null;
  // Units asked by the campaign (N), and how many stand at each status.
  total: number;
  counts: Record<CampaignUnitStatus, number>;
  // Units whose summary is not yet in (awaiting or returned), in the statutory order of the units.
  missing: { unitCode: string; nameZh: string }[];
}

// A published issue of the work briefing (工作简报 第N期).
export interface BriefingIssueRef {
  id: string;
  year: number;
  number: number;
  // 2026年第3期
  issue: string;
  title: string;
  publishedAt: string;
}

export interface BriefingsIssued {
  // The current year in Asia/Shanghai.
  year: number;
  // Issues of that year that are published.
  published: number;
  // The latest published issue of any year (highest year, then number), null before the first.
  latest: BriefingIssueRef | null;
}

// The matters part of the dashboard, read from the matter projection.
export interface LeadershipMattersSummary {
  today: string;
  generatedAt: string;
  totals: { all: number; byStatus: StatusCounts };
  // Open matters only.
  openByLight: LightCounts;
  // 准时办结率 = closedOnTime / due, where due = closed + open matters past their charged due date.
  onTime: { closed: number; closedOnTime: number; due: number; rate: number | null };
  overdue: { count: number; top: SupervisedMatterItem[] };
  escalations: {
    // Open breaches: the highest level fired on each open matter.
    openByLevel: EscalationLevelCounts;
    // Escalations fired since this calendar date (the last 30 days).
    since: string;
    recentByLevel: EscalationLevelCounts;
  };
  unitLights: UnitLights[];
  // The most recent meetings, newest first.
  meetings: MeetingProgress[];
  // The last 12 months, oldest first, the current month included.
  closuresByMonth: MonthlyClosures[];
}

// Leadership's one-call dashboard: the matters, plus the conference's own machinery (summaries, briefings).
export interface LeadershipSummary extends LeadershipMattersSummary {
  // The latest summary campaign by year, null before the first.
  campaign: CampaignProgress | null;
  briefings: BriefingsIssued;
}
