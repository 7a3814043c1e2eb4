// Small statistics for the benchmark: nearest-rank percentiles and medians.
export function percentile(values: number[], p: number): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}

export const median = (values: number[]): number => {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};

export const round = (v: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

// Runs `task` for each item with at most `concurrency` in flight; returns each item's duration in ms and the
// failures (a refused or failed request is counted and reported, not fatal: it is a finding of the run).
export async function runPool<T>(
  items: T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<{ durations: number[]; elapsedMs: number; errors: string[] }> {
  const durations: number[] = [];
  const errors: string[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      const t0 = performance.now();
      try {
        await task(items[i] as T, i);
        durations.push(performance.now() - t0);
      } catch (err) {
        errors.push(err instanceof Error ? err.message : String(err));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return { durations, elapsedMs: performance.now() - started, errors };
}
