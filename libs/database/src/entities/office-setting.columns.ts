import { Column } from 'typeorm';

// Who set one of the office's settings, when and why: the columns every settings table shares (assessment_weights,
// matter_code_pattern). Each change is also in audit_log, with the old and the new value.
export abstract class OfficeSettingColumns {
  @Column({ name: 'set_by', type: 'varchar', length: 64 })
  setBy!: string;

  @Column({ name: 'set_at', type: 'datetime', precision: 3 })
  setAt!: Date;

  @Column({ type: 'text' })
  reason!: string;
}
