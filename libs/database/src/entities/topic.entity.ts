import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

import { RecordedEventColumns } from './recorded-event.columns';

// A topic (议题) a member unit proposes for the conference; the office puts it on a meeting's agenda,
// defers or declines it.
@Entity({ name: 'topics' })
@Index('idx_topics_status_proposed', ['status', 'proposedAt'])
@Index('idx_topics_unit_proposed', ['unitCode', 'proposedAt'])
@Index('idx_topics_meeting_order', ['meetingId', 'agendaOrder'])
export class TopicEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  background!: string;

  @Column({ type: 'text' })
  proposal!: string;

  @Column({ name: 'desired_meeting_kind', type: 'varchar', length: 16, nullable: true })
  desiredMeetingKind!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'meeting_id', type: 'varchar', length: 36, nullable: true })
  meetingId!: string | null;

  @Column({ name: 'agenda_order', type: 'int', nullable: true })
  agendaOrder!: number | null;

  // The office's latest note: why deferred, why declined, or what accepting it means.
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ name: 'proposed_by', type: 'varchar', length: 64 })
  proposedBy!: string;

  @Column({ name: 'proposed_at', type: 'datetime', precision: 3 })
  proposedAt!: Date;

  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

// Every state change of a topic: who, which unit, when, what and why. Append-only.
@Entity({ name: 'topic_events' })
@Index('idx_topic_events_owner', ['topicId', 'id'])
export class TopicEventEntity extends RecordedEventColumns {
  @Column({ name: 'topic_id', type: 'varchar', length: 36 })
  topicId!: string;
}
