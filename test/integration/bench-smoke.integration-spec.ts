import { formatTable, runBench } from '../../bench/run';
import { parseOptions } from '../../bench/lib/options';

// `npm run bench -- --smoke`, in-process: the benchmark's whole path (its own Temporal dev server, MySQL
// database, the compiled API and worker, the raw baseline's worker, the read scale) at tiny sizes. No
// thresholds: it proves the benchmark keeps working and that its JSON carries every figure.
jest.setTimeout(400_000);

const LIVE_FIGURES = [
  'dispatchPerSec',
  'ackP95Ms',
  'progressP95Ms',
  'cpuPerCommandMs',
  'cpuPerAckMs',
  'escalationLatenessP95Ms',
  'workerRssMiB',
  'workerRssPerMatterMiB',
];
const READ_VIEWS = [
  'leadershipSummary',
  'board: open by due date',
  'board: unit + open, by due date',
  'board: red light, by updated',
  'board: overdue',
  'board: text search',
  "unit's to-dos",
  'scorecard',
  'other supervision views',
];

describe('npm run bench -- --smoke', () => {
  it('measures every figure of the project and of the raw baseline', async () => {
    const lines: string[] = [];
    const result = await runBench(parseOptions(['--smoke']), (m) => lines.push(m));
    const byKey = new Map(result.figures.map((f) => [f.key, f]));

    expect([...byKey.keys()].sort()).toEqual([...LIVE_FIGURES, ...READ_VIEWS.map((v) => `read:${v}`)].sort());
    for (const key of LIVE_FIGURES) {
      const f = byKey.get(key)!;
      expect({ key, project: Number.isFinite(f.project), raw: Number.isFinite(f.raw) }).toEqual({
        key,
        project: true,
        raw: true,
      });
    }
    expect(byKey.get('dispatchPerSec')!.project).toBeGreaterThan(0);
    // Every matter due at once got its notice, on both sides.
    for (const side of ['project', 'raw'] as const) {
      expect(result.escalation![side].map((s) => s.notified)).toEqual([result.options.dueAtOnce]);
    }
    expect(result.reads!.map((r) => r.size)).toEqual(result.options.readSizes);
    for (const size of result.reads!) {
      for (const view of READ_VIEWS) {
        expect(size.views[view]?.p95Ms).toBeGreaterThan(0);
        expect(size.views[view]?.queries).toBeGreaterThan(0);
      }
    }
    expect(formatTable(result)).toContain('dispatch throughput');
  });
});
