// The last lines of `npm test`, which CI reads: one line per tier that was meant to run and per check (lint,
// format, type-check), then `tests: N passed, N failed[, N skipped][; failed: …]`. A tier whose jest run wrote
// no results (its global setup threw, jest crashed) or ran no test counts as one failure by name, and so does a
// failed check: "0 failed" means everything that was meant to run ran and passed.
import * as fs from 'node:fs';

// The fields of jest's `--json` output that the count needs.
export interface JestCounts {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
  // A suite that fails to load has no failed tests of its own.
  numRuntimeErrorTestSuites: number;
}

export type TierOutcome =
  | { name: string; kind: 'results'; counts: JestCounts }
  | { name: string; kind: 'missing' }
  | { name: string; kind: 'unreadable'; reason: string };

export interface CheckOutcome {
  name: string;
  exitCode: number;
}

export interface Summary {
  lines: string[];
  exitCode: number;
}

interface TierCount {
  line: string;
  passed: number;
  failed: number;
  skipped: number;
  // Why the tier failed when it has no test counts to show.
  why?: string;
}

function tierLine(tier: TierOutcome): TierCount {
  switch (tier.kind) {
    case 'missing':
      return {
        line: `tier ${tier.name}: no results (global setup failed?)`,
        passed: 0,
        failed: 1,
        skipped: 0,
        why: 'no results',
      };
    case 'unreadable':
      return {
        line: `tier ${tier.name}: unreadable results (${tier.reason})`,
        passed: 0,
        failed: 1,
        skipped: 0,
        why: 'unreadable results',
      };
    case 'results': {
      const c = tier.counts;
      if (c.numTotalTests === 0 && c.numRuntimeErrorTestSuites === 0) {
        return { line: `tier ${tier.name}: no test ran`, passed: 0, failed: 1, skipped: 0, why: 'no test ran' };
      }
      const failed = c.numFailedTests + c.numRuntimeErrorTestSuites;
      const skipped = c.numPendingTests + c.numTodoTests;
      const passed = c.numPassedTests;
      return { line: `tier ${tier.name}: ${counted(passed, failed, skipped)}`, passed, failed, skipped };
    }
  }
}

function counted(passed: number, failed: number, skipped: number): string {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

export function summarize(tiers: readonly TierOutcome[], checks: readonly CheckOutcome[]): Summary {
  const lines: string[] = [];
  const failedNames: string[] = [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const tier of tiers) {
    const t = tierLine(tier);
    lines.push(t.line);
    passed += t.passed;
    failed += t.failed;
    skipped += t.skipped;
    if (t.failed > 0) {
      failedNames.push(t.why ? `tier ${tier.name} (${t.why})` : `tier ${tier.name}`);
    }
  }
  if (tiers.length === 0) {
    lines.push('no tier was meant to run');
    failed += 1;
    failedNames.push('no tier');
  }
  for (const check of checks) {
    lines.push(`${check.name}: ${check.exitCode === 0 ? 'ok' : `failed (exit ${check.exitCode})`}`);
    if (check.exitCode !== 0) {
      failed += 1;
      failedNames.push(check.name);
    }
  }
  const last = `tests: ${counted(passed, failed, skipped)}`;
  lines.push(failedNames.length > 0 ? `${last}; failed: ${failedNames.join(', ')}` : last);
  return { lines, exitCode: failed > 0 || passed === 0 ? 1 : 0 };
}

function isCounts(value: unknown): value is JestCounts {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const keys: (keyof JestCounts)[] = [
    'numPassedTests',
    'numFailedTests',
    'numPendingTests',
    'numTodoTests',
    'numTotalTests',
    'numRuntimeErrorTestSuites',
  ];
  return keys.every((k) => typeof (value as Record<string, unknown>)[k] === 'number');
}

export function readTier(name: string, file: string, readFile: (f: string) => string | undefined): TierOutcome {
  const text = readFile(file);
  if (text === undefined) {
    return { name, kind: 'missing' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { name, kind: 'unreadable', reason: e instanceof Error ? e.message : String(e) };
  }
  return isCounts(parsed)
    ? { name, kind: 'results', counts: parsed }
    : { name, kind: 'unreadable', reason: 'not jest JSON' };
}

// `--tier NAME=FILE` (jest's JSON for one tier) and `--check NAME=EXIT_CODE`, in the order they should print.
export function parseArgs(argv: readonly string[]): {
  tiers: { name: string; file: string }[];
  checks: CheckOutcome[];
} {
  const tiers: { name: string; file: string }[] = [];
  const checks: CheckOutcome[] = [];
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    const eq = value?.indexOf('=') ?? -1;
    if (value === undefined || eq <= 0) {
      throw new Error(`expected --tier NAME=FILE or --check NAME=EXIT_CODE, got ${JSON.stringify([flag, value])}`);
    }
    const name = value.slice(0, eq);
    const rest = value.slice(eq + 1);
    if (flag === '--tier') {
      tiers.push({ name, file: rest });
    } else if (flag === '--check' && /^\d+$/.test(rest)) {
      checks.push({ name, exitCode: Number(rest) });
    } else {
      throw new Error(`expected --tier NAME=FILE or --check NAME=EXIT_CODE, got ${JSON.stringify([flag, value])}`);
    }
  }
  return { tiers, checks };
}

function readIfPresent(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

if (require.main === module) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const summary = summarize(
      args.tiers.map((t) => readTier(t.name, t.file, readIfPresent)),
      args.checks,
    );
    console.log(summary.lines.join('\n'));
    process.exit(summary.exitCode);
  } catch (e) {
    console.log(`tests: 0 passed, 1 failed; failed: summary (${e instanceof Error ? e.message : String(e)})`);
    process.exit(1);
  }
}
