import type { Actor, MatterCommandRow, MatterState, UserRole } from '@app/contracts';
import {
  capacitiesOf,
  capacityOfActor,
  ErrorCode,
  MATTER_COMMAND_NAMES,
  MATTER_COMMANDS,
  parseCapacity,
} from '@app/contracts';
import { matterDefinition } from '@app/testing/matter-state';

import type { MatterCommandMap, MatterCommandName } from './matter-commands';
import { rejectionOf } from './matter-rejection';
import { applyCommand, initialState } from './matter-state-machine';
import { checkSeparationOfDuties, recordUnitCapacity } from './separation-of-duties';

const T0 = '2026-03-02T02:00:00.000Z';
const LEAD = 'market-regulation';
const CO = 'justice';

// One person, two capacities: the office's staffer who is also the lead bureau's liaison.
const zhangAsUnit: Actor = {
  userId: 'zhang',
  role: 'unit',
  unitCode: LEAD,
  capacityRoles: ['unit_liaison'],
  memberOf: LEAD,
};
const zhangAsOffice: Actor = { userId: 'zhang', role: 'office', capacityRoles: ['office_staff'], memberOf: LEAD };
const otherOffice: Actor = { userId: 'wang', role: 'office', capacityRoles: ['office_staff'] };
const leadLeader: Actor = { userId: 'li', role: 'unit', unitCode: LEAD, memberOf: LEAD };
const coLiaison: Actor = { userId: 'zhao', role: 'unit', unitCode: CO, memberOf: CO };

function matter(): MatterState {
  return initialState(
    matterDefinition(2074, { title: '知识产权宣传周', leadUnitCode: LEAD, coUnitCodes: [CO] }),
    otherOffice,
    T0,
  );
}

// Applies a command as the workflow does from the separation-of-duties-v1 patch on.
function run<K extends MatterCommandName>(s: MatterState, name: K, cmd: MatterCommandMap[K]): void {
  checkSeparationOfDuties(s, name, cmd);
  applyCommand(s, name, cmd, T0);
  recordUnitCapacity(s, cmd);
}

const refusal = rejectionOf;

describe('capacities', () => {
  it('makes one capacity per kind of role held, in order of precedence, the unit one naming its unit', () => {
    const roles: UserRole[] = ['unit_liaison', 'office_staff', 'leadership', 'unit_leader'];
    expect(capacitiesOf(roles, LEAD)).toEqual([
      { capacity: 'office', role: 'office', roles: ['office_staff'] },
      { capacity: `unit:${LEAD}`, role: 'unit', unitCode: LEAD, roles: ['unit_liaison', 'unit_leader'] },
      { capacity: 'leadership', role: 'leadership', roles: ['leadership'] },
    ]);
    expect(capacitiesOf(['unit_leader'], null)).toEqual([]);
    expect(capacitiesOf(['admin'], null).map((c) => c.capacity)).toEqual(['admin']);
  });

  // Why a command sent without X-Acting-As is never ambiguous today: each row's issuers lie within one capacity, so
  // of a person's capacities at most one may issue it (the guard's CAPACITY_REQUIRED guards a future row).
  it("keeps every matter command's issuers within one capacity", () => {
    const everyRole: UserRole[] = [
      'office_director',
      'office_staff',
      'unit_leader',
      'unit_liaison',
      'leadership',
      'admin',
    ];
    for (const name of MATTER_COMMAND_NAMES) {
      const row: MatterCommandRow = MATTER_COMMANDS[name];
      const kinds = capacitiesOf(everyRole, LEAD).filter((c) => c.roles.some((r) => row.roles.includes(r)));
      expect({ name, kinds: kinds.length }).toEqual({ name, kinds: 1 });
    }
  });

  it('parses the header values it knows and nothing else', () => {
    expect(['office', ' leadership ', 'admin', 'unit:justice'].map(parseCapacity)).toEqual([
      'office',
      'leadership',
      'admin',
      'unit:justice',
    ]);
    for (const bad of ['', 'unit:', 'unit', 'Office', 'unit:JUSTICE', 'unit:a b', 'system', 'unit:../x']) {
      expect({ bad, parsed: parseCapacity(bad) }).toEqual({ bad, parsed: null });
    }
    expect(capacityOfActor(zhangAsUnit)).toBe(`unit:${LEAD}`);
    expect(capacityOfActor(zhangAsOffice)).toBe('office');
  });
});

