import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'member_units' })
export class MemberUnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'int' })
  ordinal!: number;

  @Column({ name: 'name_zh', type: 'varchar', length: 128 })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 160 })
  nameEn!: string;

  @Column({ name: 'is_lead_unit', type: 'boolean', default: false })
  isLeadUnit!: boolean;

  @Column({ name: 'duty_zh', type: 'text' })
  dutyZh!: string;

  @Column({ name: 'duty_keywords', type: 'simple-json' })
  dutyKeywords!: string[];

  // active | merged | dissolved (migration 1766600000000): a merged or dissolved unit takes no new work; its code
  // stays on every past matter and figure.
  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: string;

  @Column({ name: 'merged_into', type: 'varchar', length: 64, nullable: true })
  mergedInto!: string | null;

  @Column({ name: 'effective_from', type: 'varchar', length: 10, nullable: true })
  effectiveFrom!: string | null;

  @Column({ name: 'effective_to', type: 'varchar', length: 10, nullable: true })
  effectiveTo!: string | null;

  @Column({ name: 'name_since', type: 'varchar', length: 10, nullable: true })
  nameSince!: string | null;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3, nullable: true })
  updatedAt!: Date | null;
}

// A unit's former name and the dates it was in use, [validFrom, validTo); validFrom null is since the unit joined.
@Entity({ name: 'member_unit_names' })
@Index('idx_member_unit_names_unit', ['unitCode', 'validTo'])
export class MemberUnitNameEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 128 })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 160 })
  nameEn!: string;

  @Column({ name: 'valid_from', type: 'varchar', length: 10, nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_to', type: 'varchar', length: 10 })
  validTo!: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 64 })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt!: Date;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;
}

// The office's own list of a unit's short names and aliases (migration 1765900800000); a unit without a row
// keeps the seed's (libs/domain/src/units/member-units.data.ts).
@Entity({ name: 'unit_aliases' })
export class UnitAliasesEntity {
  @PrimaryColumn({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  @Column({ type: 'simple-json' })
  aliases!: string[];

  @Column({ name: 'updated_by', type: 'varchar', length: 64 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
