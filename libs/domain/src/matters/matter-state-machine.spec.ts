import type { Actor, AssignmentState, EvidenceItem, MatterDefinition, MatterState } from '@app/contracts';
import { ErrorCode } from '@app/contracts';

import { defined } from '../common/assert-defined';
import { isMemberUnitCode } from '../units/member-units';

import type { MatterCommandMap, MatterCommandName } from './matter-commands';
import { MatterRejection } from './matter-rejection';
import {
  activeAssignment,
  applyCommand,
  checkCommand,
  dispatchedEvent,
  type EventDraft,
  initialState,
  isCalendarDate,
  isOpen,
  leadAssignment,
  recordSentUrge,
  validateDefinition,
} from './matter-state-machine';

// ---------------------------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------------------------

const T0 = '2026-03-02T02:00:00.000Z';
const T1 = '2026-03-03T02:00:00.000Z';
const T2 = '2026-03-04T02:00:00.000Z';
const T3 = '2026-03-05T02:00:00.000Z';
const T4 = '2026-03-06T02:00:00.000Z';
const T9 = '2026-03-09T02:00:00.000Z';

const LEAD = 'market-regulation';
const CO1 = 'justice';
const CO2 = 'finance';
const OUTSIDER = 'culture-tourism';
const OTHER = 'public-security';

const office: Actor = { userId: 'office-zhang', role: 'office', displayName: '张主任' };
const leadership: Actor = { userId: 'leader-li', role: 'leadership' };
const system: Actor = { userId: 'system', role: 'system' };
const unitActor = (unitCode: string): Actor => ({ userId: `${unitCode}-liaison`, role: 'unit', unitCode });

const evidence: EvidenceItem[] = [{ title: '活动总结', url: 'https://example.org/summary.pdf' }];

function definition(overrides: Partial<MatterDefinition> = {}): MatterDefinition {
  return {
    matterId: 'matter-1',
    code: 'JC-2026-001',
    title: '开展知识产权宣传周活动',
    description: '在全区开展知识产权宣传周系列活动，形成活动总结。',
    meetingId: 'meeting-1',
    leadUnitCode: LEAD,
    coUnitCodes: [CO1, CO2],
    dueDate: '2026-06-30',
    priority: 'normal',
    year: 2026,
    ...overrides,
  };
}

function newMatter(overrides: Partial<MatterDefinition> = {}): MatterState {
  return initialState(definition(overrides), office, T0);
}

function run<K extends MatterCommandName>(
  state: MatterState,
  name: K,
  cmd: MatterCommandMap[K],
  now = T1,
): EventDraft[] {
  return applyCommand(state, name, cmd, now);
}

function assignment(state: MatterState, unitCode: string): AssignmentState {
  const a = activeAssignment(state, unitCode);
  if (!a) {
    throw new Error(`test setup: ${unitCode} has no active assignment`);
  }
  return a;
}

// Catches and returns the MatterRejection a call throws; fails if it throws nothing or something else.
function rejectionOf(fn: () => unknown): MatterRejection {
  try {
    fn();
  } catch (err) {
    if (err instanceof MatterRejection) {
      return err;
    }
    throw err;
  }
  throw new Error('expected a MatterRejection, but nothing was thrown');
}

// The command is refused with `code` by checkCommand and by applyCommand, and the state is left untouched.
function expectRefused<K extends MatterCommandName>(
  state: MatterState,
  name: K,
  cmd: MatterCommandMap[K],
  code: ErrorCode,
): MatterRejection {
  const before = structuredClone(state);
  expect(() => checkCommand(state, name, cmd)).toThrow(MatterRejection);
  const rejection = rejectionOf(() => applyCommand(state, name, cmd, T9));
  expect(rejection.code).toBe(code);
  expect(rejection.name).toBe('MatterRejection');
  expect(rejection.message.length).toBeGreaterThan(0);
  expect(state).toStrictEqual(before);
  return rejection;
}

const ack = (s: MatterState, unitCode: string, now = T1): EventDraft[] =>
  run(s, 'acknowledge', { actor: unitActor(unitCode), unitCode }, now);

function ackAll(s: MatterState): MatterState {
  for (const a of [...s.assignments]) {
    if (a.status === 'awaiting_ack') {
      ack(s, a.unitCode);
    }
  }
  return s;
}

const submit = (s: MatterState, unitCode = LEAD, now = T2): EventDraft[] =>
  run(s, 'submitCompletion', { actor: unitActor(unitCode), unitCode, summary: '宣传周活动已完成', evidence }, now);

function submittedMatter(): MatterState {
  const s = ackAll(newMatter());
  submit(s);
  return s;
}

function closedMatter(): MatterState {
  const s = submittedMatter();
  run(s, 'verify', { actor: office, comment: '核验通过' }, T3);
  return s;
}

function cancelledMatter(): MatterState {
  const s = newMatter();
  run(s, 'cancel', { actor: office, reason: '会议决定撤销' }, T3);
  return s;
}

// One well-formed command of every kind, used to show that a finished matter refuses them all.
const everyCommand: { [K in MatterCommandName]: MatterCommandMap[K] } = {
  acknowledge: { actor: unitActor(LEAD), unitCode: LEAD },
  decline: { actor: unitActor(LEAD), unitCode: LEAD, reason: '不属于本单位职责' },
  reroute: { actor: office, fromUnitCode: LEAD, toUnitCode: OUTSIDER, reason: '改派' },
  rejectDecline: { actor: office, unitCode: LEAD, reason: '属于职责范围' },
  reportProgress: { actor: unitActor(LEAD), unitCode: LEAD, text: '进展', percent: 50 },
  draftProgress: { actor: unitActor(LEAD), unitCode: LEAD, text: '进展', percent: 50 },
  contribute: { actor: unitActor(CO1), unitCode: CO1, text: '配合材料', evidence: [] },
  submitCompletion: { actor: unitActor(LEAD), unitCode: LEAD, summary: '已完成', evidence: [] },
  draftCompletion: { actor: unitActor(LEAD), unitCode: LEAD, summary: '已完成', evidence: [] },
  approveDraft: { actor: unitActor(LEAD), unitCode: LEAD },
  returnDraft: { actor: unitActor(LEAD), unitCode: LEAD, reason: '请补充' },
  nameHandler: { actor: unitActor(LEAD), unitCode: LEAD, name: '张三', phone: '0871-63123456' },
  verify: { actor: office },
  returnForRework: { actor: office, reason: '材料不全' },
  cancel: { actor: office, reason: '撤销' },
  requestExtension: { actor: unitActor(LEAD), unitCode: LEAD, requestedDueDate: '2026-12-31', reason: '需要更多时间' },
  draftExtension: { actor: unitActor(LEAD), unitCode: LEAD, requestedDueDate: '2026-12-31', reason: '需要更多时间' },
  decideExtension: { actor: office, approve: true, reason: '同意' },
  reassignLead: { actor: office, toUnitCode: OUTSIDER, reason: '调整牵头单位' },
  instruct: { actor: leadership, text: '请加快推进' },
  urge: { actor: office, unitCode: LEAD, level: 'urging', note: '请尽快签收' },
};
const commandNames = Object.keys(everyCommand) as MatterCommandName[];

// ---------------------------------------------------------------------------------------------------------------

