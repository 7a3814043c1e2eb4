import type { AssignmentRole, AssignmentState, MatterState, SupervisionState } from '@app/contracts';
import { DEFAULT_SUPERVISION_POLICY } from '@app/contracts';
import { soloMatterState } from '@app/testing/matter-state';

import { StatutorySchedule } from './holiday-schedule';
import { planSupervision } from './supervision-planner';
import type { TimeProfile } from './time-profile';
import { endOfDate } from './time-profile';
import { WorkingDayCalendar } from './working-day-calendar';

// One calendar day = 1000 ms from epoch 0, which stands for Monday 2026-03-02 00:00.
const profile: TimeProfile = { kind: 'compressed', epochMs: 0, anchorDate: '2026-03-02', dayMs: 1000 };
const calendar = new WorkingDayCalendar(new StatutorySchedule());
const at = (day: number): string => new Date(day * 1000).toISOString();

const matter = (overrides: Partial<MatterState> = {}, sv: Partial<SupervisionState> = {}): MatterState =>
  soloMatterState(
    { at: at(0), dueDate: '2026-03-13', lead: { status: 'awaiting_ack' } },
    { supervision: { policy: DEFAULT_SUPERVISION_POLICY, firedKeys: [], pauses: {}, ...sv }, ...overrides },
  );

