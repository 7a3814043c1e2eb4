import { StatutorySchedule, WorkingDayCalendar } from '@app/calendar';

import { provisionalDeadlineOf } from './provisional';

const schedule = new StatutorySchedule();
const calendar = new WorkingDayCalendar(schedule);
// The last year with a published schedule and the first without one.
const known = Math.max(...schedule.coveredYears());
const unknown = known + 1;

describe('provisionalDeadlineOf', () => {
  it('is null for a due date as the office set it, in a December before an unpublished year', () => {
    const m = { dueDate: `${known}-12-15`, effectiveDueDate: `${known}-12-15`, leadUnitCode: 'justice' };
    expect(provisionalDeadlineOf(m, calendar)).toBeNull();
  });

  it('is null when the office waits moved the date within a published year', () => {
    const m = { dueDate: `${known}-06-01`, effectiveDueDate: `${known}-06-05`, leadUnitCode: 'justice' };
    expect(provisionalDeadlineOf(m, calendar)).toBeNull();
  });

  it('names the unpublished year when the counted days reach into it', () => {
    const m = { dueDate: `${known}-12-29`, effectiveDueDate: `${unknown}-01-06`, leadUnitCode: 'justice' };
    const why = provisionalDeadlineOf(m, calendar);
    expect(why?.years).toEqual([unknown]);
    expect(why?.shiftedWorkingDays).toBe(calendar.workingDaysBetween(m.dueDate, m.effectiveDueDate, 'justice'));
  });

  it('is null for an unsupervised matter (no effective due date)', () => {
    expect(
      provisionalDeadlineOf({ dueDate: `${unknown}-03-01`, effectiveDueDate: null, leadUnitCode: 'x' }, calendar),
    ).toBeNull();
  });
});
