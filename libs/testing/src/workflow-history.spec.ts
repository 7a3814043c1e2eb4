import type { RecordedEvent } from './workflow-history';
import { eventsAfterActingOn } from './workflow-history';

describe('eventsAfterActingOn', () => {
  const history: RecordedEvent[] = [
    { id: 1, type: 'workflowExecutionStarted' },
    { id: 2, type: 'workflowExecutionSignaled', name: 'recomputeDeadlines' },
    { id: 3, type: 'activityTaskScheduled', name: 'planCampaign' },
    { id: 4, type: 'activityTaskCompleted', name: 'planCampaign' },
    { id: 5, type: 'workflowExecutionSignaled', name: 'recomputeDeadlines' },
    { id: 6, type: 'activityTaskScheduled', name: 'planCampaign' },
    { id: 7, type: 'activityTaskCompleted', name: 'planCampaign' },
    { id: 8, type: 'workflowTaskScheduled' },
    { id: 9, type: 'workflowTaskCompleted' },
    { id: 10, type: 'timerStarted' },
  ];

  it('returns what the workflow recorded from the task that acted on the plan after the last signal', () => {
    expect(eventsAfterActingOn(history, 'recomputeDeadlines', 'planCampaign')?.map((e) => e.id)).toEqual([9, 10]);
  });

  it('is undefined until the activity has completed and a workflow task has acted on it', () => {
    expect(eventsAfterActingOn(history.slice(0, 8), 'recomputeDeadlines', 'planCampaign')).toBeUndefined();
    expect(eventsAfterActingOn(history.slice(0, 6), 'recomputeDeadlines', 'planCampaign')).toBeUndefined();
    expect(eventsAfterActingOn(history, 'otherSignal', 'planCampaign')).toBeUndefined();
  });
});
