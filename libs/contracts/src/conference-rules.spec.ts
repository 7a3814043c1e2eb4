import { filingActionsFor, topicActionsFor } from './conference-rules';

describe('conference rules', () => {
  it.each([
    ['proposed', ['accept', 'defer', 'decline']],
    ['accepted', ['defer', 'decline']],
    ['deferred', ['accept', 'decline']],
    ['declined', []],
    ['discussed', []],
  ] as const)('offers the office on a %s topic: %j', (status, actions) => {
    expect(topicActionsFor(status, 'office')).toEqual(actions);
    expect(topicActionsFor(status, 'unit')).toEqual([]);
    expect(topicActionsFor(status, 'leadership')).toEqual([]);
  });

  const filing = (
    status: 'submitted' | 'reviewed' | 'returned',
    kind: 'major_matter' | 'information' = 'information',
  ) => ({
    status,
    kind,
    unitCode: 'justice',
  });
  const office = { role: 'office' as const };
  const own = { role: 'unit' as const, unitCode: 'justice' };
  const other = { role: 'unit' as const, unitCode: 'finance' };

  it('lets the office review or return a submitted filing, and nobody else', () => {
    expect(filingActionsFor(filing('submitted'), office)).toEqual(['review', 'return']);
    expect(filingActionsFor(filing('submitted'), own)).toEqual([]);
  });

  it('lets only the filing unit resubmit a returned filing', () => {
    expect(filingActionsFor(filing('returned'), own)).toEqual(['resubmit']);
    expect(filingActionsFor(filing('returned'), other)).toEqual([]);
    expect(filingActionsFor(filing('returned'), office)).toEqual([]);
  });

  it('selects only reviewed information items for a briefing', () => {
    expect(filingActionsFor(filing('reviewed'), office)).toEqual(['select']);
    expect(filingActionsFor(filing('reviewed', 'major_matter'), office)).toEqual([]);
  });
});
