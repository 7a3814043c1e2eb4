import { formatDay, formatDeadline, lastDayOf } from '../../apps/web/src/shared/dates';

// "Today" is fixed so that the year rule is tested, not the clock.
const NOW = new Date('2026-12-02T04:00:00.000Z');

describe('console deadline dates', () => {
  it('reads an end-of-day instant (the next midnight in Beijing) as the day before it', () => {
    // Saturday 2026-12-05 00:00 +08:00 ends Friday the 4th.
    expect(lastDayOf('2026-12-04T16:00:00.000Z')).toBe('2026-12-04');
    expect(formatDeadline('2026-12-04T16:00:00.000Z', 'zh', NOW)).toBe('12月4日（周五）前');
    expect(formatDeadline('2026-12-04T16:00:00.000Z', 'en', NOW)).toBe('by Fri, Dec 4');
  });

  it('keeps an instant inside a day on that day', () => {
    expect(lastDayOf('2026-12-16T09:30:00.000Z')).toBe('2026-12-16');
    expect(formatDay('2026-12-16T09:30:00.000Z', 'zh', NOW)).toBe('12月16日（周三）');
  });

  it('shows a date-only due date as that very day with its weekday', () => {
    expect(lastDayOf('2026-12-04')).toBe('2026-12-04');
    expect(formatDay('2026-12-04', 'zh', NOW)).toBe('12月4日（周五）');
    expect(formatDeadline('2026-12-06', 'zh', NOW)).toBe('12月6日（周日）前');
  });

  it('writes the year when it is not this year', () => {
    expect(formatDay('2027-01-04', 'zh', NOW)).toBe('2027年1月4日（周一）');
    expect(formatDeadline('2027-01-04', 'en', NOW)).toBe('by Mon, Jan 4, 2027');
    // The last day of this year, given as the midnight that opens the next one, stays in this year.
    expect(formatDay('2026-12-31T16:00:00.000Z', 'zh', NOW)).toBe('12月31日（周四）');
  });

  it('shows a dash for a missing value', () => {
    expect(formatDay(null, 'zh', NOW)).toBe('—');
    expect(formatDeadline(undefined, 'en', NOW)).toBe('—');
  });
});
