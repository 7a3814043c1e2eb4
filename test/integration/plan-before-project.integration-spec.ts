import type { MatterDetail } from '@app/contracts';
import { aMatter, eventually, MatterApi, office, TestStack, unitUser } from '@app/testing';
import { matterWorkflowId } from '@app/workflow-api';
import type { Client, WorkflowHandle } from '@temporalio/client';

type HistoryEvent = NonNullable<Awaited<ReturnType<WorkflowHandle['fetchHistory']>>['events']>[number];

import { productApps } from '../support/product-apps';
import { recordHistoryIfAsked } from '../support/record-history';

interface UpdateCost {
  name: string;
  activities: string[];
  local: string[];
  // Workflow tasks completed after the one that accepted it (0: accepted and answered in one task).
  laterWorkflowTasks: number;
}

// The activity type a local activity's marker records (the SDK's marker carries it in its `data` payload).
function localActivityType(e: HistoryEvent): string | undefined {
  const marker = e.markerRecordedEventAttributes;
  if (marker?.markerName !== 'core_local_activity') {
    return undefined;
  }
  const data = marker.details?.data?.payloads?.[0]?.data;
  return data
    ? (JSON.parse(Buffer.from(data).toString('utf8')) as { activity_type?: string }).activity_type
    : undefined;
}

// What each Update of a run cost: the activities run between its acceptance and its completion (scheduled
// through the server, or local: recorded as a marker), and the workflow tasks it took, from the workflow's own
// history on the server.
async function updateCosts(client: Client, workflowId: string): Promise<UpdateCost[]> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const open = new Map<string, UpdateCost>();
  const done: UpdateCost[] = [];
  for (const e of history.events ?? []) {
    const accepted = e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest;
    if (accepted?.meta?.updateId && accepted.input?.name) {
      open.set(accepted.meta.updateId, { name: accepted.input.name, activities: [], local: [], laterWorkflowTasks: 0 });
    }
    const activity = e.activityTaskScheduledEventAttributes?.activityType?.name;
    if (activity) {
      open.forEach((u) => u.activities.push(activity));
    }
    const local = localActivityType(e);
    if (local) {
      open.forEach((u) => u.local.push(local));
    }
    if (e.workflowTaskCompletedEventAttributes) {
      open.forEach((u) => u.laterWorkflowTasks++);
    }
    const completed = e.workflowExecutionUpdateCompletedEventAttributes?.meta?.updateId;
    if (completed && open.has(completed)) {
      done.push(open.get(completed)!);
      open.delete(completed);
    }
  }
  return done;
}

// A supervised command plans with its change applied and then projects once, carrying that plan: two
// activities per command (it used to be project, plan, project), and the answer still has the new deadlines. Both
// run as local activities (patch local-activities-v1): none goes through the server's activity queue, and the
// command is accepted and answered in one workflow task.
describe('plan before projecting', () => {
  let stack: TestStack;
  let api: MatterApi;
  const director = office('pbp.director');
  const justice = unitUser('justice', 'pbp.justice.leader');

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('costs each command one plan and one projection, and answers with the plan made after it', async () => {
    const m = await api.dispatch(
      {
        ...aMatter().lead('justice').due('2026-12-31').build(),
        policy: { ackWorkingDays: 10, progressEveryWorkingDays: 20 },
      },
      director,
    );
    // The first plan is in (the dispatch answers before it).
    await eventually(
      () => api.get(m.id, director),
      (d) => d.events.some((e) => e.type === 'supervision.deadlines_set'),
    );

    const res = await api.command(m.id, 'acknowledge', justice);
    expect(res.status).toBe(200);
    const acknowledged = res.body.matter as MatterDetail;
    const lead = acknowledged.assignments.find((a) => a.unitCode === 'justice')!;
    expect(lead).toMatchObject({ status: 'in_progress', ackDueAt: null, progressDueAt: expect.any(String) });
    // Read-your-writes: the read model holds what the answer says, the new plan included.
    const [row] = await stack.dataSource.query<{ seq: number }[]>('SELECT seq FROM matters WHERE id = ?', [m.id]);
    expect(Number(row?.seq)).toBe(acknowledged.seq);

    await api.ok(m.id, 'progress', justice, { text: '已部署', percent: 30 });
    await api.ok(m.id, 'cancel', director, { reason: '测试结束' });

    const costs = await updateCosts(await stack.temporalClient(), matterWorkflowId(m.id));
    // (The dispatch answers after its projection; the first plan is the supervision loop's, outside any command.)
    expect(costs.map((c) => [c.name, c.activities, c.local, c.laterWorkflowTasks])).toEqual([
      ['dispatch', [], ['projectMatter'], 0],
      ['acknowledge', [], ['planSupervision', 'projectMatter'], 0],
      ['reportProgress', [], ['planSupervision', 'projectMatter'], 0],
      // A closing command has nothing left to plan.
      ['cancel', [], ['projectMatter'], 0],
    ]);
    recordHistoryIfAsked(matterWorkflowId(m.id), 'local-activities');
  });
});
