import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { EventRecordColumns } from './recorded-event.columns';

// The append-only record: who, which unit, when, what and why. Keyed by (matter, seq) so a retried
// projection inserts nothing twice.
@Entity({ name: 'matter_events' })
@Index('idx_events_at', ['at'])
@Index('idx_events_unit_at', ['unitCode', 'at'])
export class MatterEventEntity extends EventRecordColumns {
  @PrimaryColumn({ name: 'matter_id', type: 'varchar', length: 36 })
  matterId!: string;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @Column({ type: 'varchar', length: 64 })
  type!: string;

  // The roles within the capacity acted in (['unit_liaison'], ['office_director', …]); null on events recorded
  // before capacities, and on the system's.
  @Column({ name: 'actor_capacity_roles', type: 'simple-json', nullable: true })
  actorCapacityRoles!: string[] | null;

  @Column({ name: 'unit_code', type: 'varchar', length: 64, nullable: true })
  unitCode!: string | null;
}
