import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// 申诉: a unit's contest of a charge against it (an escalation by its seq, or the matter's overdue charge), and
// the office's decision. Kept outside the matter workflow: a matter already closed is still contested (通报 often
// comes after closing). An accepted contest withdraws the charge from the figures (see charge-contest.sql.ts);
// the escalation row and the matter's events stay as they were.
@Entity({ name: 'charge_contests' })
@Index('uq_charge_contests_open_key', ['openKey'], { unique: true })
@Index('idx_charge_contests_matter', ['matterId', 'filedAt'])
@Index('idx_charge_contests_status', ['status', 'filedAt'])
@Index('idx_charge_contests_unit', ['unitCode', 'filedAt'])
@Index('idx_charge_contests_charge', ['matterId', 'chargeKind', 'unitCode', 'status'])
export class ChargeContestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'matter_id', type: 'varchar', length: 36 })
  matterId!: string;

  // escalation · overdue
  @Column({ name: 'charge_kind', type: 'varchar', length: 16 })
  chargeKind!: string;

  // The contested escalation's seq on the matter (null for an overdue charge).
  @Column({ name: 'escalation_seq', type: 'int', nullable: true })
  escalationSeq!: number | null;

  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  // Set while the contest is pending or accepted, null once rejected: at most one such contest per charge.
  @Column({ name: 'open_key', type: 'varchar', length: 160, nullable: true })
  openKey!: string | null;

  @Column({ name: 'filed_by', type: 'varchar', length: 64 })
  filedBy!: string;

  @Column({ name: 'filed_capacity', type: 'varchar', length: 32 })
  filedCapacity!: string;

  @Column({ name: 'filed_at', type: 'datetime', precision: 3 })
  filedAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'simple-json' })
  attachments!: string[];

  // pending · accepted · rejected
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_capacity', type: 'varchar', length: 32, nullable: true })
  decidedCapacity!: string | null;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;
}
