import { performance } from 'node:perf_hooks';

import type { MatterListQuery } from '@app/database';
import { MatterReadRepository, migrateAndSeed, openDatabase, SupervisionReadRepository } from '@app/database';
import type { ExplainedQuery } from '@app/testing/query-explain';
import { explainAll, QueryCapture } from '@app/testing/query-explain';
import type { SupervisionSeed } from '@app/testing/supervision-seed';
import { exerciseSupervisionViews, seedSupervisionData } from '@app/testing/supervision-seed';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';

import { percentile } from './stats';

// Read scale: the read model seeded straight into MySQL (as bench:summary does) at growing sizes, each view
// timed and explained. A plan row of type ALL on matters, matter_assignments or escalations is a full scan.
export interface ViewTiming {
  p50Ms: number;
  p95Ms: number;
  queries: number;
  fullScans: string[];
  // The indexes the plans use on the big tables (table.key).
  keys: string[];
}

export interface ReadScaleResult {
  size: number;
  seedMs: number;
  views: Record<string, ViewTiming>;
}

const BIG = ['matters', 'matter_assignments', 'escalations'];
const OPEN: MatterListQuery['status'] = ['in_progress', 'awaiting_verification'];
const page = { offset: 0, limit: 20 } as const;

export const READ_VIEWS = (
  summary: SupervisionReadRepository,
  reads: MatterReadRepository,
  today: string,
): Record<string, () => Promise<unknown>> => ({
  leadershipSummary: () => summary.leadershipSummary(today),
  'board: open by due date': () => reads.list({ status: OPEN, sort: 'dueDate', order: 'ASC', ...page }),
  'board: unit + open, by due date': () =>
    reads.list({ unitCode: 'justice', status: OPEN, sort: 'dueDate', order: 'ASC', ...page }),
  'board: red light, by updated': () => reads.list({ light: 'red', sort: 'updatedAt', order: 'DESC', ...page }),
  'board: overdue': () => reads.list({ overdueBefore: today, sort: 'dueDate', order: 'ASC', ...page }),
  'board: text search': () => reads.list({ search: '事项 12', sort: 'dueDate', order: 'ASC', ...page }),
  "unit's to-dos": () => reads.list({ visibleToUnit: 'justice', status: OPEN, sort: 'dueDate', order: 'ASC', ...page }),
  scorecard: () => summary.unitScorecard(today),
});

export async function readScale(
  sizes: number[],
  runs: number,
  mysqlRoot: string,
  log: (m: string) => void,
): Promise<ReadScaleResult[]> {
  const database = `jc_bench_reads_${Date.now()}_${process.pid}`;
  const admin = await createConnection(mysqlRoot);
  await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  let ds: DataSource | undefined;
  const results: ReadScaleResult[] = [];
  try {
    ds = await openDatabase({ type: 'mysql', url: `${mysqlRoot}/${database}`, logging: false });
    await migrateAndSeed(ds);
    let seeded = 0;
    for (const size of [...sizes].sort((a, b) => a - b)) {
      const t0 = performance.now();
      const seed = await seedSupervisionData(ds, {
        matters: size - seeded,
        meetings: Math.max(4, Math.round((size - seeded) / 250)),
        escalations: Math.round((size - seeded) * 0.3),
        seed: 20260301 + seeded,
      });
      seeded = size;
      for (const table of ['matters', 'matter_assignments', 'escalations']) {
        await ds.query(`ANALYZE TABLE \`${table}\``);
      }
      const seedMs = performance.now() - t0;
      log(`read scale: ${size} matters seeded (${Math.round(seedMs)} ms)`);
      results.push({ size, seedMs, views: await timeViews(ds, seed, runs) });
    }
  } finally {
    await ds?.destroy();
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.end();
  }
  return results;
}

async function timeViews(ds: DataSource, seed: SupervisionSeed, runs: number): Promise<Record<string, ViewTiming>> {
  const supervision = new SupervisionReadRepository(ds);
  const views: Record<string, () => Promise<unknown>> = {
    ...READ_VIEWS(supervision, new MatterReadRepository(ds), seed.today),
    // Every other supervision view with the API's filter combinations, explained with the rest.
    'other supervision views': () => exerciseSupervisionViews(supervision, seed),
  };
  const capture = QueryCapture.attach(ds);
  const out: Record<string, ViewTiming> = {};
  for (const [name, view] of Object.entries(views)) {
    const queries = await capture.record(view);
    const explained: ExplainedQuery[] = await explainAll(ds, queries);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await view();
      times.push(performance.now() - t0);
    }
    out[name] = {
      p50Ms: percentile(times, 0.5),
      p95Ms: percentile(times, 0.95),
      queries: queries.length,
      keys: [
        ...new Set(
          explained.flatMap((e) =>
            e.plan.filter((p) => BIG.includes(p.table)).map((p) => `${p.table}.${p.key ?? p.type}`),
          ),
        ),
      ].sort(),
      fullScans: explained.flatMap((e) => e.fullScans.map((s) => `${s.table}(${s.alias}) in ${e.sql.slice(0, 120)}`)),
    };
  }
  return out;
}
