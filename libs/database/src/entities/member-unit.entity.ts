import { Column, Entity, PrimaryColumn } from 'typeorm';

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
