import type { Actor, FilingEventType, FilingKind, FilingStatus, FilingView } from '@app/contracts';
import { filingActionsFor } from '@app/contracts';
import type { FilingEntity, FilingEventEntity, FilingEventInput } from '@app/database';

import { recordedEvent, toRecordedEventView } from '../common/recorded-event';

// `reader`: the person asking, whose allowedActions the view carries; `names`: the display names of the events' actors.
export function toFilingView(
  f: FilingEntity,
  reader: Actor,
  events?: FilingEventEntity[],
  names: ReadonlyMap<string, string> = new Map(),
): FilingView {
  const kind = f.kind as FilingKind;
  const status = f.status as FilingStatus;
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
    ...(events ? { events: events.map((e) => toRecordedEventView<FilingEventType>(e, names)) } : {}),
    allowedActions: filingActionsFor({ status, kind, unitCode: f.unitCode }, reader),
  };
}

export function filingEvent(
  type: FilingEventType,
  actor: Actor,
  at: Date,
  reason: string | null,
  data: Record<string, unknown> = {},
): FilingEventInput {
  return recordedEvent(type, actor, at, reason, data);
}
