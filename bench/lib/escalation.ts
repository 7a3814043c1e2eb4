import type { Connection } from 'mysql2/promise';

import type { ProjectClient, RawClient } from './clients';
import { percentile, runPool } from './stats';

// Lateness of the first escalation notice when N matters fall due at one instant.
// Project: a compressed calendar (one day = dayMs), matters dispatched on a working day with a policy whose
// acknowledgement is due the same day (ackWorkingDays 0) and whose ladder sends the reminder at once: all N
// acknowledgements fall due at the end of that day, one instant. Lateness = the notice's created_at minus the
// ackDueAt the workflow planned (read from the supervision.deadlines_set event).
// Raw: N workflows whose one timer fires at one instant, then one activity with one INSERT.
export interface LatenessSample {
  matters: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  notified: number;
  dueInstants: number;
  errors: string[];
}

export const ESCALATION_POLICY = {
  ackWorkingDays: 0,
  progressEveryWorkingDays: 200,
  yellowBeforeWorkingDays: 0,
  ladder: [{ level: 'reminder', afterWorkingDays: 0 }],
};

export async function projectLateness(
  client: ProjectClient,
  db: Connection,
  count: number,
  concurrency: number,
  waitUntilMs: number,
): Promise<LatenessSample> {
  const slots: string[] = new Array<string>(count);
  const { errors } = await runPool(slots, concurrency, async (_, i) => {
    slots[i] = await client.dispatch(ESCALATION_POLICY);
  });
  const ids = slots.filter(Boolean);
  if (ids.length === 0) {
    return summarise(count, [], 0, errors);
  }
  const due = await dueInstants(db, ids);
  const latest = Math.max(...due.values());
  const deadline = Math.max(latest, Date.now()) + waitUntilMs;
  let notices = new Map<string, number>();
  while (Date.now() < deadline) {
    notices = await firstNotices(db, ids);
    if (notices.size >= ids.length) {
      break;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const lateness = ids.filter((id) => notices.has(id) && due.has(id)).map((id) => notices.get(id)! - due.get(id)!);
  return summarise(count, lateness, new Set(due.values()).size, errors);
}

export async function rawLateness(
  client: RawClient,
  db: Connection,
  count: number,
  concurrency: number,
  leadMs: number,
  waitUntilMs: number,
): Promise<LatenessSample> {
  const dueMs = Date.now() + leadMs;
  const slots: string[] = new Array<string>(count);
  const { errors } = await runPool(slots, concurrency, async (_, i) => {
    slots[i] = await client.startTimer(dueMs);
  });
  // Every timer must be running before the instant, or the figure would measure the starts, not the timers.
  const startedLate = Date.now() > dueMs;
  if (startedLate) {
    errors.push(`the ${count} raw workflows took longer than ${leadMs} ms to start; their lateness includes it`);
  }
  const ids = slots.filter(Boolean);
  if (ids.length === 0) {
    return summarise(count, [], 0, errors);
  }
  const deadline = Math.max(Date.now(), dueMs) + waitUntilMs;
  let rows: { workflow_id: string; at_ms: number; due_ms: number }[] = [];
  while (Date.now() < deadline) {
    [rows] = (await db.query(
      "SELECT workflow_id, at_ms, due_ms FROM bench_raw WHERE kind = 'notice' AND workflow_id IN (?)",
      [ids],
    )) as unknown as [typeof rows];
    if (rows.length >= ids.length) {
      break;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return summarise(
    count,
    rows.map((r) => Number(r.at_ms) - Number(r.due_ms)),
    1,
    errors,
  );
}

function summarise(count: number, lateness: number[], dueInstants: number, errors: string[]): LatenessSample {
  return {
    matters: count,
    p50Ms: percentile(lateness, 0.5),
    p95Ms: percentile(lateness, 0.95),
    maxMs: lateness.length ? Math.max(...lateness) : Number.NaN,
    notified: lateness.length,
    dueInstants,
    errors,
  };
}

// The acknowledgement deadline each matter's workflow planned, from its first deadlines_set event.
async function dueInstants(db: Connection, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const deadline = Date.now() + 60_000;
  while (out.size < ids.length && Date.now() < deadline) {
    const [rows] = (await db.query(
      "SELECT matter_id, data FROM matter_events WHERE type = 'supervision.deadlines_set' AND matter_id IN (?) ORDER BY seq",
      [ids],
    )) as unknown as [{ matter_id: string; data: string }[]];
    for (const row of rows) {
      const data = JSON.parse(row.data) as { dueByUnit?: Record<string, { ackDueAt?: string }> };
      const ack = data.dueByUnit?.justice?.ackDueAt;
      if (ack && !out.has(row.matter_id)) {
        out.set(row.matter_id, Date.parse(ack));
      }
    }
    if (out.size < ids.length) {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  return out;
}

async function firstNotices(db: Connection, ids: string[]): Promise<Map<string, number>> {
  const [rows] = (await db.query(
    "SELECT matter_id, MIN(created_at) AS first FROM notifications WHERE kind = 'escalation' AND matter_id IN (?) GROUP BY matter_id",
    [ids],
  )) as unknown as [{ matter_id: string; first: Date }[]];
  return new Map(rows.map((r) => [r.matter_id, r.first.getTime()]));
}
