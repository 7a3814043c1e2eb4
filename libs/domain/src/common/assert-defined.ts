// For a value the code knows is there (an element at an index just checked, a regex group that matched) but the
// type system cannot: states why it must be there, and fails loudly, with that reason, if it is not.
export function assertDefined<T>(value: T | null | undefined, what: string): asserts value is T {
  if (value === undefined || value === null) {
    throw new Error(`expected ${what}`);
  }
}

// The same, as an expression: `defined(rows[0], 'a first row')`.
export function defined<T>(value: T | null | undefined, what: string): T {
  assertDefined(value, what);
  return value;
}
