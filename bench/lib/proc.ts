import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

// CPU time and resident memory of processes, from /proc (Linux only).
let ticks: number | undefined;
const clockTicks = (): number => (ticks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100);

// User + system CPU of a process, in ms.
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clockTicks();
}

export const totalCpuMs = (pids: number[]): number => pids.reduce((n, pid) => n + cpuMs(pid), 0);

// Resident set size in MiB.
export function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 'NaN');
  return kib / 1024;
}

export function machine(): { cpus: string; cores: number; memGiB: number; kernel: string; node: string } {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? 'unknown';
  const memKiB = Number(/MemTotal:\s+(\d+)/.exec(fs.readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0);
  return {
    cpus: model,
    cores: (cpuinfo.match(/^processor\s*:/gm) ?? []).length,
    memGiB: Math.round(memKiB / 1024 / 1024),
    kernel: fs.readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim(),
    node: process.version,
  };
}
