import type { Actor } from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentActor, Policy } from '../auth/auth.decorators';
import { Authenticated } from '../common/api-docs.decorators';
import {
  AcceptTopicDto,
  DeclineTopicDto,
  DeferTopicDto,
  ListTopicsQuery,
  ProposeTopicDto,
  TopicPageResponse,
  TopicResponse,
} from './dto/topic.dto';
import { TopicsService } from './topics.service';

@ApiTags('topics')
@Authenticated()
@Controller('topics')
export class TopicsController {
  constructor(private readonly service: TopicsService) {}

  @Get()
  @Policy('topics.read')
  @ApiOperation({ summary: 'Topic proposals (议题), newest first; a unit sees only its own' })
  @ApiOkResponse({ type: TopicPageResponse })
  list(@Query() q: ListTopicsQuery, @CurrentActor() actor: Actor) {
    return this.service.list(q, actor);
  }

  @Get(':id')
  @Policy('topics.read')
  @ApiOperation({ summary: 'One topic with every decision taken on it' })
  @ApiOkResponse({ type: TopicResponse })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return this.service.get(id, actor);
  }

  @Post()
  @Policy('topics.propose')
  @ApiOperation({ summary: "Propose a topic for the conference, for the caller's unit" })
  @ApiCreatedResponse({ type: TopicResponse })
  propose(@Body() dto: ProposeTopicDto, @CurrentActor() actor: Actor) {
    return this.service.propose(dto, actor);
  }

  @Post(':id/accept')
  @Policy('topics.decide')
  @HttpCode(200)
  @ApiOperation({ summary: "Put the topic on a planned meeting's agenda; office only" })
  @ApiOkResponse({ type: TopicResponse })
  accept(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: AcceptTopicDto, @CurrentActor() actor: Actor) {
    return this.service.accept(id, dto, actor);
  }

  @Post(':id/defer')
  @Policy('topics.decide')
  @HttpCode(200)
  @ApiOperation({ summary: 'Defer the topic to a later meeting, with a note; office only' })
  @ApiOkResponse({ type: TopicResponse })
  defer(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: DeferTopicDto, @CurrentActor() actor: Actor) {
    return this.service.defer(id, dto, actor);
  }

  @Post(':id/decline')
  @Policy('topics.decide')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline the topic with a reason; office only' })
  @ApiOkResponse({ type: TopicResponse })
  decline(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: DeclineTopicDto, @CurrentActor() actor: Actor) {
    return this.service.decline(id, dto, actor);
  }
}
