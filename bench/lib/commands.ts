import type { ProjectClient, RawClient } from './clients';
import { cpuMs, rssMiB, totalCpuMs } from './proc';
import { percentile, runPool } from './stats';

// One repetition of the command mix on one side: dispatch M matters, acknowledge each, report progress on
// each, all at the given concurrency; CPU of the side's processes (API + worker + Temporal) over the three.
export interface CommandSample {
  dispatchPerSec: number;
  dispatchP95Ms: number;
  ackP95Ms: number;
  progressP95Ms: number;
  cpuPerAckMs: number;
  cpuPerCommandMs: number;
  // The acknowledge step's CPU per command, process by process, in the order of the side's `pids`
  // (project: API, worker, Temporal; raw: worker, Temporal): where a command's cost goes.
  cpuPerAckByProcessMs: number[];
  errors: string[];
}

export interface Side {
  name: 'project' | 'raw';
  pids: () => number[];
  dispatch: () => Promise<string>;
  acknowledge: (id: string) => Promise<void>;
  progress: (id: string) => Promise<void>;
}

export const projectSide = (client: ProjectClient, pids: () => number[]): Side => ({
  name: 'project',
  pids,
  dispatch: () => client.dispatch(),
  acknowledge: (id) => client.acknowledge(id),
  progress: (id) => client.progress(id),
});

export const rawSide = (client: RawClient, pids: () => number[]): Side => ({
  name: 'raw',
  pids,
  dispatch: () => client.dispatch(),
  acknowledge: (id) => client.command(id, 'acknowledge'),
  progress: (id) => client.command(id, 'progress'),
});

export async function commandRep(side: Side, matters: number, concurrency: number): Promise<CommandSample> {
  const ids: string[] = new Array<string>(matters);
  const cpu0 = totalCpuMs(side.pids());
  const dispatched = await runPool(ids, concurrency, async (_, i) => {
    ids[i] = await side.dispatch();
  });
  const cpu1 = totalCpuMs(side.pids());
  const live = ids.filter(Boolean);
  const perProcess1 = side.pids().map((pid) => cpuMs(pid));
  const acks = await runPool(live, concurrency, (id) => side.acknowledge(id));
  const perProcess2 = side.pids().map((pid) => cpuMs(pid));
  const cpu2 = totalCpuMs(side.pids());
  const reports = await runPool(live, concurrency, (id) => side.progress(id));
  const cpu3 = totalCpuMs(side.pids());
  return {
    dispatchPerSec: (live.length * 1000) / dispatched.elapsedMs,
    dispatchP95Ms: percentile(dispatched.durations, 0.95),
    ackP95Ms: percentile(acks.durations, 0.95),
    progressP95Ms: percentile(reports.durations, 0.95),
    cpuPerAckMs: (cpu2 - cpu1) / Math.max(1, acks.durations.length),
    cpuPerCommandMs: (cpu3 - cpu0) / Math.max(1, live.length + acks.durations.length + reports.durations.length),
    cpuPerAckByProcessMs: perProcess2.map((ms, i) => (ms - perProcess1[i]!) / Math.max(1, acks.durations.length)),
    errors: [...dispatched.errors, ...acks.errors, ...reports.errors],
  };
}

// Opens `count` more matters (dispatch only) and samples the worker's resident memory afterwards.
export async function openMatters(
  side: Side,
  count: number,
  concurrency: number,
  workerPid: number,
): Promise<{ ids: string[]; rssMiB: number; errors: string[] }> {
  const ids: string[] = new Array<string>(count);
  const { errors } = await runPool(ids, concurrency, async (_, i) => {
    ids[i] = await side.dispatch();
  });
  // Let the worker settle (GC, cache eviction) before sampling.
  await new Promise((r) => setTimeout(r, 2_000));
  return { ids: ids.filter(Boolean), rssMiB: rssMiB(workerPid), errors };
}
