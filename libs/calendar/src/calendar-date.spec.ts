import {
  addDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  isCalendarDate,
  isWeekend,
  shanghaiDateOf,
  shanghaiStartOfDay,
  yearOf,
} from './calendar-date';

describe('isCalendarDate', () => {
  it.each(['2026-01-01', '2024-02-29', '2026-12-31', '1999-07-15'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2025-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-01-32',
    '2026-1-5',
    '20260105',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '0099-01-01',
    '',
  ])('rejects %j', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isCalendarDate(undefined)).toBe(false);
    expect(isCalendarDate(20260105)).toBe(false);
    expect(isCalendarDate(new Date())).toBe(false);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-05', 0, '2026-01-05'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('%s + %i = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it('throws on invalid input', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('dayOfWeek and isWeekend', () => {
  it.each([
    ['2026-01-01', 4],
    ['2026-01-04', 0],
    ['2026-02-14', 6],
    ['2025-01-26', 0],
    ['2027-01-01', 5],
  ])('%s is day %i', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });

  it('knows Saturday and Sunday only', () => {
    expect(isWeekend('2026-02-14')).toBe(true);
    expect(isWeekend('2026-02-15')).toBe(true);
    expect(isWeekend('2026-02-16')).toBe(false);
    expect(isWeekend('2026-02-13')).toBe(false);
  });
});

describe('compareDates, daysBetween, yearOf', () => {
  it('orders dates', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(() => compareDates('2026-01-02', 'soon')).toThrow(RangeError);
  });

  it('counts calendar days from a to b', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-02-13', '2026-02-24')).toBe(11);
    expect(daysBetween('2026-02-24', '2026-02-13')).toBe(-11);
    expect(daysBetween('2026-02-24', '2026-02-24')).toBe(0);
  });

  it('reads the year', () => {
    expect(yearOf('2027-03-04')).toBe(2027);
    expect(() => yearOf('2027-02-29')).toThrow(RangeError);
  });
});

describe('shanghaiDateOf', () => {
  it.each([
    ['2026-01-31T16:00:00Z', '2026-02-01'],
    ['2026-01-31T15:59:59.999Z', '2026-01-31'],
    ['2025-12-31T16:00:00Z', '2026-01-01'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
    ['2026-07-15T00:30:00-05:00', '2026-07-15'],
    ['2026-07-15T23:59:59+08:00', '2026-07-15'],
  ])('%s is %s in Shanghai', (instant, expected) => {
    expect(shanghaiDateOf(instant)).toBe(expected);
    expect(shanghaiDateOf(new Date(instant))).toBe(expected);
  });

  it('does not depend on the process time zone', () => {
    const previous = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(shanghaiDateOf('2026-01-31T16:30:00Z')).toBe('2026-02-01');
    } finally {
      if (previous === undefined) {
        delete process.env.TZ;
      } else {
        process.env.TZ = previous;
      }
    }
  });

  it('throws on an invalid instant', () => {
    expect(() => shanghaiDateOf('not a time')).toThrow(RangeError);
    expect(() => shanghaiDateOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('shanghaiStartOfDay', () => {
  it('is 16:00 UTC on the previous day', () => {
    expect(shanghaiStartOfDay('2026-02-01').toISOString()).toBe('2026-01-31T16:00:00.000Z');
    expect(shanghaiStartOfDay('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(shanghaiStartOfDay('2026-07-01').toISOString()).toBe('2026-06-30T16:00:00.000Z');
  });

  it('round-trips with shanghaiDateOf', () => {
    for (let n = 0; n < 400; n += 13) {
      const date = addDays('2025-12-01', n);
      const start = shanghaiStartOfDay(date).getTime();
      expect(shanghaiDateOf(new Date(start))).toBe(date);
      expect(shanghaiDateOf(new Date(start - 1))).toBe(addDays(date, -1));
    }
  });

  it('throws on an invalid date', () => {
    expect(() => shanghaiStartOfDay('2026-02-30')).toThrow(RangeError);
  });
});
