import { Controller, Delete, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated } from '../common/api-docs.decorators';
import { FollowedMatterPageResponse, ListFollowedQuery, MatterFollowResponse } from './dto/follow.dto';
import { MatterFollowsService } from './matter-follows.service';

const Id = (): ParameterDecorator => Param('id', new ParseUUIDPipe());
const NotFound = (): MethodDecorator =>
  ApiResponse({
    status: 404,
    description: 'MATTER_NOT_FOUND: no such matter',
    schema: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
  });

// Registered before MattersController, so that /matters/followed is not taken for a matter's id.
@ApiTags('matters')
@Authenticated()
@Controller('matters')
export class MatterFollowsController {
  constructor(private readonly service: MatterFollowsService) {}

  @Get('followed')
  @Policy('matters.follow')
  @ApiOperation({ summary: 'The matters you follow (关注), most recently followed first; leadership' })
  @ApiOkResponse({ type: FollowedMatterPageResponse })
  list(@Query() query: ListFollowedQuery, @CurrentUser() user: RequestUser) {
    return this.service.listFollowed(user, query);
  }

  @Put(':id/follow')
  @Policy('matters.follow')
  @ApiOperation({ summary: "Follow (关注) a matter: be told of the units' answers and its end; leadership" })
  @ApiOkResponse({ type: MatterFollowResponse })
  @NotFound()
  follow(@Id() id: string, @CurrentUser() user: RequestUser) {
    return this.service.follow(id, user);
  }

  @Delete(':id/follow')
  @Policy('matters.follow')
  @ApiOperation({ summary: 'Stop following (取消关注) a matter; leadership' })
  @ApiOkResponse({ type: MatterFollowResponse })
  @NotFound()
  unfollow(@Id() id: string, @CurrentUser() user: RequestUser) {
    return this.service.unfollow(id, user);
  }
}
