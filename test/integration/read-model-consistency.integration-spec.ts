import type { MatterDetail, MatterEvent, MatterState } from '@app/contracts';
import { MatterAssignmentEntity, MatterEntity, MatterEventEntity } from '@app/database';
import { aMatter, dispatchCappedMatter, MatterApi, office, pool, TestStack, unitUser } from '@app/testing';
import type { AgreedMatterWorkflowInput } from '@app/workflow-api';
import { matterEventsQuery, matterStateQuery, matterWorkflowId } from '@app/workflow-api';
import { defined } from '@app/domain';

import { productApps } from '../support/product-apps';
import { SPREAD_UNITS } from '../support/spread-units';
import type { Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';

describe('read model converges to the workflows', () => {
  let stack: TestStack;
  let api: MatterApi;
  let client: Client;
  const staff = office();

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
    client = await stack.temporalClient();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function live(id: string): Promise<{ state: MatterState; events: MatterEvent[] }> {
    const handle = client.workflow.getHandle(matterWorkflowId(id));
    return { state: (await handle.query(matterStateQuery))!, events: await handle.query(matterEventsQuery) };
  }

  // The tables converge to the workflow: supervision may still be recording its plan, so poll briefly.
  // After a continue-as-new the workflow holds only the events it carried and the ones it appended since
  // (`partialRecord`): those must match their rows.
  async function assertConverged(id: string, partialRecord = false): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await compareOnce(id, partialRecord);
        return;
      } catch (err) {
        if (attempt >= 20) {
          throw err;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  async function compareOnce(id: string, partialRecord: boolean): Promise<void> {
    const { state, events } = await live(id);
    const ds = stack.dataSource;
    const row = await ds.getRepository(MatterEntity).findOneByOrFail({ id });
    expect(row.state).toEqual(state);
    expect({ status: row.status, seq: row.seq, lead: row.leadUnitCode, due: row.dueDate }).toEqual({
      status: state.status,
      seq: state.seq,
      lead: state.leadUnitCode,
      due: state.dueDate,
    });
    const rows = await ds
      .getRepository(MatterAssignmentEntity)
      .find({ where: { matterId: id }, order: { position: 'ASC' } });
    expect(rows.map((a) => [a.unitCode, a.role, a.status, a.percent, a.matterStatus])).toEqual(
      state.assignments.map((a) => [a.unitCode, a.role, a.status, a.percent, state.status]),
    );
    const held = new Set(events.map((e) => e.seq));
    const stored = (
      await ds.getRepository(MatterEventEntity).find({ where: { matterId: id }, order: { seq: 'ASC' } })
    ).filter((e) => !partialRecord || held.has(e.seq));
    expect(stored.map((e) => [e.seq, e.type, e.actorUserId, e.unitCode, e.reason, e.at.toISOString()])).toEqual(
      events.map((e) => [e.seq, e.type, e.actor.userId, e.unitCode ?? null, e.reason ?? null, e.at]),
    );
  }

  // Eight end states, cycled over the matters.
  const scripts: ((m: MatterDetail) => Promise<void>)[] = [
    () => Promise.resolve(),
    async (m) => void (await api.ok(m.id, 'acknowledge', unitUser(m.leadUnitCode))),
    async (m) => {
      await api.ok(m.id, 'acknowledge', unitUser(m.leadUnitCode));
      await api.ok(m.id, 'progress', unitUser(m.leadUnitCode), { text: '推进中', percent: 60 });
    },
    async (m) => {
      await api.ok(m.id, 'acknowledge', unitUser(m.leadUnitCode));
      await api.ok(m.id, 'completion', unitUser(m.leadUnitCode), { summary: '完成', evidence: [] });
    },
    async (m) => {
      await api.ok(m.id, 'acknowledge', unitUser(m.leadUnitCode));
      await api.ok(m.id, 'completion', unitUser(m.leadUnitCode), { summary: '完成', evidence: [] });
      await api.ok(m.id, 'return', staff, { reason: '补充材料' });
    },
    async (m) => {
      await api.ok(m.id, 'acknowledge', unitUser(m.leadUnitCode));
      await api.ok(m.id, 'completion', unitUser(m.leadUnitCode), { summary: '完成', evidence: [] });
      // The co-unit never signed: its part is recorded as not done.
      await api.ok(m.id, 'verify', staff, { comment: '配合单位未参与', notDoneUnitCodes: m.coUnitCodes });
    },
    async (m) => void (await api.ok(m.id, 'cancel', staff, { reason: '撤销' })),
    async (m) => {
      const co = defined(m.coUnitCodes[0], 'a co-unit');
      await api.ok(m.id, 'decline', unitUser(co), { reason: '非本单位职责' });
      await api.ok(m.id, 'reroute', staff, {
        fromUnitCode: co,
        toUnitCode: 'culture-tourism',
        reason: '改派',
      });
    },
  ];

  it('for 200 matters in different states, MySQL equals what each workflow reports', async () => {
    const matters = await pool(
      Array.from({ length: 200 }, (_, i) => i),
      8,
      (i) =>
        api.dispatch(
          aMatter()
            .lead(defined(SPREAD_UNITS[i % SPREAD_UNITS.length], 'a unit'))
            .co(defined(SPREAD_UNITS[(i + 1) % SPREAD_UNITS.length], 'a unit'))
            .build(),
          staff,
        ),
    );
    await pool(matters, 8, (m, i) => defined(scripts[i % scripts.length], 'a script')(m));
    await pool(matters, 8, (m) => assertConverged(m.id));

    const counts = await stack.dataSource.query(
      `SELECT status, COUNT(*) AS n FROM matters WHERE id IN (${matters.map(() => '?').join(',')}) GROUP BY status ORDER BY status`,
      matters.map((m) => m.id),
    );
    expect(counts.map((c: { status: string; n: string | number }) => [c.status, Number(c.n)])).toEqual([
      ['awaiting_verification', 25],
      ['cancelled', 25],
      ['closed', 25],
      ['in_progress', 125],
    ]);
  }, 300_000);

  it('re-projects a matter whose rows were lost, from its workflow', async () => {
    const m = await api.dispatch(aMatter().lead('justice').build(), staff);
    await api.ok(m.id, 'acknowledge', unitUser('justice'));
    await stack.dataSource.getRepository(MatterEventEntity).delete({ matterId: m.id });
    await stack.dataSource.getRepository(MatterAssignmentEntity).delete({ matterId: m.id });
    await stack.dataSource.getRepository(MatterEntity).update({ id: m.id }, { seq: 0, status: 'garbage' });
    const res = await stack.http
      .post(`/api/matters/${m.id}/reproject`)
      .set(await stack.headers(staff))
      .expect(200);
    // Only what was rebuilt: the matter's own contents are not the rebuilder's to read.
    expect(Object.keys(res.body).sort()).toEqual(['events', 'matterId', 'seq']);
    expect(res.body.matterId).toBe(m.id);
    expect(res.body.seq).toBeGreaterThanOrEqual(2);
    expect(res.body.events).toBe(res.body.seq);
    expect((await api.get(m.id, staff)).status).toBe('in_progress');
    await assertConverged(m.id);
  });

  it('continues as new past its history cap, keeping state, record and idempotency keys', async () => {
    const { matterId } = await dispatchCappedMatter(stack, client, staff, 40);
    const justice = unitUser('justice');
    await api.ok(matterId, 'acknowledge', justice);
    const first = await client.workflow.getHandle(matterWorkflowId(matterId)).describe();
    for (let i = 1; i <= 12; i++) {
      const res = await api.command(
        matterId,
        'progress',
        justice,
        { text: `第${i}次`, percent: i },
        `cap-progress-${i}`,
      );
      expect(res.status).toBe(200);
    }
    const later = await client.workflow.getHandle(matterWorkflowId(matterId)).describe();
    expect(later.runId).not.toBe(first.runId);
    // A key applied in an earlier run is still applied once.
    const replay = await api.command(matterId, 'progress', justice, { text: '第1次', percent: 1 }, 'cap-progress-1');
    expect(replay.status).toBe(200);
    expect(replay.body.replayed).toBe(true);
    const m = await api.get(matterId, staff);
    expect(m.assignments[0]?.progress).toHaveLength(12);
    const lifecycleSeqs = m.events.filter((e) => !e.type.startsWith('supervision.')).map((e) => e.type);
    expect(lifecycleSeqs).toEqual([
      'matter.dispatched',
      'assignment.acknowledged',
      ...Array(12).fill('assignment.progress_reported'),
    ]);
    expect(m.events.map((e) => e.seq)).toEqual(Array.from({ length: m.events.length }, (_, i) => i + 1));
    // The new run was handed only the events that its recent idempotency keys refer to, not the whole record:
    // what it carries is bounded by the kept keys, however long the matter runs.
    const history = await client.workflow.getHandle(matterWorkflowId(matterId)).fetchHistory();
    const started = defined(history.events?.[0], 'the started event');
    const carried = defaultPayloadConverter.fromPayload<AgreedMatterWorkflowInput>(
      defined(started.workflowExecutionStartedEventAttributes?.input?.payloads?.[0], 'the input of the new run'),
    ).carried!;
    const recentSeqs = new Set(carried.recentCommands.flatMap((r) => r.seqs));
    expect(carried.events.map((e) => e.seq)).toEqual([...recentSeqs].sort((a, b) => a - b));
    expect(carried.events.length).toBeLessThan(carried.state.seq);
    expect(carried.events.some((e) => e.type === 'matter.dispatched')).toBe(false);
    await assertConverged(matterId, true);
  });
});
