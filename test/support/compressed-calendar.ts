import { dateOfInstant, parseTimeProfile, StatutorySchedule, WorkingDayCalendar } from '@app/calendar';

// The compressed calendar of this test file (see test/setup/environment.js), for computing due dates.
export function compressedToday(): string {
  return dateOfInstant(parseTimeProfile(process.env.CALENDAR_PROFILE, Date.now()), Date.now());
}

export function addWorkingDaysPreview(date: string, n: number): string {
  return new WorkingDayCalendar(new StatutorySchedule()).addWorkingDays(date, n).date;
}
