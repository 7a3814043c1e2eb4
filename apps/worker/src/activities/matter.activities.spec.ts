import type { AssignmentState, MatterState } from '@app/contracts';
import { DEFAULT_SUPERVISION_POLICY } from '@app/contracts';
import type { TimeProfile } from '@app/calendar';
import { StatutorySchedule, WorkingDayCalendar } from '@app/calendar';

import { soloMatterState } from '@app/testing/matter-state';

import { metricsOf } from './matter.activities';

// One calendar day = 1000 ms from epoch 0, which stands for Monday 2026-03-02 00:00.
const profile: TimeProfile = { kind: 'compressed', epochMs: 0, anchorDate: '2026-03-02', dayMs: 1000 };
const calendar = new WorkingDayCalendar(new StatutorySchedule());
const at = (day: number): string => new Date(day * 1000).toISOString();

const matter = (assignment: Partial<AssignmentState>, pauses: MatterState['supervision'] = undefined): MatterState =>
  soloMatterState({ at: at(0.5), dueDate: '2026-03-31', lead: assignment }, { supervision: pauses });

describe(metricsOf.name, () => {
  const supervised = (pauses: Record<string, { from: string; to?: string; reason: string }[]>) => ({
    policy: DEFAULT_SUPERVISION_POLICY,
    firedKeys: [],
    pauses,
  });

  it('counts acknowledgement time in working days, on time within the policy', () => {
    // Assigned Monday 03-02, acknowledged Thursday 03-05: 3 working days, the policy allows 2.
    const late = metricsOf(matter({ acknowledgedAt: at(3.5) }, supervised({})), calendar, profile);
    expect(late.assignments[0]).toMatchObject({ ackWorkingDays: 3, acknowledgedOnTime: false });
    const early = metricsOf(matter({ acknowledgedAt: at(1.5) }, supervised({})), calendar, profile);
    expect(early.assignments[0]).toMatchObject({ ackWorkingDays: 1, acknowledgedOnTime: true });
  });

  it("leaves out the working days the unit's clock stood still before it acknowledged", () => {
    // The unit asked to decline on Monday; the office insisted on Wednesday 03-04 (2 working days held);
    // acknowledged Thursday 03-05: 3 working days, of which 1 was the unit's own.
    const m = matter(
      { acknowledgedAt: at(3.5) },
      supervised({ justice: [{ from: at(0.6), to: at(2.5), reason: 'decline_awaiting_office' }] }),
    );
    expect(metricsOf(m, calendar, profile).assignments[0]).toMatchObject({
      ackWorkingDays: 1,
      acknowledgedOnTime: true,
    });
  });

  it('does not count pauses of another unit, or after the acknowledgement', () => {
    const m = matter(
      { acknowledgedAt: at(3.5) },
      supervised({
        finance: [{ from: at(0.6), to: at(2.5), reason: 'decline_awaiting_office' }],
        justice: [{ from: at(4.5), to: at(8.5), reason: 'extension_awaiting_decision' }],
      }),
    );
    expect(metricsOf(m, calendar, profile).assignments[0]).toMatchObject({
      ackWorkingDays: 3,
      acknowledgedOnTime: false,
    });
  });

  it('stores what the accountability model charges: the lead against its effective due date, nothing while held', () => {
    // The office held the lead's report from Tue 03-03 to Fri 03-06 (3 working days): due Fri 04-03.
    const returned = matter(
      { acknowledgedAt: at(0.6), status: 'returned' },
      supervised({ justice: [{ from: at(1.5), to: at(4.5), reason: 'completion_awaiting_verification' }] }),
    );
    expect(metricsOf(returned, calendar, profile)).toMatchObject({
      chargedDueDate: '2026-04-03',
      answerableUnitCode: 'justice',
      assignments: [{ duty: 'complete', chargedDueDate: '2026-04-03' }],
    });
    const held = matter(
      { acknowledgedAt: at(0.6), status: 'submitted' },
      supervised({ justice: [{ from: at(1.5), reason: 'completion_awaiting_verification' }] }),
    );
    expect(metricsOf({ ...held, status: 'awaiting_verification' }, calendar, profile)).toMatchObject({
      chargedDueDate: null,
      answerableUnitCode: null,
      assignments: [{ duty: 'complete', chargedDueDate: null }],
    });
  });
});
