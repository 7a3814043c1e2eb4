import { lastDayZh } from './notification-texts';

describe(lastDayZh.name, () => {
  it('names the due date itself as the last day, with its weekday and year', () => {
    expect(lastDayZh('2026-12-04')).toBe('2026年12月4日（周五）');
    expect(lastDayZh('2027-01-03')).toBe('2027年1月3日（周日）');
  });

  it('leaves a value that is not a calendar date as it came', () => {
    expect(lastDayZh('soon')).toBe('soon');
  });
});
