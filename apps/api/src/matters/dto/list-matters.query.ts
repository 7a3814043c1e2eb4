import type { MatterLight, MatterStatus } from '@app/contracts';
import { MATTER_LIGHTS, MATTER_STATUSES } from '@app/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

import { OptionalYear } from '../../common/year-field';
import { PageNumber, PageSize } from '../../common/paging';

const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

export class ListMattersQuery {
  @ApiPropertyOptional({ example: 'justice', description: 'Matters in which this unit holds an assignment' })
  @IsOptional()
  @IsString()
  unit?: string;

  @ApiPropertyOptional({ example: 'in_progress,awaiting_verification', description: 'Comma-separated statuses' })
  @IsOptional()
  @Transform(toList)
  @IsIn(MATTER_STATUSES, { each: true })
  status?: MatterStatus[];

  @ApiPropertyOptional({ enum: MATTER_LIGHTS })
  @IsOptional()
  @IsIn(MATTER_LIGHTS)
  light?: MatterLight;

  @ApiPropertyOptional({ description: 'Matters decided by this meeting' })
  @IsOptional()
  @IsUUID()
  meetingId?: string;

  @ApiPropertyOptional({ description: 'Only open matters past their due date' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @OptionalYear({ example: 2026, minimum: 2000, maximum: 2100 }, { query: true })
  year?: number;

  @ApiPropertyOptional({ example: '宣传周', description: 'Search in title and code' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: ['dueDate', 'createdAt', 'code', 'updatedAt'], default: 'dueDate' })
  @IsOptional()
  @IsIn(['dueDate', 'createdAt', 'code', 'updatedAt'])
  sort: 'dueDate' | 'createdAt' | 'code' | 'updatedAt' = 'dueDate';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'asc';

  @PageNumber()
  page = 1;

  @PageSize(200)
  pageSize = 20;
}
