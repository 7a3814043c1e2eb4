import type { Workflow } from '@temporalio/workflow';
import { allHandlersFinished, condition, continueAsNew, workflowInfo } from '@temporalio/workflow';

// A run hands over to a new one when the server suggests it or its history passes this many events (the
// server also caps the Updates one run accepts).
export const DEFAULT_HISTORY_CAP = 5000;

export const historyTooLong = (cap = DEFAULT_HISTORY_CAP): boolean =>
  workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > cap;

// Ends the run: lets in-flight Updates finish (and be projected) first; then, if the work goes on, continues
// as new with what `carry` returns (computed after the handlers finished).
export async function finishOrContinue<F extends Workflow>(
  goesOn: () => boolean,
  carry: () => Parameters<F>,
): Promise<void> {
  await condition(allHandlersFinished);
  if (goesOn()) {
    await continueAsNew<F>(...carry());
  }
}