// An assignment dispatched on day 0 and acknowledged half a day later, with no report yet; `over` changes the rest.
const acknowledged = (
  unitCode: string,
  role: AssignmentRole,
  over: Partial<AssignmentState> = {},
): AssignmentState => ({
  unitCode,
  role,
  status: 'in_progress',
  assignedAt: at(0),
  acknowledgedAt: at(0.5),
  percent: 0,
  progress: [],
  returnCount: 0,
  ...over,
});

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
        assignments: [acknowledged('justice', 'lead', { lastProgressAt: at(0.5), returnCount: 1 })],
      },
      // Submitted Thursday 03-05, returned Tuesday 03-10: 3 working days (Fri, Mon, Tue) with the office.
      { pauses: { justice: [{ from: at(3.5), to: at(8.5), reason: 'completion_awaiting_verification' }] } },
    );
    const p = plan(m);
    expect(p.effectiveDueDate).toBe('2026-03-18');
    expect(p.timers.find((t) => t.key === 'overdue:2026-03-13#0')?.atMs).toBe(17_000);
    // A wait that began after the due date credits the unit too: the office's time is never the unit's.
    const late = matter(
      { assignments: m.assignments },
      { pauses: { justice: [{ from: at(13), to: at(15), reason: 'completion_awaiting_verification' }] } },
    );
    expect(plan(late).effectiveDueDate).toBe('2026-03-17');
  });

  describe("the issue's worked example: due Fri 03-13, submitted 03-11, returned 03-18, resubmitted 03-19, held to 03-25", () => {
    const lead = (status: 'submitted' | 'returned', returnCount: number, completionAt: number) =>
      acknowledged('justice', 'lead', {
        status,
        lastProgressAt: at(8.5),
        percent: 90,
        returnCount,
        completion: { at: at(completionAt), byUserId: 'u', summary: 'x', evidence: [] },
      });
    const firstWait = { from: at(9.5), to: at(16.5), reason: 'completion_awaiting_verification' };
    const fired = ['yellow:2026-03-13#0'];

    it('times the office, not the unit, while the office holds the report past the due date', () => {
      const held = matter(
        { status: 'awaiting_verification', assignments: [lead('submitted', 1, 17.5)] },
        {
          firedKeys: fired,
          pauses: { justice: [firstWait, { from: at(17.5), reason: 'completion_awaiting_verification' }] },
        },
      );
      const p = plan(held, 23_500);
      // Three working days from Thu 03-19: the office's turnaround ends with Tue 03-24 (day 23).
      expect(p.timers.map((t) => [t.key, t.atMs])).toEqual([[`office:verify:${at(17.5)}:office`, 23_000]]);
      expect(p).toMatchObject({ predictedBreachAt: null, officeBreachAt: new Date(23_000).toISOString() });
      expect(p.light).toBe('yellow');
    });

    it('returned on 03-25, the unit is not red and owes nothing yet: its due date is 03-26', () => {
      const returned = matter(
        { assignments: [lead('returned', 2, 17.5)] },
        {
          firedKeys: [...fired, `office:verify:${at(17.5)}:office`],
          pauses: {
            justice: [firstWait, { from: at(17.5), to: at(23.5), reason: 'completion_awaiting_verification' }],
          },
        },
      );
      const nowMs = 23_500;
      const p = plan(returned, nowMs);
      // 5 working days (12, 13, 16, 17, 18) then 4 (20, 23, 24, 25) with the office: Fri 03-13 + 9 = Thu 03-26.
      expect(p.effectiveDueDate).toBe('2026-03-26');
      expect(p.light).not.toBe('red');
      // Nothing fires now or earlier: no 提醒, no 催办 for the office's delay.
      expect(p.timers.filter((t) => t.atMs <= nowMs)).toEqual([]);
      const escalations = p.timers.filter((t) => t.effect.type === 'escalate' && t.key.startsWith('overdue:'));
      expect(escalations[0]).toMatchObject({ atMs: 25_000, effect: { level: 'reminder', unitCode: 'justice' } });
      expect(p.predictedBreachAt).toBe(new Date(25_000).toISOString());
    });
  });

  it('keeps the credit earned before an approved extension', () => {
    const m = matter(
      { dueDate: '2026-03-31', extensionCount: 1, dueDateSetAt: at(14) },
      { pauses: { justice: [{ from: at(3.5), to: at(8.5), reason: 'completion_awaiting_verification' }] } },
    );
    // Three working days with the office before the extension: Tue 03-31 + 3 = Fri 04-03.
    expect(plan(m).effectiveDueDate).toBe('2026-04-03');
  });

  it('runs one ladder per assignment: a lead on the overdue ladder is not escalated for a missed report', () => {
    const m = matter({ assignments: [acknowledged('justice', 'lead', { lastProgressAt: at(0.5), percent: 10 })] });
    const p = plan(m);
    // Its next report would be due at the end of Mon 03-16, after the due date Fri 03-13.
    expect(p.dueByUnit.justice?.progressDueAt).toBe(new Date(15_000).toISOString());
    expect(p.timers.filter((t) => t.key.startsWith('progress:'))).toEqual([]);
    expect(p.timers.some((t) => t.key === 'overdue:2026-03-13#0:reminder')).toBe(true);
    expect(p.predictedBreachAt).toBe(new Date(12_000).toISOString());
  });

  it("predicts the unit's own breach, and the office's turnaround apart", () => {
    const m = matter(
      {
        coUnitCodes: ['finance'],
        pendingExtension: {
          at: at(0.5),
          byUserId: 'u',
          unitCode: 'justice',
          requestedDueDate: '2026-03-31',
          reason: 'r',
        },
        assignments: [acknowledged('justice', 'lead', { percent: 10 }), acknowledged('finance', 'co')],
      },
      { pauses: { justice: [{ from: at(0.5), reason: 'extension_awaiting_decision' }] } },
    );
    const p = plan(m);
    // The office decides by the end of Thu 03-05 (day 4); the co-unit reports by the end of Mon 03-16 (day 15).
    expect(p.officeBreachAt).toBe(new Date(4_000).toISOString());
    expect(p.predictedBreachAt).toBe(new Date(15_000).toISOString());
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
          acknowledged('justice', 'lead', {
            status: 'submitted',
            percent: 100,
            completion: { at: at(1.5), byUserId: 'u', summary: 'x', evidence: [] },
          }),
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
          assignments: [acknowledged('justice', 'lead', { lastProgressAt, percent: 10 })],
        },
        // The extension request waited with the office from Tuesday 03-03 to Tuesday 03-10.
        { pauses: { justice: [{ from: at(1.5), to: at(8.5), reason: 'extension_awaiting_decision' }] } },
      );
    // Reported on Thursday 03-05, while the request waited: Fri 03-06, Mon 03-09 and Tue 03-10 of the pause
    // came after the report, so the next report is due 10 + 3 working days after 03-05.
    const p = plan(lead(at(3.5)));
    expect(p.dueByUnit.justice?.progressDueAt).toBe(
      new Date(endOfDate(profile, calendar.addWorkingDays('2026-03-05', 13).date)).toISOString(),
    );
    // A report after the pause ended owes nothing to it.
    const after = plan(lead(at(9.5)));
    expect(after.dueByUnit.justice?.progressDueAt).toBe(
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
          acknowledged('justice', 'lead', { status: 'withdrawn' }),
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
