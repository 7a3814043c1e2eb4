import { addDays, assertCalendarDate, daysBetween, shanghaiDateOf, shanghaiStartOfDay } from './calendar-date';

/**
 * How instants map onto calendar dates. 'compressed' is for tests: one calendar day lasts dayMs of wall time from
 * epochMs, which is 00:00 of anchorDate. The calendar still works on dates, so weekends and holidays keep their shape.
 */
export type TimeProfile = { kind: 'real' } | { kind: 'compressed'; epochMs: number; anchorDate: string; dayMs: number };

export const REAL_TIME_PROFILE: TimeProfile = { kind: 'real' };

function assertInstant(instantMs: number): void {
  if (!Number.isFinite(instantMs)) {
    throw new RangeError(`Not a valid instant: ${instantMs}`);
  }
}

export function assertValidProfile(profile: TimeProfile): void {
  switch (profile.kind) {
    case 'real':
      return;
    case 'compressed':
      assertInstant(profile.epochMs);
      assertCalendarDate(profile.anchorDate);
      if (!Number.isSafeInteger(profile.dayMs) || profile.dayMs <= 0) {
        throw new RangeError(`Compressed profile needs a positive integer dayMs, got ${profile.dayMs}`);
      }
      return;
  }
}

/** The calendar date an instant falls on. */
export function dateOfInstant(profile: TimeProfile, instantMs: number): string {
  assertValidProfile(profile);
  assertInstant(instantMs);
  switch (profile.kind) {
    case 'real':
      return shanghaiDateOf(new Date(instantMs));
    case 'compressed':
      return addDays(profile.anchorDate, Math.floor((instantMs - profile.epochMs) / profile.dayMs));
  }
}

/** The first instant of a date (00:00 Shanghai in the real profile). */
export function startOfDate(profile: TimeProfile, date: string): number {
  assertValidProfile(profile);
  switch (profile.kind) {
    case 'real':
      return shanghaiStartOfDay(date).getTime();
    case 'compressed':
      return profile.epochMs + daysBetween(profile.anchorDate, date) * profile.dayMs;
  }
}

/** The instant a date ends, i.e. the start of the next date: something "due on D" falls due here. */
export function endOfDate(profile: TimeProfile, date: string): number {
  return startOfDate(profile, addDays(date, 1));
}

/** Production must run on real time: a compressed profile there would fire a year of reminders in an afternoon. */
export function assertProfileAllowed(profile: TimeProfile, nodeEnv: string | undefined): void {
  assertValidProfile(profile);
  if (profile.kind === 'compressed' && nodeEnv === 'production') {
    throw new Error('A compressed time profile is not allowed when NODE_ENV is production');
  }
}

const COMPRESSED_SPEC = /^compressed:(\d+):(\d{4}-\d{2}-\d{2})(?::(\d+))?$/;

/** Reads a profile from configuration: unset or 'real', or 'compressed:<dayMs>:<anchorDate>' starting at nowMs. */
export function parseTimeProfile(spec: string | undefined, nowMs: number): TimeProfile {
  const text = spec?.trim();
  // An empty environment variable means "not set", as in most .env tooling.
  if (text === undefined || text === '' || text === 'real') {
    return REAL_TIME_PROFILE;
  }
  const match = COMPRESSED_SPEC.exec(text);
  if (!match) {
    throw new RangeError(`Unrecognised time profile "${text}"; expected "real" or "compressed:<dayMs>:<YYYY-MM-DD>"`);
  }
  // Processes that must agree (API, worker, tests) pass the same explicit epoch.
  const epochMs = match[3] === undefined ? nowMs : Number(match[3]);
  const profile: TimeProfile = { kind: 'compressed', epochMs, dayMs: Number(match[1]), anchorDate: match[2] ?? '' };
  assertValidProfile(profile);
  return profile;
}
