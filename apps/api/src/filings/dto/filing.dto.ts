import { FILING_ACTIONS, FILING_KINDS, FILING_STATUSES } from '@app/contracts';
import type { FilingAction, FilingKind, FilingStatus } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

import { PageQueryDto, PageResponseOf } from '../../common/paging';
import { RecordedEventResponse } from '../../common/recorded-event';

export class FilingAttachmentDto {
  @ApiProperty({ example: '关于查处商标侵权案件的情况报告.pdf' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ example: 'https://oa.wuhua.gov.cn/files/2026/ip-case-report.pdf', description: 'A link, not a file' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @Length(1, 1000)
  url!: string;
}

export class CreateFilingDto {
  @ApiProperty({ enum: FILING_KINDS, description: 'major_matter 重大事项抄送 · information 信息报送' })
  @IsIn(FILING_KINDS)
  kind!: FilingKind;

  @ApiProperty({ example: '区市场监管局查处一起商标侵权案件' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ example: '3月10日，区市场监管局依法查处一起销售侵犯注册商标专用权商品案件……' })
  @IsString()
  @Length(1, 20000)
  content!: string;

  @ApiProperty({ example: '行政执法', description: 'Free category (e.g. 行政执法, 宣传培训, 政策文件)' })
  @IsString()
  @Length(1, 64)
  category!: string;

  @ApiPropertyOptional({ type: [FilingAttachmentDto], description: 'Attachments as links' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FilingAttachmentDto)
  attachments?: FilingAttachmentDto[];

  @ApiProperty({ example: '2026-03-10', description: 'When it happened, YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'eventDate must be YYYY-MM-DD' })
  eventDate!: string;
}

// A returned filing corrected by its unit. The content is what the office returned it for, so it is always sent;
// title, category, attachments (the whole list, replacing the old one) and event date are sent when they change
// and otherwise kept. The kind is fixed at filing. Same limits as filing.
export class ResubmitFilingDto extends IntersectionType(
  PickType(CreateFilingDto, ['content'] as const),
  PartialType(PickType(CreateFilingDto, ['title', 'category', 'attachments', 'eventDate'] as const)),
) {
  @ApiPropertyOptional({
    example: '已补充案件处理结果及处罚决定书',
    description: "What was changed, for the office's record",
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class ReviewFilingDto {
  @ApiPropertyOptional({ example: '已阅，请持续跟进' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  comment?: string;

  @ApiPropertyOptional({ example: true, description: 'Information items only: select it for a briefing' })
  @IsOptional()
  @IsBoolean()
  selectedForBriefing?: boolean;
}

export class ReturnFilingDto {
  @ApiProperty({ example: '请补充案件处理结果' })
  @IsString()
  @Length(1, 2000)
  comment!: string;
}

export class SelectForBriefingDto {
  @ApiProperty({ example: true, description: 'Selected for a briefing (工作简报), or no longer' })
  @IsBoolean()
  selected!: boolean;
}

export class ListFilingsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: FILING_KINDS })
  @IsOptional()
  @IsIn(FILING_KINDS)
  kind?: FilingKind;

  @ApiPropertyOptional({ enum: FILING_STATUSES })
  @IsOptional()
  @IsIn(FILING_STATUSES)
  status?: FilingStatus;

  @ApiPropertyOptional({ example: 'justice', description: 'Filing unit (the office and leadership only)' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  unit?: string;

  @ApiPropertyOptional({ example: true, description: 'Only items selected (or not) for a briefing' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  selected?: boolean;
}

export class FilingAttachmentResponse {
  @ApiProperty() title!: string;
  @ApiProperty() url!: string;
}

export const FILING_EVENT_TYPES = [
  'filing.submitted',
  'filing.resubmitted',
  'filing.reviewed',
  'filing.returned',
  'filing.selected_for_briefing',
  'filing.unselected_for_briefing',
] as const;

export class FilingEventResponse extends RecordedEventResponse {
  @ApiProperty({ enum: FILING_EVENT_TYPES, example: 'filing.returned' }) type!: string;
}

export class FilingResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: FILING_KINDS }) kind!: FilingKind;
  @ApiProperty() unitCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty() content!: string;
  @ApiProperty() category!: string;
  @ApiProperty({ type: [FilingAttachmentResponse] }) attachments!: FilingAttachmentResponse[];
  @ApiProperty({ example: '2026-03-10' }) eventDate!: string;
  @ApiProperty({ enum: FILING_STATUSES }) status!: FilingStatus;
  @ApiProperty({ nullable: true, type: String }) reviewComment!: string | null;
  @ApiProperty() selectedForBriefing!: boolean;
  @ApiProperty() filedBy!: string;
  @ApiProperty() filedAt!: string;
  @ApiProperty({ nullable: true, type: String }) reviewedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewedAt!: string | null;
  @ApiPropertyOptional({ type: [FilingEventResponse], description: 'Every state change, oldest first (on GET :id)' })
  events?: FilingEventResponse[];
  @ApiProperty({ enum: FILING_ACTIONS, isArray: true, description: 'What the person asking may do now' })
  allowedActions!: FilingAction[];
}

export class FilingPageResponse extends PageResponseOf(FilingResponse) {}
