import type { Actor, MatterState } from '@app/contracts';
import { ErrorCode, HANDLER_PHONE } from '@app/contracts';
import { matterDefinition } from '@app/testing/matter-state';

import { rejectionOf } from './matter-rejection';
import { activeAssignment, applyCommand, initialState } from './matter-state-machine';

const T0 = '2053-03-02T02:00:00.000Z';
const T1 = '2053-03-03T02:00:00.000Z';
const LEAD = 'justice';
const CO = 'finance';
const office: Actor = { userId: 'office-zhang', role: 'office' };
const unit = (unitCode: string): Actor => ({ userId: `${unitCode}-liaison`, role: 'unit', unitCode });

function dispatched(): MatterState {
  return initialState(
    matterDefinition(2053, {
      code: 'JC-2053-002',
      title: '建立知识产权纠纷调解机制',
      leadUnitCode: LEAD,
      coUnitCodes: [CO],
    }),
    office,
    T0,
  );
}

const name = (s: MatterState, unitCode: string, body: { name: string; phone?: string }, now = T1) =>
  applyCommand(s, 'nameHandler', { actor: unit(unitCode), unitCode, ...body }, now);

describe('the unit names its handler (承办人)', () => {
  it('once it has acknowledged: the handler and phone are on its assignment, and recorded', () => {
    const s = dispatched();
    expect(rejectionOf(() => name(s, LEAD, { name: '张明' }))?.code).toBe(ErrorCode.InvalidTransition);
    applyCommand(s, 'acknowledge', { actor: unit(LEAD), unitCode: LEAD }, T0);
    const events = name(s, LEAD, { name: ' 张明 ', phone: '0871-63123456' });
    expect(activeAssignment(s, LEAD)!.handler).toEqual({
      name: '张明',
      phone: '0871-63123456',
      at: T1,
      byUserId: `${LEAD}-liaison`,
    });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'assignment.handler_named',
        unitCode: LEAD,
        data: { name: '张明', phone: '0871-63123456', previous: null },
      }),
    ]);
    // The matter does not move.
    expect(s.status).toBe('in_progress');
    expect(activeAssignment(s, LEAD)!.status).toBe('in_progress');
  });

  it('named again, replaces the handler and records whom it replaced; a blank phone is none', () => {
    const s = dispatched();
    applyCommand(s, 'acknowledge', { actor: unit(LEAD), unitCode: LEAD }, T0);
    name(s, LEAD, { name: '张明', phone: '63123456' });
    const events = name(s, LEAD, { name: '李华', phone: '  ' });
    expect(activeAssignment(s, LEAD)!.handler).toMatchObject({ name: '李华', phone: null });
    expect(events[0]!.data).toEqual({ name: '李华', phone: null, previous: '张明' });
  });

  it('a co-unit names its own; nobody names another unit’s', () => {
    const s = dispatched();
    applyCommand(s, 'acknowledge', { actor: unit(CO), unitCode: CO }, T0);
    name(s, CO, { name: '王芳' });
    expect(activeAssignment(s, CO)!.handler?.name).toBe('王芳');
    const other = rejectionOf(() =>
      applyCommand(s, 'nameHandler', { actor: unit(CO), unitCode: LEAD, name: '越权' }, T1),
    );
    expect(other?.code).toBe(ErrorCode.Forbidden);
  });

  it('refuses a blank or long name and a phone that is not one, changing nothing', () => {
    const s = dispatched();
    applyCommand(s, 'acknowledge', { actor: unit(LEAD), unitCode: LEAD }, T0);
    const before = structuredClone(s);
    for (const body of [{ name: ' ' }, { name: '张'.repeat(51) }, { name: '张明', phone: 'call me' }]) {
      expect(rejectionOf(() => name(s, LEAD, body))?.code).toBe(ErrorCode.InvalidCommand);
    }
    expect(s).toStrictEqual(before);
  });

  it('refuses once the unit’s part is in', () => {
    const s = dispatched();
    applyCommand(s, 'acknowledge', { actor: unit(LEAD), unitCode: LEAD }, T0);
    applyCommand(s, 'submitCompletion', { actor: unit(LEAD), unitCode: LEAD, summary: '已办结', evidence: [] }, T1);
    expect(rejectionOf(() => name(s, LEAD, { name: '张明' }))?.code).toBe(ErrorCode.InvalidTransition);
  });

  it.each(['0871-63123456', '63123456', '63123456转8001', '+86 871 6312 3456', '(0871) 63123456 ext. 12'])(
    'takes %p as an office phone',
    (phone) => {
      expect(HANDLER_PHONE.test(phone)).toBe(true);
    },
  );

  it.each(['', '1234', 'abc', '0871-63123456; drop table', '1'.repeat(40)])('refuses %p as a phone', (phone) => {
    expect(HANDLER_PHONE.test(phone)).toBe(false);
  });
});
