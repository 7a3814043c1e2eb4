import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// The roster of a member unit (负责同志, 分管领导, 联络员) and of the conference (召集人, 副召集人: unit_code
// 'conference'). A change is a new row with an effective date: filed (报备) by the unit, recorded (备案) or
// refused by the office; only recorded rows count. Nothing is overwritten but the decision, so the history is the table.
@Entity({ name: 'unit_contacts' })
@Index('idx_unit_contacts_unit_kind', ['unitCode', 'kind', 'effectiveFrom'])
export class UnitContactEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  // responsible_official 负责同志 · supervising_leader 分管领导 · liaison_officer 联络员 · convener 召集人 ·
  // deputy_convener 副召集人
  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ name: 'person_name', type: 'varchar', length: 64 })
  personName!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  // The linked user account, if the person logs in.
  @Column({ name: 'user_id', type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column({ name: 'effective_from', type: 'varchar', length: 10 })
  effectiveFrom!: string;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ name: 'filed_by', type: 'varchar', length: 64 })
  filedBy!: string;

  @Column({ name: 'filed_at', type: 'datetime', precision: 3 })
  filedAt!: Date;

  // filed 已报备 (awaiting the office) · recorded 已备案 · refused 未予备案
  @Column({ type: 'varchar', length: 16, default: 'recorded' })
  status!: string;

  // The person leaves the seat from effectiveFrom (a deputy convener stepping down; a liaison post left empty).
  @Column({ type: 'boolean', default: false })
  vacates!: boolean;

  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decision_reason', type: 'varchar', length: 500, nullable: true })
  decisionReason!: string | null;

  // When a recorded, effective change was applied to the named account's unit role (null: not yet, or nothing to).
  @Column({ name: 'roles_applied_at', type: 'datetime', precision: 3, nullable: true })
  rolesAppliedAt!: Date | null;
}
