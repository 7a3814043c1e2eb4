import { addDays, assertCalendarDate, daysBetween } from './calendar-date';
import type { DayInfo, StatutorySchedule } from './holiday-schedule';

/** An office-entered change on top of the statutory schedule, e.g. a district-wide day off after a typhoon. */
export interface LocalAdjustment {
  date: string;
  kind: 'off' | 'working';
  scope: 'district' | { unitCode: string };
  reason: string;
  documentNumber?: string;
}

export interface WorkingDayResult {
  date: string;
  /** Some day examined lies in a year without a known statutory schedule. */
  provisional: boolean;
}

export interface WorkingDayStatus extends DayInfo {
  working: boolean;
  /** The local adjustment that decided the day, if any. */
  adjustment?: LocalAdjustment;
}

// Ten years of calendar days: far beyond any real deadline, small enough to fail fast on a runaway input.
export const MAX_SCAN_DAYS = 3660;

// How far a count of working days between two dates may reach: a century. Every date the product stores lies in
// 2000..2100, so a count between two of them always fits; a ten-year matter long overdue (or a bad row) must
// still count, not throw, since one such row would otherwise fail every overdue list it is on.
export const MAX_COUNT_DAYS = 36_600;

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Working-day count must be a non-negative integer, got ${n}`);
  }
}

function assertUnitCode(unitCode: string | undefined): void {
  if (unitCode !== undefined && (typeof unitCode !== 'string' || unitCode.trim() === '')) {
    throw new RangeError('Unit code must be a non-empty string when given');
  }
}

/** Working days for the district and each unit: the statutory schedule plus local adjustments. */
export class WorkingDayCalendar {
  private readonly district = new Map<string, LocalAdjustment>();
  private readonly byUnit = new Map<string, Map<string, LocalAdjustment>>();

  constructor(
    private readonly schedule: StatutorySchedule,
    adjustments: readonly LocalAdjustment[] = [],
  ) {
    for (const adjustment of adjustments) {
      assertCalendarDate(adjustment.date);
      if (adjustment.kind !== 'off' && adjustment.kind !== 'working') {
        throw new RangeError(`Local adjustment on ${adjustment.date} has an unknown kind: ${String(adjustment.kind)}`);
      }
      let target: Map<string, LocalAdjustment>;
      let label: string;
      if (adjustment.scope === 'district') {
        target = this.district;
        label = 'the district';
      } else if (typeof adjustment.scope === 'object' && adjustment.scope !== null) {
        const { unitCode } = adjustment.scope;
        assertUnitCode(unitCode);
        target = this.byUnit.get(unitCode) ?? new Map<string, LocalAdjustment>();
        this.byUnit.set(unitCode, target);
        label = `unit ${unitCode}`;
      } else {
        throw new RangeError(`Local adjustment on ${adjustment.date} has an invalid scope`);
      }
      // Two entries for the same day and scope are either a duplicate or a contradiction: neither should pass silently.
      if (target.has(adjustment.date)) {
        throw new RangeError(`Two local adjustments for ${label} on ${adjustment.date}`);
      }
      target.set(adjustment.date, adjustment);
    }
  }

  /** Why a day is or is not a working day; a unit's own adjustment beats the district's. */
  statusOf(date: string, unitCode?: string): WorkingDayStatus {
    assertUnitCode(unitCode);
    const info = this.schedule.kindOf(date);
    const adjustment =
      (unitCode === undefined ? undefined : this.byUnit.get(unitCode)?.get(date)) ?? this.district.get(date);
    if (adjustment) {
      return { ...info, working: adjustment.kind === 'working', adjustment };
    }
    return { ...info, working: info.kind === 'workday' || info.kind === 'makeup_workday' };
  }

  isWorkingDay(date: string, unitCode?: string): boolean {
    return this.statusOf(date, unitCode).working;
  }

  /** The n-th working day after date (date itself never counts); n = 0 is date itself or the next working day. */
  addWorkingDays(date: string, n: number, unitCode?: string): WorkingDayResult {
    return this.walk(date, n, 1, unitCode);
  }

  /** The n-th working day before date; n = 0 is date itself or the previous working day. */
  subtractWorkingDays(date: string, n: number, unitCode?: string): WorkingDayResult {
    return this.walk(date, n, -1, unitCode);
  }

  nextWorkingDay(date: string, unitCode?: string): string {
    return this.walk(date, 1, 1, unitCode).date;
  }

  previousWorkingDay(date: string, unitCode?: string): string {
    return this.walk(date, 1, -1, unitCode).date;
  }

  /** Working days in the half-open range (from, to]; 0 when to is not after from. */
  workingDaysBetween(from: string, to: string, unitCode?: string): number {
    const span = daysBetween(from, to);
    if (span > MAX_COUNT_DAYS) {
      throw new RangeError(`Range ${from}..${to} spans more than ${MAX_COUNT_DAYS} days`);
    }
    let count = 0;
    for (let offset = 1; offset <= span; offset++) {
      if (this.isWorkingDay(addDays(from, offset), unitCode)) {
        count++;
      }
    }
    return count;
  }

  private walk(date: string, n: number, step: 1 | -1, unitCode: string | undefined): WorkingDayResult {
    assertCalendarDate(date);
    assertCount(n);
    assertUnitCode(unitCode);
    // n = 0 asks "this day or the nearest working day in the direction of travel", so the day itself is examined.
    let current = n === 0 ? date : addDays(date, step);
    let remaining = Math.max(n, 1);
    let provisional = false;
    for (let scanned = 0; scanned < MAX_SCAN_DAYS; scanned++) {
      const status = this.statusOf(current, unitCode);
      provisional ||= status.provisional;
      if (status.working && --remaining === 0) {
        return { date: current, provisional };
      }
      current = addDays(current, step);
    }
    const direction = step === 1 ? 'after' : 'before';
    throw new RangeError(`No ${n}-th working day ${direction} ${date} within ${MAX_SCAN_DAYS} days`);
  }
}
