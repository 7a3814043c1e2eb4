import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// The append-only record: who, which unit, when, what and why. Keyed by (matter, seq) so a retried
// projection inserts nothing twice.
@Entity({ name: 'matter_events' })
@Index('idx_events_at', ['at'])
@Index('idx_events_unit_at', ['unitCode', 'at'])
export class MatterEventEntity {
  @PrimaryColumn({ name: 'matter_id', type: 'varchar', length: 36 })
  matterId!: string;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @Column({ type: 'varchar', length: 64 })
  type!: string;

  @Column({ type: 'datetime', precision: 3 })
  at!: Date;

  @Column({ name: 'actor_user_id', type: 'varchar', length: 64 })
  actorUserId!: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 16 })
  actorRole!: string;

  @Column({ name: 'actor_unit_code', type: 'varchar', length: 64, nullable: true })
  actorUnitCode!: string | null;

  @Column({ name: 'unit_code', type: 'varchar', length: 64, nullable: true })
  unitCode!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'simple-json' })
  data!: Record<string, unknown>;
}
