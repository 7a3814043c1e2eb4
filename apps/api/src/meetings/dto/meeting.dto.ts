import { MEETING_STATUSES, TOPIC_STATUSES } from '@app/contracts';
import type { MeetingStatus, TopicStatus } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';

import { PageQueryDto, PageResponseOf } from '../../common/paging';
import { MatterItemDto } from '../../matters/dto/create-matter.dto';
import { MatterDetailResponse } from '../../matters/dto/matter.response';

export const MEETING_KINDS = ['plenary', 'ad_hoc', 'liaison'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export class CreateMeetingDto {
  @ApiProperty({
    enum: MEETING_KINDS,
    description: 'plenary 全体会议 · ad_hoc 专题/部分成员单位会议 · liaison 联络员会议',
  })
  @IsIn(MEETING_KINDS)
  kind!: MeetingKind;

  @ApiProperty({ example: '2026年度知识产权战略实施工作联席会议全体会议' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ example: '2026-03-02', description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'heldOn must be YYYY-MM-DD' })
  heldOn!: string;

  @ApiProperty({ example: '召集人（区政府分管领导）' })
  @IsString()
  @Length(1, 100)
  chair!: string;

  @ApiPropertyOptional({
    example: ['market-regulation', 'justice'],
    type: [String],
    default: [],
    description: 'Attending units or people',
  })
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  attendees: string[] = [];

  @ApiPropertyOptional({ example: '区政府3楼会议室' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  location?: string;

  @ApiPropertyOptional({ example: '会议听取了2025年工作总结，部署了2026年重点任务。' })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  notes?: string;
}

export class UpdateMeetingDto extends PartialType(CreateMeetingDto) {}

export class ListMeetingsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: MEETING_STATUSES, description: 'planned: agenda still open · held: minutes recorded' })
  @IsOptional()
  @IsIn(MEETING_STATUSES)
  status?: MeetingStatus;

  @ApiPropertyOptional({ enum: MEETING_KINDS })
  @IsOptional()
  @IsIn(MEETING_KINDS)
  kind?: MeetingKind;
}

// An ad-hoc plenary or a meeting of some member units, called by the convener.
export class ConveneMeetingDto extends OmitType(CreateMeetingDto, ['kind'] as const) {}

export class AttendanceDto {
  @ApiPropertyOptional({ example: 'justice', description: 'The member unit the person attended for' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  unitCode?: string;

  @ApiProperty({ example: '王晓明（区司法局副局长）' })
  @IsString()
  @Length(1, 100)
  person!: string;

  @ApiPropertyOptional({ example: '李华（区司法局局长）', description: 'The member this person stood in for (代会)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  standingInFor?: string;
}

export class HoldMeetingDto {
  @ApiProperty({ example: '会议听取了各成员单位2026年工作情况汇报，研究部署了2027年重点任务，议定如下事项……' })
  @IsString()
  @Length(1, 50000)
  minutes!: string;

  @ApiProperty({ type: [AttendanceDto], description: 'Who attended, and who stood in for whom' })
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => AttendanceDto)
  attendance!: AttendanceDto[];

  @ApiProperty({
    type: [MatterItemDto],
    description: 'The agreed matters (议定事项) of the minutes, dispatched in the same step; `year` deploys them',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MatterItemDto)
  matters!: MatterItemDto[];
}

// A held meeting's record corrected after the fact: the minutes, the attendance (the whole list, replacing the old
// one), or both; always with the reason, kept in the audit log with the record before and after.
export class CorrectMeetingRecordDto {
  @ApiPropertyOptional({ example: '会议听取了各成员单位2026年工作情况汇报（更正：补充区法院发言要点）……' })
  @IsOptional()
  @IsString()
  @Length(1, 50000)
  minutes?: string;

  @ApiPropertyOptional({ type: [AttendanceDto], description: 'Who attended: the whole corrected list' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => AttendanceDto)
  attendance?: AttendanceDto[];

  @ApiProperty({ example: '纪要漏记区法院代会人员，据签到表更正', description: 'Why the record is corrected' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class AttendanceResponse {
  @ApiPropertyOptional() unitCode?: string;
  @ApiProperty() person!: string;
  @ApiPropertyOptional() standingInFor?: string;
}

export class AgendaItemResponse {
  @ApiProperty() topicId!: string;
  @ApiProperty() order!: number;
  @ApiProperty() title!: string;
  @ApiProperty() unitCode!: string;
  @ApiProperty({ enum: TOPIC_STATUSES }) status!: TopicStatus;
}

export class MeetingResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: MEETING_KINDS }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2026-03-02' }) heldOn!: string;
  @ApiProperty() chair!: string;
  @ApiProperty({ type: [String] }) attendees!: string[];
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ enum: MEETING_STATUSES }) status!: MeetingStatus;
  @ApiProperty({ nullable: true, type: String, description: '会议纪要' }) minutes!: string | null;
  @ApiProperty({ type: [AttendanceResponse] }) attendance!: AttendanceResponse[];
  @ApiProperty({ nullable: true, type: String }) heldBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) heldAt!: string | null;
  @ApiPropertyOptional({ type: [AgendaItemResponse], description: 'Accepted topics in order (on GET :id)' })
  agenda?: AgendaItemResponse[];
  @ApiProperty() createdBy!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedBy!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ description: 'Number of agreed matters decided by this meeting' }) matterCount!: number;
}

export class MeetingPageResponse extends PageResponseOf(MeetingResponse) {}

export class HoldMeetingResponse {
  @ApiProperty({ type: MeetingResponse }) meeting!: MeetingResponse;
  @ApiProperty({ type: [MatterDetailResponse] }) matters!: MatterDetailResponse[];
}
