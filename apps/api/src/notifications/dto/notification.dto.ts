import type {
  NotificationKind,
  NotificationPageView,
  NotificationPreferencesView,
  NotificationView,
  UnreadCounts,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';

import { PageNumber, PageSize } from '../../common/paging';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

// Every kind once (the record makes the compiler name a kind that was added to the type and not here).
const KIND_SET: Record<NotificationKind, true> = {
  assignment: true,
  rerouted: true,
  submitted: true,
  returned: true,
  instruction: true,
  extension: true,
  closed: true,
  cancelled: true,
  escalation: true,
  draft: true,
  contest: true,
  followed: true,
};
export const NOTIFICATION_KINDS = Object.keys(KIND_SET) as NotificationKind[];

export class ListNotificationsQuery {
  @ApiPropertyOptional({ example: true, description: 'Only notices not yet read' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;

  @ApiPropertyOptional({ enum: NOTIFICATION_KINDS, description: 'Only notices of this kind' })
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS, { message: `kind must be one of ${NOTIFICATION_KINDS.join(', ')}` })
  kind?: NotificationKind;

  @PageNumber()
  page = 1;

  @PageSize(100)
  pageSize = 20;
}

export class MarkAllReadQuery {
  @ApiPropertyOptional({ enum: NOTIFICATION_KINDS, description: 'Only notices of this kind; omit for all' })
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS, { message: `kind must be one of ${NOTIFICATION_KINDS.join(', ')}` })
  kind?: NotificationKind;
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
