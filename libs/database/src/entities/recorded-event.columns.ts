import { Column, PrimaryGeneratedColumn } from 'typeorm';

// Who, in which role and unit, when and why, and the event's data: the columns every history table shares
// (matter_events, topic_events, filing_events).
export abstract class EventRecordColumns {
  @Column({ type: 'datetime', precision: 3 })
  at!: Date;

  @Column({ name: 'actor_user_id', type: 'varchar', length: 64 })
  actorUserId!: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 16 })
  actorRole!: string;

  @Column({ name: 'actor_unit_code', type: 'varchar', length: 64, nullable: true })
  actorUnitCode!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'simple-json' })
  data!: Record<string, unknown>;
}

// The append-only history tables keyed by a generated id (topic_events, filing_events). Each entity adds the
// column naming what the event belongs to.
export abstract class RecordedEventColumns extends EventRecordColumns {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: string;
}
