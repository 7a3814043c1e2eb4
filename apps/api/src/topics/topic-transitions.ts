import type { TopicAction, TopicStatus } from '@app/contracts';
import { canDecideTopic, TOPIC_RULES } from '@app/contracts';

// The topic rules live in @app/contracts (conference-rules.ts), where each view's allowedActions come from too.
export type TopicDecision = TopicAction;

export const TARGET: Record<TopicDecision, TopicStatus> = {
  accept: TOPIC_RULES.accept.to,
  defer: TOPIC_RULES.defer.to,
  decline: TOPIC_RULES.decline.to,
};

export function canDecide(status: TopicStatus, decision: TopicDecision): boolean {
  return canDecideTopic(status, decision);
}
