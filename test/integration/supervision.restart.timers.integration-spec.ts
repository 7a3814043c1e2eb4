import type { MatterDetail, MatterEventView } from '@app/contracts';
import { ladderOf } from '@app/contracts';
import { defined } from '@app/domain';
import { aMatter, eventually, MatterApi, office, TestStack, unitUser } from '@app/testing';

import { productApps } from '../support/product-apps';

interface TemporalControl {
  stop(): Promise<void>;
  start(): Promise<void>;
}

// The worker and the Temporal server (its own, with a persisted SQLite file: test/setup/environment.js)
// both go down while escalation timers are pending and come back after they were due: every escalation
// still fires, exactly once.
describe('supervision survives a restart of the worker and the Temporal server', () => {
  let stack: TestStack;
  let api: MatterApi;
  const control = (globalThis as unknown as { __TEMPORAL_CONTROL__: TemporalControl }).__TEMPORAL_CONTROL__;
  const dayMs = Number(process.env.TEST_DAY_MS);
  const director = office('restart.director');

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
    await stack.headers(director);
    await stack.ensureUser('restart.justice.leader', ['unit_leader'], 'justice');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const escalations = (m: MatterDetail): MatterEventView[] =>
    m.events.filter((e) => e.type === 'supervision.escalated');

  it('fires each pending escalation exactly once after both come back', async () => {
    const m = await api.dispatch(
      {
        ...aMatter().lead('justice').due('2026-12-31').build(),
        policy: {
          ackWorkingDays: 1,
          progressEveryWorkingDays: 60,
          ladder: ladderOf({ reminder: 0, urging: 1, supervision: 2 }),
        },
      },
      director,
    );
    const planned = await eventually(
      () => api.get(m.id, director),
      (x) => (x.assignments[0]?.ackDueAt ?? null) !== null,
    );
    const ackDueAt = Date.parse(defined(planned.assignments[0]?.ackDueAt, 'the acknowledgement deadline'));
    expect(escalations(planned)).toHaveLength(0);

    await stack.stopWorker();
    await control.stop();
    // Down until all three levels are overdue (up to two weekend days may lie in between).
    const allDue = ackDueAt + 5 * dayMs;
    await new Promise((r) => setTimeout(r, Math.max(allDue - Date.now(), 0) + dayMs));
    await control.start();
    await stack.startWorker();

    const fired = await eventually(
      () => api.get(m.id, director),
      (x) => escalations(x).length >= 3,
      60_000,
    );
    // Before counting, wait until the workflow has planned after the last of them and sleeps on an instant
    // still to come: every key it fired has its event, and nothing of the plan is due, so no duplicate can
    // arrive later.
    const lastFiredAt = Math.max(...escalations(fired).map((e) => Date.parse(e.at)));
    await eventually(
      () => api.live(m.id, director),
      ({ state, events }) => {
        const sv = state?.supervision;
        const recorded = new Set(events.map((e) => e.data.key));
        return (
          sv?.plan !== undefined &&
          Date.parse(sv.plan.computedAt) >= lastFiredAt &&
          sv.firedKeys.every((k) => recorded.has(k)) &&
          sv.plan.timers.every((t) => t.atMs > Date.now())
        );
      },
      30_000,
    );
    const after = await api.get(m.id, director);
    expect(escalations(after).map((e) => e.data.level)).toEqual(['reminder', 'urging', 'supervision']);
    expect(escalations(after).map((e) => e.data.key)).toEqual(
      escalations(fired)
        .slice(0, 3)
        .map((e) => e.data.key),
    );
    const [{ n }] = await stack.dataSource.query('SELECT COUNT(*) AS n FROM escalations WHERE matter_id = ?', [m.id]);
    expect(Number(n)).toBe(3);
    const notices = await stack.dataSource.query(
      'SELECT source_key, COUNT(*) AS n FROM notifications WHERE matter_id = ? AND kind = ? GROUP BY source_key',
      [m.id, 'escalation'],
    );
    expect(notices).toHaveLength(3);
    expect(escalations(after)[2]?.data.noticeNo).toMatch(/^督〔\d{4}〕\d+号$/);
    await api.ok(m.id, 'acknowledge', unitUser('justice', 'restart.justice.leader'));
  });
});
