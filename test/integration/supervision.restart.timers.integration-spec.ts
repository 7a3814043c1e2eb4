import type { MatterDetail, MatterEventView } from '@app/contracts';
import { aMatter, eventually, MatterApi, office, TestStack, unitUser } from '@app/testing';

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
    stack = await TestStack.start();
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
          ladder: [
            { level: 'reminder', afterWorkingDays: 0 },
            { level: 'urging', afterWorkingDays: 1 },
            { level: 'supervision', afterWorkingDays: 2 },
          ],
        },
      },
      director,
    );
    const planned = await eventually(
      () => api.get(m.id, director),
      (x) => x.assignments[0].ackDueAt !== null,
    );
    const ackDueAt = Date.parse(planned.assignments[0].ackDueAt!);
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
    // Let any duplicate show itself before counting.
    await new Promise((r) => setTimeout(r, 3 * dayMs));
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
    expect(escalations(after)[2].data.noticeNo).toMatch(/^督〔\d{4}〕\d+号$/);
    await api.ok(m.id, 'acknowledge', unitUser('justice', 'restart.justice.leader'));
  });
});
