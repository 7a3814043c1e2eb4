import type { ClockPause } from '@app/contracts';

import { pausedWorkingDays } from './clocks';

// A calendar of whole days for the arithmetic: day n is 2026-03-(n+1); every day is a working day, and
// `between` counts the days after the first instant's day up to and including the second's, as the working-day
// calendar does.
const day = (n: number, hour = 10): string => new Date(Date.UTC(2026, 2, 1 + n, hour)).toISOString();
const between = (from: string, to: string): number =>
  Math.max(0, Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000));
const pause = (from: number, to?: number, reason = 'decline_awaiting_office'): ClockPause => ({
  from: day(from),
  to: to === undefined ? undefined : day(to),
  reason,
});

describe(pausedWorkingDays.name, () => {
  it('counts closed pauses whole when no window is given, and never an open one', () => {
    expect(pausedWorkingDays([pause(1, 3), pause(5, 6), pause(8)], between)).toBe(3);
  });

  it('clips a pause that began before the last report instead of dropping it', () => {
    // Report on day 4; the extension request waited with the office from day 2 to day 7: 3 days after the report.
    expect(pausedWorkingDays([pause(2, 7, 'extension_awaiting_decision')], between, day(4))).toBe(3);
    // A pause that ended before the report counts nothing; one that began after counts whole.
    expect(pausedWorkingDays([pause(1, 3), pause(5, 6)], between, day(4))).toBe(1);
  });

  it('counts pauses inside the acknowledgement window, clipped to both ends', () => {
    // Assigned day 0, acknowledged day 9: a decline waited with the office from day 2 to day 5, and one
    // still open at the acknowledgement instant counts up to it.
    expect(pausedWorkingDays([pause(2, 5)], between, day(0), day(9))).toBe(3);
    expect(pausedWorkingDays([pause(7, 12)], between, day(0), day(9))).toBe(2);
    expect(pausedWorkingDays([pause(7)], between, day(0), day(9))).toBe(2);
    // Pauses of an earlier assignment of the same unit, before this one began, count nothing.
    expect(pausedWorkingDays([pause(-5, -1)], between, day(0), day(9))).toBe(0);
  });

  it('counts nothing for a pause that begins and ends on the same day', () => {
    expect(pausedWorkingDays([{ from: day(3, 9), to: day(3, 17), reason: 'x' }], between, day(0))).toBe(0);
  });
});
