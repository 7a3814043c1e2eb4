// 事项编号: the office's yearly register of matter codes (the pattern, the next free code, a typed code's check).

// The pattern the office set (or the default while it has set none), e.g. 五联督〔{year}〕{n}号.
export interface MatterCodePatternView {
  pattern: string;
  // The pattern's code for the first number of this year, e.g. 五联督〔2026〕1号.
  example: string;
  isDefault: boolean;
  setBy: string | null;
  setAt: string | null;
  reason: string | null;
}

// The next free codes of a year in the office's pattern: `code` first, then `codes` in order (as many as asked).
export interface MatterCodeProposal {
  year: number;
  pattern: string;
  number: number;
  code: string;
  codes: string[];
}

// Whether a typed code may be used: not when a matter holds it (takenBy) or it is not a code at all. `reason` says
// why in Chinese; `matchesPattern` whether it is written in the office's pattern (a code in another layout is
// still accepted).
export interface MatterCodeCheck {
  code: string;
  available: boolean;
  reason: string | null;
  takenBy: { matterId: string; title: string } | null;
  matchesPattern: boolean;
}

// The details of a MATTER_CODE_TAKEN refusal (row: the batch row, counted from 1, when the request was a batch).
export interface MatterCodeTakenDetails {
  code: string;
  row?: number;
  takenBy: { matterId: string; title: string } | null;
}
