import { canDecide } from './topic-transitions';

describe('topic transitions', () => {
  it.each([
    ['proposed', 'accept', true],
    ['deferred', 'accept', true],
    ['accepted', 'accept', false],
    ['accepted', 'defer', true],
    ['deferred', 'defer', false],
    ['deferred', 'decline', true],
    ['declined', 'accept', false],
    ['discussed', 'decline', false],
    ['discussed', 'defer', false],
  ] as const)('%s → %s: %s', (status, decision, allowed) => {
    expect(canDecide(status, decision)).toBe(allowed);
  });
});
