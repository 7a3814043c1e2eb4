import type { MatterState, SupervisionState } from '@app/contracts';
import { DEFAULT_SUPERVISION_POLICY } from '@app/contracts';

import { StatutorySchedule } from './holiday-schedule';
import { planSupervision } from './supervision-planner';
import type { TimeProfile } from './time-profile';
import { endOfDate } from './time-profile';
import { WorkingDayCalendar } from './working-day-calendar';

// One calendar day = 1000 ms from epoch 0, which stands for Monday 2026-03-02 00:00.
const profile: TimeProfile = { kind: 'compressed', epochMs: 0, anchorDate: '2026-03-02', dayMs: 1000 };
const calendar = new WorkingDayCalendar(new StatutorySchedule());
const at = (day: number): string => new Date(day * 1000).toISOString();

function matter(overrides: Partial<MatterState> = {}, sv: Partial<SupervisionState> = {}): MatterState {
  return {
    matterId: 'm1',
    code: 'P-1',
    title: '测试',
    description: '',
    leadUnitCode: 'justice',
    coUnitCodes: [],
    dueDate: '2026-03-13',
    priority: 'normal',
    year: 2026,
    status: 'in_progress',
    light: 'green',
    originalDueDate: '2026-03-13',
    assignments: [
      {
        unitCode: 'justice',
        role: 'lead',
        status: 'awaiting_ack',
        assignedAt: at(0),
        percent: 0,
        progress: [],
        returnCount: 0,
      },
    ],
    extensionCount: 0,
    createdAt: at(0),
    createdBy: 'office',
    seq: 1,
    updatedAt: at(0),
    supervision: { policy: DEFAULT_SUPERVISION_POLICY, firedKeys: [], pauses: {}, ...sv },
    ...overrides,
  };
}

const plan = (m: MatterState, nowMs = 0) =>
  planSupervision({ matter: m, supervision: m.supervision!, calendar, profile, nowMs });

