import type { LeadSuggestion, UnitView } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';

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
