import type { CalendarAdjustment, CalendarCoverage, CalendarDay, WorkingDaysPreview } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import type { AdjustmentKind } from './calendar-change.dto';
import { ADJUSTMENT_KINDS, NamedDateDto } from './calendar-change.dto';

const DAY_KINDS = ['workday', 'holiday', 'weekend', 'makeup_workday'];

export class AdjustmentResponse implements CalendarAdjustment {
  @ApiProperty({ example: '0d6c1f6e-7b1a-4f9e-9a51-2b8f3c4d5e6f' }) id!: string;
  @ApiProperty({ example: '2026-10-12' }) date!: string;
  @ApiProperty({ enum: ADJUSTMENT_KINDS }) kind!: AdjustmentKind;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Null for the whole district' })
  unitCode!: string | null;
  @ApiProperty({ example: '台风红色预警，全区停止办公一天' }) reason!: string;
  @ApiProperty({ example: '五政办通〔2026〕12号', nullable: true, type: String }) documentNumber!: string | null;
  @ApiProperty({ example: 'office.li' }) createdBy!: string;
  @ApiProperty({ example: '2026-10-11T09:30:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: null, nullable: true, type: String }) revokedBy!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) revokedAt!: string | null;
}

export class CalendarDayResponse implements CalendarDay {
  @ApiProperty({ example: '2026-10-01' }) date!: string;
  @ApiProperty({ example: false }) working!: boolean;
  @ApiProperty({ enum: DAY_KINDS, description: 'The statutory kind, before local adjustments' }) kind!: string;
  @ApiProperty({ example: '国庆节', nullable: true, type: String }) name!: string | null;
  @ApiProperty({ example: false, description: 'The year has no known State Council schedule yet' })
  provisional!: boolean;
  @ApiPropertyOptional({ type: AdjustmentResponse, description: 'The local adjustment that decided the day' })
  adjustment?: AdjustmentResponse;
}

export class WorkingDaysResponse implements WorkingDaysPreview {
  @ApiProperty({ example: '2026-09-30' }) from!: string;
  @ApiProperty({ example: 10 }) days!: number;
  @ApiProperty({ example: 'justice', nullable: true, type: String }) unitCode!: string | null;
  @ApiProperty({ example: '2026-10-22', description: 'The date the count lands on' }) date!: string;
  @ApiProperty({ example: false, description: 'Some day counted lies in a year without a known schedule' })
  provisional!: boolean;
}

export class CoveredYearResponse {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: ['package', 'manual'], description: 'package: bundled data · manual: entered by the office' })
  source!: string;
  @ApiProperty({ example: null, nullable: true, type: String }) documentNumber!: string | null;
}

export class CoverageResponse implements CalendarCoverage {
  @ApiProperty({ example: '2026-11-25', description: "Today's date on the calendar the apps run on" })
  today!: string;
  @ApiProperty({ type: [CoveredYearResponse] }) years!: CoveredYearResponse[];
  @ApiProperty({
    example: [2027, 2028],
    type: [Number],
    description: 'This year and the next two without a schedule: deadlines in them are Mon-Fri guesses',
  })
  provisionalYears!: number[];
}

export class CalendarYearResponse {
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({ type: [NamedDateDto] }) holidays!: NamedDateDto[];
  @ApiProperty({ type: [NamedDateDto] }) makeupWorkdays!: NamedDateDto[];
  @ApiProperty({ example: '国办发明电〔2026〕7号', nullable: true, type: String }) documentNumber!: string | null;
  @ApiProperty({ example: 'office.li' }) enteredBy!: string;
  @ApiProperty({ example: '2026-11-20T02:00:00.000Z' }) enteredAt!: string;
}

export class AdjustmentChangeResponse {
  @ApiProperty({ type: AdjustmentResponse }) adjustment!: AdjustmentResponse;
  @ApiProperty({ example: 12, description: 'Open matters asked to recompute their deadlines' })
  recomputedMatters!: number;
  @ApiProperty({ example: 1, description: 'Running summary campaigns asked to plan their reminders again' })
  recomputedCampaigns!: number;
}

export class YearChangeResponse {
  @ApiProperty({ type: CalendarYearResponse }) year!: CalendarYearResponse;
  @ApiProperty({ example: 12, description: 'Open matters asked to recompute their deadlines' })
  recomputedMatters!: number;
  @ApiProperty({ example: 1, description: 'Running summary campaigns asked to plan their reminders again' })
  recomputedCampaigns!: number;
}
