import type { ChargeRef, Contest } from './contest';
import { chargeStands, decideContest, fileContest } from './contest';

const charge: ChargeRef = { kind: 'escalation', matterId: 'm1', seq: 7, unitCode: 'justice' };
const unit = { unitCode: 'justice', userId: 'u1' };
const file = (existing: Contest[] = []) =>
  fileContest(charge, unit, { reason: '延误系市财政资金未到位', attachments: ['市财政局函'] }, existing, 't1');

describe(fileContest.name, () => {
  it('files a pending contest of a charge against the unit itself', () => {
    expect(file()).toMatchObject({ status: 'pending', byUnitCode: 'justice', attachments: ['市财政局函'] });
  });

  it("refuses another unit's charge, a second pending contest and a charge already withdrawn", () => {
    const other = { unitCode: 'finance', userId: 'u2' };
    expect(() => fileContest(charge, other, { reason: 'x' }, [], 't1')).toThrow(/only a charge against itself/);
    expect(() => file([file()])).toThrow(/already waiting/);
    const accepted = decideContest(file(), { accept: true, byUserId: 'o1' }, 't2');
    expect(() => file([accepted])).toThrow(/already withdrawn/);
    const rejected = decideContest(file(), { accept: false, reason: '理由不成立', byUserId: 'o1' }, 't2');
    expect(file([rejected]).status).toBe('pending');
  });

  it('refuses an empty reason and too many attachments', () => {
    expect(() => fileContest(charge, unit, { reason: ' ' }, [], 't1')).toThrow(/reason/);
    const many = Array.from({ length: 21 }, (_, i) => `附件${i}`);
    expect(() => fileContest(charge, unit, { reason: '理由', attachments: many }, [], 't1')).toThrow(/attachments/);
  });
});

describe(decideContest.name, () => {
  it('withdraws an accepted charge from the figures and keeps the record of both', () => {
    const accepted = decideContest(file(), { accept: true, byUserId: 'o1' }, 't2');
    expect(accepted).toMatchObject({
      status: 'accepted',
      reason: '延误系市财政资金未到位',
      decision: { byUserId: 'o1' },
    });
    expect(chargeStands(charge, [accepted])).toBe(false);
    expect(chargeStands({ ...charge, seq: 8 }, [accepted])).toBe(true);
  });

  it('needs a reason to reject, and decides a contest once', () => {
    expect(() => decideContest(file(), { accept: false, byUserId: 'o1' }, 't2')).toThrow(/reason/);
    const rejected = decideContest(file(), { accept: false, reason: '理由不成立', byUserId: 'o1' }, 't2');
    expect(chargeStands(charge, [rejected])).toBe(true);
    expect(() => decideContest(rejected, { accept: true, byUserId: 'o1' }, 't3')).toThrow(/already rejected/);
  });
});
