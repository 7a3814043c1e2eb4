// 考核: the per-unit score sheet of a year. Leadership instructions (批示) are never assessment content
// (2024 rules against formalism): no figure counts them and no weight can be given to them.

// Rates: a share of duties met on time; each is shown with both numbers.
export const ASSESSMENT_RATE_FIGURES = ['ackRate', 'feedbackRate', 'onTimeRate', 'summaryOnTime'] as const;
export type AssessmentRateFigure = (typeof ASSESSMENT_RATE_FIGURES)[number];

// Counts weighted per item: a bonus (information adopted) or a deduction (returns, 通报).
export const ASSESSMENT_COUNT_FIGURES = ['informationAdopted', 'returns', 'reports'] as const;
export type AssessmentCountFigure = (typeof ASSESSMENT_COUNT_FIGURES)[number];

// Shown on the sheet, never scored: contests the office upheld (their charges are withdrawn from the figures).
export type AssessmentInfoFigure = 'upheldContests';

export type AssessmentFigure = AssessmentRateFigure | AssessmentCountFigure | AssessmentInfoFigure;

export interface AssessmentWeights {
  // Points for a rate of 100%; they add up to 100 (the full score before bonuses and deductions).
  rates: Record<AssessmentRateFigure, number>;
  // Points per item: added for information adopted, subtracted for returns and 通报.
  perItem: Record<AssessmentCountFigure, number>;
}

export interface AssessmentWeightsView {
  year: number;
  weights: AssessmentWeights;
  // True when the office has not set this year's weights: the defaults apply.
  isDefault: boolean;
  setBy: string | null;
  setAt: string | null;
  reason: string | null;
}

export interface AssessmentRate {
  numerator: number;
  denominator: number;
  // numerator / denominator to three decimals; null when nothing was due (scored as full marks).
  rate: number | null;
}

export interface AssessmentRow {
  unitCode: string;
  ordinal: number;
  nameZh: string;
  // 签收及时率: assignments of the year acknowledged on time, over those acknowledged or past their window.
  ackRate: AssessmentRate;
  // 反馈及时率: acknowledged assignments of the year with no missed progress report, over all acknowledged.
  feedbackRate: AssessmentRate;
  // 按期办结率: matters it leads, due in the year, closed on time, over those closed or overdue.
  onTimeRate: AssessmentRate;
  // 年度工作总结按时报送: 1/1 when its summary for the year came in by the campaign's due date.
  summaryOnTime: AssessmentRate;
  // Completion reports returned for rework (退回整改) on assignments of the year.
  returns: number;
  // 通报 escalations against the unit in the year.
  reports: number;
  upheldContests: number;
  // Information items (信息报送) filed in the year and adopted into a briefing.
  informationAdopted: number;
  score: number;
  // 1 is best; equal scores share a rank (1, 2, 2, 4) and are listed in the units' order.
  rank: number;
}

export interface AssessmentSheet {
  year: number;
  today: string;
  weights: AssessmentWeightsView;
  rows: AssessmentRow[];
}

// What makes a figure: the matters and the events behind it.
export interface AssessmentEvidenceEvent {
  seq: number;
  type: string;
  at: string;
  // Why (a pause's reason, a return's reason, an escalation's breach) when the event says.
  reason: string | null;
  // An escalation's level (reminder, urging, supervision, report).
  level: string | null;
}

export interface AssessmentEvidenceItem {
  // A matter (matterId set) or a filing / summary (matterId null).
  matterId: string | null;
  matterCode: string | null;
  title: string;
  // Why this item counts, in words the page shows: which deadline passed, which escalation fired.
  finding: string;
  // Does it count for (met) or against (missed) the unit.
  counts: 'met' | 'missed' | 'item';
  dueDate: string | null;
  at: string | null;
  events: AssessmentEvidenceEvent[];
}

export interface AssessmentEvidence {
  year: number;
  unitCode: string;
  figure: AssessmentFigure | 'red';
  today: string;
  items: AssessmentEvidenceItem[];
}
