import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// One row per escalation event of a matter (projected, keyed like the event).
@Entity({ name: 'escalations' })
@Index('idx_escalations_level_at', ['level', 'at'])
@Index('idx_escalations_unit_level', ['unitCode', 'level', 'at'])
@Index('idx_escalations_at', ['at'])
@Index('idx_escalations_level_at_unit', ['level', 'at', 'unitCode'])
export class EscalationEntity {
  @PrimaryColumn({ name: 'matter_id', type: 'varchar', length: 36 })
  matterId!: string;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @Column({ type: 'varchar', length: 16 })
  level!: string;

  @Column({ type: 'varchar', length: 32 })
  reason!: string;

  // auto (the ladder) · manual (urged by the office)
  @Column({ type: 'varchar', length: 8 })
  origin!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 64, nullable: true })
  unitCode!: string | null;

  @Column({ type: 'datetime', precision: 3 })
  at!: Date;

  @Column({ name: 'notice_no', type: 'varchar', length: 32, nullable: true })
  noticeNo!: string | null;

  @Column({ type: 'simple-json' })
  notified!: unknown[];
}

// 督〔2026〕7号: the yearly sequence of supervision notices. One row per allocated number, keyed by the
// notice's idempotency key so a retried activity gets the same number.
@Entity({ name: 'notice_numbers' })
@Index('uq_notice_numbers_year_no', ['year', 'number'], { unique: true })
export class NoticeNumberEntity {
  @PrimaryColumn({ name: 'notice_key', type: 'varchar', length: 200 })
  noticeKey!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  number!: number;

  @Column({ name: 'matter_id', type: 'varchar', length: 36 })
  matterId!: string;

  @Column({ name: 'allocated_at', type: 'datetime', precision: 3 })
  allocatedAt!: Date;
}

// The in-app inbox: one row per recipient person, or per unit when addressed to the unit as a whole.
@Entity({ name: 'notifications' })
@Index('uq_notifications_source', ['sourceKey', 'recipientKey'], { unique: true })
@Index('idx_notifications_user_read', ['userId', 'readAt', 'createdAt'])
@Index('idx_notifications_unit_read', ['unitCode', 'readAt', 'createdAt'])
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  // What caused it (e.g. "<matterId>:<seq>"), so a retried activity writes it once per recipient.
  @Column({ name: 'source_key', type: 'varchar', length: 200 })
  sourceKey!: string;

  // "user:<id>" or "unit:<code>".
  @Column({ name: 'recipient_key', type: 'varchar', length: 100 })
  recipientKey!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column({ name: 'unit_code', type: 'varchar', length: 64, nullable: true })
  unitCode!: string | null;

  // assignment · rerouted · returned · escalation · instruction · extension · closed · ...
  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'matter_id', type: 'varchar', length: 36, nullable: true })
  matterId!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'datetime', precision: 3, nullable: true })
  readAt!: Date | null;

  // When the outbound channel delivered it (immediately, or in the daily digest).
  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true })
  sentAt!: Date | null;
}

@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  // Collect outbound notices into one daily message instead of one per notice.
  @Column({ name: 'daily_digest', type: 'boolean', default: false })
  dailyDigest!: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email!: string | null;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
