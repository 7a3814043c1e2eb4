import type { Actor, MatterState } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import { matterDefinition } from '@app/testing/matter-state';

import type { MatterCommandMap, MatterCommandName } from './matter-commands';
import { rejectionOf } from './matter-rejection';
import { applyCommand, initialState } from './matter-state-machine';
import {
  checkVerifyConfirmation,
  unitsNeedingConfirmation,
  unitsToConfirmIn,
  verifyNeedsConfirmationMessage,
} from './verify-confirmation';

const T0 = '2074-03-02T02:00:00.000Z';
const T1 = '2074-03-09T02:00:00.000Z';
const LEAD = 'market-regulation';
// finance signs and contributes, science-industry-it signs only, justice and health never sign.
const CONTRIBUTES = 'finance';
const SIGNS_ONLY = 'science-industry-it';
const SILENT = ['justice', 'health'];

const office: Actor = { userId: 'wang', role: 'office', capacityRoles: ['office_staff'] };
const unit = (unitCode: string): Actor => ({ userId: `u-${unitCode}`, role: 'unit', unitCode, memberOf: unitCode });

// Applies a command as the workflow does from the verify-not-done-v1 patch on.
function run<K extends MatterCommandName>(s: MatterState, name: K, cmd: MatterCommandMap[K], at = T0) {
  checkVerifyConfirmation(s, name, cmd);
  return applyCommand(s, name, cmd, at);
}

// A matter whose lead has reported completion, with one co-unit that contributed, one that signed but sent
// nothing, and two that never signed.
function awaitingVerification(): MatterState {
  const def = matterDefinition(2074, {
    code: 'JC-2074-009',
    title: '知识产权纠纷多元化解',
    leadUnitCode: LEAD,
    coUnitCodes: [CONTRIBUTES, SIGNS_ONLY, ...SILENT],
  });
  const s = initialState(def, office, T0);
  for (const code of [LEAD, CONTRIBUTES, SIGNS_ONLY]) {
    run(s, 'acknowledge', { actor: unit(code), unitCode: code });
  }
  run(s, 'contribute', { actor: unit(CONTRIBUTES), unitCode: CONTRIBUTES, text: '资金已拨付', evidence: [] });
  run(s, 'submitCompletion', { actor: unit(LEAD), unitCode: LEAD, summary: '已办结', evidence: [] });
  return s;
}

const refusal = rejectionOf;

const statusOf = (s: MatterState, code: string) => s.assignments.find((a) => a.unitCode === code)?.status;

