import type { AssessmentWeights } from '@app/contracts';

import type { UnitCounts } from './assessment';
import { checkWeights, DEFAULT_ASSESSMENT_WEIGHTS, rankUnits, rateOf, scoreOf } from './assessment';

const counts = (unitCode: string, ordinal: number, over: Partial<UnitCounts> = {}): UnitCounts => ({
  unitCode,
  ordinal,
  ack: { onTime: 0, due: 0 },
  feedback: { onTime: 0, due: 0 },
  closure: { onTime: 0, due: 0 },
  summary: { onTime: 0, due: 0 },
  returns: 0,
  reports: 0,
  informationAdopted: 0,
  upheldContests: 0,
  ...over,
});

const weights: AssessmentWeights = {
  rates: { ackRate: 10, feedbackRate: 20, onTimeRate: 50, summaryOnTime: 20 },
  perItem: { informationAdopted: 0.5, returns: 1.25, reports: 3 },
};

describe('assessment scores', () => {
  it('keeps both numbers of a rate, and has no rate when nothing was due', () => {
    expect(rateOf(2, 3)).toEqual({ numerator: 2, denominator: 3, rate: 0.667 });
    expect(rateOf(0, 0)).toEqual({ numerator: 0, denominator: 0, rate: null });
  });

  it('weighs each rate, adds adopted information and subtracts returns and 通报', () => {
    const c = counts('court', 4, {
      ack: { onTime: 3, due: 4 },
      feedback: { onTime: 1, due: 2 },
      closure: { onTime: 1, due: 3 },
      summary: { onTime: 1, due: 1 },
      informationAdopted: 3,
      returns: 2,
      reports: 1,
    });
    // 10·3/4 + 20·1/2 + 50·1/3 + 20·1 = 7.5 + 10 + 16.67 + 20; + 1.5 − 2.5 − 3
    expect(scoreOf(c, weights)).toBe(50.17);
  });

  it('gives full marks for a rate with nothing due, and ignores upheld contests', () => {
    expect(scoreOf(counts('court', 4, { upheldContests: 7 }), weights)).toBe(100);
    expect(scoreOf(counts('court', 4, { closure: { onTime: 0, due: 1 } }), weights)).toBe(50);
  });

  it('ranks by score, ties share a rank and keep the units order', () => {
    const sheet = rankUnits(
      [
        counts('a', 1, { closure: { onTime: 0, due: 1 } }),
        counts('b', 2, { reports: 1 }),
        counts('c', 3, { reports: 1 }),
        counts('d', 4),
      ],
      weights,
    );
    expect(sheet.map((s) => [s.unitCode, s.score, s.rank])).toEqual([
      ['a', 50, 4],
      ['b', 97, 2],
      ['c', 97, 2],
      ['d', 100, 1],
    ]);
    expect(sheet[0]?.rates.onTimeRate).toEqual({ numerator: 0, denominator: 1, rate: 0 });
  });

  it('accepts the defaults and weights whose rate weights add up to 100', () => {
    expect(checkWeights(DEFAULT_ASSESSMENT_WEIGHTS)).toEqual({ ok: true, weights: DEFAULT_ASSESSMENT_WEIGHTS });
    expect(checkWeights(weights)).toEqual({ ok: true, weights });
  });

  it('refuses negative, fractional-cent, missing or unknown weights, and 批示', () => {
    const bad = (w: unknown): string[] => {
      const r = checkWeights(w);
      return r.ok ? [] : r.problems;
    };
    expect(bad({ ...weights, rates: { ...weights.rates, ackRate: -10, onTimeRate: 70 } })).toEqual([
      'rates.ackRate must be a number from 0 to 100 with at most two decimals.',
    ]);
    expect(bad({ ...weights, perItem: { ...weights.perItem, returns: 0.125 } })).toHaveLength(1);
    expect(bad({ ...weights, rates: { ...weights.rates, ackRate: 11 } })).toEqual([
      'The rate weights add up to 101; they must add up to 100 (the full score).',
    ]);
    expect(bad({ ...weights, perItem: { ...weights.perItem, instructions: 5 } })[0]).toContain('批示');
    expect(bad({ rates: weights.rates })).toEqual([
      'perItem must be an object with informationAdopted, returns, reports.',
    ]);
    expect(bad(null)).toHaveLength(1);
    expect(bad({ ...weights, extra: {} })).toHaveLength(1);
  });
});
