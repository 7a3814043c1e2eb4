import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// One unit's share of a matter, projected from the workflow. `position` is its index in the workflow's
// append-only assignment list, so a unit re-routed away and back keeps both rows.
@Entity({ name: 'matter_assignments' })
@Index('idx_assignments_unit_status', ['unitCode', 'status', 'dueDate'])
@Index('idx_assignments_unit_matter_status', ['unitCode', 'matterStatus'])
@Index('idx_assignments_unit_scorecard', [
  'unitCode',
  'status',
  'matterStatus',
  'acknowledgedAt',
  'acknowledgedOnTime',
  'ackWorkingDays',
  'returnCount',
])
// Accountability (migrations 1765123200000, 1766000000000): a unit's charged assignments, by unit and date, covering
// the overdue counts' filters.
@Index('idx_assignments_unit_charged', ['unitCode', 'chargedDueDate', 'duty', 'status', 'matterStatus', 'assignedAt'])
// The units' own lights (leadership summary, migration 1766700000000): the open matters' assignments, covering.
@Index('idx_assignments_open_lights', ['matterStatus', 'unitCode', 'duty', 'status', 'chargedDueDate', 'matterLight'])
export class MatterAssignmentEntity {
  @PrimaryColumn({ name: 'matter_id', type: 'varchar', length: 36 })
  matterId!: string;

  @PrimaryColumn({ type: 'int' })
  position!: number;

  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  @Column({ type: 'varchar', length: 8 })
  role!: string;

  @Column({ type: 'varchar', length: 32 })
  status!: string;

  @Column({ name: 'matter_status', type: 'varchar', length: 32 })
  matterStatus!: string;

  // The matter's light, copied like its status (same projection, same transaction), so that a unit's own light
  // is read from this table's index without a row lookup per assignment into the wide matters table.
  @Column({ name: 'matter_light', type: 'varchar', length: 16, default: 'none' })
  matterLight!: string;

  @Column({ name: 'due_date', type: 'varchar', length: 10 })
  dueDate!: string;

  @Column({ type: 'int', default: 0 })
  percent!: number;

  @Column({ name: 'return_count', type: 'int', default: 0 })
  returnCount!: number;

  @Column({ name: 'assigned_at', type: 'datetime', precision: 3 })
  assignedAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'datetime', precision: 3, nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'last_progress_at', type: 'datetime', precision: 3, nullable: true })
  lastProgressAt!: Date | null;

  @Column({ name: 'completed_at', type: 'datetime', precision: 3, nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'ack_due_at', type: 'datetime', precision: 3, nullable: true })
  ackDueAt!: Date | null;

  @Column({ name: 'progress_due_at', type: 'datetime', precision: 3, nullable: true })
  progressDueAt!: Date | null;

  @Column({ name: 'ack_working_days', type: 'int', nullable: true })
  ackWorkingDays!: number | null;

  @Column({ name: 'acknowledged_on_time', type: 'boolean', nullable: true })
  acknowledgedOnTime!: boolean | null;

  @Column({ name: 'clock_paused', type: 'boolean', default: false })
  clockPaused!: boolean;

  // From the accountability model: 'complete' (the lead), 'contribute' (a co-unit) or 'none' (its part is
  // done, or the matter is), and the date it is charged against now (null while its clock is paused).
  @Column({ type: 'varchar', length: 16, default: 'none' })
  duty!: string;

  @Column({ name: 'charged_due_date', type: 'varchar', length: 10, nullable: true })
  chargedDueDate!: string | null;

  // The unit's handler (承办人) as it named them, and their office phone (migration 1766800000000): for the papers
  // that list matters. Who may read the phone is the reader's business (the office and the unit only).
  @Column({ name: 'handler_name', type: 'varchar', length: 50, nullable: true })
  handlerName!: string | null;

  // 64: longer than any phone HANDLER_PHONE accepts (42 characters with an extension).
  @Column({ name: 'handler_phone', type: 'varchar', length: 64, nullable: true })
  handlerPhone!: string | null;

  @Column({ type: 'int' })
  seq!: number;
}
