import { assertDefined, defined } from './assert-defined';

describe('assertDefined', () => {
  it('passes a value through, zero and the empty string included', () => {
    expect(defined(0, 'a count')).toBe(0);
    expect(defined('', 'a text')).toBe('');
    expect(() => assertDefined(false, 'a flag')).not.toThrow();
  });

  it('names what was missing', () => {
    expect(() => defined(undefined, 'the first row')).toThrow('expected the first row');
    expect(() => assertDefined(null, 'a matched group')).toThrow('expected a matched group');
  });
});
