import { shanghaiDate } from './shanghai-date';

describe('shanghaiDate', () => {
  it.each([
    ['2026-01-31T16:30:00Z', '2026-02-01'],
    ['2026-02-01T15:59:59Z', '2026-02-01'],
    ['2026-02-01T16:00:00Z', '2026-02-02'],
    ['2026-01-31T15:59:59.999Z', '2026-01-31'],
    ['2026-01-31T16:00:00.000Z', '2026-02-01'],
    ['2025-12-31T16:00:00Z', '2026-01-01'],
    ['2025-12-31T15:59:59Z', '2025-12-31'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
    ['2026-03-02T02:00:00.000Z', '2026-03-02'],
    ['2026-07-15T20:00:00+08:00', '2026-07-15'],
    ['2026-07-15T00:30:00-05:00', '2026-07-15'],
  ])('%s is %s in Shanghai', (instant, expected) => {
    expect(shanghaiDate(new Date(instant))).toBe(expected);
  });

  it('has no daylight saving time: midnight is 16:00 UTC in summer and winter alike', () => {
    for (const month of ['01', '04', '07', '10']) {
      expect(shanghaiDate(new Date(`2026-${month}-14T15:59:59Z`))).toBe(`2026-${month}-14`);
      expect(shanghaiDate(new Date(`2026-${month}-14T16:00:00Z`))).toBe(`2026-${month}-15`);
    }
  });

  it('always returns a zero-padded YYYY-MM-DD', () => {
    expect(shanghaiDate(new Date(Date.UTC(2026, 0, 4, 1)))).toBe('2026-01-04');
    for (let day = 0; day < 366; day += 7) {
      expect(shanghaiDate(new Date(Date.UTC(2026, 0, 1) + day * 86_400_000))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('does not depend on the process time zone', () => {
    const previous = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(shanghaiDate(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02-01');
      process.env.TZ = 'UTC';
      expect(shanghaiDate(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02-01');
    } finally {
      if (previous === undefined) {
        delete process.env.TZ;
      } else {
        process.env.TZ = previous;
      }
    }
  });

  it('throws on an invalid date rather than inventing one', () => {
    expect(() => shanghaiDate(new Date('not a date'))).toThrow(RangeError);
  });
});
