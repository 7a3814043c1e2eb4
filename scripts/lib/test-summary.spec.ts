import type { JestCounts, TierOutcome } from './test-summary';
import { parseArgs, readTier, summarize } from './test-summary';

function counts(over: Partial<JestCounts> = {}): JestCounts {
  return {
    numPassedTests: 10,
    numFailedTests: 0,
    numPendingTests: 0,
    numTodoTests: 0,
    numTotalTests: 10,
    numRuntimeErrorTestSuites: 0,
    ...over,
  };
}

const ok = (name: string, over: Partial<JestCounts> = {}): TierOutcome => ({
  name,
  kind: 'results',
  counts: counts(over),
});

const lastLine = (lines: string[]): string | undefined => lines[lines.length - 1];

describe('summarize', () => {
  it('sums the tiers and exits 0 when everything ran and passed', () => {
    const sut = summarize(
      [ok('unit'), ok('integration', { numPassedTests: 5, numTotalTests: 5 })],
      [{ name: 'lint', exitCode: 0 }],
    );
    expect(sut.lines).toEqual([
      'tier unit: 10 passed, 0 failed',
      'tier integration: 5 passed, 0 failed',
      'lint: ok',
      'tests: 15 passed, 0 failed',
    ]);
    expect(sut.exitCode).toBe(0);
  });

  it('counts a tier that wrote no results as one failure, by name', () => {
    const sut = summarize([ok('unit'), ok('integration'), { name: 'browser', kind: 'missing' }], []);
    expect(sut.lines).toContain('tier browser: no results (global setup failed?)');
    expect(lastLine(sut.lines)).toBe('tests: 20 passed, 1 failed; failed: tier browser (no results)');
    expect(sut.exitCode).toBe(1);
  });

  it('counts unreadable results and a tier where no test ran as failures', () => {
    const sut = summarize(
      [
        { name: 'unit', kind: 'unreadable', reason: 'Unexpected end of JSON input' },
        ok('integration', { numPassedTests: 0, numTotalTests: 0 }),
      ],
      [],
    );
    expect(sut.lines).toEqual([
      'tier unit: unreadable results (Unexpected end of JSON input)',
      'tier integration: no test ran',
      'tests: 0 passed, 2 failed; failed: tier unit (unreadable results), tier integration (no test ran)',
    ]);
    expect(sut.exitCode).toBe(1);
  });

  it('counts failed tests, suites that failed to load, and reports skipped ones', () => {
    const sut = summarize(
      [
        ok('unit', {
          numPassedTests: 7,
          numFailedTests: 2,
          numRuntimeErrorTestSuites: 1,
          numPendingTests: 1,
          numTodoTests: 1,
        }),
      ],
      [],
    );
    expect(sut.lines[0]).toBe('tier unit: 7 passed, 3 failed, 2 skipped');
    expect(lastLine(sut.lines)).toBe('tests: 7 passed, 3 failed, 2 skipped; failed: tier unit');
    expect(sut.exitCode).toBe(1);
  });

  it('says which checks failed and counts each as a failure', () => {
    const sut = summarize(
      [ok('unit')],
      [
        { name: 'lint', exitCode: 1 },
        { name: 'format', exitCode: 0 },
        { name: 'typecheck', exitCode: 2 },
      ],
    );
    expect(sut.lines).toEqual([
      'tier unit: 10 passed, 0 failed',
      'lint: failed (exit 1)',
      'format: ok',
      'typecheck: failed (exit 2)',
      'tests: 10 passed, 2 failed; failed: lint, typecheck',
    ]);
    expect(sut.exitCode).toBe(1);
  });

  it('fails when no tier was meant to run or nothing passed', () => {
    expect(summarize([], []).exitCode).toBe(1);
    expect(lastLine(summarize([], []).lines)).toBe('tests: 0 passed, 1 failed; failed: no tier');
    const onlySkipped = summarize([ok('unit', { numPassedTests: 0, numPendingTests: 3, numTotalTests: 3 })], []);
    expect(lastLine(onlySkipped.lines)).toBe('tests: 0 passed, 0 failed, 3 skipped');
    expect(onlySkipped.exitCode).toBe(1);
  });
});

describe('readTier', () => {
  it('reads jest JSON, and tells a missing file from an unreadable one', () => {
    const files: Record<string, string> = {
      'good.json': JSON.stringify({ ...counts(), success: true, testResults: [] }),
      'cut.json': '{"numPassedTests": 3',
      'other.json': '{"hello": 1}',
    };
    const read = (f: string): string | undefined => files[f];
    expect(readTier('unit', 'good.json', read)).toEqual({
      name: 'unit',
      kind: 'results',
      counts: expect.objectContaining(counts()),
    });
    expect(readTier('unit', 'none.json', read)).toEqual({ name: 'unit', kind: 'missing' });
    expect(readTier('unit', 'cut.json', read)).toMatchObject({ name: 'unit', kind: 'unreadable' });
    expect(readTier('unit', 'other.json', read)).toEqual({ name: 'unit', kind: 'unreadable', reason: 'not jest JSON' });
  });
});

describe('parseArgs', () => {
  it('reads tiers and checks in order', () => {
    expect(
      parseArgs(['--tier', 'unit=a.json', '--check', 'lint=0', '--tier', 'browser=b=c.json', '--check', 'format=1']),
    ).toEqual({
      tiers: [
        { name: 'unit', file: 'a.json' },
        { name: 'browser', file: 'b=c.json' },
      ],
      checks: [
        { name: 'lint', exitCode: 0 },
        { name: 'format', exitCode: 1 },
      ],
    });
  });

  it.each([[['--tier']], [['--tier', 'unit']], [['--check', 'lint=x']], [['--other', 'a=b']]])('refuses %j', (argv) => {
    expect(() => parseArgs(argv)).toThrow(/expected --tier NAME=FILE/);
  });
});
