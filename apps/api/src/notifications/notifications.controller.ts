import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated } from '../common/api-docs.decorators';
import {
  ListNotificationsQuery,
  MarkAllReadQuery,
  NotificationPageResponse,
  NotificationPreferencesResponse,
  UnreadCountsResponse,
  UpdateNotificationPreferencesDto,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Authenticated()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly service: NotificationsService) {}

  @Get()
  @Policy('notifications.self')
  @ApiOperation({ summary: 'Your inbox: notices addressed to you and to your unit, newest first, with unread counts' })
  @ApiOkResponse({ type: NotificationPageResponse })
  list(@Query() query: ListNotificationsQuery, @CurrentUser() user: RequestUser) {
    return this.service.list(user, query);
  }

  @Post('read-all')
  @Policy('notifications.self')
  @HttpCode(200)
  @ApiOperation({ summary: "Mark every notice in your inbox (and your unit's) read, or every one of a kind" })
  @ApiOkResponse({ type: UnreadCountsResponse })
  markAllRead(@Query() query: MarkAllReadQuery, @CurrentUser() user: RequestUser) {
    return this.service.markAllRead(user, query.kind);
  }

  @Post('matters/:matterId/read')
  @Policy('notifications.self')
  @HttpCode(200)
  @ApiOperation({ summary: "Mark your notices (and your unit's) on one matter read: the console calls it on opening" })
  @ApiOkResponse({ type: UnreadCountsResponse })
  markMatterRead(@Param('matterId', new ParseUUIDPipe()) matterId: string, @CurrentUser() user: RequestUser) {
    return this.service.markMatterRead(user, matterId);
  }

  @Post(':id/read')
  @Policy('notifications.self')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one notice read; 404 unless it is addressed to you or your unit' })
  @ApiOkResponse({ type: UnreadCountsResponse })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such notice in your inbox' })
  markRead(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: RequestUser) {
    return this.service.markRead(user, id);
  }

  @Get('preferences')
  @Policy('notifications.self')
  @ApiOperation({ summary: 'Your notification preferences (daily digest, e-mail address)' })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  preferences(@CurrentUser() user: RequestUser) {
    return this.service.preferences(user);
  }

  @Put('preferences')
  @Policy('notifications.self')
  @ApiOperation({ summary: 'Set your notification preferences: one e-mail per notice, or one daily digest' })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  savePreferences(@Body() dto: UpdateNotificationPreferencesDto, @CurrentUser() user: RequestUser) {
    return this.service.savePreferences(user, dto);
  }
}
