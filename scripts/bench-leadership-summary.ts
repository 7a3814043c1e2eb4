import { performance } from 'node:perf_hooks';

import { migrateAndSeed, openDatabase, SupervisionReadRepository } from '@app/database';
import { defined } from '@app/domain';
import type { ExplainedQuery } from '@app/testing/query-explain';
import { explainAll, formatExplain, QueryCapture } from '@app/testing/query-explain';
import { exerciseSupervisionViews, seedSupervisionData } from '@app/testing/supervision-seed';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';

// Leadership's summary over 10,000 matters on MySQL/MariaDB: timings, and the EXPLAIN of every query it issues
// (a full table scan on matters, matter_assignments or escalations fails the run).
// Usage: npm run build && npm run bench:summary   (TEST_MYSQL_URL=mysql://user:pass@host:port to choose the server)
const RUNS = 20;
const BIG = ['matters', 'matter_assignments', 'escalations'];

const percentile = (sorted: number[], p: number): number =>
  defined(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)], 'at least one run');

async function measure(ds: DataSource): Promise<number> {
  const t0 = performance.now();
  const seed = await seedSupervisionData(ds, { matters: 10_000, meetings: 40, escalations: 3_000 });
  console.log(
    `seeded ${seed.matterIds.length} matters, ${seed.assignments} assignments, ${seed.escalations} escalations, ` +
      `${seed.meetingIds.length} meetings in ${Math.round(performance.now() - t0)} ms (as of ${seed.today})`,
  );
  for (const table of BIG) {
    await ds.query(`ANALYZE TABLE \`${table}\``);
  }

  const repo = new SupervisionReadRepository(ds);
  await repo.leadershipSummary(seed.today);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await repo.leadershipSummary(seed.today);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = (v: number): string => v.toFixed(1);
  console.log(
    `leadershipSummary × ${RUNS}: p50 ${ms(percentile(times, 0.5))} ms · p95 ${ms(percentile(times, 0.95))} ms · ` +
      `max ${ms(percentile(times, 1))} ms`,
  );

  const capture = QueryCapture.attach(ds);
  let summary: Awaited<ReturnType<SupervisionReadRepository['leadershipSummary']>> | undefined;
  const queries = await capture.record(async () => {
    summary = await repo.leadershipSummary(seed.today);
  });
  const explained = await explainAll(ds, queries);
  console.log(`\nEXPLAIN of the ${queries.length} queries leadershipSummary issues:`);
  explained.forEach((e, i) => console.log(`#${i + 1}\n${formatExplain(e)}`));
  if (summary) {
    console.log(
      `\nsummary: ${summary.totals.all} matters ${JSON.stringify(summary.totals.byStatus)}; ` +
        `open by light ${JSON.stringify(summary.openByLight)}; on time ${summary.onTime.closedOnTime}/` +
        `${summary.onTime.closed}; overdue ${summary.overdue.count}; open breaches ` +
        `${JSON.stringify(summary.escalations.openByLevel)}`,
    );
  }
  const fullScans = explained.reduce((n, e) => n + e.fullScans.length, 0);

  // The other supervision views, with every filter combination the API offers.
  const viewQueries = await capture.record(() => exerciseSupervisionViews(repo, seed));
  const views = await explainAll(ds, viewQueries);
  console.log(`\nEXPLAIN of the ${viewQueries.length} queries of the other supervision views:`);
  views.forEach((e, i) => console.log(`#${i + 1}\n${formatExplain(e)}`));
  const viewScans = views.reduce((n, e) => n + e.fullScans.length, 0);
  console.log(`\naccess types on the big tables, summary: ${accessTypes(explained)}`);
  console.log(`access types on the big tables, other views: ${accessTypes(views)}`);
  console.log(`full scans (other views): ${viewScans}`);
  console.log(`full scans: ${fullScans}`);
  return fullScans + viewScans;
}

function accessTypes(explained: ExplainedQuery[]): string {
  const counts = new Map<string, number>();
  for (const row of explained.flatMap((e) => e.plan).filter((p) => BIG.includes(p.table))) {
    const key = `${row.table}:${row.type}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort()
    .map(([k, n]) => `${k}×${n}`)
    .join(' ');
}

async function main(): Promise<void> {
  const root = (process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/+$/, '');
  const database = `jc_bench_${Date.now()}`;
  const admin = await createConnection(root);
  await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  let ds: DataSource | undefined;
  try {
    ds = await openDatabase({ type: 'mysql', url: `${root}/${database}`, logging: false });
    await migrateAndSeed(ds);
    const fullScans = await measure(ds);
    process.exitCode = fullScans > 0 ? 1 : 0;
  } finally {
    await ds?.destroy();
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
