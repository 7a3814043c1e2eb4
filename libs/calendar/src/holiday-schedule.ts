import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import { assertCalendarDate, isWeekend, yearOf } from './calendar-date';

export type DayKind = 'workday' | 'holiday' | 'weekend' | 'makeup_workday';

export interface DayInfo {
  kind: DayKind;
  /** The festival a holiday or make-up working day belongs to, e.g. 春节. */
  name?: string;
  /** The year has no known schedule, so the kind is only a Mon-Fri guess. */
  provisional: boolean;
}

export interface NamedDate {
  date: string;
  name: string;
}

/** One year's State Council notice, entered by the office before the package publishes it. */
export interface ManualYearSchedule {
  year: number;
  holidays: NamedDate[];
  makeupWorkdays: NamedDate[];
  documentNumber?: string;
}

/** The shape of chinese-days/dist/chinese-days.json (inLieuDays is informational and not needed here). */
export interface PackageScheduleData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export type ScheduleSource = 'package' | 'manual';

interface YearSchedule {
  source: ScheduleSource;
  documentNumber?: string;
  holidays: Map<string, string>;
  makeupWorkdays: Map<string, string>;
}

export interface StatutoryScheduleOptions {
  manualYears?: ManualYearSchedule[];
  /** Defaults to the data bundled with chinese-days; tests pass their own. */
  packageData?: PackageScheduleData;
}

export const BUNDLED_PACKAGE_DATA: PackageScheduleData = chineseDaysData;

// The package stores "Spring Festival,春节,4"; the Chinese name is what the office reads.
function festivalName(raw: string): string {
  const chinese = raw.split(',')[1]?.trim();
  return chinese ? chinese : raw;
}

function yearsFromPackage(data: PackageScheduleData): Map<number, YearSchedule> {
  const years = new Map<number, YearSchedule>();
  const yearFor = (date: string): YearSchedule => {
    const year = yearOf(date);
    let schedule = years.get(year);
    if (!schedule) {
      schedule = { source: 'package', holidays: new Map(), makeupWorkdays: new Map() };
      years.set(year, schedule);
    }
    return schedule;
  };
  for (const [date, raw] of Object.entries(data.holidays)) {
    yearFor(date).holidays.set(date, festivalName(raw));
  }
  for (const [date, raw] of Object.entries(data.workdays)) {
    yearFor(date).makeupWorkdays.set(date, festivalName(raw));
  }
  // Every real year has at least New Year's Day off; a year with make-up days only is a data fragment, not a schedule.
  for (const [year, schedule] of years) {
    if (schedule.holidays.size === 0) {
      years.delete(year);
    }
  }
  return years;
}

function yearFromManual(manual: ManualYearSchedule): YearSchedule {
  if (!Number.isInteger(manual.year) || manual.year < 1000 || manual.year > 9999) {
    throw new RangeError(`Manual schedule has an invalid year: ${manual.year}`);
  }
  const collect = (entries: NamedDate[], what: string): Map<string, string> => {
    const map = new Map<string, string>();
    for (const { date, name } of entries) {
      assertCalendarDate(date);
      // Replacement is per calendar year, so a date outside the year would silently be ignored or misfiled.
      if (yearOf(date) !== manual.year) {
        throw new RangeError(`Manual ${manual.year} schedule lists ${what} ${date} outside that year`);
      }
      if (map.has(date)) {
        throw new RangeError(`Manual ${manual.year} schedule lists ${what} ${date} twice`);
      }
      map.set(date, name);
    }
    return map;
  };
  const holidays = collect(manual.holidays, 'holiday');
  const makeupWorkdays = collect(manual.makeupWorkdays, 'make-up working day');
  if (holidays.size === 0) {
    throw new RangeError(`Manual ${manual.year} schedule has no holidays; every year has at least New Year's Day`);
  }
  for (const date of makeupWorkdays.keys()) {
    if (holidays.has(date)) {
      throw new RangeError(`Manual ${manual.year} schedule lists ${date} as both a holiday and a make-up working day`);
    }
    // 调休 only ever moves work onto a Saturday or Sunday; a weekday here is a typing error.
    if (!isWeekend(date)) {
      throw new RangeError(`Make-up working day ${date} is not a Saturday or Sunday`);
    }
  }
  return { source: 'manual', documentNumber: manual.documentNumber, holidays, makeupWorkdays };
}

/** The Chinese statutory calendar: which dates are holidays and which weekend days are worked (调休). */
export class StatutorySchedule {
  private readonly years: Map<number, YearSchedule>;

  constructor(options: StatutoryScheduleOptions = {}) {
    this.years = yearsFromPackage(options.packageData ?? BUNDLED_PACKAGE_DATA);
    const seen = new Set<number>();
    for (const manual of options.manualYears ?? []) {
      if (seen.has(manual.year)) {
        throw new RangeError(`Two manual schedules for ${manual.year}`);
      }
      seen.add(manual.year);
      // A manual notice replaces the package's year wholesale: mixing two sources would invent a schedule.
      this.years.set(manual.year, yearFromManual(manual));
    }
  }

  coveredYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  isCovered(date: string): boolean {
    return this.years.has(yearOf(date));
  }

  /** Where the year's schedule comes from, or undefined if the year is not covered. */
  sourceOf(year: number): { source: ScheduleSource; documentNumber?: string } | undefined {
    const schedule = this.years.get(year);
    return schedule && { source: schedule.source, documentNumber: schedule.documentNumber };
  }

  kindOf(date: string): DayInfo {
    const schedule = this.years.get(yearOf(date));
    const weekend = isWeekend(date);
    if (!schedule) {
      return { kind: weekend ? 'weekend' : 'workday', provisional: true };
    }
    const holiday = schedule.holidays.get(date);
    if (holiday !== undefined) {
      return { kind: 'holiday', name: holiday, provisional: false };
    }
    const makeup = schedule.makeupWorkdays.get(date);
    if (makeup !== undefined) {
      return { kind: 'makeup_workday', name: makeup, provisional: false };
    }
    return { kind: weekend ? 'weekend' : 'workday', provisional: false };
  }
}
