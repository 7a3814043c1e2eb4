import { Connection, WorkflowClient } from '@temporalio/client';

// A workflow's recorded history, one line per event, for tests that wait for a point the workflow records
// (a signal taken in, an activity's result, the workflow task that acted on it) instead of sleeping.
export interface RecordedEvent {
  id: number;
  // The event's kind, named after its attributes: 'workflowExecutionSignaled', 'activityTaskCompleted',
  // 'workflowTaskCompleted', 'timerStarted', 'activityTaskScheduled'…
  type: string;
  // The signal's name, or the activity type (for a completed activity too, from the event that scheduled it).
  name?: string;
}

const ATTRIBUTES = /^(\w+)EventAttributes$/;

function kindOf(event: object): string {
  for (const [key, value] of Object.entries(event)) {
    const m = ATTRIBUTES.exec(key);
    if (m?.[1] && value) {
      return m[1];
    }
  }
  return 'unknown';
}

export async function recordedEvents(workflowId: string): Promise<RecordedEvent[]> {
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  try {
    const client = new WorkflowClient({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
    const history = await client.getHandle(workflowId).fetchHistory();
    const scheduled = new Map<number, string>();
    return (history.events ?? []).map((e) => {
      const id = Number(e.eventId);
      const type = kindOf(e);
      const activity = e.activityTaskScheduledEventAttributes?.activityType?.name ?? undefined;
      if (activity) {
        scheduled.set(id, activity);
      }
      const name =
        e.workflowExecutionSignaledEventAttributes?.signalName ??
        activity ??
        scheduled.get(Number(e.activityTaskCompletedEventAttributes?.scheduledEventId ?? -1)) ??
        undefined;
      return name ? { id, type, name } : { id, type };
    });
  } finally {
    await connection.close();
  }
}

// The events recorded after the workflow acted on the result of the first `activity` completed after the last
// `signal`: everything from the workflow task completed next. Undefined while the workflow has not got there.
export function eventsAfterActingOn(
  events: readonly RecordedEvent[],
  signal: string,
  activity: string,
): RecordedEvent[] | undefined {
  const signalled = events.findLastIndex((e) => e.type === 'workflowExecutionSignaled' && e.name === signal);
  if (signalled < 0) {
    return undefined;
  }
  const completed = events.findIndex(
    (e, i) => i > signalled && e.type === 'activityTaskCompleted' && e.name === activity,
  );
  const acted = completed < 0 ? -1 : events.findIndex((e, i) => i > completed && e.type === 'workflowTaskCompleted');
  return acted < 0 ? undefined : events.slice(acted);
}
