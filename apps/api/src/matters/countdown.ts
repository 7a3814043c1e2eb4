import type { WorkingDayCalendar } from '@app/calendar';
import type { AssignmentState, Countdown, MatterState } from '@app/contracts';

const OPEN_MATTER = new Set(['in_progress', 'awaiting_verification']);
const DONE_ASSIGNMENT = new Set(['withdrawn', 'cancelled', 'completed', 'not_done']);

// Working days from today to the end of lastDay (remaining; 0 when today is the last day), or from the end of
// lastDay to today (overdue), on the statutory calendar with the unit's own adjustments. Null when the span is
// more than the calendar counts (a date years away).
export function countdownTo(
  calendar: WorkingDayCalendar,
  today: string,
  lastDay: string,
  unitCode?: string,
): Countdown | null {
  try {
    return lastDay >= today
      ? { kind: 'remaining', workingDays: calendar.workingDaysBetween(today, lastDay, unitCode), lastDay }
      : { kind: 'overdue', workingDays: calendar.workingDaysBetween(lastDay, today, unitCode), lastDay };
  } catch (err) {
    if (err instanceof RangeError) {
      return null;
    }
    throw err;
  }
}

// The last day of a matter: its due date plus the working days its lead's clock was paused, when supervised.
export function lastDayOf(m: { dueDate: string; effectiveDueDate?: string | null }): string {
  return m.effectiveDueDate ?? m.dueDate;
}

// The matter's countdown, while it is open.
export function matterCountdown(
  m: { status: string; dueDate: string; effectiveDueDate?: string | null },
  calendar: WorkingDayCalendar,
  today: string,
): Countdown | null {
  return OPEN_MATTER.has(m.status) ? countdownTo(calendar, today, lastDayOf(m)) : null;
}

// An assignment's countdown, while the matter is open and the assignment still has work to do, on its unit's days.
export function assignmentCountdown(
  state: MatterState,
  a: AssignmentState,
  lastDay: string,
  calendar: WorkingDayCalendar,
  today: string,
): Countdown | null {
  return OPEN_MATTER.has(state.status) && !DONE_ASSIGNMENT.has(a.status)
    ? countdownTo(calendar, today, lastDay, a.unitCode)
    : null;
}
