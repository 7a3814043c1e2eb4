import { assertCalendarDate } from './calendar-date';
import type { TimeProfile } from './time-profile';
import { dateOfInstant, endOfDate, startOfDate } from './time-profile';
import type { WorkingDayCalendar } from './working-day-calendar';

export interface DeadlineRule {
  key: string;
  workingDays: number;
  /** 'after': due at the end of the n-th working day after; 'before': starts at the n-th working day before. */
  direction: 'after' | 'before';
  /** A YYYY-MM-DD date to count from; defaults to the date of fromInstantMs. */
  relativeTo?: string;
}

export interface PlanDeadlinesInput {
  profile: TimeProfile;
  calendar: WorkingDayCalendar;
  fromInstantMs: number;
  unitCode?: string;
  rules: readonly DeadlineRule[];
}

export interface PlannedDeadline {
  date: string;
  dueAtMs: number;
  provisional: boolean;
}

/**
 * Turns working-day rules into absolute instants, so a workflow only has to sleep until them.
 * 'after' falls due when its date ends; 'before' (the yellow light) switches on when its date begins.
 */
export function planDeadlines(input: PlanDeadlinesInput): Record<string, PlannedDeadline> {
  const { profile, calendar, fromInstantMs, unitCode, rules } = input;
  const fromDate = dateOfInstant(profile, fromInstantMs);
  const entries: [string, PlannedDeadline][] = [];
  const keys = new Set<string>();
  for (const rule of rules) {
    if (keys.has(rule.key)) {
      throw new RangeError(`Deadline rule "${rule.key}" appears twice`);
    }
    keys.add(rule.key);
    const base = rule.relativeTo ?? fromDate;
    assertCalendarDate(base);
    switch (rule.direction) {
      case 'after': {
        const { date, provisional } = calendar.addWorkingDays(base, rule.workingDays, unitCode);
        entries.push([rule.key, { date, dueAtMs: endOfDate(profile, date), provisional }]);
        break;
      }
      case 'before': {
        const { date, provisional } = calendar.subtractWorkingDays(base, rule.workingDays, unitCode);
        entries.push([rule.key, { date, dueAtMs: startOfDate(profile, date), provisional }]);
        break;
      }
      default:
        throw new RangeError(`Deadline rule "${rule.key}" has an unknown direction: ${String(rule.direction)}`);
    }
  }
  // fromEntries defines own properties, so even a key like "__proto__" stays plain data.
  return Object.fromEntries(entries);
}
