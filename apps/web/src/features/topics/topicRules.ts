import type { TopicStatus } from '@app/contracts';

import type { Decision } from './DecisionDialog';

// Which decisions the office may take from which state, as the API enforces them
// (apps/api/src/topics/topic-transitions.ts): a deferred topic can come back onto a later agenda; an accepted one
// can still be deferred or declined until its meeting is held; declined and discussed are final. The page offers
// only what the API would accept; the API still decides.
const ALLOWED: Record<Decision, readonly TopicStatus[]> = {
  accept: ['proposed', 'deferred'],
  defer: ['proposed', 'accepted'],
  decline: ['proposed', 'accepted', 'deferred'],
};

export function canDecide(status: TopicStatus, decision: Decision): boolean {
  return ALLOWED[decision].includes(status);
}
