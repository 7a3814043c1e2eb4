import type { FormerUnitNameView, LeadSuggestion, UnitStatus, UnitView } from '@app/contracts';
import { UNIT_STATUSES } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class FormerUnitNameResponse implements FormerUnitNameView {
  @ApiProperty({ example: '区统计局' })
  nameZh!: string;

  @ApiProperty({ example: 'Statistics Bureau' })
  nameEn!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description: 'In use from (null: since the unit joined)',
  })
  validFrom!: string | null;

  @ApiProperty({ example: '2026-03-01', description: 'In use until the day before this one' })
  validTo!: string;

  @ApiProperty({ example: '根据五华区机构改革方案' })
  reason!: string;
}

export class UnitResponse implements UnitView {
  @ApiProperty({ example: 'market-regulation' })
  code!: string;

  @ApiProperty({ example: 1 })
  ordinal!: number;

  @ApiProperty({ example: '区市场监督管理局' })
  nameZh!: string;

  @ApiProperty({ example: 'District Administration for Market Regulation' })
  nameEn!: string;

  @ApiProperty({ example: true, description: 'The lead unit of the conference (hosts the office)' })
  isLeadUnit!: boolean;

  @ApiProperty({
    example: '拟定和组织实施全区知识产权相关规划、政策；……',
    description: 'Duties from section 二 of the rules',
  })
  dutyZh!: string;

  @ApiProperty({ example: ['专利', '商标'], type: [String] })
  dutyKeywords!: string[];

  @ApiProperty({ example: ['市场监管局', '市监局'], type: [String], description: 'Short names and aliases' })
  aliases!: string[];

  @ApiProperty({
    example: ['qscjdglj', 'scjgj'],
    type: [String],
    description: 'Pinyin initials of the name and of each alias',
  })
  initials!: string[];

  @ApiProperty({ enum: UNIT_STATUSES, description: 'A merged or dissolved unit takes no new work' })
  status!: UnitStatus;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'The unit a merged one went into' })
  mergedInto!: string | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'Joined (null: a founding unit)' })
  effectiveFrom!: string | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'Merged or dissolved on' })
  effectiveTo!: string | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'The current name is in use since' })
  nameSince!: string | null;

  @ApiProperty({ type: [FormerUnitNameResponse], description: 'Former names, oldest first' })
  formerNames!: FormerUnitNameResponse[];
}

export class LeadUnitSuggestionResponse implements LeadSuggestion {
  @ApiProperty({ example: 'public-security' })
  code!: string;

  @ApiProperty({ example: '市公安五华分局' })
  nameZh!: string;

  @ApiProperty({ example: 12, description: 'Higher is a better match' })
  score!: number;

  @ApiProperty({ example: ['侵犯知识产权犯罪'], type: [String], description: 'Duty keywords found in the text' })
  matched!: string[];
}