describe(checkVerifyConfirmation.name, () => {
  it('names the co-units that never signed nor contributed, not the lead nor the ones that signed', () => {
    expect(unitsNeedingConfirmation(awaitingVerification()).map((a) => a.unitCode)).toEqual(SILENT);
  });

  it('refuses a verify that leaves such a unit unnamed, naming each unit and saying how to confirm', () => {
    const s = awaitingVerification();
    const before = JSON.stringify(s);
    const refused = refusal(() => run(s, 'verify', { actor: office, comment: '同意销号' }));
    expect(refused?.code).toBe(ErrorCode.VerifyNeedsConfirmation);
    expect(refused?.message).toContain('区司法局 (justice)');
    expect(refused?.message).toContain('区卫生健康局 (health)');
    expect(refused?.message).toContain('notDoneUnitCodes ["justice","health"]');
    const half = refusal(() => run(s, 'verify', { actor: office, comment: '同意销号', notDoneUnitCodes: ['justice'] }));
    expect(half?.code).toBe(ErrorCode.VerifyNeedsConfirmation);
    expect(half?.message).toContain('(health)');
    expect(half?.message).not.toContain('(justice)');
    expect(JSON.stringify(s)).toBe(before);
  });

  it('records the confirmed units as not done, and the lead and the units that signed as completed', () => {
    const s = awaitingVerification();
    const drafts = run(s, 'verify', { actor: office, comment: '两单位未参与', notDoneUnitCodes: SILENT }, T1);
    expect(s.status).toBe('closed');
    expect(SILENT.map((c) => statusOf(s, c))).toEqual(['not_done', 'not_done']);
    expect([LEAD, CONTRIBUTES, SIGNS_ONLY].map((c) => statusOf(s, c))).toEqual(['completed', 'completed', 'completed']);
    expect(s.assignments.find((a) => a.unitCode === 'justice')?.completedAt).toBeUndefined();
    expect(s.assignments.find((a) => a.unitCode === LEAD)?.completedAt).toBe(T1);
    expect(drafts).toEqual([
      { type: 'matter.closed', unitCode: LEAD, reason: '两单位未参与', data: { notDoneUnitCodes: SILENT } },
    ]);
  });

  it('refuses as bad input a listed code that is not such a unit, a unit twice, or a list without a comment', () => {
    const s = awaitingVerification();
    const cases: string[][] = [
      [...SILENT, LEAD],
      [...SILENT, CONTRIBUTES],
      [...SILENT, SIGNS_ONLY],
      [...SILENT, 'no-such-unit'],
      [...SILENT, 'justice'],
    ];
    for (const notDoneUnitCodes of cases) {
      const refused = refusal(() => run(s, 'verify', { actor: office, comment: 'x', notDoneUnitCodes }));
      expect({ notDoneUnitCodes, code: refused?.code }).toEqual({ notDoneUnitCodes, code: ErrorCode.ValidationFailed });
    }
    const noComment = refusal(() => run(s, 'verify', { actor: office, notDoneUnitCodes: SILENT }));
    expect(noComment?.code).toBe(ErrorCode.ValidationFailed);
    expect(noComment?.message).toContain('comment is required');
    expect(s.status).toBe('awaiting_verification');
  });

  it('asks nothing when every co-unit signed, and accepts an empty list', () => {
    const s = awaitingVerification();
    for (const code of SILENT) {
      run(s, 'acknowledge', { actor: unit(code), unitCode: code });
    }
    expect(refusal(() => checkVerifyConfirmation(s, 'verify', { actor: office }))).toBeNull();
    run(s, 'verify', { actor: office, notDoneUnitCodes: [] });
    expect(s.assignments.every((a) => a.status === 'completed')).toBe(true);
  });

  it('leaves the state machine as before for a verify without the list (histories before the patch)', () => {
    const s = awaitingVerification();
    const drafts = applyCommand(s, 'verify', { actor: office }, T1);
    expect(s.assignments.map((a) => a.status)).toEqual(Array(5).fill('completed'));
    expect(drafts[0]?.data).toEqual({});
  });

  it('passes other commands and a matter not awaiting verification to the state machine', () => {
    const s = awaitingVerification();
    expect(refusal(() => checkVerifyConfirmation(s, 'returnForRework', { actor: office, reason: '补充' }))).toBeNull();
    run(s, 'returnForRework', { actor: office, reason: '补充材料' });
    expect(refusal(() => checkVerifyConfirmation(s, 'verify', { actor: office }))).toBeNull();
    expect(refusal(() => run(s, 'verify', { actor: office }))?.code).toBe(ErrorCode.InvalidTransition);
  });
});

describe(verifyNeedsConfirmationMessage.name, () => {
  it('names the units and gives the list to send, which unitsToConfirmIn reads back', () => {
    const message = verifyNeedsConfirmationMessage('WH-IP-2026-001', ['finance', 'data-bureau'], (c) => `<${c}>`);
    expect(message).toContain('Co-unit <finance>, <data-bureau> never signed for matter WH-IP-2026-001');
    expect(unitsToConfirmIn(message)).toEqual(['finance', 'data-bureau']);
  });

  it('reads back nothing from a message without the list', () => {
    expect(unitsToConfirmIn('Matter WH-IP-2026-001 is closed.')).toBeUndefined();
    expect(unitsToConfirmIn('send notDoneUnitCodes [not json] with a comment')).toBeUndefined();
  });
});
