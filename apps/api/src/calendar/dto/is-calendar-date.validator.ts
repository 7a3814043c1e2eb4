import { isCalendarDate } from '@app/calendar';
import { buildMessage, ValidateBy } from 'class-validator';

// A real date in YYYY-MM-DD (2026-02-30 is refused here, at the edge, rather than deep in the calendar).
export const IsCalendarDate = (): PropertyDecorator =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => isCalendarDate(value),
      defaultMessage: buildMessage((each) => `${each}$property must be a calendar date (YYYY-MM-DD)`),
    },
  });
