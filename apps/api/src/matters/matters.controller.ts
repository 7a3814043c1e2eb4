import type { Actor } from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentActor, CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated, CommandErrors } from '../common/api-docs.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { CreateMatterDto } from './dto/create-matter.dto';
import { ListMattersQuery } from './dto/list-matters.query';
import { MatterDetailResponse, MatterPageResponse, ReprojectResponse } from './dto/matter.response';
import { defineCommandRoutes } from './matter-command.routes';
import { MattersService } from './matters.service';

const Id = (): ParameterDecorator => Param('id', new ParseUUIDPipe());

@ApiTags('matters')
@Authenticated()
@Controller('matters')
export class MattersController {
  constructor(private readonly service: MattersService) {}

  @Post()
  @Policy('matters.create')
  @ApiOperation({ summary: 'Create and dispatch an agreed matter (交办); office only' })
  @ApiCreatedResponse({ type: MatterDetailResponse })
  @CommandErrors()
  create(@Body() dto: CreateMatterDto, @CurrentUser() user: RequestUser, @IdempotencyKey() key?: string) {
    return this.service.create(dto, user.actor, key, user.actingRoles);
  }

  @Get()
  @Policy('matters.read')
  @ApiOperation({ summary: 'List matters: filter by unit, status, light, meeting, overdue; page and sort' })
  @ApiOkResponse({ type: MatterPageResponse })
  list(@Query() query: ListMattersQuery, @CurrentActor() actor: Actor) {
    return this.service.list(query, actor);
  }

  @Get(':id')
  @Policy('matters.read')
  @ApiOperation({ summary: 'One matter with its assignments and event timeline' })
  @ApiOkResponse({ type: MatterDetailResponse })
  get(@Id() id: string, @CurrentUser() user: RequestUser) {
    return this.service.get(id, user.actor, user.actingRoles);
  }

  @Get(':id/live')
  @Policy('matters.live')
  @ApiOperation({ summary: "The workflow's own state and events (source of truth); office only" })
  live(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.service.live(id, actor);
  }

  @Post(':id/reproject')
  @Policy('matters.reproject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rebuild the read model of a matter from its workflow; office only' })
  @ApiOkResponse({ type: ReprojectResponse })
  reproject(@Id() id: string) {
    return this.service.reproject(id);
  }
}

// One route per command of the table, plus its deprecated aliases (see matter-command.routes.ts).
defineCommandRoutes(MattersController);
