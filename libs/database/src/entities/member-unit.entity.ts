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
