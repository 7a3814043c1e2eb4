import type { MatterState } from '@app/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// Current state of a matter, projected from its workflow. Never written by the API.
@Entity({ name: 'matters' })
@Index('uq_matters_code', ['code'], { unique: true })
@Index('idx_matters_status_due', ['status', 'dueDate'])
@Index('idx_matters_lead_status', ['leadUnitCode', 'status'])
@Index('idx_matters_light', ['light', 'status'])
@Index('idx_matters_created', ['createdAt'])
@Index('idx_matters_status_escalation', ['status', 'escalationLevel'])
// Supervision views (migration 1764345600000).
@Index('idx_matters_status_light', ['status', 'light'])
@Index('idx_matters_status_effdue', ['status', 'effectiveDueDate', 'dueDate', 'light', 'leadUnitCode'])
@Index('idx_matters_status_closed_ontime', ['status', 'closedAt', 'closedOnTime'])
@Index('idx_matters_status_lead_closure', ['status', 'leadUnitCode', 'closedOnTime', 'closeWorkingDays'])
@Index('idx_matters_meeting_status_due', ['meetingId', 'status', 'effectiveDueDate', 'dueDate'])
// Accountability (migration 1765123200000).
@Index('idx_matters_charged_due', ['chargedDueDate', 'leadUnitCode', 'status', 'effectiveDueDate', 'dueDate'])
@Index('idx_matters_meeting_charged', ['meetingId', 'status', 'chargedDueDate'])
// The board list's order and text search (migration 1765209600000).
@Index('idx_matters_due', ['dueDate'])
@Index('idx_matters_updated', ['updatedAt'])
@Index('idx_matters_search', ['title', 'code'])
export class MatterEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'meeting_id', type: 'varchar', length: 36, nullable: true })
  meetingId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  source!: string | null;

  @Column({ name: 'lead_unit_code', type: 'varchar', length: 64 })
  leadUnitCode!: string;

  @Column({ name: 'co_unit_codes', type: 'simple-json' })
  coUnitCodes!: string[];

  @Column({ name: 'due_date', type: 'varchar', length: 10 })
  dueDate!: string;

  @Column({ name: 'original_due_date', type: 'varchar', length: 10 })
  originalDueDate!: string;

  @Column({ type: 'varchar', length: 16 })
  priority!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 32 })
  status!: string;

  @Column({ type: 'varchar', length: 16 })
  light!: string;

  @Column({ name: 'extension_pending', type: 'boolean', default: false })
  extensionPending!: boolean;

  @Column({ name: 'extension_count', type: 'int', default: 0 })
  extensionCount!: number;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'closed_at', type: 'datetime', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'datetime', precision: 3, nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  // Supervision (null for matters started before it existed).
  @Column({ name: 'effective_due_date', type: 'varchar', length: 10, nullable: true })
  effectiveDueDate!: string | null;

  @Column({ name: 'predicted_breach_at', type: 'datetime', precision: 3, nullable: true })
  predictedBreachAt!: Date | null;

  @Column({ name: 'escalation_level', type: 'varchar', length: 16, nullable: true })
  escalationLevel!: string | null;

  @Column({ name: 'deadline_provisional', type: 'boolean', default: false })
  deadlineProvisional!: boolean;

  // Closed on or before its (effective) due date; null while open.
  @Column({ name: 'closed_on_time', type: 'boolean', nullable: true })
  closedOnTime!: boolean | null;

  @Column({ name: 'close_working_days', type: 'int', nullable: true })
  closeWorkingDays!: number | null;

  // From the accountability model: the date the lead unit is charged against for the matter's completion
  // (null while the office holds the matter, and once it is closed), and the unit answerable for it (null when
  // the office is). "Overdue" everywhere is charged_due_date < today (migration 1765123200000).
  @Column({ name: 'charged_due_date', type: 'varchar', length: 10, nullable: true })
  chargedDueDate!: string | null;

  @Column({ name: 'answerable_unit_code', type: 'varchar', length: 64, nullable: true })
  answerableUnitCode!: string | null;

  // Sequence of the last event this row reflects; a projection with a lower seq is ignored.
  @Column({ type: 'int' })
  seq!: number;

  // The workflow's full state at `seq` (longtext on MySQL), for detail reads and re-projection checks.
  @Column({ name: 'state_json', type: 'simple-json' })
  state!: MatterState;
}
