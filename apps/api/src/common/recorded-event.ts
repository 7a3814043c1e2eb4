import type { Actor, RecordedEventView } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';

// The append-only history kept for topics and filings (topic_events, filing_events): who, which unit, when, what,
// and why. Each feature narrows `type` to its own event names.
export interface RecordedEventRow {
  type: string;
  at: Date;
  actorUserId: string;
  actorRole: string;
  actorUnitCode: string | null;
  reason: string | null;
  data: Record<string, unknown>;
}

// The event a command appends: the acting person and unit come from the token's actor, never from the body.
export function recordedEvent<T extends string>(
  type: T,
  actor: Actor,
  at: Date,
  reason: string | null,
  data: Record<string, unknown> = {},
): Omit<RecordedEventRow, 'type'> & { type: T } {
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

// `names`: display names by login name (UserRepository.displayNamesOf over the events' actors).
export function toRecordedEventView<T extends string>(
  e: RecordedEventRow,
  names: ReadonlyMap<string, string>,
): RecordedEventView<T> {
  return {
    type: e.type as T,
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    actorName: names.get(e.actorUserId) ?? null,
    actorRole: e.actorRole,
    actorUnitCode: e.actorUnitCode,
    reason: e.reason,
    data: e.data,
  };
}

// The OpenAPI shape of one event, less its `type` (each feature documents its own names).
export abstract class RecordedEventResponse {
  @ApiProperty() at!: string;
  @ApiProperty() actorUserId!: string;
  @ApiProperty({ nullable: true, type: String, description: "the person's display name; null for the system" })
  actorName!: string | null;
  @ApiProperty() actorRole!: string;
  @ApiProperty({ nullable: true, type: String }) actorUnitCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}
