import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';

import { IsCalendarDate } from './is-calendar-date.validator';

export const ADJUSTMENT_KINDS = ['off', 'working'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

export class CreateAdjustmentDto {
  @ApiProperty({ example: '2026-10-12', description: 'The day adjusted (YYYY-MM-DD)' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ enum: ADJUSTMENT_KINDS, example: 'off', description: 'off 放假/停止办公 · working 上班' })
  @IsIn(ADJUSTMENT_KINDS)
  kind!: AdjustmentKind;

  @ApiPropertyOptional({ example: 'justice', description: 'One member unit; omitted for the whole district' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  unitCode?: string;

  @ApiProperty({ example: '台风红色预警，全区停止办公一天', description: 'Why (shown with the day)' })
  @IsString()
  @Length(1, 500)
  reason!: string;

  @ApiPropertyOptional({ example: '五政办通〔2026〕12号', description: 'The notice that decided it (文号)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  documentNumber?: string;
}

export class RevokeAdjustmentDto {
  @ApiProperty({ example: '预警已解除，恢复正常办公', description: 'Why the adjustment no longer applies' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class NamedDateDto {
  @ApiProperty({ example: '2027-01-01' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ example: '元旦', description: 'The festival the day belongs to' })
  @IsString()
  @Length(1, 32)
  name!: string;
}

export class EnterYearDto {
  @ApiProperty({
    type: [NamedDateDto],
    example: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-06', name: '春节' },
    ],
    description: 'Every statutory day off of the year (放假日期), weekends within a holiday included',
  })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => NamedDateDto)
  holidays!: NamedDateDto[];

  @ApiProperty({
    type: [NamedDateDto],
    example: [{ date: '2027-02-20', name: '春节' }],
    description: 'Weekend days worked instead (调休上班)',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NamedDateDto)
  makeupWorkdays!: NamedDateDto[];

  @ApiPropertyOptional({ example: '国办发明电〔2026〕7号', description: "The State Council notice's number" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  documentNumber?: string;
}
