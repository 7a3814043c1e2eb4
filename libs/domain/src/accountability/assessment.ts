import type { AssessmentCountFigure, AssessmentRate, AssessmentRateFigure, AssessmentWeights } from '@app/contracts';
import { ASSESSMENT_COUNT_FIGURES, ASSESSMENT_RATE_FIGURES } from '@app/contracts';

// 考核: a unit's score for a year from its counts and the office's weights. Pure.
//
// score = Σ rate weight × rate  (a rate with nothing due scores full marks: nothing was late)
//       + informationAdopted × its weight − returns × its weight − 通报 × its weight
// The rate weights add up to 100, so a unit that met every duty and has no bonus or deduction scores 100.
// Leadership instructions (批示) are not assessment content: there is no figure for them, and a weight named
// for anything outside the figures below is refused.

export const FULL_SCORE = 100;
const MAX_PER_ITEM = 100;

export const DEFAULT_ASSESSMENT_WEIGHTS: AssessmentWeights = {
  rates: { ackRate: 20, feedbackRate: 20, onTimeRate: 40, summaryOnTime: 20 },
  perItem: { informationAdopted: 1, returns: 1, reports: 5 },
};

// The direction of each per-item weight.
const SIGN: Record<AssessmentCountFigure, 1 | -1> = { informationAdopted: 1, returns: -1, reports: -1 };

export interface UnitCounts {
  unitCode: string;
  ordinal: number;
  ack: { onTime: number; due: number };
  feedback: { onTime: number; due: number };
  closure: { onTime: number; due: number };
  // 1 of 1 when the summary came in on time, 0 of 1 when late or missing, 0 of 0 when no campaign ran.
  summary: { onTime: number; due: number };
  returns: number;
  reports: number;
  informationAdopted: number;
  upheldContests: number;
}

export interface UnitScore {
  unitCode: string;
  rates: Record<AssessmentRateFigure, AssessmentRate>;
  score: number;
  rank: number;
}

export function rateOf(numerator: number, denominator: number): AssessmentRate {
  return {
    numerator,
    denominator,
    rate: denominator > 0 ? Math.round((numerator / denominator) * 1000) / 1000 : null,
  };
}

export function ratesOf(c: UnitCounts): Record<AssessmentRateFigure, AssessmentRate> {
  return {
    ackRate: rateOf(c.ack.onTime, c.ack.due),
    feedbackRate: rateOf(c.feedback.onTime, c.feedback.due),
    onTimeRate: rateOf(c.closure.onTime, c.closure.due),
    summaryOnTime: rateOf(c.summary.onTime, c.summary.due),
  };
}

// Worked in hundredths of a point so that sums of weights with two decimals stay exact.
export function scoreOf(c: UnitCounts, w: AssessmentWeights): number {
  const rates = ratesOf(c);
  let hundredths = 0;
  for (const f of ASSESSMENT_RATE_FIGURES) {
    const r = rates[f];
    const share = r.denominator > 0 ? r.numerator / r.denominator : 1;
    hundredths += Math.round(w.rates[f] * 100 * share);
  }
  for (const f of ASSESSMENT_COUNT_FIGURES) {
    hundredths += SIGN[f] * Math.round(w.perItem[f] * 100) * c[f];
  }
  return hundredths / 100;
}

// Highest score first. Equal scores share the better rank and the next rank skips (1, 2, 2, 4: competition
// ranking); within a tie the units keep their order in the conference (ordinal), so the sheet never reshuffles.
export function rankUnits(counts: readonly UnitCounts[], w: AssessmentWeights): UnitScore[] {
  const scored = counts.map((c) => ({ c, score: scoreOf(c, w) }));
  const order = [...scored].sort((a, b) => b.score - a.score || a.c.ordinal - b.c.ordinal);
  const rankOf = new Map<string, number>();
  order.forEach((s, i) => {
    const prev = order[i - 1];
    rankOf.set(s.c.unitCode, prev && prev.score === s.score ? (rankOf.get(prev.c.unitCode) ?? i + 1) : i + 1);
  });
  return scored.map(({ c, score }) => ({
    unitCode: c.unitCode,
    rates: ratesOf(c),
    score,
    rank: rankOf.get(c.unitCode) ?? counts.length,
  }));
}

export type WeightsCheck = { ok: true; weights: AssessmentWeights } | { ok: false; problems: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkGroup<K extends string>(
  value: unknown,
  group: string,
  keys: readonly K[],
  max: number,
  problems: string[],
): Record<K, number> {
  const out = {} as Record<K, number>;
  if (!isRecord(value)) {
    problems.push(`${group} must be an object with ${keys.join(', ')}.`);
    return out;
  }
  for (const extra of Object.keys(value).filter((k) => !(keys as readonly string[]).includes(k))) {
    problems.push(
      `${group}.${extra} is not an assessment figure (figures: ${keys.join(', ')}; 批示 are never assessed).`,
    );
  }
  for (const k of keys) {
    const n = value[k];
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > max || Math.round(n * 100) !== n * 100) {
      problems.push(`${group}.${k} must be a number from 0 to ${max} with at most two decimals.`);
    } else {
      out[k] = n;
    }
  }
  return out;
}

// Weights are non-negative, with at most two decimals; the rate weights add up to exactly 100 (the full score),
// per-item weights are at most 100 points each.
export function checkWeights(value: unknown): WeightsCheck {
  const problems: string[] = [];
  if (!isRecord(value)) {
    return { ok: false, problems: ['weights must be an object with rates and perItem.'] };
  }
  for (const extra of Object.keys(value).filter((k) => k !== 'rates' && k !== 'perItem')) {
    problems.push(`weights.${extra} is not a weight group (rates, perItem).`);
  }
  const rates = checkGroup(value.rates, 'rates', ASSESSMENT_RATE_FIGURES, FULL_SCORE, problems);
  const perItem = checkGroup(value.perItem, 'perItem', ASSESSMENT_COUNT_FIGURES, MAX_PER_ITEM, problems);
  if (problems.length === 0) {
    const total = ASSESSMENT_RATE_FIGURES.reduce((n, f) => n + Math.round(rates[f] * 100), 0) / 100;
    if (total !== FULL_SCORE) {
      problems.push(`The rate weights add up to ${total}; they must add up to ${FULL_SCORE} (the full score).`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, weights: { rates, perItem } };
}
