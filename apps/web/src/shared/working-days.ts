import dayjs from 'dayjs';

import type { CalendarDay } from '../api/endpoints';
import { referenceApi } from '../api/endpoints';
import { toCalendarDate } from '../i18n/format';

export type Countdown = { kind: 'left'; days: number } | { kind: 'today' } | { kind: 'overdue'; days: number };

// The working days between today and a due date, on the statutory calendar the API serves (holidays and 调休).
export class WorkingDayCalendar {
  private readonly working = new Map<string, boolean>();

  constructor(
    readonly today: string,
    days: CalendarDay[],
  ) {
    for (const d of days) {
      this.working.set(d.date, d.working);
    }
  }

  // Working days after `from` up to and including `to`; null when the calendar does not cover the span.
  private countAfter(from: string, to: string): number | null {
    let n = 0;
    for (let d = dayjs(from).add(1, 'day'); !d.isAfter(dayjs(to)); d = d.add(1, 'day')) {
      const working = this.working.get(d.format('YYYY-MM-DD'));
      if (working === undefined) {
        return null;
      }
      n += working ? 1 : 0;
    }
    return n;
  }

  // A matter is due at the end of its due date.
  countdown(due: string): Countdown | null {
    const dueDate = toCalendarDate(due);
    if (dueDate === this.today) {
      return { kind: 'today' };
    }
    if (dueDate > this.today) {
      const days = this.countAfter(this.today, dueDate);
      return days === null ? null : { kind: 'left', days };
    }
    const days = this.countAfter(dueDate, this.today);
    return days === null ? null : { kind: 'overdue', days };
  }
}

const MAX_SPAN_DAYS = 365;

// Loads today's date and the calendar spanning today and the given dates (at most a year, the API's limit).
export async function loadWorkingDayCalendar(dates: string[], unit?: string): Promise<WorkingDayCalendar> {
  const { today } = await referenceApi.coverage();
  const all = [today, ...dates.map(toCalendarDate)].sort();
  const from = all[0];
  const last = all[all.length - 1];
  const cap = dayjs(from).add(MAX_SPAN_DAYS, 'day').format('YYYY-MM-DD');
  const to = last < cap ? last : cap;
  const days = await referenceApi.days(from, to, unit);
  return new WorkingDayCalendar(today, days);
}
