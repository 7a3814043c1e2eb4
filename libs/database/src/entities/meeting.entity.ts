import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'meetings' })
@Index('idx_meetings_held_on', ['heldOn'])
@Index('idx_meetings_status_held_on', ['status', 'heldOn', 'createdAt'])
export class MeetingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  // plenary 全体会议 · ad_hoc 专题/部分成员单位会议 · liaison 联络员会议
  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  // Calendar date in Asia/Shanghai, YYYY-MM-DD.
  @Column({ name: 'held_on', type: 'varchar', length: 10 })
  heldOn!: string;

  @Column({ type: 'varchar', length: 100 })
  chair!: string;

  @Column({ type: 'simple-json' })
  attendees!: string[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  location!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  // planned → held (minutes recorded, agreed matters dispatched).
  @Column({ type: 'varchar', length: 16, default: 'planned' })
  status!: string;

  // 会议纪要
  @Column({ type: 'text', nullable: true })
  minutes!: string | null;

  // Who attended, and who stood in for whom; null until held.
  @Column({ type: 'simple-json', nullable: true })
  attendance!: { unitCode?: string; person: string; standingInFor?: string }[] | null;

  @Column({ name: 'held_by', type: 'varchar', length: 64, nullable: true })
  heldBy!: string | null;

  @Column({ name: 'held_at', type: 'datetime', precision: 3, nullable: true })
  heldAt!: Date | null;

  // The Idempotency-Key of the hold request, so a retry with it completes instead of being refused.
  @Column({ name: 'hold_key', type: 'varchar', length: 160, nullable: true })
  holdKey!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 64 })
  updatedBy!: string;

  // Set by the service (not database defaults), identically on MySQL and SQLite.
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
