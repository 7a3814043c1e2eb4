import { addDays } from './calendar-date';
import type { TimeProfile } from './time-profile';
import {
  assertProfileAllowed,
  dateOfInstant,
  endOfDate,
  parseTimeProfile,
  REAL_TIME_PROFILE,
  startOfDate,
} from './time-profile';

const EPOCH = 1_767_225_600_000;
const compressed: TimeProfile = { kind: 'compressed', epochMs: EPOCH, anchorDate: '2026-01-09', dayMs: 1000 };

describe('real time profile', () => {
  it.each([
    ['2026-01-31T16:00:00.000Z', '2026-02-01'],
    ['2026-01-31T15:59:59.999Z', '2026-01-31'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
    ['2026-03-06T01:30:00.000Z', '2026-03-06'],
  ])('%s falls on %s in Shanghai', (instant, expected) => {
    expect(dateOfInstant(REAL_TIME_PROFILE, Date.parse(instant))).toBe(expected);
  });

  it('starts and ends dates at Shanghai midnight', () => {
    expect(startOfDate(REAL_TIME_PROFILE, '2026-02-01')).toBe(Date.parse('2026-01-31T16:00:00Z'));
    expect(endOfDate(REAL_TIME_PROFILE, '2026-02-01')).toBe(Date.parse('2026-02-01T16:00:00Z'));
    expect(endOfDate(REAL_TIME_PROFILE, '2026-12-31')).toBe(Date.parse('2026-12-31T16:00:00Z'));
  });

  it('maps both ends of a date back onto it', () => {
    for (let n = 0; n < 400; n += 17) {
      const date = addDays('2026-01-01', n);
      expect(dateOfInstant(REAL_TIME_PROFILE, startOfDate(REAL_TIME_PROFILE, date))).toBe(date);
      expect(dateOfInstant(REAL_TIME_PROFILE, endOfDate(REAL_TIME_PROFILE, date) - 1)).toBe(date);
    }
  });

  it('throws on an invalid instant or date', () => {
    expect(() => dateOfInstant(REAL_TIME_PROFILE, Number.NaN)).toThrow(RangeError);
    expect(() => startOfDate(REAL_TIME_PROFILE, '2026-02-30')).toThrow(RangeError);
  });
});

describe('compressed time profile', () => {
  it('maps instants onto dates, one date per dayMs from the anchor', () => {
    expect(dateOfInstant(compressed, EPOCH)).toBe('2026-01-09');
    expect(dateOfInstant(compressed, EPOCH + 999)).toBe('2026-01-09');
    expect(dateOfInstant(compressed, EPOCH + 1000)).toBe('2026-01-10');
    expect(dateOfInstant(compressed, EPOCH + 3500)).toBe('2026-01-12');
    expect(dateOfInstant(compressed, EPOCH + 23_000)).toBe('2026-02-01');
    expect(dateOfInstant(compressed, EPOCH - 1)).toBe('2026-01-08');
  });

  it('maps dates onto instants', () => {
    expect(startOfDate(compressed, '2026-01-09')).toBe(EPOCH);
    expect(startOfDate(compressed, '2026-01-12')).toBe(EPOCH + 3000);
    expect(startOfDate(compressed, '2026-01-08')).toBe(EPOCH - 1000);
    expect(endOfDate(compressed, '2026-01-09')).toBe(EPOCH + 1000);
    expect(endOfDate(compressed, '2026-01-31')).toBe(EPOCH + 23_000);
  });

  it('round-trips', () => {
    for (let n = -5; n < 60; n++) {
      const date = addDays('2026-01-09', n);
      expect(dateOfInstant(compressed, startOfDate(compressed, date))).toBe(date);
      expect(dateOfInstant(compressed, endOfDate(compressed, date) - 1)).toBe(date);
    }
  });

  it('rejects a malformed profile', () => {
    expect(() => dateOfInstant({ ...compressed, dayMs: 0 }, EPOCH)).toThrow(RangeError);
    expect(() => dateOfInstant({ ...compressed, dayMs: 2.5 }, EPOCH)).toThrow(RangeError);
    expect(() => startOfDate({ ...compressed, anchorDate: '2026-02-30' }, '2026-03-01')).toThrow(RangeError);
    expect(() => endOfDate({ ...compressed, epochMs: Number.POSITIVE_INFINITY }, '2026-03-01')).toThrow(RangeError);
  });
});

describe('assertProfileAllowed', () => {
  it('refuses a compressed profile in production', () => {
    expect(() => assertProfileAllowed(compressed, 'production')).toThrow(/not allowed/);
  });

  it('allows a compressed profile elsewhere, and the real profile everywhere', () => {
    expect(() => assertProfileAllowed(compressed, 'test')).not.toThrow();
    expect(() => assertProfileAllowed(compressed, undefined)).not.toThrow();
    expect(() => assertProfileAllowed(REAL_TIME_PROFILE, 'production')).not.toThrow();
  });
});

describe('parseTimeProfile', () => {
  it.each([undefined, '', '  ', 'real', ' real '])('reads %j as the real profile', (spec) => {
    expect(parseTimeProfile(spec, 123)).toEqual({ kind: 'real' });
  });

  it('reads a compressed spec, starting now', () => {
    expect(parseTimeProfile('compressed:2000:2026-01-05', 1_700_000_000_000)).toEqual({
      kind: 'compressed',
      epochMs: 1_700_000_000_000,
      dayMs: 2000,
      anchorDate: '2026-01-05',
    });
  });

  it.each([
    'fast',
    'compressed',
    'compressed:2000',
    'compressed:0:2026-01-05',
    'compressed:-5:2026-01-05',
    'compressed:1.5:2026-01-05',
    'compressed:abc:2026-01-05',
    'compressed:2000:2026-02-30',
    'compressed:2000:2026-1-5',
    'REAL',
  ])('rejects %j', (spec) => {
    expect(() => parseTimeProfile(spec, 0)).toThrow(RangeError);
  });
});