describe('matter state machine', () => {
  describe('isCalendarDate', () => {
    it.each(['2026-03-02', '2024-02-29', '2026-12-31', '2026-01-01', '2000-02-29'])('accepts %s', (value) => {
      expect(isCalendarDate(value)).toBe(true);
    });

    it.each([
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-5',
      '26-01-05',
      '2026/01/05',
      '2026-01-05T00:00:00Z',
      ' 2026-01-05',
      '',
      'not-a-date',
    ])('refuses %p', (value) => {
      expect(isCalendarDate(value)).toBe(false);
    });
  });

  describe('validateDefinition', () => {
    it('accepts a well-formed definition, with or without co-units', () => {
      expect(() => validateDefinition(definition())).not.toThrow();
      expect(() => validateDefinition(definition({ coUnitCodes: [] }))).not.toThrow();
    });

    it('refuses a lead unit that is no unit code with UnitNotFound', () => {
      const r = rejectionOf(() => validateDefinition(definition({ leadUnitCode: 'Police Dept' })));
      expect(r.code).toBe(ErrorCode.UnitNotFound);
      expect(r.message).toContain('Police Dept');
    });

    it('refuses a co-unit that is no unit code with UnitNotFound', () => {
      const r = rejectionOf(() => validateDefinition(definition({ coUnitCodes: [CO1, 'tax_bureau'] })));
      expect(r.code).toBe(ErrorCode.UnitNotFound);
      expect(r.message).toContain('tax_bureau');
    });

    // Units are data: a unit the office added is known to the directory, not to the compiled list. The API asks the
    // directory; runs recorded before units-as-data-v1 check the compiled list and replay so.
    it('accepts a well-formed code of a unit added later; the compiled list of the older runs refuses it', () => {
      expect(() => validateDefinition(definition({ leadUnitCode: 'data-bureau' }))).not.toThrow();
      const r = rejectionOf(() => validateDefinition(definition({ leadUnitCode: 'data-bureau' }), isMemberUnitCode));
      expect(r.code).toBe(ErrorCode.UnitNotFound);
      expect(r.message).toContain('data-bureau');
    });

    it('refuses a co-unit named twice', () => {
      expect(rejectionOf(() => validateDefinition(definition({ coUnitCodes: [CO1, CO1] }))).code).toBe(
        ErrorCode.InvalidCommand,
      );
    });

    it('refuses the lead unit also named as co-unit', () => {
      expect(rejectionOf(() => validateDefinition(definition({ coUnitCodes: [CO1, LEAD] }))).code).toBe(
        ErrorCode.InvalidCommand,
      );
    });

    it.each(['2026-02-30', '2026-6-30', '30/06/2026', ''])('refuses the due date %p', (dueDate) => {
      const r = rejectionOf(() => validateDefinition(definition({ dueDate })));
      expect(r.code).toBe(ErrorCode.InvalidCommand);
      expect(r.message).toContain('dueDate');
    });

    it.each<[string, Partial<MatterDefinition>]>([
      ['an empty title', { title: '' }],
      ['a blank title', { title: '   ' }],
      ['a title over 200 characters', { title: '字'.repeat(201) }],
      ['an empty code', { code: '' }],
      ['a code over 32 characters', { code: 'C'.repeat(33) }],
    ])('refuses %s', (_label, overrides) => {
      expect(rejectionOf(() => validateDefinition(definition(overrides))).code).toBe(ErrorCode.InvalidCommand);
    });

    it('accepts a title of exactly 200 and a code of exactly 32 characters', () => {
      expect(() => validateDefinition(definition({ title: '字'.repeat(200), code: 'C'.repeat(32) }))).not.toThrow();
    });
  });

  describe('initialState and dispatchedEvent', () => {
    it('builds an in-progress, green matter with one awaiting assignment per unit', () => {
      const def = definition();
      const s = initialState(def, office, T0);

      expect(s).toMatchObject({
        matterId: 'matter-1',
        code: 'JC-2026-001',
        title: def.title,
        description: def.description,
        meetingId: 'meeting-1',
        leadUnitCode: LEAD,
        coUnitCodes: [CO1, CO2],
        dueDate: '2026-06-30',
        originalDueDate: '2026-06-30',
        priority: 'normal',
        year: 2026,
        status: 'in_progress',
        light: 'green',
        extensionCount: 0,
        createdAt: T0,
        createdBy: 'office-zhang',
        seq: 0,
        updatedAt: T0,
      });
      expect(s.pendingExtension).toBeUndefined();
      expect(s.closedAt).toBeUndefined();
      expect(s.assignments).toEqual([
        {
          unitCode: LEAD,
          role: 'lead',
          status: 'awaiting_ack',
          assignedAt: T0,
          percent: 0,
          progress: [],
          returnCount: 0,
        },
        { unitCode: CO1, role: 'co', status: 'awaiting_ack', assignedAt: T0, percent: 0, progress: [], returnCount: 0 },
        { unitCode: CO2, role: 'co', status: 'awaiting_ack', assignedAt: T0, percent: 0, progress: [], returnCount: 0 },
      ]);
      expect(isOpen(s)).toBe(true);
    });

    it('does not share the co-unit list with the definition', () => {
      const def = definition();
      const s = initialState(def, office, T0);
      s.coUnitCodes.push(OUTSIDER);
      expect(def.coUnitCodes).toEqual([CO1, CO2]);
    });

    it('gives each assignment its own progress list', () => {
      const s = newMatter();
      defined(s.assignments[0], 'a first assignment').progress.push({ at: T1, byUserId: 'x', text: 'x', percent: 1 });
      expect(s.assignments[1]?.progress).toEqual([]);
    });

    it('describes the dispatch as a matter.dispatched event for the lead unit', () => {
      expect(dispatchedEvent(newMatter())).toEqual({
        type: 'matter.dispatched',
        unitCode: LEAD,
        data: { leadUnitCode: LEAD, coUnitCodes: [CO1, CO2], dueDate: '2026-06-30' },
      });
    });
  });

  describe('activeAssignment and leadAssignment', () => {
    it('find the live assignments and skip withdrawn ones', () => {
      const s = newMatter();
      expect(leadAssignment(s)?.unitCode).toBe(LEAD);
      expect(activeAssignment(s, CO1)?.role).toBe('co');
      expect(activeAssignment(s, OUTSIDER)).toBeUndefined();

      run(s, 'decline', { actor: unitActor(LEAD), unitCode: LEAD, reason: '不属于本单位职责' });
      run(s, 'reroute', { actor: office, fromUnitCode: LEAD, toUnitCode: OUTSIDER, reason: '改派' }, T2);

      expect(activeAssignment(s, LEAD)).toBeUndefined();
      expect(leadAssignment(s)?.unitCode).toBe(OUTSIDER);
      expect(s.assignments.find((a) => a.unitCode === LEAD)?.status).toBe('withdrawn');
    });

    it('leadAssignment is undefined once the matter is cancelled', () => {
      const s = cancelledMatter();
      expect(leadAssignment(s)).toBeUndefined();
      expect(activeAssignment(s, CO1)).toBeUndefined();
    });
  });

  describe('every command', () => {
    it('refuses a command without an actor as InvalidCommand', () => {
      const s = newMatter();
      expectRefused(
        s,
        'acknowledge',
        { unitCode: LEAD } as unknown as MatterCommandMap['acknowledge'],
        ErrorCode.InvalidCommand,
      );
      expectRefused(s, 'cancel', null as unknown as MatterCommandMap['cancel'], ErrorCode.InvalidCommand);
    });

    it('stamps updatedAt on the state and leaves seq to the workflow', () => {
      const s = newMatter();
      ack(s, LEAD, T3);
      expect(s.updatedAt).toBe(T3);
      expect(s.seq).toBe(0);
    });

    it.each(commandNames)('%s is refused with MatterClosed once the matter is closed', (name) => {
      const s = closedMatter();
      expectRefused(s, name, everyCommand[name], ErrorCode.MatterClosed);
    });

    it.each(commandNames)('%s is refused with MatterClosed once the matter is cancelled', (name) => {
      const s = cancelledMatter();
      expectRefused(s, name, everyCommand[name], ErrorCode.MatterClosed);
    });
  });

  describe('acknowledge', () => {
    it('moves the unit’s assignment to in_progress and records who signed for it', () => {
      const s = newMatter();
      const events = ack(s, CO1, T1);

      expect(events).toEqual([{ type: 'assignment.acknowledged', unitCode: CO1, data: { role: 'co' } }]);
      expect(assignment(s, CO1)).toMatchObject({
        status: 'in_progress',
        acknowledgedAt: T1,
        acknowledgedBy: 'justice-liaison',
      });
      expect(assignment(s, LEAD).status).toBe('awaiting_ack');
      expect(s.status).toBe('in_progress');
    });

    it('reports the lead role for the lead unit', () => {
      const s = newMatter();
      expect(ack(s, LEAD)).toEqual([{ type: 'assignment.acknowledged', unitCode: LEAD, data: { role: 'lead' } }]);
    });

    it('refuses a unit acknowledging another unit’s assignment (Forbidden)', () => {
      const r = expectRefused(
        newMatter(),
        'acknowledge',
        { actor: unitActor(CO1), unitCode: LEAD },
        ErrorCode.Forbidden,
      );
      expect(r.message).toContain(CO1);
    });

    it.each([
      ['the office', office],
      ['leadership', leadership],
      ['the system', system],
      ['a unit person without a unit', { userId: 'u', role: 'unit' } satisfies Actor],
    ])('refuses %s acknowledging for a unit (Forbidden)', (_label, actor) => {
      expectRefused(newMatter(), 'acknowledge', { actor, unitCode: LEAD }, ErrorCode.Forbidden);
    });

    it('refuses a unit without an assignment on the matter (NotAssigned)', () => {
      expectRefused(
        newMatter(),
        'acknowledge',
        { actor: unitActor(OUTSIDER), unitCode: OUTSIDER },
        ErrorCode.NotAssigned,
      );
    });

    it('refuses acknowledging twice (InvalidTransition)', () => {
      const s = newMatter();
      ack(s, LEAD);
      expectRefused(s, 'acknowledge', { actor: unitActor(LEAD), unitCode: LEAD }, ErrorCode.InvalidTransition);
    });
  });

  describe('decline', () => {
    it('records a pending decline from awaiting_ack', () => {
      const s = newMatter();
      const events = run(s, 'decline', { actor: unitActor(CO2), unitCode: CO2, reason: '不属于本单位职责' }, T1);

      expect(events).toEqual([
        { type: 'assignment.decline_requested', unitCode: CO2, reason: '不属于本单位职责', data: { role: 'co' } },
      ]);
      expect(assignment(s, CO2)).toMatchObject({
        status: 'decline_requested',
        pendingDecline: {
          at: T1,
          byUserId: 'finance-liaison',
          reason: '不属于本单位职责',
          previousStatus: 'awaiting_ack',
        },
      });
    });

    it('remembers in_progress as the status to return to', () => {
      const s = newMatter();
      ack(s, LEAD);
      run(s, 'decline', { actor: unitActor(LEAD), unitCode: LEAD, reason: '职责不符' }, T2);
      expect(assignment(s, LEAD).pendingDecline?.previousStatus).toBe('in_progress');
      expect(assignment(s, LEAD).status).toBe('decline_requested');
    });

    it.each(['', '   '])('refuses an empty reason %p (InvalidCommand)', (reason) => {
      expectRefused(
        newMatter(),
        'decline',
        { actor: unitActor(LEAD), unitCode: LEAD, reason },
        ErrorCode.InvalidCommand,
      );
    });

    it('refuses a reason over 4000 characters but accepts exactly 4000', () => {
      const s = newMatter();
      expectRefused(
        s,
        'decline',
        { actor: unitActor(LEAD), unitCode: LEAD, reason: 'x'.repeat(4001) },
        ErrorCode.InvalidCommand,
      );
      expect(() =>
        checkCommand(s, 'decline', { actor: unitActor(LEAD), unitCode: LEAD, reason: 'x'.repeat(4000) }),
      ).not.toThrow();
    });

    it('refuses declining another unit’s assignment (Forbidden)', () => {
      expectRefused(
        newMatter(),
        'decline',
        { actor: unitActor(CO1), unitCode: CO2, reason: '不属于' },
        ErrorCode.Forbidden,
      );
    });

    it('refuses declining twice (InvalidTransition)', () => {
      const s = newMatter();
      run(s, 'decline', { actor: unitActor(CO1), unitCode: CO1, reason: '不属于' });
      expectRefused(
        s,
        'decline',
        { actor: unitActor(CO1), unitCode: CO1, reason: '不属于' },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses declining after the unit has contributed or submitted (InvalidTransition)', () => {
      const s = ackAll(newMatter());
      run(s, 'contribute', { actor: unitActor(CO1), unitCode: CO1, text: '材料', evidence: [] });
      submit(s);
      expectRefused(
        s,
        'decline',
        { actor: unitActor(CO1), unitCode: CO1, reason: '不属于' },
        ErrorCode.InvalidTransition,
      );
      expectRefused(
        s,
        'decline',
        { actor: unitActor(LEAD), unitCode: LEAD, reason: '不属于' },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses a unit with no assignment (NotAssigned)', () => {
      expectRefused(
        newMatter(),
        'decline',
        { actor: unitActor(OUTSIDER), unitCode: OUTSIDER, reason: '不属于' },
        ErrorCode.NotAssigned,
      );
    });
  });

  describe('reroute', () => {
    function withDecline(unitCode: string): MatterState {
      const s = newMatter();
      run(s, 'decline', { actor: unitActor(unitCode), unitCode, reason: '不属于本单位职责' }, T1);
      return s;
    }

    it('drops the pending extension request of a lead unit that is re-routed away', () => {
      const s = newMatter();
      run(s, 'acknowledge', { actor: unitActor(LEAD), unitCode: LEAD });
      run(s, 'requestExtension', {
        actor: unitActor(LEAD),
        unitCode: LEAD,
        requestedDueDate: '2026-08-31',
        reason: '延期',
      });
      run(s, 'decline', { actor: unitActor(LEAD), unitCode: LEAD, reason: '不属于本单位职责' });
      run(s, 'reroute', { actor: office, fromUnitCode: LEAD, toUnitCode: OUTSIDER, reason: '改派' });
      expect(s.pendingExtension).toBeUndefined();
      run(s, 'acknowledge', { actor: unitActor(OUTSIDER), unitCode: OUTSIDER });
      run(s, 'requestExtension', {
        actor: unitActor(OUTSIDER),
        unitCode: OUTSIDER,
        requestedDueDate: '2026-07-31',
        reason: '新牵头单位申请延期',
      });
      expect(s.pendingExtension).toMatchObject({ unitCode: OUTSIDER, requestedDueDate: '2026-07-31' });
    });

    it('withdraws a declining co-unit and assigns its share to another unit', () => {
      const s = withDecline(CO1);
      const events = run(
        s,
        'reroute',
        { actor: office, fromUnitCode: CO1, toUnitCode: OUTSIDER, reason: '改派文旅局' },
        T2,
      );

      expect(events).toEqual([
        {
          type: 'assignment.rerouted',
          unitCode: OUTSIDER,
          reason: '改派文旅局',
          data: { fromUnitCode: CO1, toUnitCode: OUTSIDER, role: 'co' },
        },
      ]);
      const old = s.assignments.find((a) => a.unitCode === CO1)!;
      expect(old.status).toBe('withdrawn');
      expect(old.pendingDecline).toBeUndefined();
      expect(assignment(s, OUTSIDER)).toEqual({
        unitCode: OUTSIDER,
        role: 'co',
        status: 'awaiting_ack',
        assignedAt: T2,
        percent: 0,
        progress: [],
        returnCount: 0,
      });
      expect(s.coUnitCodes).toEqual([OUTSIDER, CO2]);
      expect(s.leadUnitCode).toBe(LEAD);
    });

    it('moves the lead role when the lead unit is re-routed', () => {
      const s = withDecline(LEAD);
      const events = run(
        s,
        'reroute',
        { actor: office, fromUnitCode: LEAD, toUnitCode: OTHER, reason: '改派公安' },
        T2,
      );

      expect(events[0]).toMatchObject({ type: 'assignment.rerouted', unitCode: OTHER, data: { role: 'lead' } });
      expect(s.leadUnitCode).toBe(OTHER);
      expect(s.coUnitCodes).toEqual([CO1, CO2]);
      expect(leadAssignment(s)).toMatchObject({ unitCode: OTHER, role: 'lead', status: 'awaiting_ack' });
    });

    it('walks decline → re-route → acknowledge by the new unit', () => {
      const s = newMatter();
      ack(s, LEAD, T1);
      run(s, 'decline', { actor: unitActor(CO2), unitCode: CO2, reason: '不属于本单位职责' }, T1);
      run(s, 'reroute', { actor: office, fromUnitCode: CO2, toUnitCode: OUTSIDER, reason: '改派' }, T2);

      // The unit re-routed away no longer holds anything; the new unit signs for its share.
      expectRefused(s, 'acknowledge', { actor: unitActor(CO2), unitCode: CO2 }, ErrorCode.NotAssigned);
      expect(ack(s, OUTSIDER, T3)).toEqual([
        { type: 'assignment.acknowledged', unitCode: OUTSIDER, data: { role: 'co' } },
      ]);
      expect(assignment(s, OUTSIDER)).toMatchObject({ status: 'in_progress', acknowledgedAt: T3 });
      expect(s.assignments.map((a) => [a.unitCode, a.status])).toEqual([
        [LEAD, 'in_progress'],
        [CO1, 'awaiting_ack'],
        [CO2, 'withdrawn'],
        [OUTSIDER, 'in_progress'],
      ]);
      expect(s.coUnitCodes).toEqual([CO1, OUTSIDER]);
    });

    it('refuses a unit re-routing (Forbidden)', () => {
      expectRefused(
        withDecline(CO1),
        'reroute',
        { actor: unitActor(CO1), fromUnitCode: CO1, toUnitCode: OUTSIDER, reason: '改派' },
        ErrorCode.Forbidden,
      );
    });

    it('refuses re-routing a unit that has not asked to decline (InvalidTransition)', () => {
      expectRefused(
        newMatter(),
        'reroute',
        { actor: office, fromUnitCode: CO1, toUnitCode: OUTSIDER, reason: '改派' },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses re-routing from a unit with no assignment (NotAssigned)', () => {
      expectRefused(
        withDecline(CO1),
        'reroute',
        { actor: office, fromUnitCode: OTHER, toUnitCode: OUTSIDER, reason: '改派' },
        ErrorCode.NotAssigned,
      );
    });

    it('refuses re-routing to an unknown unit (UnitNotFound)', () => {
      expectRefused(
        withDecline(CO1),
        'reroute',
        { actor: office, fromUnitCode: CO1, toUnitCode: 'No Where', reason: '改派' },
        ErrorCode.UnitNotFound,
      );
    });

    it('re-routes to a unit added later by its code; the compiled list of the older runs refuses it', () => {
      const cmd = { actor: office, fromUnitCode: CO1, toUnitCode: 'data-bureau', reason: '改派' };
      expect(() => checkCommand(withDecline(CO1), 'reroute', cmd)).not.toThrow();
      const r = rejectionOf(() => checkCommand(withDecline(CO1), 'reroute', cmd, isMemberUnitCode));
      expect(r.code).toBe(ErrorCode.UnitNotFound);
    });

    it.each([LEAD, CO2, CO1])('refuses re-routing to %s, which already holds an assignment (InvalidCommand)', (to) => {
      expectRefused(
        withDecline(CO1),
        'reroute',
        { actor: office, fromUnitCode: CO1, toUnitCode: to, reason: '改派' },
        ErrorCode.InvalidCommand,
      );
    });

    it('refuses an empty reason (InvalidCommand)', () => {
      expectRefused(
        withDecline(CO1),
        'reroute',
        { actor: office, fromUnitCode: CO1, toUnitCode: OUTSIDER, reason: '' },
        ErrorCode.InvalidCommand,
      );
    });
  });

  describe('rejectDecline', () => {
    it('puts a declined awaiting assignment back to awaiting_ack', () => {
      const s = newMatter();
      run(s, 'decline', { actor: unitActor(CO1), unitCode: CO1, reason: '不属于' }, T1);
      const events = run(s, 'rejectDecline', { actor: office, unitCode: CO1, reason: '属于普法职责' }, T2);

      expect(events).toEqual([
        { type: 'assignment.decline_rejected', unitCode: CO1, reason: '属于普法职责', data: { role: 'co' } },
      ]);
      expect(assignment(s, CO1).status).toBe('awaiting_ack');
      expect(assignment(s, CO1).pendingDecline).toBeUndefined();
    });

    it('puts a declined acknowledged assignment back to in_progress, keeping its progress', () => {
      const s = newMatter();
      ack(s, LEAD);
      run(s, 'reportProgress', { actor: unitActor(LEAD), unitCode: LEAD, text: '已制定方案', percent: 30 }, T1);
      run(s, 'decline', { actor: unitActor(LEAD), unitCode: LEAD, reason: '不属于' }, T2);
      run(s, 'rejectDecline', { actor: office, unitCode: LEAD, reason: '属于牵头职责' }, T3);

      expect(assignment(s, LEAD)).toMatchObject({ status: 'in_progress', percent: 30, acknowledgedAt: T1 });
      expect(assignment(s, LEAD).progress).toHaveLength(1);
      // and the unit may work on
      expect(() => submit(s, LEAD, T4)).not.toThrow();
    });

    it('refuses a unit insisting (Forbidden)', () => {
      const s = newMatter();
      run(s, 'decline', { actor: unitActor(CO1), unitCode: CO1, reason: '不属于' });
      expectRefused(s, 'rejectDecline', { actor: unitActor(LEAD), unitCode: CO1, reason: '属于' }, ErrorCode.Forbidden);
    });

    it('refuses when the unit has not asked to decline (InvalidTransition)', () => {
      expectRefused(
        newMatter(),
        'rejectDecline',
        { actor: office, unitCode: CO1, reason: '属于' },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses a unit with no assignment (NotAssigned)', () => {
      expectRefused(
        newMatter(),
        'rejectDecline',
        { actor: office, unitCode: OUTSIDER, reason: '属于' },
        ErrorCode.NotAssigned,
      );
    });

    it('refuses an empty reason (InvalidCommand)', () => {
      const s = newMatter();
      run(s, 'decline', { actor: unitActor(CO1), unitCode: CO1, reason: '不属于' });
      expectRefused(s, 'rejectDecline', { actor: office, unitCode: CO1, reason: ' ' }, ErrorCode.InvalidCommand);
    });
  });

  describe('reportProgress', () => {
    it('appends the report and sets the percentage', () => {
      const s = newMatter();
      ack(s, LEAD);
      const events = run(
        s,
        'reportProgress',
        { actor: unitActor(LEAD), unitCode: LEAD, text: '已制定方案', percent: 30 },
        T2,
      );
      run(s, 'reportProgress', { actor: unitActor(LEAD), unitCode: LEAD, text: '已开展活动', percent: 80 }, T3);

      expect(events).toEqual([
        { type: 'assignment.progress_reported', unitCode: LEAD, data: { text: '已制定方案', percent: 30 } },
      ]);
      expect(assignment(s, LEAD)).toMatchObject({ percent: 80, lastProgressAt: T3, status: 'in_progress' });
      expect(assignment(s, LEAD).progress).toEqual([
        { at: T2, byUserId: 'market-regulation-liaison', text: '已制定方案', percent: 30 },
        { at: T3, byUserId: 'market-regulation-liaison', text: '已开展活动', percent: 80 },
      ]);
    });

    it.each([0, 100])('accepts the boundary percentage %d', (percent) => {
      const s = newMatter();
      ack(s, CO1);
      run(s, 'reportProgress', { actor: unitActor(CO1), unitCode: CO1, text: '进展', percent });
      expect(assignment(s, CO1).percent).toBe(percent);
    });

    it('lets a returned lead unit and a contributed co-unit report progress', () => {
      const s = submittedMatter();
      run(s, 'returnForRework', { actor: office, reason: '材料不全' }, T3);
      run(s, 'reportProgress', { actor: unitActor(LEAD), unitCode: LEAD, text: '正在补充材料', percent: 90 }, T4);
      expect(assignment(s, LEAD)).toMatchObject({ status: 'returned', percent: 90 });

      run(s, 'contribute', { actor: unitActor(CO1), unitCode: CO1, text: '普法材料', evidence: [] }, T4);
      run(s, 'reportProgress', { actor: unitActor(CO1), unitCode: CO1, text: '补充', percent: 100 }, T4);
      expect(assignment(s, CO1)).toMatchObject({ status: 'contributed', percent: 100 });
    });

    it.each([-1, 101, 50.5, Number.NaN, Number.POSITIVE_INFINITY])(
      'refuses the percentage %p (InvalidCommand)',
      (percent) => {
        const s = newMatter();
        ack(s, LEAD);
        const r = expectRefused(
          s,
          'reportProgress',
          { actor: unitActor(LEAD), unitCode: LEAD, text: '进展', percent },
          ErrorCode.InvalidCommand,
        );
        expect(r.message).toContain('percent');
      },
    );

    it('refuses a percentage that is not a number (InvalidCommand)', () => {
      const s = newMatter();
      ack(s, LEAD);
      expectRefused(
        s,
        'reportProgress',
        { actor: unitActor(LEAD), unitCode: LEAD, text: '进展', percent: '50' as unknown as number },
        ErrorCode.InvalidCommand,
      );
    });

    it('refuses an empty text (InvalidCommand)', () => {
      const s = newMatter();
      ack(s, LEAD);
      expectRefused(
        s,
        'reportProgress',
        { actor: unitActor(LEAD), unitCode: LEAD, text: '', percent: 10 },
        ErrorCode.InvalidCommand,
      );
    });

    it('refuses progress before acknowledging (InvalidTransition)', () => {
      expectRefused(
        newMatter(),
        'reportProgress',
        { actor: unitActor(LEAD), unitCode: LEAD, text: '进展', percent: 10 },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses progress from a lead unit whose report waits for verification (InvalidTransition)', () => {
      expectRefused(
        submittedMatter(),
        'reportProgress',
        { actor: unitActor(LEAD), unitCode: LEAD, text: '进展', percent: 10 },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses progress on another unit’s assignment (Forbidden)', () => {
      const s = ackAll(newMatter());
      expectRefused(
        s,
        'reportProgress',
        { actor: unitActor(CO1), unitCode: LEAD, text: '进展', percent: 10 },
        ErrorCode.Forbidden,
      );
    });
  });

  describe('contribute', () => {
    it('hands the co-unit’s part to the lead unit', () => {
      const s = ackAll(newMatter());
      const events = run(
        s,
        'contribute',
        { actor: unitActor(CO1), unitCode: CO1, text: '已开展普法宣传', evidence },
        T2,
      );

      expect(events).toEqual([
        {
          type: 'assignment.contributed',
          unitCode: CO1,
          data: { text: '已开展普法宣传', evidence, leadUnitCode: LEAD },
        },
      ]);
      expect(assignment(s, CO1)).toMatchObject({
        status: 'contributed',
        percent: 100,
        contribution: { at: T2, byUserId: 'justice-liaison', text: '已开展普法宣传', evidence },
      });
      expect(s.status).toBe('in_progress');
    });

    it('lets a co-unit replace its contribution', () => {
      const s = ackAll(newMatter());
      run(s, 'contribute', { actor: unitActor(CO1), unitCode: CO1, text: '初稿', evidence: [] }, T2);
      run(s, 'contribute', { actor: unitActor(CO1), unitCode: CO1, text: '定稿', evidence }, T3);
      expect(assignment(s, CO1).contribution).toEqual({ at: T3, byUserId: 'justice-liaison', text: '定稿', evidence });
    });

    it('refuses the lead unit contributing (InvalidCommand)', () => {
      const s = ackAll(newMatter());
      expectRefused(
        s,
        'contribute',
        { actor: unitActor(LEAD), unitCode: LEAD, text: '材料', evidence: [] },
        ErrorCode.InvalidCommand,
      );
    });

    it('refuses contributing before acknowledging (InvalidTransition)', () => {
      expectRefused(
        newMatter(),
        'contribute',
        { actor: unitActor(CO1), unitCode: CO1, text: '材料', evidence: [] },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses an empty text (InvalidCommand)', () => {
      const s = ackAll(newMatter());
      expectRefused(
        s,
        'contribute',
        { actor: unitActor(CO1), unitCode: CO1, text: '', evidence: [] },
        ErrorCode.InvalidCommand,
      );
    });

    it.each<[string, unknown]>([
      ['missing evidence', undefined],
      ['evidence that is not a list', 'photo.jpg'],
      ['more than 20 evidence items', Array.from({ length: 21 }, (_, i) => ({ title: `附件${i}` }))],
      ['an evidence item without a title', [{ title: '' }]],
      ['an evidence item that is null', [null]],
      ['an evidence title over 200 characters', [{ title: 'x'.repeat(201) }]],
    ])('refuses %s (InvalidCommand)', (_label, bad) => {
      const s = ackAll(newMatter());
      expectRefused(
        s,
        'contribute',
        { actor: unitActor(CO1), unitCode: CO1, text: '材料', evidence: bad as EvidenceItem[] },
        ErrorCode.InvalidCommand,
      );
    });

    it('accepts exactly 20 evidence items', () => {
      const s = ackAll(newMatter());
      const twenty = Array.from({ length: 20 }, (_, i) => ({ title: `附件${i}` }));
      run(s, 'contribute', { actor: unitActor(CO1), unitCode: CO1, text: '材料', evidence: twenty });
      expect(assignment(s, CO1).contribution?.evidence).toHaveLength(20);
    });

    it('refuses the office contributing for a unit (Forbidden)', () => {
      const s = ackAll(newMatter());
      expectRefused(s, 'contribute', { actor: office, unitCode: CO1, text: '材料', evidence: [] }, ErrorCode.Forbidden);
    });
  });

  describe('submitCompletion', () => {
    it('records the report and puts the matter up for verification', () => {
      const s = ackAll(newMatter());
      const events = submit(s, LEAD, T2);

      expect(events).toEqual([
        {
          type: 'matter.completion_submitted',
          unitCode: LEAD,
          data: { summary: '宣传周活动已完成', evidence, contributions: [] },
        },
      ]);
      expect(s.status).toBe('awaiting_verification');
      expect(isOpen(s)).toBe(true);
      expect(assignment(s, LEAD)).toMatchObject({
        status: 'submitted',
        completion: { at: T2, byUserId: 'market-regulation-liaison', summary: '宣传周活动已完成', evidence },
      });
    });

    it('carries the co-units’ contributions into the completion event', () => {
      const s = ackAll(newMatter());
      const justiceEvidence = [{ title: '普法宣传照片' }];
      run(
        s,
        'contribute',
        { actor: unitActor(CO1), unitCode: CO1, text: '开展普法宣传 3 场', evidence: justiceEvidence },
        T2,
      );

      const [event] = submit(s, LEAD, T3);

      expect(event?.type).toBe('matter.completion_submitted');
      expect(event?.data.contributions).toEqual([
        { unitCode: CO1, text: '开展普法宣传 3 场', evidence: justiceEvidence },
      ]);
      // finance has not contributed, so it is not listed
      expect((event?.data.contributions as { unitCode: string }[]).map((c) => c.unitCode)).not.toContain(CO2);
    });

    it('lists every contributing co-unit in assignment order, including one re-routed in', () => {
      const s = ackAll(newMatter());
      run(s, 'decline', { actor: unitActor(CO1), unitCode: CO1, reason: '不属于' }, T1);
      run(s, 'reroute', { actor: office, fromUnitCode: CO1, toUnitCode: OUTSIDER, reason: '改派' }, T1);
      ack(s, OUTSIDER, T2);
      run(s, 'contribute', { actor: unitActor(OUTSIDER), unitCode: OUTSIDER, text: '文旅材料', evidence: [] }, T2);
      run(s, 'contribute', { actor: unitActor(CO2), unitCode: CO2, text: '财政材料', evidence }, T2);

      const [event] = submit(s, LEAD, T3);

      expect(event?.data.contributions).toEqual([
        { unitCode: CO2, text: '财政材料', evidence },
        { unitCode: OUTSIDER, text: '文旅材料', evidence: [] },
      ]);
    });

    it('does not list the contribution of a co-unit since promoted to lead', () => {
      const s = ackAll(newMatter());
      run(s, 'contribute', { actor: unitActor(CO1), unitCode: CO1, text: '普法材料', evidence: [] }, T1);
      run(s, 'reassignLead', { actor: office, toUnitCode: CO1, reason: '调整' }, T2);
      expect(submit(s, CO1, T3)[0]?.data.contributions).toEqual([]);
    });

    it('refuses completion before acknowledging (InvalidTransition)', () => {
      const r = expectRefused(
        newMatter(),
        'submitCompletion',
        { actor: unitActor(LEAD), unitCode: LEAD, summary: '完成', evidence: [] },
        ErrorCode.InvalidTransition,
      );
      expect(r.message).toContain('Acknowledge');
    });

    it('refuses a co-unit submitting completion (InvalidCommand)', () => {
      const s = ackAll(newMatter());
      expectRefused(
        s,
        'submitCompletion',
        { actor: unitActor(CO1), unitCode: CO1, summary: '完成', evidence: [] },
        ErrorCode.InvalidCommand,
      );
    });

    it('refuses submitting twice (InvalidTransition)', () => {
      expectRefused(
        submittedMatter(),
        'submitCompletion',
        { actor: unitActor(LEAD), unitCode: LEAD, summary: '完成', evidence: [] },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses completion while the lead unit’s decline is pending (InvalidTransition)', () => {
      const s = newMatter();
      ack(s, LEAD);
      run(s, 'decline', { actor: unitActor(LEAD), unitCode: LEAD, reason: '不属于' });
      expectRefused(
        s,
        'submitCompletion',
        { actor: unitActor(LEAD), unitCode: LEAD, summary: '完成', evidence: [] },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses an empty summary or bad evidence (InvalidCommand)', () => {
      const s = ackAll(newMatter());
      expectRefused(
        s,
        'submitCompletion',
        { actor: unitActor(LEAD), unitCode: LEAD, summary: '  ', evidence: [] },
        ErrorCode.InvalidCommand,
      );
      expectRefused(
        s,
        'submitCompletion',
        { actor: unitActor(LEAD), unitCode: LEAD, summary: '完成', evidence: [{ title: ' ' }] },
        ErrorCode.InvalidCommand,
      );
    });

    it('refuses another unit submitting for the lead unit (Forbidden)', () => {
      const s = ackAll(newMatter());
      expectRefused(
        s,
        'submitCompletion',
        { actor: unitActor(CO1), unitCode: LEAD, summary: '完成', evidence: [] },
        ErrorCode.Forbidden,
      );
    });
  });

  describe('verify', () => {
    it('closes the matter and completes every live assignment', () => {
      const s = ackAll(newMatter());
      run(s, 'decline', { actor: unitActor(CO2), unitCode: CO2, reason: '不属于' }, T1);
      run(s, 'reroute', { actor: office, fromUnitCode: CO2, toUnitCode: OUTSIDER, reason: '改派' }, T1);
      submit(s, LEAD, T2);
      const events = run(s, 'verify', { actor: office, comment: '核验通过，予以销号' }, T3);

      expect(events).toEqual([{ type: 'matter.closed', unitCode: LEAD, reason: '核验通过，予以销号', data: {} }]);
      expect(s).toMatchObject({ status: 'closed', light: 'none', closedAt: T3, updatedAt: T3 });
      expect(s.pendingExtension).toBeUndefined();
      expect(isOpen(s)).toBe(false);
      expect(s.assignments.map((a) => [a.unitCode, a.status, a.completedAt])).toEqual([
        [LEAD, 'completed', T3],
        [CO1, 'completed', T3],
        [CO2, 'withdrawn', undefined],
        [OUTSIDER, 'completed', T3],
      ]);
    });

    it('closes without a comment', () => {
      const s = submittedMatter();
      expect(run(s, 'verify', { actor: office }, T3)).toEqual([
        { type: 'matter.closed', unitCode: LEAD, reason: undefined, data: {} },
      ]);
    });

    it('clears a pending extension request and a pending co-unit decline', () => {
      const s = ackAll(newMatter());
      run(s, 'requestExtension', {
        actor: unitActor(LEAD),
        unitCode: LEAD,
        requestedDueDate: '2026-07-31',
        reason: '延期',
      });
      submit(s, LEAD, T2);
      run(s, 'decline', { actor: unitActor(CO1), unitCode: CO1, reason: '不属于' }, T2);
      run(s, 'verify', { actor: office }, T3);
      expect(s.pendingExtension).toBeUndefined();
      expect(s.assignments.find((a) => a.unitCode === CO1)).toMatchObject({ status: 'completed' });
      expect(s.assignments.find((a) => a.unitCode === CO1)?.pendingDecline).toBeUndefined();
    });

    it.each([
      ['a unit', unitActor(LEAD)],
      ['leadership', leadership],
    ])('refuses %s verifying (Forbidden)', (_label, actor) => {
      expectRefused(submittedMatter(), 'verify', { actor }, ErrorCode.Forbidden);
    });

    it('refuses verifying when nothing was submitted (InvalidTransition)', () => {
      expectRefused(ackAll(newMatter()), 'verify', { actor: office }, ErrorCode.InvalidTransition);
    });

    it('refuses verifying a report that was returned for rework (InvalidTransition)', () => {
      const s = submittedMatter();
      run(s, 'returnForRework', { actor: office, reason: '材料不全' }, T3);
      expectRefused(s, 'verify', { actor: office }, ErrorCode.InvalidTransition);
    });

    it('refuses verifying twice: the closed matter takes no further commands (MatterClosed)', () => {
      expectRefused(closedMatter(), 'verify', { actor: office }, ErrorCode.MatterClosed);
    });
  });

  describe('returnForRework', () => {
    it('returns the lead unit’s report and reopens the matter', () => {
      const s = submittedMatter();
      const events = run(s, 'returnForRework', { actor: office, reason: '缺少活动照片' }, T3);

      expect(events).toEqual([
        { type: 'matter.completion_returned', unitCode: LEAD, reason: '缺少活动照片', data: { returnCount: 1 } },
      ]);
      expect(s.status).toBe('in_progress');
      expect(assignment(s, LEAD)).toMatchObject({ status: 'returned', returnCount: 1 });
      // the returned report stays on record
      expect(assignment(s, LEAD).completion?.summary).toBe('宣传周活动已完成');
    });

    it('walks return → resubmit → return → resubmit → accept', () => {
      const s = ackAll(newMatter());
      run(s, 'contribute', { actor: unitActor(CO2), unitCode: CO2, text: '经费已保障', evidence: [] }, T1);
      submit(s, LEAD, T1);
      run(s, 'returnForRework', { actor: office, reason: '缺少活动照片' }, T2);

      const [resubmitted] = run(
        s,
        'submitCompletion',
        { actor: unitActor(LEAD), unitCode: LEAD, summary: '已补充活动照片', evidence },
        T2,
      );
      expect(resubmitted?.data).toEqual({
        summary: '已补充活动照片',
        evidence,
        contributions: [{ unitCode: CO2, text: '经费已保障', evidence: [] }],
      });
      expect(assignment(s, LEAD)).toMatchObject({
        status: 'submitted',
        completion: { summary: '已补充活动照片', at: T2 },
      });

      const [secondReturn] = run(s, 'returnForRework', { actor: office, reason: '照片不清晰' }, T3);
      expect(secondReturn?.data).toEqual({ returnCount: 2 });
      submit(s, LEAD, T3);

      const [closed] = run(s, 'verify', { actor: office, comment: '通过' }, T4);
      expect(closed?.type).toBe('matter.closed');
      expect(s.status).toBe('closed');
      expect(assignment(s, LEAD)).toMatchObject({ status: 'completed', returnCount: 2, completedAt: T4 });
    });

    it('refuses a unit returning (Forbidden)', () => {
      expectRefused(
        submittedMatter(),
        'returnForRework',
        { actor: unitActor(LEAD), reason: '退回' },
        ErrorCode.Forbidden,
      );
    });

    it('refuses returning when nothing was submitted (InvalidTransition)', () => {
      expectRefused(
        ackAll(newMatter()),
        'returnForRework',
        { actor: office, reason: '退回' },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses an empty reason (InvalidCommand)', () => {
      expectRefused(submittedMatter(), 'returnForRework', { actor: office, reason: '' }, ErrorCode.InvalidCommand);
    });
  });

  describe('cancel', () => {
    it('cancels the matter and every live assignment, keeping withdrawn ones', () => {
      const s = newMatter();
      ack(s, LEAD);
      run(s, 'decline', { actor: unitActor(CO1), unitCode: CO1, reason: '不属于' }, T1);
      run(s, 'reroute', { actor: office, fromUnitCode: CO1, toUnitCode: OUTSIDER, reason: '改派' }, T1);
      run(s, 'requestExtension', {
        actor: unitActor(LEAD),
        unitCode: LEAD,
        requestedDueDate: '2026-07-31',
        reason: '延期',
      });
      const events = run(s, 'cancel', { actor: office, reason: '上级决定不再推进' }, T2);

      expect(events).toEqual([{ type: 'matter.cancelled', reason: '上级决定不再推进', data: {} }]);
      expect(s).toMatchObject({
        status: 'cancelled',
        light: 'none',
        cancelledAt: T2,
        cancelReason: '上级决定不再推进',
        updatedAt: T2,
      });
      expect(s.pendingExtension).toBeUndefined();
      expect(s.closedAt).toBeUndefined();
      expect(isOpen(s)).toBe(false);
      expect(s.assignments.map((a) => [a.unitCode, a.status])).toEqual([
        [LEAD, 'cancelled'],
        [CO1, 'withdrawn'],
        [CO2, 'cancelled'],
        [OUTSIDER, 'cancelled'],
      ]);
    });

    it('may cancel a matter waiting for verification', () => {
      const s = submittedMatter();
      run(s, 'cancel', { actor: office, reason: '撤销' }, T3);
      expect(s.status).toBe('cancelled');
      expect(s.assignments.every((a) => a.status === 'cancelled')).toBe(true);
    });

    it.each([
      ['a unit', unitActor(LEAD)],
      ['leadership', leadership],
      ['the system', system],
    ])('refuses %s cancelling (Forbidden)', (_label, actor) => {
      expectRefused(newMatter(), 'cancel', { actor, reason: '撤销' }, ErrorCode.Forbidden);
    });

    it('refuses an empty reason (InvalidCommand)', () => {
      expectRefused(newMatter(), 'cancel', { actor: office, reason: '' }, ErrorCode.InvalidCommand);
    });

    it('refuses a non-text reason (InvalidCommand)', () => {
      expectRefused(
        newMatter(),
        'cancel',
        { actor: office, reason: 42 as unknown as string },
        ErrorCode.InvalidCommand,
      );
    });
  });

  describe('requestExtension', () => {
    function acknowledged(): MatterState {
      return ackAll(newMatter());
    }

    it('records the request for the office', () => {
      const s = acknowledged();
      const events = run(
        s,
        'requestExtension',
        { actor: unitActor(LEAD), unitCode: LEAD, requestedDueDate: '2026-07-31', reason: '活动延期举办' },
        T2,
      );

      expect(events).toEqual([
        {
          type: 'matter.extension_requested',
          unitCode: LEAD,
          reason: '活动延期举办',
          data: { requestedDueDate: '2026-07-31', currentDueDate: '2026-06-30' },
        },
      ]);
      expect(s.pendingExtension).toEqual({
        at: T2,
        byUserId: 'market-regulation-liaison',
        unitCode: LEAD,
        requestedDueDate: '2026-07-31',
        reason: '活动延期举办',
      });
      expect(s.dueDate).toBe('2026-06-30');
    });

    it('accepts the day after the due date, and a returned lead unit may ask', () => {
      const s = submittedMatter();
      run(s, 'returnForRework', { actor: office, reason: '退回' }, T3);
      run(s, 'requestExtension', {
        actor: unitActor(LEAD),
        unitCode: LEAD,
        requestedDueDate: '2026-07-01',
        reason: '整改',
      });
      expect(s.pendingExtension?.requestedDueDate).toBe('2026-07-01');
    });

    it('refuses a co-unit asking (InvalidCommand)', () => {
      expectRefused(
        acknowledged(),
        'requestExtension',
        { actor: unitActor(CO1), unitCode: CO1, requestedDueDate: '2026-07-31', reason: '延期' },
        ErrorCode.InvalidCommand,
      );
    });

    it('refuses a lead unit that has not acknowledged (InvalidTransition)', () => {
      expectRefused(
        newMatter(),
        'requestExtension',
        { actor: unitActor(LEAD), unitCode: LEAD, requestedDueDate: '2026-07-31', reason: '延期' },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses a lead unit whose report waits for verification (InvalidTransition)', () => {
      expectRefused(
        submittedMatter(),
        'requestExtension',
        { actor: unitActor(LEAD), unitCode: LEAD, requestedDueDate: '2026-07-31', reason: '延期' },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses a second request while one is pending (InvalidTransition)', () => {
      const s = acknowledged();
      run(s, 'requestExtension', {
        actor: unitActor(LEAD),
        unitCode: LEAD,
        requestedDueDate: '2026-07-31',
        reason: '延期',
      });
      expectRefused(
        s,
        'requestExtension',
        { actor: unitActor(LEAD), unitCode: LEAD, requestedDueDate: '2026-08-31', reason: '再延期' },
        ErrorCode.InvalidTransition,
      );
    });

    it.each(['2026-06-30', '2026-06-29', '2025-12-31', '2026-02-30', '2026-7-31', ''])(
      'refuses the requested due date %p (InvalidCommand)',
      (requestedDueDate) => {
        const r = expectRefused(
          acknowledged(),
          'requestExtension',
          { actor: unitActor(LEAD), unitCode: LEAD, requestedDueDate, reason: '延期' },
          ErrorCode.InvalidCommand,
        );
        expect(r.message).toContain('requestedDueDate');
      },
    );

    it('refuses an empty reason (InvalidCommand)', () => {
      expectRefused(
        acknowledged(),
        'requestExtension',
        { actor: unitActor(LEAD), unitCode: LEAD, requestedDueDate: '2026-07-31', reason: '' },
        ErrorCode.InvalidCommand,
      );
    });

    it('refuses a co-unit asking for the lead unit (Forbidden)', () => {
      expectRefused(
        acknowledged(),
        'requestExtension',
        { actor: unitActor(CO1), unitCode: LEAD, requestedDueDate: '2026-07-31', reason: '延期' },
        ErrorCode.Forbidden,
      );
    });
  });

  describe('decideExtension', () => {
    function withRequest(requestedDueDate = '2026-07-31'): MatterState {
      const s = ackAll(newMatter());
      run(s, 'requestExtension', { actor: unitActor(LEAD), unitCode: LEAD, requestedDueDate, reason: '活动延期' }, T1);
      return s;
    }

    it('approving moves the due date and counts the extension', () => {
      const s = withRequest();
      const events = run(s, 'decideExtension', { actor: office, approve: true, reason: '同意延期' }, T2);

      expect(events).toEqual([
        {
          type: 'matter.extension_approved',
          unitCode: LEAD,
          reason: '同意延期',
          data: { previousDueDate: '2026-06-30', dueDate: '2026-07-31' },
        },
      ]);
      expect(s).toMatchObject({ dueDate: '2026-07-31', originalDueDate: '2026-06-30', extensionCount: 1 });
      expect(s.pendingExtension).toBeUndefined();
    });

    it('refusing keeps the due date and clears the request', () => {
      const s = withRequest();
      const events = run(s, 'decideExtension', { actor: office, approve: false, reason: '理由不充分' }, T2);

      expect(events).toEqual([
        {
          type: 'matter.extension_refused',
          unitCode: LEAD,
          reason: '理由不充分',
          data: { requestedDueDate: '2026-07-31' },
        },
      ]);
      expect(s).toMatchObject({ dueDate: '2026-06-30', extensionCount: 0 });
      expect(s.pendingExtension).toBeUndefined();
    });

    it('a second extension builds on the first and is measured against the new due date', () => {
      const s = withRequest();
      run(s, 'decideExtension', { actor: office, approve: true, reason: '同意' }, T2);
      expectRefused(
        s,
        'requestExtension',
        { actor: unitActor(LEAD), unitCode: LEAD, requestedDueDate: '2026-07-15', reason: '再延期' },
        ErrorCode.InvalidCommand,
      );
      run(
        s,
        'requestExtension',
        { actor: unitActor(LEAD), unitCode: LEAD, requestedDueDate: '2026-08-31', reason: '再延期' },
        T3,
      );
      const [event] = run(s, 'decideExtension', { actor: office, approve: true, reason: '同意' }, T4);
      expect(event?.data).toEqual({ previousDueDate: '2026-07-31', dueDate: '2026-08-31' });
      expect(s).toMatchObject({ dueDate: '2026-08-31', originalDueDate: '2026-06-30', extensionCount: 2 });
    });

    it('refuses deciding when nothing is pending (InvalidTransition)', () => {
      expectRefused(
        ackAll(newMatter()),
        'decideExtension',
        { actor: office, approve: true, reason: '同意' },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses a unit deciding its own request (Forbidden)', () => {
      expectRefused(
        withRequest(),
        'decideExtension',
        { actor: unitActor(LEAD), approve: true, reason: '同意' },
        ErrorCode.Forbidden,
      );
    });

    it('refuses an empty reason (InvalidCommand)', () => {
      expectRefused(
        withRequest(),
        'decideExtension',
        { actor: office, approve: false, reason: '' },
        ErrorCode.InvalidCommand,
      );
    });
  });

  describe('reassignLead', () => {
    it('promotes a co-unit to lead, keeping its acknowledgement and reopening its contributed share', () => {
      const s = ackAll(newMatter());
      run(s, 'contribute', { actor: unitActor(CO1), unitCode: CO1, text: '普法材料', evidence: [] }, T1);
      run(s, 'requestExtension', {
        actor: unitActor(LEAD),
        unitCode: LEAD,
        requestedDueDate: '2026-07-31',
        reason: '延期',
      });
      const events = run(s, 'reassignLead', { actor: office, toUnitCode: CO1, reason: '由司法局牵头更合适' }, T2);

      expect(events).toEqual([
        {
          type: 'matter.lead_reassigned',
          unitCode: CO1,
          reason: '由司法局牵头更合适',
          data: { fromUnitCode: LEAD, toUnitCode: CO1, wasCoUnit: true },
        },
      ]);
      expect(s.leadUnitCode).toBe(CO1);
      expect(s.coUnitCodes).toEqual([CO2]);
      expect(s.pendingExtension).toBeUndefined();
      expect(s.assignments.find((a) => a.unitCode === LEAD)?.status).toBe('withdrawn');
      expect(activeAssignment(s, LEAD)).toBeUndefined();
      expect(leadAssignment(s)).toMatchObject({
        unitCode: CO1,
        role: 'lead',
        status: 'in_progress',
        acknowledgedAt: T1,
      });
      expect(s.assignments).toHaveLength(3);

      // The new lead works on without signing again; the old lead holds nothing.
      expect(submit(s, CO1, T3)[0]).toMatchObject({ type: 'matter.completion_submitted', unitCode: CO1 });
      expectRefused(
        s,
        'reportProgress',
        { actor: unitActor(LEAD), unitCode: LEAD, text: '进展', percent: 10 },
        ErrorCode.NotAssigned,
      );
    });

    it('keeps an awaiting co-unit awaiting when it becomes lead', () => {
      const s = newMatter();
      run(s, 'reassignLead', { actor: office, toUnitCode: CO2, reason: '调整' }, T2);
      expect(leadAssignment(s)).toMatchObject({ unitCode: CO2, role: 'lead', status: 'awaiting_ack' });
      expect(s.coUnitCodes).toEqual([CO1]);
    });

    it('assigns a unit new to the matter as lead', () => {
      const s = ackAll(newMatter());
      const events = run(s, 'reassignLead', { actor: office, toUnitCode: OTHER, reason: '改由公安牵头' }, T2);

      expect(events).toEqual([
        {
          type: 'matter.lead_reassigned',
          unitCode: OTHER,
          reason: '改由公安牵头',
          data: { fromUnitCode: LEAD, toUnitCode: OTHER, wasCoUnit: false },
        },
      ]);
      expect(s.leadUnitCode).toBe(OTHER);
      expect(s.coUnitCodes).toEqual([CO1, CO2]);
      expect(leadAssignment(s)).toEqual({
        unitCode: OTHER,
        role: 'lead',
        status: 'awaiting_ack',
        assignedAt: T2,
        percent: 0,
        progress: [],
        returnCount: 0,
      });
      expect(s.assignments.filter((a) => a.role === 'lead').map((a) => [a.unitCode, a.status])).toEqual([
        [LEAD, 'withdrawn'],
        [OTHER, 'awaiting_ack'],
      ]);

      // The new lead must acknowledge before it may report completion.
      expectRefused(
        s,
        'submitCompletion',
        { actor: unitActor(OTHER), unitCode: OTHER, summary: '完成', evidence: [] },
        ErrorCode.InvalidTransition,
      );
      ack(s, OTHER, T3);
      expect(submit(s, OTHER, T4)[0]?.unitCode).toBe(OTHER);
    });

    it('clears a pending decline of the replaced lead', () => {
      const s = newMatter();
      run(s, 'decline', { actor: unitActor(LEAD), unitCode: LEAD, reason: '不属于' }, T1);
      run(s, 'reassignLead', { actor: office, toUnitCode: OUTSIDER, reason: '调整' }, T2);
      const old = s.assignments.find((a) => a.unitCode === LEAD)!;
      expect(old.status).toBe('withdrawn');
      expect(old.pendingDecline).toBeUndefined();
    });

    it('refuses a unit reassigning (Forbidden)', () => {
      expectRefused(
        newMatter(),
        'reassignLead',
        { actor: unitActor(LEAD), toUnitCode: CO1, reason: '调整' },
        ErrorCode.Forbidden,
      );
    });

    it('refuses an unknown unit (UnitNotFound)', () => {
      expectRefused(
        newMatter(),
        'reassignLead',
        { actor: office, toUnitCode: 'Ghost!', reason: '调整' },
        ErrorCode.UnitNotFound,
      );
    });

    it('refuses the current lead unit (InvalidCommand)', () => {
      expectRefused(
        newMatter(),
        'reassignLead',
        { actor: office, toUnitCode: LEAD, reason: '调整' },
        ErrorCode.InvalidCommand,
      );
    });

    it('refuses while a report waits for verification (InvalidTransition)', () => {
      expectRefused(
        submittedMatter(),
        'reassignLead',
        { actor: office, toUnitCode: CO1, reason: '调整' },
        ErrorCode.InvalidTransition,
      );
    });

    it('refuses an empty reason (InvalidCommand)', () => {
      expectRefused(
        newMatter(),
        'reassignLead',
        { actor: office, toUnitCode: CO1, reason: '' },
        ErrorCode.InvalidCommand,
      );
    });
  });

  describe('instruct', () => {
    it('records a leadership instruction (批示) with its author', () => {
      const s = newMatter();
      const events = run(
        s,
        'instruct',
        { actor: { ...leadership, displayName: '李区长' }, text: '请月底前报送进展' },
        T2,
      );
      expect(events).toEqual([
        { type: 'matter.instruction_given', unitCode: LEAD, data: { text: '请月底前报送进展' } },
      ]);
      expect(s.instructions).toEqual([{ at: T2, byUserId: 'leader-li', byName: '李区长', text: '请月底前报送进展' }]);
    });

    it('refuses anyone but leadership, and an empty instruction', () => {
      expectRefused(newMatter(), 'instruct', { actor: office, text: '催办' }, ErrorCode.Forbidden);
      expectRefused(newMatter(), 'instruct', { actor: unitActor(LEAD), text: '自批' }, ErrorCode.Forbidden);
      expectRefused(newMatter(), 'instruct', { actor: leadership, text: ' ' }, ErrorCode.InvalidCommand);
    });

    it('works on a state carried over from a run without instructions', () => {
      const s = newMatter();
      delete s.instructions;
      run(s, 'instruct', { actor: leadership, text: '抓紧' });
      expect(s.instructions).toHaveLength(1);
    });
  });
});

describe('recordSentUrge', () => {
  const notice = { recipients: [], noticeNo: '督〔2026〕1号' };
  const urge = { actor: office, unitCode: LEAD, level: 'supervision' as const, note: '限期办结', notice };

  it('records a sent notice on a matter that closed while it was sent, saying what would refuse it now', () => {
    const s = newMatter();
    applyCommand(s, 'cancel', { actor: office, reason: '撤销' }, T1);
    expect(() => applyCommand(s, 'urge', urge, T2)).toThrow(MatterRejection);
    const drafts = recordSentUrge(s, urge, T2, ErrorCode.MatterClosed);
    expect(drafts).toEqual([
      {
        type: 'supervision.escalated',
        unitCode: LEAD,
        reason: '限期办结',
        data: expect.objectContaining({
          level: 'supervision',
          origin: 'manual',
          noticeNo: '督〔2026〕1号',
          refusedNow: ErrorCode.MatterClosed,
        }),
      },
    ]);
    expect(s.updatedAt).toBe(T2);
  });

  it('records the same event as applyCommand when nothing changed', () => {
    const a = newMatter();
    const b = newMatter();
    expect(recordSentUrge(a, urge, T1)).toEqual(applyCommand(b, 'urge', urge, T1));
  });
});
