import { StatutorySchedule, WorkingDayCalendar } from '@app/calendar';

import { awaitingAckOf, unitStatesOf } from './unit-states';

const calendar = new WorkingDayCalendar(new StatutorySchedule(), [
  { date: '2026-11-30', kind: 'off', scope: { unitCode: 'finance' }, reason: '单位调休' },
]);
const dateOf = (instant: Date | string) =>
  new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const at = '2026-11-25T02:00:00.000Z'; // Wednesday 10:00 in Beijing

describe('the board unit column', () => {
  it('maps each current assignment to its board state, leaving withdrawn and cancelled parts out', () => {
    const units = unitStatesOf(
      [
        { unitCode: 'justice', role: 'lead', status: 'returned', assignedAt: at },
        { unitCode: 'finance', role: 'co', status: 'contributed', assignedAt: at },
        { unitCode: 'health', role: 'co', status: 'withdrawn', assignedAt: at },
        { unitCode: 'court', role: 'co', status: 'decline_requested', assignedAt: at },
        { unitCode: 'statistics', role: 'co', status: 'cancelled', assignedAt: at },
      ],
      calendar,
      '2026-12-02',
      dateOf,
    );
    expect(units).toEqual([
      { unitCode: 'justice', role: 'lead', state: 'in_progress', days: null },
      { unitCode: 'finance', role: 'co', state: 'contributed', days: null },
      { unitCode: 'court', role: 'co', state: 'in_progress', days: null },
    ]);
    expect(awaitingAckOf('in_progress', units)).toBe(false);
  });

  it('counts an unsigned unit’s working days since dispatch on its own calendar', () => {
    const units = unitStatesOf(
      [
        { unitCode: 'justice', role: 'lead', status: 'awaiting_ack', assignedAt: new Date(at) },
        { unitCode: 'finance', role: 'co', status: 'awaiting_ack', assignedAt: at },
      ],
      calendar,
      '2026-12-02',
      dateOf,
    );
    // (11-25, 12-02]: 26, 27, 30 November, 1 and 2 December; finance does not work on the 30th.
    expect(units.map((u) => [u.unitCode, u.state, u.days])).toEqual([
      ['justice', 'unsigned', 5],
      ['finance', 'unsigned', 4],
    ]);
    expect(awaitingAckOf('in_progress', units)).toBe(true);
    expect(awaitingAckOf('cancelled', units)).toBe(false);
    expect(awaitingAckOf('in_progress', [])).toBe(false);
  });
});
