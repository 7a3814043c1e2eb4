// Command-line flags of `npm run bench`.
export interface BenchOptions {
  // Matters per repetition of the command mix (dispatch, acknowledge, progress).
  commands: number;
  concurrency: number;
  // Open matters for the worker RSS figure (opened in `reps` steps, interleaved).
  matters: number;
  // Matters due at one instant for the escalation lateness figure.
  dueAtOnce: number;
  readSizes: number[];
  readRuns: number;
  reps: number;
  phases: Set<Phase>;
  // Also write docs/performance-results.json (the copy docs/performance.md quotes).
  record: boolean;
  smoke: boolean;
}

export type Phase = 'commands' | 'rss' | 'escalation' | 'reads';
export const PHASES: Phase[] = ['commands', 'rss', 'escalation', 'reads'];

export const DEFAULTS: BenchOptions = {
  commands: 60,
  concurrency: 8,
  matters: 600,
  dueAtOnce: 200,
  readSizes: [1000, 10_000, 100_000],
  readRuns: 10,
  reps: 3,
  phases: new Set(PHASES),
  record: false,
  smoke: false,
};

export const SMOKE: Partial<BenchOptions> = {
  commands: 6,
  concurrency: 4,
  matters: 10,
  dueAtOnce: 5,
  readSizes: [200, 400],
  readRuns: 2,
  reps: 1,
};

const positive = (flag: string, value: string | undefined): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new Error(`${flag} needs a positive integer, got "${value}"`);
  }
  return n;
};

export function parseOptions(argv: string[]): BenchOptions {
  const smoke = argv.includes('--smoke');
  const o: BenchOptions = { ...DEFAULTS, ...(smoke ? SMOKE : {}), phases: new Set(PHASES), smoke };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const value = (): string | undefined => argv[++i];
    switch (flag) {
      case '--smoke':
        break;
      case '--record':
        o.record = true;
        break;
      case '--commands':
        o.commands = positive(flag, value());
        break;
      case '--concurrency':
        o.concurrency = positive(flag, value());
        break;
      case '--matters':
        o.matters = positive(flag, value());
        break;
      case '--due-at-once':
        o.dueAtOnce = positive(flag, value());
        break;
      case '--reps':
        o.reps = positive(flag, value());
        break;
      case '--read-runs':
        o.readRuns = positive(flag, value());
        break;
      case '--read-sizes':
        o.readSizes = (value() ?? '').split(',').map((s) => positive(flag, s.trim()));
        break;
      case '--only': {
        const names = (value() ?? '').split(',') as Phase[];
        const unknown = names.filter((n) => !PHASES.includes(n));
        if (unknown.length) {
          throw new Error(`--only takes ${PHASES.join(',')}; unknown: ${unknown.join(',')}`);
        }
        o.phases = new Set(names);
        break;
      }
      default:
        throw new Error(
          `unknown flag ${flag}; flags: --smoke --record --commands N --concurrency N --matters N ` +
            `--due-at-once N --reps N --read-sizes A,B,C --read-runs N --only ${PHASES.join(',')}`,
        );
    }
  }
  return o;
}
