import type { AssignmentState, ClockPause, MatterState } from '@app/contracts';
import { DEFAULT_SUPERVISION_POLICY } from '@app/contracts';

import type { AccountabilityCalendar } from './accountability';
import { accountOf, closedOnTime, effectiveDueDateOf, onTimeRate } from './accountability';

// Weekends off, every other day a working day: enough for the arithmetic (libs/calendar adds holidays).
const shift = (date: string, n: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const working = (date: string): boolean => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
const calendar: AccountabilityCalendar = {
  addWorkingDays(date, n) {
    let d = n === 0 ? date : shift(date, 1);
    for (let left = Math.max(n, 1); ; d = shift(d, 1)) {
      if (working(d) && --left === 0) {
        return { date: d, provisional: false };
      }
    }
  },
  workingDaysBetween(from, to) {
    let n = 0;
    for (let d = shift(from, 1); d <= to; d = shift(d, 1)) {
      n += working(d) ? 1 : 0;
    }
    return n;
  },
};
// Instants at 10:00 Shanghai on a date; the profile maps them back to the date.
const at = (date: string): string => new Date(`${date}T10:00:00+08:00`).toISOString();
const dateOf = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

function assignment(unitCode: string, role: 'lead' | 'co', over: Partial<AssignmentState> = {}): AssignmentState {
  return {
    unitCode,
    role,
    status: 'in_progress',
    assignedAt: at('2026-03-02'),
    acknowledgedAt: at('2026-03-03'),
    percent: 0,
    progress: [],
    returnCount: 0,
    ...over,
  };
}

function matter(over: Partial<MatterState> = {}, pauses: Record<string, ClockPause[]> = {}): MatterState {
  return {
    matterId: 'm1',
    code: 'A-1',
    title: '测试',
    description: '',
    leadUnitCode: 'finance',
    coUnitCodes: ['justice'],
    dueDate: '2026-03-13',
    originalDueDate: '2026-03-13',
    priority: 'normal',
    year: 2026,
    status: 'in_progress',
    light: 'green',
    assignments: [assignment('finance', 'lead'), assignment('justice', 'co')],
    extensionCount: 0,
    createdAt: at('2026-03-02'),
    createdBy: 'office',
    seq: 1,
    updatedAt: at('2026-03-02'),
    supervision: { policy: DEFAULT_SUPERVISION_POLICY, firedKeys: [], pauses },
    ...over,
  };
}

const verifyWait = (from: string, to?: string): ClockPause => ({
  from: at(from),
  to: to === undefined ? undefined : at(to),
  reason: 'completion_awaiting_verification',
});

const account = (m: MatterState, today: string) => accountOf({ matter: m, calendar, dateOf, today });

describe(accountOf.name, () => {
  it('charges the lead for the late completion and not the co-unit that contributed, in working days', () => {
    const m = matter({
      assignments: [
        assignment('finance', 'lead'),
        assignment('justice', 'co', {
          status: 'contributed',
          contribution: { at: at('2026-03-10'), byUserId: 'u', text: 't', evidence: [] },
        }),
      ],
    });
    // Due Fri 03-13; Wed 03-18 is three working days later (16, 17, 18).
    const a = account(m, '2026-03-18');
    expect(a.overdue).toEqual({ kind: 'overdue', dueDate: '2026-03-13', since: '2026-03-14', workingDays: 3 });
    expect(a.answerable).toEqual({ kind: 'unit', unitCode: 'finance' });
    expect(a.assignments.map((x) => [x.unitCode, x.duty, x.breach?.workingDays ?? null])).toEqual([
      ['finance', 'complete', 3],
      ['justice', 'none', null],
    ]);
  });

  it('charges a co-unit that has not contributed by the due date for its own contribution', () => {
    const a = account(matter(), '2026-03-16');
    expect(a.assignments[1]).toMatchObject({ duty: 'contribute', dueDate: '2026-03-13', breach: { workingDays: 1 } });
  });

  it("credits every office wait, before or after the due date (the issue's worked example)", () => {
    // Due Fri 03-13; submitted 03-11, returned 03-18 (5 working days: due 03-20); resubmitted 03-19, held by
    // the office until 03-25 (4 more working days: due 03-26).
    const returnedTwice = matter(
      {
        assignments: [
          assignment('finance', 'lead', { status: 'returned', returnCount: 2 }),
          assignment('justice', 'co', { status: 'contributed' }),
        ],
      },
      { finance: [verifyWait('2026-03-11', '2026-03-18'), verifyWait('2026-03-19', '2026-03-25')] },
    );
    const a = account(returnedTwice, '2026-03-25');
    expect(a).toMatchObject({
      effectiveDueDate: '2026-03-26',
      creditWorkingDays: 9,
      chargedDueDate: '2026-03-26',
      overdue: null,
    });
    expect(a.assignments[0]).toMatchObject({ duty: 'complete', clock: { state: 'running' }, breach: null });
  });

  it('holds the office, not the unit, answerable while it verifies, and times its turnaround', () => {
    const held = matter(
      {
        status: 'awaiting_verification',
        assignments: [
          assignment('finance', 'lead', {
            status: 'submitted',
            completion: { at: at('2026-03-19'), byUserId: 'u', summary: 's', evidence: [] },
          }),
          assignment('justice', 'co', { status: 'contributed' }),
        ],
      },
      { finance: [verifyWait('2026-03-11', '2026-03-18'), verifyWait('2026-03-19')] },
    );
    const a = account(held, '2026-03-25');
    expect(a.answerable).toEqual({ kind: 'office' });
    expect(a).toMatchObject({ overdue: null, chargedDueDate: null });
    expect(a.assignments[0]).toMatchObject({ clock: { state: 'paused', reason: 'completion_awaiting_verification' } });
    // Three working days from Thu 03-19: due Tue 03-24, in breach on Wed 03-25 for one working day.
    expect(a.office).toEqual([
      {
        kind: 'verify',
        unitCode: 'finance',
        since: at('2026-03-19'),
        dueDate: '2026-03-24',
        breach: { kind: 'office_turnaround', dueDate: '2026-03-24', since: '2026-03-25', workingDays: 1 },
      },
    ]);
  });

  it("keeps the credit earned before an approved extension, without crediting that extension's own wait", () => {
    const extended = matter(
      { dueDate: '2026-03-31', extensionCount: 1, dueDateSetAt: at('2026-03-24') },
      {
        finance: [
          verifyWait('2026-03-11', '2026-03-18'),
          { from: at('2026-03-20'), to: at('2026-03-24'), reason: 'extension_awaiting_decision' },
        ],
      },
    );
    // 5 working days of verification before the extension: Tue 03-31 + 5 = Tue 04-07.
    expect(effectiveDueDateOf({ matter: extended, calendar, dateOf, today: '2026-03-24' })).toEqual({
      date: '2026-04-07',
      credit: 5,
      provisional: false,
    });
  });

  it('credits the wait of a refused extension request', () => {
    const refused = matter(
      {},
      { finance: [{ from: at('2026-03-10'), to: at('2026-03-12'), reason: 'extension_awaiting_decision' }] },
    );
    expect(account(refused, '2026-03-12').effectiveDueDate).toBe('2026-03-17');
  });

  it('times a missed acknowledgement from the assignment, and says nothing once the matter is closed', () => {
    const unacked = matter({
      assignments: [assignment('finance', 'lead', { acknowledgedAt: undefined, status: 'awaiting_ack' })],
    });
    expect(account(unacked, '2026-03-06').assignments[0]).toMatchObject({
      duty: 'complete',
      dueDate: '2026-03-13',
      ackDueDate: '2026-03-04',
      breach: { kind: 'ack_missed', since: '2026-03-05', workingDays: 2 },
    });
    const closed = matter({ status: 'closed', closedAt: at('2026-03-20') });
    expect(account(closed, '2026-03-30')).toMatchObject({ answerable: null, overdue: null, office: [] });
    expect(account(closed, '2026-03-30').assignments.every((x) => x.duty === 'none')).toBe(true);
  });
});

describe(closedOnTime.name, () => {
  const closedWith = (reportDate: string, pauses: ClockPause[]): MatterState =>
    matter(
      {
        status: 'closed',
        closedAt: at('2026-03-27'),
        assignments: [
          assignment('finance', 'lead', {
            status: 'completed',
            completion: { at: at(reportDate), byUserId: 'u', summary: 's', evidence: [] },
          }),
        ],
      },
      { finance: pauses },
    );

  it('judges the accepted report against the credit earned before it', () => {
    // The worked example, verified on 03-27 after the report of 03-26: on time (due 03-26).
    const ok = closedWith('2026-03-26', [
      verifyWait('2026-03-11', '2026-03-18'),
      verifyWait('2026-03-19', '2026-03-25'),
      verifyWait('2026-03-26', '2026-03-27'),
    ]);
    expect(closedOnTime({ matter: ok, calendar, dateOf, today: '2026-03-30' })).toBe(true);
    // A report already late (Mon 03-16 after a Fri 03-13 due date) earns nothing from the wait it started.
    const late = closedWith('2026-03-16', [verifyWait('2026-03-16', '2026-03-27')]);
    expect(closedOnTime({ matter: late, calendar, dateOf, today: '2026-03-30' })).toBe(false);
  });

  it('is null for an open matter', () => {
    expect(closedOnTime({ matter: matter(), calendar, dateOf, today: '2026-03-30' })).toBeNull();
  });
});

describe(onTimeRate.name, () => {
  it('divides by the matters that are due, and is null when none is', () => {
    expect(onTimeRate(1, 2)).toBe(0.5);
    expect(onTimeRate(0, 0)).toBeNull();
  });
});
