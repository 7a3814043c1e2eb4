import type { NotificationPageView, NotificationPreferencesView, NotificationView, UnreadCounts } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListNotificationsQuery {
  @ApiPropertyOptional({ example: true, description: 'Only notices not yet read' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;

  @ApiPropertyOptional({ example: 1, default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ example: 20, default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}

export class UpdateNotificationPreferencesDto {
  @ApiProperty({ example: false, description: 'Collect outbound notices into one message a day (08:00)' })
  @IsBoolean()
  dailyDigest!: boolean;

  @ApiPropertyOptional({
    example: 'wang.xiaoming@wuhua.gov.cn',
    nullable: true,
    type: String,
    description: 'Where outbound notices go; omit to keep the current address, null to remove it',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;
}

export class UnreadCountsResponse implements UnreadCounts {
  @ApiProperty({ example: 3, description: 'Unread notices addressed to you' }) mine!: number;
  @ApiProperty({ example: 1, description: "Unread notices addressed to your unit's inbox" }) unit!: number;
}

export class NotificationResponse implements NotificationView {
  @ApiProperty({ example: '0b6f3c52-2f8e-4a0c-9d51-7f1f6b2a9e10' }) id!: string;
  @ApiProperty({ example: 'escalation' }) kind!: string;
  @ApiProperty({ example: '【催办】议定事项 2026-03「开展知识产权宣传周活动」请抓紧办理' }) title!: string;
  @ApiProperty({ example: '区司法局负责同志：\n议定事项 2026-03「开展知识产权宣传周活动」，区司法局逾期未签收。' })
  body!: string;
  @ApiProperty({ nullable: true, type: String, example: 'a3e4c1f2-5b6d-4e7f-8a9b-0c1d2e3f4a5b' })
  matterId!: string | null;
  @ApiProperty({ enum: ['user', 'unit'], description: 'Addressed to you, or to your unit as a whole' })
  audience!: 'user' | 'unit';
  @ApiProperty({ nullable: true, type: String, example: 'justice' }) unitCode!: string | null;
  @ApiProperty({ example: '2026-03-05T00:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, example: null }) readAt!: string | null;
}

export class NotificationPageResponse implements NotificationPageView {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationResponse[];
  @ApiProperty({ example: 12 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) pageSize!: number;
  @ApiProperty({ type: UnreadCountsResponse }) unread!: UnreadCountsResponse;
}

export class NotificationPreferencesResponse implements NotificationPreferencesView {
  @ApiProperty({ example: false }) dailyDigest!: boolean;
  @ApiProperty({ nullable: true, type: String, example: 'wang.xiaoming@wuhua.gov.cn' }) email!: string | null;
}
