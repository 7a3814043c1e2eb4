import type { Actor, FilingEventType, FilingEventView, FilingKind, FilingStatus, FilingView } from '@app/contracts';
import type { FilingEntity, FilingEventEntity, FilingEventInput } from '@app/database';

export function toFilingView(f: FilingEntity, events?: FilingEventEntity[]): FilingView {
  return {
    id: f.id,
    kind: f.kind as FilingKind,
    unitCode: f.unitCode,
    title: f.title,
    content: f.content,
    category: f.category,
    attachments: f.attachments,
    eventDate: f.eventDate,
    status: f.status as FilingStatus,
    reviewComment: f.reviewComment,
    selectedForBriefing: f.selectedForBriefing,
    filedBy: f.filedBy,
    filedAt: f.filedAt.toISOString(),
    reviewedBy: f.reviewedBy,
    reviewedAt: f.reviewedAt?.toISOString() ?? null,
    ...(events ? { events: events.map(toFilingEventView) } : {}),
  };
}

function toFilingEventView(e: FilingEventEntity): FilingEventView {
  return {
    type: e.type as FilingEventType,
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    actorRole: e.actorRole,
    actorUnitCode: e.actorUnitCode,
    reason: e.reason,
    data: e.data,
  };
}

export function filingEvent(
  type: FilingEventType,
  actor: Actor,
  at: Date,
  reason: string | null,
  data: Record<string, unknown> = {},
): FilingEventInput {
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
