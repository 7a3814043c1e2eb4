import type { Actor, TopicEventType, TopicStatus, TopicView } from '@app/contracts';
import { topicActionsFor } from '@app/contracts';
import type { TopicEntity, TopicEventEntity, TopicEventInput } from '@app/database';

import { recordedEvent, toRecordedEventView } from '../common/recorded-event';

// `reader`: the person asking, whose allowedActions the view carries; `names`: the display names of the events' actors.
export function toTopicView(
  t: TopicEntity,
  reader: Actor,
  events?: TopicEventEntity[],
  names: ReadonlyMap<string, string> = new Map(),
): TopicView {
  return {
    id: t.id,
    unitCode: t.unitCode,
    title: t.title,
    background: t.background,
    proposal: t.proposal,
    desiredMeetingKind: t.desiredMeetingKind,
    status: t.status as TopicStatus,
    meetingId: t.meetingId,
    agendaOrder: t.agendaOrder,
    decisionNote: t.decisionNote,
    proposedBy: t.proposedBy,
    proposedAt: t.proposedAt.toISOString(),
    decidedBy: t.decidedBy,
    decidedAt: t.decidedAt?.toISOString() ?? null,
    ...(events ? { events: events.map((e) => toRecordedEventView<TopicEventType>(e, names)) } : {}),
    allowedActions: topicActionsFor(t.status as TopicStatus, reader.role),
  };
}

export function topicEvent(
  type: TopicEventType,
  actor: Actor,
  at: Date,
  reason: string | null,
  data: Record<string, unknown> = {},
): TopicEventInput {
  return recordedEvent(type, actor, at, reason, data);
}
