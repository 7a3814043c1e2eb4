import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// The roster (备案) of a member unit: its responsible official and its liaison officer. A change is a new
// row with an effective date; nothing is overwritten, so the history is the table.
@Entity({ name: 'unit_contacts' })
@Index('idx_unit_contacts_unit_kind', ['unitCode', 'kind', 'effectiveFrom'])
export class UnitContactEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  // responsible_official 负责同志 · liaison_officer 联络员
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
}
