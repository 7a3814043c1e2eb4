import { planDeadlines } from './deadline-planner';
import { StatutorySchedule } from './holiday-schedule';
import type { TimeProfile } from './time-profile';
import { REAL_TIME_PROFILE } from './time-profile';
import { WorkingDayCalendar } from './working-day-calendar';

const EPOCH = 1_800_000_000_000;
const calendar = new WorkingDayCalendar(new StatutorySchedule(), [
  { date: '2026-03-09', kind: 'off', scope: { unitCode: 'EDU' }, reason: '单位调休' },
]);

function compressedFrom(anchorDate: string): TimeProfile {
  return { kind: 'compressed', epochMs: EPOCH, anchorDate, dayMs: 1000 };
}

describe('planDeadlines with a compressed profile', () => {
  it('puts an acknowledgement due 2 working days after a Friday dispatch at the end of Tuesday', () => {
    // Anchor Friday 2026-01-09 at EPOCH; Sat +1s, Sun +2s, Mon +3s, Tue +4s, so Tuesday ends at +5s.
    const plan = planDeadlines({
      profile: compressedFrom('2026-01-09'),
      calendar,
      fromInstantMs: EPOCH + 400,
      rules: [{ key: 'ack', workingDays: 2, direction: 'after' }],
    });
    expect(plan).toEqual({ ack: { date: '2026-01-13', dueAtMs: EPOCH + 5000, provisional: false } });
  });

  it('keeps the shape of the Spring Festival: a Friday dispatch before it waits out the holiday', () => {
    const profile = compressedFrom('2026-02-13');
    const plan = planDeadlines({
      profile,
      calendar,
      fromInstantMs: EPOCH + 999,
      rules: [
        { key: 'ack', workingDays: 2, direction: 'after' },
        { key: 'progress', workingDays: 10, direction: 'after' },
        { key: 'yellow', workingDays: 3, direction: 'before', relativeTo: '2026-02-25' },
      ],
    });
    // Sat 02-14 is a make-up working day, 02-15..02-23 are off, so the second working day is Tue 02-24.
    expect(plan.ack).toEqual({ date: '2026-02-24', dueAtMs: EPOCH + 12_000, provisional: false });
    // 02-14, 02-24..02-28 (Sat make-up), 03-02..03-05: the tenth is Thu 03-05, 20 days after the anchor.
    expect(plan.progress).toEqual({ date: '2026-03-05', dueAtMs: EPOCH + 21_000, provisional: false });
    // Due Wed 02-25: back over 02-24, the holiday, 02-14, to Fri 02-13, whose start is the epoch itself.
    expect(plan.yellow).toEqual({ date: '2026-02-13', dueAtMs: EPOCH, provisional: false });
  });

  it("counts on the unit's own calendar when a unit code is given", () => {
    const profile = compressedFrom('2026-03-06');
    const rules = [{ key: 'ack', workingDays: 2, direction: 'after' as const }];
    expect(planDeadlines({ profile, calendar, fromInstantMs: EPOCH, rules }).ack?.date).toBe('2026-03-10');
    expect(planDeadlines({ profile, calendar, fromInstantMs: EPOCH, unitCode: 'EDU', rules }).ack).toEqual({
      date: '2026-03-11',
      dueAtMs: EPOCH + 6000,
      provisional: false,
    });
  });

  it('flags a deadline that reaches into an uncovered year', () => {
    const plan = planDeadlines({
      profile: compressedFrom('2026-12-30'),
      calendar,
      fromInstantMs: EPOCH,
      rules: [
        { key: 'ack', workingDays: 1, direction: 'after' },
        { key: 'due', workingDays: 2, direction: 'after' },
      ],
    });
    expect(plan.ack).toEqual({ date: '2026-12-31', dueAtMs: EPOCH + 2000, provisional: false });
    expect(plan.due).toEqual({ date: '2027-01-01', dueAtMs: EPOCH + 3000, provisional: true });
  });
});

describe('planDeadlines with the real profile', () => {
  it('counts from the Shanghai date of the dispatch, not the UTC one', () => {
    // Thursday 16:30 UTC is already Friday 00:30 in Shanghai.
    const plan = planDeadlines({
      profile: REAL_TIME_PROFILE,
      calendar,
      fromInstantMs: Date.parse('2026-03-05T16:30:00Z'),
      rules: [{ key: 'ack', workingDays: 2, direction: 'after' }],
    });
    expect(plan.ack).toEqual({
      date: '2026-03-10',
      dueAtMs: Date.parse('2026-03-11T00:00:00+08:00'),
      provisional: false,
    });
  });

  it('turns the yellow light on at Shanghai midnight', () => {
    const plan = planDeadlines({
      profile: REAL_TIME_PROFILE,
      calendar,
      fromInstantMs: Date.parse('2025-09-01T02:00:00Z'),
      rules: [{ key: 'yellow', workingDays: 3, direction: 'before', relativeTo: '2025-10-09' }],
    });
    expect(plan.yellow).toEqual({
      date: '2025-09-28',
      dueAtMs: Date.parse('2025-09-28T00:00:00+08:00'),
      provisional: false,
    });
  });

  it('returns an empty plan for no rules', () => {
    expect(planDeadlines({ profile: REAL_TIME_PROFILE, calendar, fromInstantMs: 0, rules: [] })).toEqual({});
  });
});

describe('planDeadlines guards', () => {
  const base = { profile: REAL_TIME_PROFILE, calendar, fromInstantMs: Date.parse('2026-03-06T02:00:00Z') };

  it('rejects a duplicate key', () => {
    const rule = { key: 'ack', workingDays: 2, direction: 'after' as const };
    expect(() => planDeadlines({ ...base, rules: [rule, rule] })).toThrow(/appears twice/);
  });

  it('rejects an invalid base date, count or direction', () => {
    expect(() =>
      planDeadlines({ ...base, rules: [{ key: 'x', workingDays: 2, direction: 'after', relativeTo: '2026-02-30' }] }),
    ).toThrow(RangeError);
    expect(() => planDeadlines({ ...base, rules: [{ key: 'x', workingDays: -2, direction: 'after' }] })).toThrow(
      RangeError,
    );
    const sideways = { key: 'x', workingDays: 2, direction: 'sideways' } as unknown as {
      key: string;
      workingDays: number;
      direction: 'after';
    };
    expect(() => planDeadlines({ ...base, rules: [sideways] })).toThrow(/unknown direction/);
    expect(() => planDeadlines({ ...base, fromInstantMs: Number.NaN, rules: [] })).toThrow(RangeError);
  });

  it('keeps odd keys as plain data', () => {
    const plan = planDeadlines({ ...base, rules: [{ key: '__proto__', workingDays: 0, direction: 'after' }] });
    expect(Object.keys(plan)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(plan)).toBe(Object.prototype);
  });
});
