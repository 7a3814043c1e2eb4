import type { MatterPriority, NewMatter, NewMatterItem } from '@app/contracts';
import { MATTER_PRIORITIES } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OptionalYear } from '../../common/year-field';
import { IsPlannableDueDate } from '../../common/due-dates';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class LadderStepDto {
  @ApiProperty({ enum: ['reminder', 'urging', 'supervision', 'report'], example: 'urging' })
  @IsIn(['reminder', 'urging', 'supervision', 'report'])
  level!: 'reminder' | 'urging' | 'supervision' | 'report';

  @ApiProperty({ example: 2, description: 'Working days after the breach' })
  @IsInt()
  @Min(0)
  @Max(250)
  afterWorkingDays!: number;
}

// Overrides of the priority's default supervision policy, in working days.
export class SupervisionPolicyDto {
  @ApiPropertyOptional({ example: 2, description: 'Acknowledgement due after N working days' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(250)
  ackWorkingDays?: number;

  @ApiPropertyOptional({ example: 10, description: 'A progress report due every N working days' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(250)
  progressEveryWorkingDays?: number;

  @ApiPropertyOptional({ example: 3, description: 'Yellow light N working days before the due date' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(250)
  yellowBeforeWorkingDays?: number;

  @ApiPropertyOptional({ example: 3, description: "The office's own turnaround in working days" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(250)
  officeTurnaroundWorkingDays?: number;

  @ApiPropertyOptional({ type: [LadderStepDto], description: 'The escalation ladder, after a breach' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => LadderStepDto)
  ladder?: LadderStepDto[];
}

export class MatterItemDto implements NewMatterItem {
  @ApiProperty({ example: '2026-03', description: 'Human-readable code, unique (议定事项编号)' })
  @IsString()
  @Matches(/^[A-Za-z0-9〔〕()（）_.\-\u4e00-\u9fa5]{1,32}$/, {
    message: 'code: 1-32 letters, digits, dash, dot or Chinese characters',
  })
  code!: string;

  @ApiProperty({ example: '开展知识产权宣传周活动' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ example: '4月20日至26日在全区开展知识产权宣传周系列活动，形成活动总结。' })
  @IsString()
  @Length(0, 20000)
  description!: string;

  @ApiPropertyOptional({
    example: '区政府分管领导批示',
    description: 'Source when not decided by a meeting (e.g. an instruction 批示)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  source?: string;

  @ApiProperty({ example: 'market-regulation', description: 'Lead unit code (牵头单位)' })
  @IsString()
  @MaxLength(64)
  leadUnitCode!: string;

  @ApiPropertyOptional({
    example: ['publicity-copyright', 'justice'],
    type: [String],
    default: [],
    description: 'Co-unit codes (配合单位)',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  coUnitCodes: string[] = [];

  @ApiProperty({
    example: '2027-04-30',
    description: 'Due date (办结时限), YYYY-MM-DD, Asia/Shanghai: from today to ten years ahead',
  })
  @Matches(DATE, { message: 'dueDate must be YYYY-MM-DD' })
  @IsPlannableDueDate()
  dueDate!: string;

  @ApiPropertyOptional({ enum: MATTER_PRIORITIES, default: 'normal' })
  @IsOptional()
  @IsIn(MATTER_PRIORITIES)
  priority: MatterPriority = 'normal';

  @ApiPropertyOptional({ type: SupervisionPolicyDto, description: "Overrides of the priority's supervision defaults" })
  @IsOptional()
  @IsObject({ message: 'policy must be an object of the supervision settings it overrides' })
  @ValidateNested()
  @Type(() => SupervisionPolicyDto)
  policy?: SupervisionPolicyDto;

  @OptionalYear({ example: 2026, description: 'Work year; defaults to the year of the due date' })
  year?: number;
}

export class CreateMatterDto extends MatterItemDto implements NewMatter {
  @ApiPropertyOptional({ example: '6f1c2a9e-0d7b-4c1e-9a51-2b8f3c4d5e6f', description: 'Meeting that decided it' })
  @IsOptional()
  @IsUUID()
  meetingId?: string;
}

export class BatchCreateMattersDto {
  @ApiProperty({ type: [MatterItemDto], description: "All agreed matters of the meeting's minutes" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MatterItemDto)
  matters!: MatterItemDto[];
}