describe('separation of duties', () => {
  it('refuses the verification to whoever acted for the lead unit, and lets another office member verify', () => {
    const s = matter();
    run(s, 'acknowledge', { actor: zhangAsUnit, unitCode: LEAD });
    expect(s.assignments[0]?.actedBy).toEqual(['zhang']);
    run(s, 'submitCompletion', { actor: leadLeader, unitCode: LEAD, summary: '已办结', evidence: [] });
    for (const name of ['verify', 'returnForRework'] as const) {
      const cmd = name === 'verify' ? { actor: zhangAsOffice } : { actor: zhangAsOffice, reason: '补充' };
      const refused = refusal(() => checkSeparationOfDuties(s, name, cmd as never));
      expect(refused?.code).toBe(ErrorCode.SeparationOfDuties);
      expect(refused?.message).toContain(`acted for the lead unit "${LEAD}"`);
    }
    expect(refusal(() => checkSeparationOfDuties(s, 'verify', { actor: otherOffice }))).toBeNull();
  });

  it('counts any command in the unit capacity as acting for it, and only for that unit', () => {
    const s = matter();
    run(s, 'acknowledge', { actor: leadLeader, unitCode: LEAD });
    run(s, 'acknowledge', { actor: coLiaison, unitCode: CO });
    run(s, 'requestExtension', {
      actor: zhangAsUnit,
      unitCode: LEAD,
      requestedDueDate: '2074-09-30',
      reason: '需要更多时间',
    });
    // The request was later decided by someone else: the person still acted for the lead unit.
    run(s, 'decideExtension', { actor: otherOffice, approve: true, reason: '同意' });
    expect(s.pendingExtension).toBeUndefined();
    run(s, 'submitCompletion', { actor: leadLeader, unitCode: LEAD, summary: '已办结', evidence: [] });
    expect(refusal(() => checkSeparationOfDuties(s, 'verify', { actor: zhangAsOffice }))?.code).toBe(
      ErrorCode.SeparationOfDuties,
    );
    // A co-unit's liaison who is on the office's staff may verify the lead unit's work.
    const zhaoAsOffice: Actor = { userId: 'zhao', role: 'office', memberOf: CO };
    expect(refusal(() => checkSeparationOfDuties(s, 'verify', { actor: zhaoAsOffice }))).toBeNull();
  });

  it("refuses to decide one's own unit's extension request or request to be relieved", () => {
    const s = matter();
    run(s, 'acknowledge', { actor: leadLeader, unitCode: LEAD });
    run(s, 'requestExtension', { actor: leadLeader, unitCode: LEAD, requestedDueDate: '2074-09-30', reason: '延期' });
    const own = refusal(() =>
      checkSeparationOfDuties(s, 'decideExtension', { actor: zhangAsOffice, approve: true, reason: 'ok' }),
    );
    expect(own).toEqual({ code: ErrorCode.SeparationOfDuties, message: expect.stringContaining("your own unit's") });
    expect(
      refusal(() => checkSeparationOfDuties(s, 'decideExtension', { actor: otherOffice, approve: true, reason: 'ok' })),
    ).toBeNull();

    run(s, 'decline', { actor: coLiaison, unitCode: CO, reason: '不属职责' });
    const zhaoAsOffice: Actor = { userId: 'zhao', role: 'office' };
    for (const [name, cmd] of [
      ['rejectDecline', { actor: zhaoAsOffice, unitCode: CO, reason: '请继续' }],
      ['reroute', { actor: zhaoAsOffice, fromUnitCode: CO, toUnitCode: 'finance', reason: '改派' }],
    ] as const) {
      expect({ name, code: refusal(() => checkSeparationOfDuties(s, name, cmd as never))?.code }).toEqual({
        name,
        code: ErrorCode.SeparationOfDuties,
      });
    }
    expect(
      refusal(() =>
        checkSeparationOfDuties(s, 'rejectDecline', { actor: zhangAsOffice, unitCode: CO, reason: '请继续' }),
      ),
    ).toBeNull();
  });

  it('tells a member of the unit acting in another capacity which capacity acts on the assignment', () => {
    const s = matter();
    const refused = refusal(() => applyCommand(s, 'acknowledge', { actor: zhangAsOffice, unitCode: LEAD }, T0));
    expect(refused?.code).toBe(ErrorCode.Forbidden);
    expect(refused?.message).toContain(`unit:${LEAD}`);
  });
});
