import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// Outbound messages waiting for their channel (e-mail): written beside the inbox row by the activity that
// writes the notice, sent later by the worker's sweeper, so a slow or dead mail server never holds a command.
@Entity({ name: 'notification_outbox' })
@Index('idx_notification_outbox_due', ['sentAt', 'nextAttemptAt'])
export class NotificationOutboxEntity {
  // The inbox row it delivers (one message per row, so a retried writer enqueues it once).
  @PrimaryColumn({ name: 'notification_id', type: 'varchar', length: 36 })
  notificationId!: string;

  @Column({ type: 'varchar', length: 200 })
  address!: string;

  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'datetime', precision: 3 })
  nextAttemptAt!: Date;

  // A sweeper holds the rows it is sending until then; another sweeper takes them over afterwards.
  @Column({ name: 'claimed_until', type: 'datetime', precision: 3, nullable: true })
  claimedUntil!: Date | null;

  @Column({ name: 'claim_token', type: 'varchar', length: 36, nullable: true })
  claimToken!: string | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true })
  sentAt!: Date | null;
}
