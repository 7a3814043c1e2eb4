import { Column, Entity, PrimaryColumn } from 'typeorm';

// Reserves a human-readable matter code (e.g. 2026-03) before its workflow starts, so two requests
// cannot dispatch two matters under one code.
@Entity({ name: 'matter_codes' })
export class MatterCodeEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ name: 'matter_id', type: 'varchar', length: 36 })
  matterId!: string;

  @Column({ name: 'reserved_at', type: 'datetime', precision: 3 })
  reservedAt!: Date;
}
