import type { EscalationLevel } from '@app/contracts';
import { ESCALATION_LEVELS } from '@app/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

import { UnitCodeField } from '../../common/unit-code-field';
import { OptionalYear } from '../../common/year-field';
import { PageNumber, PageSize } from '../../common/paging';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class SupervisionPageQuery {
  @PageNumber()
  page = 1;

  @PageSize(200)
  pageSize = 20;
}

export class OverdueQuery extends SupervisionPageQuery {
  @UnitCodeField('Only matters this unit leads', { optional: true })
  unit?: string;
}

export class OverdueExportQuery {
  @UnitCodeField('Only matters this unit leads', { optional: true })
  unit?: string;
}

export class NearDueQuery extends OverdueQuery {
  @ApiPropertyOptional({
    example: 7,
    default: 7,
    minimum: 0,
    maximum: 90,
    description: 'Open matters due within this many calendar days, or on a yellow light (临期)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90)
  withinDays = 7;
}

export class EscalationListQuery extends SupervisionPageQuery {
  @ApiPropertyOptional({
    example: 'supervision',
    enum: ESCALATION_LEVELS,
    description: 'reminder 提醒 · urging 催办 · supervision 督办 · report 通报',
  })
  @IsOptional()
  @IsIn(ESCALATION_LEVELS)
  level?: EscalationLevel;

  @UnitCodeField('Escalations addressed to this unit', { optional: true })
  unit?: string;
}

export class EscalationSummaryQuery {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First calendar day counted (Asia/Shanghai)' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last calendar day counted (Asia/Shanghai)' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  to?: string;
}

export class MeetingProgressQuery {
  @ApiPropertyOptional({ example: 'a3e4c1f2-5b6d-4e7f-8a9b-0c1d2e3f4a5b', description: 'Only this meeting' })
  @IsOptional()
  @IsUUID()
  meetingId?: string;

  @ApiPropertyOptional({ example: 20, default: 20, minimum: 1, maximum: 200, description: 'Most recent meetings' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 20;
}

export class ScorecardQuery {
  @OptionalYear(
    { example: 2026, description: 'Only this year (Asia/Shanghai), as the assessment counts it' },
    { query: true },
  )
  year?: number;
}
