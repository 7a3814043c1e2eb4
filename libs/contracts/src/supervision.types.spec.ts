import { DEFAULT_CAMPAIGN_POLICY } from './campaign.types';
import { DEFAULT_LADDER, DEFAULT_SUPERVISION_POLICY, ladderOf } from './supervision.types';

describe('ladderOf', () => {
  it('lists the levels given in the ladder order, whatever order they are written in', () => {
    expect(ladderOf({ supervision: 40, reminder: 0, urging: 1 })).toEqual([
      { level: 'reminder', afterWorkingDays: 0 },
      { level: 'urging', afterWorkingDays: 1 },
      { level: 'supervision', afterWorkingDays: 40 },
    ]);
    expect(ladderOf({})).toEqual([]);
  });

  it('gives the ladder of DOMAIN.md to matters and campaigns alike, as copies', () => {
    expect(DEFAULT_LADDER.map((s) => [s.level, s.afterWorkingDays])).toEqual([
      ['reminder', 0],
      ['urging', 2],
      ['supervision', 5],
      ['report', 10],
    ]);
    expect(DEFAULT_SUPERVISION_POLICY.ladder).toEqual(DEFAULT_LADDER);
    expect(DEFAULT_CAMPAIGN_POLICY.ladder).toEqual(DEFAULT_LADDER);
    expect(DEFAULT_CAMPAIGN_POLICY.ladder).not.toBe(DEFAULT_SUPERVISION_POLICY.ladder);
  });
});
