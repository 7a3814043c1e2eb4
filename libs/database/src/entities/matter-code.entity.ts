import { Column, Entity, PrimaryColumn } from 'typeorm';

import { OfficeSettingColumns } from './office-setting.columns';

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

// The pattern of matter codes the office set (one row, id 'office'); none: the default applies. Each change is also
// in audit_log with the old and new pattern and the reason.
@Entity({ name: 'matter_code_pattern' })
export class MatterCodePatternEntity extends OfficeSettingColumns {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  pattern!: string;
}
