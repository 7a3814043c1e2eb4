// Dates are YYYY-MM-DD strings. A raw Date on a UTC server silently shifts a Shanghai date by a day, so every
// computation goes through Date.UTC on the parts and every instant is read in Asia/Shanghai explicitly.

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // China has had no daylight saving time since 1991.
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const SHANGHAI = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function utcMsOf(date: string): number | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March and maps years 0-99 onto 1900-1999: the round trip catches both.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return undefined;
  }
  return ms;
}

function toUtcMs(date: string): number {
  const ms = typeof date === 'string' ? utcMsOf(date) : undefined;
  if (ms === undefined) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(date)}`);
  }
  return ms;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function fromUtcMs(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) {
    throw new RangeError(`Date out of the supported range (years 1000-9999): ${date.toISOString()}`);
  }
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function assertInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`${what} must be an integer, got ${n}`);
  }
}

export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && utcMsOf(value) !== undefined;
}

export function assertCalendarDate(value: unknown): asserts value is string {
  if (!isCalendarDate(value)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(value)}`);
  }
}

export function yearOf(date: string): number {
  toUtcMs(date);
  return Number(date.slice(0, 4));
}

export function addDays(date: string, n: number): string {
  assertInteger(n, 'Day count');
  return fromUtcMs(toUtcMs(date) + n * DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
export function dayOfWeek(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Negative if a is before b, 0 if equal, positive if after. */
export function compareDates(a: string, b: string): number {
  return Math.sign(toUtcMs(a) - toUtcMs(b));
}

/** Calendar days from a to b: positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** The Asia/Shanghai calendar date of an instant, whatever the server's time zone. */
export function shanghaiDateOf(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Not a valid instant: ${String(instant)}`);
  }
  const parts = Object.fromEntries(SHANGHAI.formatToParts(date).map((part) => [part.type, part.value]));
  const result = `${parts.year}-${parts.month}-${parts.day}`;
  assertCalendarDate(result);
  return result;
}

/** 00:00 in Shanghai on the given date, i.e. 16:00 UTC on the day before. */
export function shanghaiStartOfDay(date: string): Date {
  return new Date(toUtcMs(date) - SHANGHAI_OFFSET_MS);
}
