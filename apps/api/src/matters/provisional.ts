import type { WorkingDayCalendar } from '@app/calendar';
import { addDays, daysBetween, MAX_SCAN_DAYS, yearOf } from '@app/calendar';
import type { ProvisionalDeadline } from '@app/contracts';

// Whether the due date a matter shows is provisional, and why. A due date the office set is a fixed calendar
// date; only the working days counted onto it (the office's waits on the lead's report, decline or extension
// request, which move it to the effective due date) depend on the holiday schedule. So the date is provisional
// when one of those counted days lies in a year whose schedule is not published. The plan's own flag answers for
// every deadline it timed (the escalation ladder, progress reports, the yellow light), which reached into the next
// year for any December matter: it is not this date's.
export function provisionalDeadlineOf(
  m: { dueDate: string; effectiveDueDate: string | null; leadUnitCode: string },
  calendar: WorkingDayCalendar,
): ProvisionalDeadline | null {
  const shown = m.effectiveDueDate;
  if (!shown || shown <= m.dueDate) {
    return null;
  }
  const span = daysBetween(m.dueDate, shown);
  if (span > MAX_SCAN_DAYS) {
    return null;
  }
  const years = new Set<number>();
  let workingDays = 0;
  for (let offset = 1; offset <= span; offset++) {
    const day = addDays(m.dueDate, offset);
    const status = calendar.statusOf(day, m.leadUnitCode);
    if (status.provisional) {
      years.add(yearOf(day));
    }
    if (status.working) {
      workingDays++;
    }
  }
  return years.size > 0 ? { years: [...years].sort((a, b) => a - b), shiftedWorkingDays: workingDays } : null;
}
