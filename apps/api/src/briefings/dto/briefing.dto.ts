import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';

import { OptionalYear } from '../../common/year-field';
import { PageQueryDto, PageResponseOf } from '../../common/paging';

export class BriefingItemDto {
  @ApiPropertyOptional({
    example: '3f1c9a52-6a4e-4d1b-9f53-1c2d3e4f5a6b',
    description: 'On an edit: the information item this entry came from (keeps the link); leave out for text',
  })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @ApiProperty({ example: '区市场监管局开展“4·26”知识产权宣传周活动' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ example: '4月20日至26日，区市场监管局联合区司法局在南屏街开展集中宣传……' })
  @IsString()
  @Length(1, 20000)
  text!: string;

  @ApiPropertyOptional({ example: 'market-regulation', description: 'The unit the item is about' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  unitCode?: string;
}

export class CompileBriefingDto {
  @ApiProperty({ example: '五华区知识产权战略实施工作联席会议工作简报', description: 'The issue title' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @OptionalYear({ example: 2026, description: 'The year the issue is numbered in (default: this year)' })
  year?: number;

  @ApiPropertyOptional({ example: '本期简报汇总了近期各成员单位知识产权工作动态。' })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  foreword?: string;

  @ApiPropertyOptional({
    example: ['3f1c9a52-6a4e-4d1b-9f53-1c2d3e4f5a6b'],
    type: [String],
    description: 'Information items (信息报送) selected for a briefing, by id',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  itemIds?: string[];

  @ApiPropertyOptional({ type: [BriefingItemDto], description: 'Items given as text, after the selected ones' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => BriefingItemDto)
  items?: BriefingItemDto[];
}

export class UpdateBriefingDto {
  @ApiPropertyOptional({ example: '五华区知识产权战略实施工作联席会议工作简报（修订）' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ example: '本期重点通报年度工作总结报送情况。' })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  foreword?: string;

  @ApiPropertyOptional({ type: [BriefingItemDto], description: 'Replaces the items' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => BriefingItemDto)
  items?: BriefingItemDto[];
}

export class BriefingListQuery extends PageQueryDto {
  @OptionalYear({ example: 2026 }, { query: true })
  year?: number;
}

export class ExportQuery {
  @ApiPropertyOptional({ enum: ['docx', 'html'], example: 'docx' })
  @IsOptional()
  @IsIn(['docx', 'html'])
  format: 'docx' | 'html' = 'docx';
}

export class BriefingItemResponse {
  @ApiProperty({ nullable: true, type: String }) id!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ nullable: true, type: String }) unitCode!: string | null;
}

export class BriefingFiguresResponse {
  @ApiProperty({ example: '2026-05-06' }) asOf!: string;
  @ApiProperty() total!: number;
  @ApiProperty() open!: number;
  @ApiProperty() closed!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty({ nullable: true, type: Number }) onTimeRate!: number | null;
  @ApiProperty({ example: { green: 10, yellow: 2, red: 1 } }) lights!: { green: number; yellow: number; red: number };
}

export class BriefingReportResponse {
  @ApiProperty() matterId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() leadUnitCode!: string;
  @ApiProperty() dueDate!: string;
}

export class BriefingResponse {
  @ApiProperty() id!: string;
  @ApiProperty() year!: number;
  @ApiProperty() number!: number;
  @ApiProperty({ example: '2026年第1期' }) issue!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['draft', 'published'] }) status!: string;
  @ApiProperty() foreword!: string;
  @ApiProperty({ type: [BriefingItemResponse] }) items!: BriefingItemResponse[];
  @ApiProperty({ type: BriefingFiguresResponse }) figures!: BriefingFiguresResponse;
  @ApiProperty({ type: [BriefingReportResponse], description: '通报: open matters escalated to the convener' })
  reports!: BriefingReportResponse[];
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The 通报 lists breaches since this instant (the previous issue published), null: none before',
  })
  reportsSince?: string | null;
  @ApiProperty() createdBy!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty() noticesSent!: number;
}

export class BriefingPageResponse extends PageResponseOf(BriefingResponse) {}
