import type { Actor, TopicEventType, TopicEventView, TopicStatus, TopicView } from '@app/contracts';
import type { TopicEntity, TopicEventEntity, TopicEventInput } from '@app/database';

export function toTopicView(t: TopicEntity, events?: TopicEventEntity[]): TopicView {
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
    ...(events ? { events: events.map(toTopicEventView) } : {}),
  };
}

function toTopicEventView(e: TopicEventEntity): TopicEventView {
  return {
    type: e.type as TopicEventType,
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    actorRole: e.actorRole,
    actorUnitCode: e.actorUnitCode,
    reason: e.reason,
    data: e.data,
  };
}

export function topicEvent(
  type: TopicEventType,
  actor: Actor,
  at: Date,
  reason: string | null,
  data: Record<string, unknown> = {},
): TopicEventInput {
  return {
    type,
    at,
    actorUserId: actor.userId,
    actorRole: actor.role,
    actorUnitCode: actor.unitCode ?? null,
    reason,
    data,
  };
}
