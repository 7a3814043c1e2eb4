import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

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

  @ApiProperty({ example: ['market-regulation', 'justice'], type: [String], description: 'Attending units or people' })
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

export class MeetingResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: MEETING_KINDS }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2026-03-02' }) heldOn!: string;
  @ApiProperty() chair!: string;
  @ApiProperty({ type: [String] }) attendees!: string[];
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty() createdBy!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedBy!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ description: 'Number of agreed matters decided by this meeting' }) matterCount!: number;
}

export class MeetingPageResponse {
  @ApiProperty({ type: [MeetingResponse] }) items!: MeetingResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
