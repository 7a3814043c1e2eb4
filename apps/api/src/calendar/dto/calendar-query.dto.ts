import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

import { IsCalendarDate } from './is-calendar-date.validator';

export class CalendarDaysQuery {
  @ApiProperty({ example: '2026-09-28', description: 'First day (YYYY-MM-DD)' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-10-09', description: 'Last day, inclusive; at most 366 days in all' })
  @IsCalendarDate()
  to!: string;

  @ApiPropertyOptional({
    example: 'justice',
    description: "A member unit: its own adjustments apply on top of the district's",
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  unit?: string;
}

export class WorkingDaysQuery {
  @ApiProperty({ example: '2026-09-30', description: 'Count from this day (it never counts itself)' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: 10, description: 'Working days to add; 0 is the day itself or the next working day' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  days!: number;

  @ApiPropertyOptional({ example: 'justice', description: 'A member unit, for its own adjustments' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  unit?: string;
}

export class CalendarYearParam {
  @ApiProperty({ example: 2027 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}
