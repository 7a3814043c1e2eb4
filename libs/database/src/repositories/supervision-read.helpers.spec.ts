import { toScorecard, zeroLevels } from './supervision-read.helpers';

const unit = { code: 'justice', ordinal: 10, nameZh: '区司法局' };

describe('toScorecard', () => {
  it('leaves a late closure whose overdue charge was withdrawn out of the matters due', () => {
    const closed = { closed: 4, on_time: 2, withdrawn: 1, avg_days: 10 };
    const card = toScorecard(unit, {}, { n: 1 }, closed, { n: 1 });
    // 4 closed − 1 withdrawn + 1 open and overdue.
    expect({ due: card.due, onTimeRate: card.onTimeRate, closed: card.closed }).toEqual({
      due: 4,
      onTimeRate: 0.5,
      closed: 4,
    });
    expect(toScorecard(unit, {}, {}, { closed: 4, on_time: 2 }, { n: 1 }).due).toBe(5);
  });

  it('carries the escalation counts per level, zero when none', () => {
    const levels = { ...zeroLevels(), supervision: 2, report: 1 };
    expect(toScorecard(unit, {}, {}, {}, {}, levels).escalations).toEqual(levels);
    expect(toScorecard(unit).escalations).toEqual(zeroLevels());
  });
});
