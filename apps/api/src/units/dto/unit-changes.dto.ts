import { UNIT_CODE_MAX } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

// The office's changes to the member units after a reorganisation (机构改革). The domain checks the rest
// (libs/domain/src/units/unit-changes.ts): a real day not after today, names no other unit has, a unit that takes work.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

abstract class UnitChangeFields {
  @ApiProperty({ example: '2026-03-01', description: 'From when the change applies (YYYY-MM-DD), not after today' })
  @Matches(DAY, { message: 'effectiveFrom must be YYYY-MM-DD' })
  effectiveFrom!: string;

  @ApiProperty({ example: '根据五华区机构改革方案（五发〔2026〕3号）', description: 'Why (kept in the audit log)' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}

abstract class UnitNameFields extends UnitChangeFields {
  @ApiProperty({ example: '区数据局' })
  @IsString()
  @Length(2, 128)
  nameZh!: string;

  @ApiProperty({ example: 'District Data Bureau' })
  @IsString()
  @Length(2, 160)
  nameEn!: string;
}

export class RenameUnitDto extends UnitNameFields {}

export class MergeUnitDto extends UnitChangeFields {
  @ApiProperty({ example: 'development-reform', description: 'The unit this one is merged into (it takes over)' })
  @IsString()
  @Length(1, UNIT_CODE_MAX)
  intoCode!: string;
}

// 撤销: the day the unit is abolished from and why; nothing else (its past stays under it).
export class DissolveUnitDto extends UnitChangeFields {}

export class AddUnitDto extends UnitNameFields {
  @ApiProperty({
    example: 'data-bureau',
    description: 'The new unit\'s code for good: lower-case letters and digits in words joined by "-"',
  })
  @IsString()
  @Length(1, UNIT_CODE_MAX)
  code!: string;

  @ApiProperty({ example: '统筹推进数据资源知识产权保护和运用工作。', description: "The unit's duties (职责)" })
  @IsString()
  @Length(2, 2000)
  dutyZh!: string;

  @ApiProperty({
    example: ['数据资源', '数据知识产权'],
    type: [String],
    description: 'Duty keywords (lead suggestion)',
  })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 32, { each: true })
  dutyKeywords!: string[];

  @ApiPropertyOptional({ example: 22, description: 'Where it is listed; after the last unit when left out' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999)
  ordinal?: number;
}
