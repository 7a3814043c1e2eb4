// The rules of the conference's own records (topics, filings): which action each state allows, and to whom. The
// API enforces them and derives each view's allowedActions from them; the console needs neither.
import type { ActorRole } from './actor';
import type { FilingKind, FilingStatus, TopicStatus } from './conference.types';

export type TopicAction = 'accept' | 'defer' | 'decline';

// Which decisions the office may take from which state. A deferred topic can come back onto a later agenda; an
// accepted one can still be deferred or declined until its meeting is held; declined and discussed are final.
export const TOPIC_RULES: Readonly<Record<TopicAction, { from: readonly TopicStatus[]; to: TopicStatus }>> = {
  accept: { from: ['proposed', 'deferred'], to: 'accepted' },
  defer: { from: ['proposed', 'accepted'], to: 'deferred' },
  decline: { from: ['proposed', 'accepted', 'deferred'], to: 'declined' },
};
export const TOPIC_ACTIONS = Object.keys(TOPIC_RULES) as TopicAction[];

export function canDecideTopic(status: TopicStatus, action: TopicAction): boolean {
  return TOPIC_RULES[action].from.includes(status);
}

// What a person acting as `role` may do to a topic now (deciding is the office's: the policy topics.decide).
export function topicActionsFor(status: TopicStatus, role: ActorRole): TopicAction[] {
  return role === 'office' ? TOPIC_ACTIONS.filter((a) => canDecideTopic(status, a)) : [];
}

export type FilingAction = 'resubmit' | 'review' | 'return' | 'select';

// Who acts on a filing in which state: the filing unit resubmits what the office returned (filings.file), the
// office reviews or returns what was submitted and selects reviewed information items for a briefing
// (filings.review).
export const FILING_RULES: Readonly<
  Record<FilingAction, { from: FilingStatus; by: 'unit' | 'office'; kinds?: readonly FilingKind[] }>
> = {
  resubmit: { from: 'returned', by: 'unit' },
  review: { from: 'submitted', by: 'office' },
  return: { from: 'submitted', by: 'office' },
  select: { from: 'reviewed', by: 'office', kinds: ['information'] },
};
export const FILING_ACTIONS = Object.keys(FILING_RULES) as FilingAction[];

// What a person may do to a filing now: `unitCode` is the actor's own unit (a unit acts only on its own filings).
export function filingActionsFor(
  filing: { status: FilingStatus; kind: FilingKind; unitCode: string },
  actor: { role: ActorRole; unitCode?: string },
): FilingAction[] {
  return FILING_ACTIONS.filter((action) => {
    const rule = FILING_RULES[action];
    const who =
      rule.by === 'office' ? actor.role === 'office' : actor.role === 'unit' && actor.unitCode === filing.unitCode;
    return who && filing.status === rule.from && (!rule.kinds || rule.kinds.includes(filing.kind));
  });
}
