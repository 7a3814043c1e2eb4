import type { TimeProfile } from '@app/calendar';
import { dateOfInstant, isCalendarDate, REAL_TIME_PROFILE } from '@app/calendar';
import { buildMessage, ValidateBy } from 'class-validator';

// How far ahead a due date may lie. Every deadline is planned by the calendar activity, which must be able to
// count working days to and past it (the escalation ladder runs beyond the due date); no agreed matter, extension
// or summary campaign is set a decade out, and a date like 9999-12-31 would leave the planner nothing to compute.
export const DUE_DATE_HORIZON_YEARS = 10;

// "Today" comes from the one time profile (compressed in tests), set once when the app is set up.
let profile: TimeProfile = REAL_TIME_PROFILE;
export function useDueDateProfile(p: TimeProfile): void {
  profile = p;
}

// The dates a new due date may take: from today to today + the horizon.
export function dueDateWindow(nowMs = Date.now()): { earliest: string; latest: string } {
  const earliest = dateOfInstant(profile, nowMs);
  const [y, m, d] = earliest.split('-');
  const year = String(Number(y) + DUE_DATE_HORIZON_YEARS).padStart(4, '0');
  // 29 February plus ten years is not a date: the day before is.
  const latest = m === '02' && d === '29' && !isCalendarDate(`${year}-02-29`) ? `${year}-02-28` : `${year}-${m}-${d}`;
  return { earliest, latest };
}

// A due date the product can plan: not in the past (a matter dispatched already overdue would fire its whole
// escalation ladder, 通报 included, at once) and within the horizon. A string that is not a calendar date is left
// to the field's other rules.
export const IsPlannableDueDate = (): PropertyDecorator =>
  ValidateBy({
    name: 'isPlannableDueDate',
    validator: {
      validate: (value: unknown) => {
        if (!isCalendarDate(value)) {
          return true;
        }
        const { earliest, latest } = dueDateWindow();
        return value >= earliest && value <= latest;
      },
      defaultMessage: buildMessage((each) => {
        const { earliest, latest } = dueDateWindow();
        return `${each}$property must be a date from today (${earliest}) to ${latest}`;
      }),
    },
  });
