import type { CampaignUnitStatus, CampaignUnitView, EscalationLevel } from '@app/contracts';
import { CAMPAIGN_UNIT_STATUSES, ESCALATION_LEVELS } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { OptionalTextList } from '../../common/text-list-field';
import { IsPlannableDueDate } from '../../common/due-dates';

export class CampaignLadderStepDto {
  @ApiProperty({ enum: ESCALATION_LEVELS, example: 'urging' })
  @IsIn(ESCALATION_LEVELS)
  level!: EscalationLevel;

  @ApiProperty({ example: 2, description: 'Working days after the due date (0: when the due date ends)' })
  @IsInt()
  @Min(0)
  @Max(120)
  afterWorkingDays!: number;
}

export class CampaignPolicyDto {
  @ApiProperty({ example: 3, description: 'Friendly reminder this many working days before the due date (0: none)' })
  @IsInt()
  @Min(0)
  @Max(60)
  remindBeforeWorkingDays!: number;

  @ApiProperty({ type: [CampaignLadderStepDto], description: 'Escalations after the due date, in order' })
  @IsArray()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => CampaignLadderStepDto)
  ladder!: CampaignLadderStepDto[];
}

export class StartSummaryCampaignDto {
  @ApiProperty({ example: 2026, description: 'The year the summaries cover' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({
    example: '2027-01-15',
    description: 'YYYY-MM-DD: summaries are due by the end of this day (from today to ten years ahead)',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be YYYY-MM-DD' })
  @IsPlannableDueDate()
  dueDate!: string;

  @ApiPropertyOptional({
    type: CampaignPolicyDto,
    description: 'Reminder and escalation ladder (default: 3 / 0,2,5,10)',
  })
  @IsOptional()
  @IsObject({ message: 'policy must be an object: {remindBeforeWorkingDays, ladder}' })
  @ValidateNested()
  @Type(() => CampaignPolicyDto)
  policy?: CampaignPolicyDto;

  @ApiPropertyOptional({
    example: ['justice', 'finance'],
    type: [String],
    description: 'For pilots and tests only: ask these member units instead of all 21',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(21)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  unitCodes?: string[];
}

export class SubmitSummaryDto {
  @ApiProperty({ example: '2026年，我局围绕知识产权强区建设，重点开展了……', description: 'The written summary' })
  @IsString()
  @Length(1, 100_000)
  text!: string;

  @OptionalTextList(1000, {
    example: ['https://oa.wuhua.gov.cn/files/2026-summary.pdf'],
    type: [String],
    description: 'Links to attachments',
  })
  attachments?: string[];
}

export class ReturnSummaryDto {
  @ApiProperty({ example: '请补充专利转化运用的具体数据。', description: 'Why the summary is returned for revision' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class CampaignReminderResponse {
  @ApiProperty() key!: string;
  @ApiProperty({ enum: ['pre', ...ESCALATION_LEVELS] }) level!: string;
  @ApiProperty() at!: string;
}

export class CampaignUnitResponse {
  @ApiProperty({ example: 'justice' }) unitCode!: string;
  @ApiProperty({ nullable: true, type: String }) unitName!: string | null;
  @ApiProperty({ enum: CAMPAIGN_UNIT_STATUSES }) status!: CampaignUnitStatus;
  @ApiProperty({ nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) acceptedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) returnedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) returnReason!: string | null;
  @ApiProperty() revisions!: number;
  @ApiProperty({ nullable: true, enum: ESCALATION_LEVELS }) escalationLevel!: EscalationLevel | null;
  @ApiProperty({ type: [CampaignReminderResponse] }) reminders!: CampaignReminderResponse[];
  @ApiProperty({ nullable: true, type: String }) text!: string | null;
  @ApiProperty({ type: [String] }) attachments!: string[];
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description: "The liaison's draft waiting for the unit's leader; to the unit itself only",
  })
  draft!: CampaignUnitView['draft'];
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description: "The leader's last return of a draft (its note in reason); to the unit itself only",
  })
  draftReturn!: CampaignUnitView['draftReturn'];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'Every step inside the unit: drafted, returned, approved (who, capacity, when, text, note)',
  })
  draftSteps!: CampaignUnitView['draftSteps'];
  @ApiProperty({
    enum: ['direct', 'draft'],
    description: "How the reader sends the unit's summary: draft for a liaison of a unit with a leader account",
  })
  submitAs!: CampaignUnitView['submitAs'];
}

export class CampaignResponse {
  @ApiProperty({ example: 'summary-campaign-2026' }) id!: string;
  @ApiProperty() year!: number;
  @ApiProperty() dueDate!: string;
  @ApiProperty({ enum: ['open', 'completed'] }) status!: string;
  @ApiProperty() startedAt!: string;
  @ApiProperty({ nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ example: { awaiting: 3, submitted: 1, returned: 0, accepted: 17 } })
  counts!: Record<CampaignUnitStatus, number>;
  @ApiProperty({ type: [String], description: 'Units whose summary is not yet in (awaiting or returned)' })
  missing!: string[];
  @ApiProperty({ type: [CampaignUnitResponse] }) units!: CampaignUnitResponse[];
}

export class CampaignListItemResponse {
  @ApiProperty({ example: 'summary-campaign-2026' }) id!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: '2027-01-15' }) dueDate!: string;
  @ApiProperty({ enum: ['open', 'completed'] }) status!: string;
  @ApiProperty() startedAt!: string;
  @ApiProperty({ nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ example: { awaiting: 3, submitted: 1, returned: 0, accepted: 17 } })
  counts!: Record<CampaignUnitStatus, number>;
  @ApiProperty({ example: 21, description: 'How many member units the campaign asks' }) unitCount!: number;
  @ApiPropertyOptional({ enum: CAMPAIGN_UNIT_STATUSES, description: "A member unit's own summary status" })
  ownStatus?: CampaignUnitStatus;
}