describe(planSupervision.name, () => {
  it('plans the acknowledgement ladder in working days and the lights of the due date', () => {
    const p = plan(matter());
    const byKey = Object.fromEntries(p.timers.map((t) => [t.key, t.atMs / 1000]));
    // Dispatched Monday 03-02: acknowledgement due at the end of Wednesday 03-04 (day 3).
    expect(byKey[`ack:justice:${at(0)}:reminder`]).toBe(3);
    // Urging 2 working days later: end of Friday 03-06 (day 5).
    expect(byKey[`ack:justice:${at(0)}:urging`]).toBe(5);
    // Yellow 3 working days before Friday 03-13: the start of Tuesday 03-10 (day 8); red at the end of 03-13.
    expect(byKey['yellow:2026-03-13#0']).toBe(8);
    expect(byKey['overdue:2026-03-13#0']).toBe(12);
    expect(p).toMatchObject({ effectiveDueDate: '2026-03-13', light: 'green', escalationLevel: null });
    expect(p.timers.map((t) => t.atMs)).toEqual([...p.timers.map((t) => t.atMs)].sort((a, b) => a - b));
  });

  it('leaves out fired timers and reports the highest level fired on an open breach', () => {
    const fired = [`ack:justice:${at(0)}:reminder`, `ack:justice:${at(0)}:urging`, 'yellow:2026-03-13#0'];
    const p = plan(matter({}, { firedKeys: fired }));
    expect(p.timers.map((t) => t.key)).not.toEqual(expect.arrayContaining(fired));
    expect(p).toMatchObject({ light: 'yellow', escalationLevel: 'urging' });
  });

  it('credits the lead the working days the office held its report, without re-keying fired timers', () => {
    const m = matter(
      {
        assignments: [
          {
            unitCode: 'justice',
            role: 'lead',
            status: 'in_progress',
            assignedAt: at(0),
            acknowledgedAt: at(0.5),
            lastProgressAt: at(0.5),
            percent: 0,
            progress: [],
            returnCount: 1,
          },
        ],
      },
      // Submitted Thursday 03-05, returned Tuesday 03-10: 3 working days (Fri, Mon, Tue) with the office.
      { pauses: { justice: [{ from: at(3.5), to: at(8.5), reason: 'completion_awaiting_verification' }] } },
    );
    const p = plan(m);
    expect(p.effectiveDueDate).toBe('2026-03-18');
    expect(p.timers.find((t) => t.key === 'overdue:2026-03-13#0')?.atMs).toBe(17_000);
    // A report made after the due date earns no credit.
    const late = matter(
      { assignments: m.assignments },
      { pauses: { justice: [{ from: at(13), to: at(15), reason: 'completion_awaiting_verification' }] } },
    );
    expect(plan(late).effectiveDueDate).toBe('2026-03-13');
  });

  it('gives an approved extension fresh keys, so its lights and ladder start over', () => {
    const m = matter(
      { dueDate: '2026-03-31', extensionCount: 1, dueDateSetAt: at(14) },
      { firedKeys: ['overdue:2026-03-13#0'] },
    );
    const p = plan(m);
    expect(p.light).toBe('green');
    expect(p.timers.some((t) => t.key === 'overdue:2026-03-31#1')).toBe(true);
  });

  it("stops a unit's clock while paused, and times the office instead", () => {
    const m = matter(
      {
        status: 'awaiting_verification',
        assignments: [
          {
            unitCode: 'justice',
            role: 'lead',
            status: 'submitted',
            assignedAt: at(0),
            acknowledgedAt: at(0.5),
            percent: 100,
            progress: [],
            returnCount: 0,
            completion: { at: at(1.5), byUserId: 'u', summary: 'x', evidence: [] },
          },
        ],
      },
      { pauses: { justice: [{ from: at(1.5), reason: 'completion_awaiting_verification' }] } },
    );
    const p = plan(m);
    expect(p.timers.map((t) => t.key)).toEqual([`office:verify:${at(1.5)}:office`]);
    // Verification due 3 working days after Tuesday 03-03: end of Friday 03-06.
    expect(p.timers[0]).toMatchObject({ atMs: 5000, effect: { type: 'escalate', office: true } });
  });

  it('marks deadlines in a year without a known holiday schedule as provisional', () => {
    expect(plan(matter({ dueDate: '2027-03-31' })).provisional).toBe(true);
    expect(plan(matter()).provisional).toBe(false);
  });
  it('clips a pause that began before the last progress report, instead of dropping it', () => {
    const lead = (lastProgressAt: string) =>
      matter(
        {
          assignments: [
            {
              unitCode: 'justice',
              role: 'lead',
              status: 'in_progress',
              assignedAt: at(0),
              acknowledgedAt: at(0.5),
              lastProgressAt,
              percent: 10,
              progress: [],
              returnCount: 0,
            },
          ],
        },
        // The extension request waited with the office from Tuesday 03-03 to Tuesday 03-10.
        { pauses: { justice: [{ from: at(1.5), to: at(8.5), reason: 'extension_awaiting_decision' }] } },
      );
    // Reported on Thursday 03-05, while the request waited: Fri 03-06, Mon 03-09 and Tue 03-10 of the pause
    // came after the report, so the next report is due 10 + 3 working days after 03-05.
    const p = plan(lead(at(3.5)));
    expect(p.dueByUnit.justice.progressDueAt).toBe(
      new Date(endOfDate(profile, calendar.addWorkingDays('2026-03-05', 13).date)).toISOString(),
    );
    // A report after the pause ended owes nothing to it.
    const after = plan(lead(at(9.5)));
    expect(after.dueByUnit.justice.progressDueAt).toBe(
      new Date(endOfDate(profile, calendar.addWorkingDays('2026-03-11', 10).date)).toISOString(),
    );
  });

  it("gives a new lead unit its own overdue ladder and a new assignment's grace, not its predecessor's keys", () => {
    // Justice led to the due date Friday 03-13 and went red, with a reminder; on Monday 03-16 the office made
    // finance the lead.
    const fired = ['yellow:2026-03-13#0', 'overdue:2026-03-13#0', 'overdue:2026-03-13#0:reminder'];
    const m = matter(
      {
        leadUnitCode: 'finance',
        assignments: [
          {
            unitCode: 'justice',
            role: 'lead',
            status: 'withdrawn',
            assignedAt: at(0),
            acknowledgedAt: at(0.5),
            percent: 0,
            progress: [],
            returnCount: 0,
          },
          {
            unitCode: 'finance',
            role: 'lead',
            status: 'awaiting_ack',
            assignedAt: at(14.5),
            percent: 0,
            progress: [],
            returnCount: 0,
          },
        ],
      },
      { firedKeys: fired, leadSince: at(14.5) },
    );
    const p = plan(m, 14_500);
    const key = `2026-03-13#0@finance@${at(14.5)}`;
    const byKey = Object.fromEntries(p.timers.map((t) => [t.key, t]));
    // Its acknowledgement window (2 working days) ends on Wednesday 03-18 (day 16): the overdue ladder starts
    // there, not at once, and with its own first step.
    expect(byKey[`overdue:${key}`]?.atMs).toBe(17_000);
    expect(byKey[`overdue:${key}:reminder`]).toMatchObject({
      atMs: 17_000,
      effect: { type: 'escalate', level: 'reminder', reason: 'overdue', unitCode: 'finance' },
    });
    expect(p.timers.filter((t) => t.key.startsWith('overdue:') && t.atMs < 17_000)).toEqual([]);
    expect(p).toMatchObject({ light: 'green', escalationLevel: null });
    // The predecessor's fired keys are not planned again.
    expect(p.timers.some((t) => t.key === 'overdue:2026-03-13#0:urging')).toBe(false);
  });

  it('keeps the keys of the lead at dispatch, so running matters do not re-fire', () => {
    const p = plan(matter({}, { firedKeys: ['overdue:2026-03-13#0:reminder'] }), 13_000);
    expect(p.timers.some((t) => t.key === 'overdue:2026-03-13#0:urging')).toBe(true);
    expect(p.timers.some((t) => t.key.includes('@'))).toBe(false);
  });
});
