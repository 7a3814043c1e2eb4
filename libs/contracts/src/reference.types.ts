// The reference data the console reads: member units, the lead-unit suggestion, the working-day calendar. The API's
// response classes implement these (apps/api/src/units, apps/api/src/calendar), so the two cannot drift apart.

// Units as data (issue 12): a merged or dissolved unit takes no new work; its code stays on past matters and figures.
export type UnitStatus = 'active' | 'merged' | 'dissolved';
export const UNIT_STATUSES: readonly UnitStatus[] = ['active', 'merged', 'dissolved'];

// A name the unit was called by, in use on [validFrom, validTo) (validFrom null: since the unit joined).
export interface FormerUnitNameView {
  nameZh: string;
  nameEn: string;
  validFrom: string | null;
  validTo: string;
  reason: string;
}

export interface UnitView {
  code: string;
  ordinal: number;
  nameZh: string;
  nameEn: string;
  isLeadUnit: boolean;
  dutyZh: string;
  dutyKeywords: string[];
  // Short names and aliases (区市场监督管理局: 市场监管局, 市监局…) and the pinyin initials of the name and of
  // each alias (scjdglj…), which the unit pickers and the minutes parser match.
  aliases: string[];
  initials: string[];
  status: UnitStatus;
  // The unit a merged one went into.
  mergedInto: string | null;
  // Joined the conference (null: a founding unit of the 2023 rules); stopped taking work (merged, dissolved).
  effectiveFrom: string | null;
  effectiveTo: string | null;
  // The current name is in use since (null: since the unit joined); the names before it, oldest first.
  nameSince: string | null;
  formerNames: FormerUnitNameView[];
}

export interface LeadSuggestion {
  code: string;
  nameZh: string;
  score: number;
  matched: string[];
}

export interface CalendarDay {
  date: string;
  working: boolean;
  kind: string;
  name: string | null;
  provisional: boolean;
}

export interface CalendarCoverage {
  // Today on the calendar the apps run on (the time profile's today).
  today: string;
  years: { year: number; source: string; documentNumber: string | null }[];
  provisionalYears: number[];
}

export type CalendarAdjustmentKind = 'off' | 'working';

export interface CalendarAdjustment {
  id: string;
  date: string;
  kind: CalendarAdjustmentKind;
  unitCode: string | null;
  reason: string;
  documentNumber: string | null;
  createdBy: string;
  createdAt: string;
  revokedBy: string | null;
  revokedAt: string | null;
}

export interface WorkingDaysPreview {
  from: string;
  days: number;
  unitCode: string | null;
  date: string;
  provisional: boolean;
}
