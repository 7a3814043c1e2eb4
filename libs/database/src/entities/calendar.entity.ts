import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// A local adjustment on top of the statutory calendar: a day off or a working day, district-wide or for one
// unit, with its reason and document number (文号). Revoked, never deleted.
@Entity({ name: 'calendar_adjustments' })
@Index('idx_calendar_adjustments_date', ['date'])
export class CalendarAdjustmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 10 })
  date!: string;

  // off · working
  @Column({ type: 'varchar', length: 8 })
  kind!: string;

  // Null for the whole district.
  @Column({ name: 'unit_code', type: 'varchar', length: 64, nullable: true })
  unitCode!: string | null;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ name: 'document_number', type: 'varchar', length: 100, nullable: true })
  documentNumber!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'revoked_by', type: 'varchar', length: 64, nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;
}

// A year's State Council holiday schedule entered by hand before the calendar package carries it.
@Entity({ name: 'calendar_years' })
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'simple-json' })
  holidays!: { date: string; name: string }[];

  @Column({ name: 'makeup_workdays', type: 'simple-json' })
  makeupWorkdays!: { date: string; name: string }[];

  @Column({ name: 'document_number', type: 'varchar', length: 100, nullable: true })
  documentNumber!: string | null;

  @Column({ name: 'entered_by', type: 'varchar', length: 64 })
  enteredBy!: string;

  @Column({ name: 'entered_at', type: 'datetime', precision: 3 })
  enteredAt!: Date;
}
