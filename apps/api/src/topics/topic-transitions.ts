import type { TopicStatus } from '@app/contracts';

export type TopicDecision = 'accept' | 'defer' | 'decline';

// Which decisions the office may take from which state. A deferred topic can come back onto a later
// agenda; an accepted one can still be deferred or declined until its meeting is held; declined and
// discussed are final.
const ALLOWED: Record<TopicDecision, readonly TopicStatus[]> = {
  accept: ['proposed', 'deferred'],
  defer: ['proposed', 'accepted'],
  decline: ['proposed', 'accepted', 'deferred'],
};

export const TARGET: Record<TopicDecision, TopicStatus> = {
  accept: 'accepted',
  defer: 'deferred',
  decline: 'declined',
};

export function canDecide(status: TopicStatus, decision: TopicDecision): boolean {
  return ALLOWED[decision].includes(status);
}
