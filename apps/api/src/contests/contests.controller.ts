import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated, CommandErrors } from '../common/api-docs.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import {
  ChargeContestPageResponse,
  ChargeContestResponse,
  DecideContestDto,
  FileContestDto,
  ListContestsQuery,
} from './dto/contest.dto';
import { ContestsService } from './contests.service';

const Id = (): ParameterDecorator => Param('id', new ParseUUIDPipe());

// 申诉 on a matter: a member unit contests an escalation or overdue charge against it there.
@ApiTags('contests')
@Authenticated()
@Controller('matters')
export class MatterContestsController {
  constructor(private readonly service: ContestsService) {}

  @Post(':id/contests')
  @Policy('contests.file')
  @ApiOperation({
    summary: "Contest (申诉) a charge against the caller's unit on a matter: an escalation by its seq, or overdue",
  })
  @ApiCreatedResponse({ type: ChargeContestResponse })
  @CommandErrors()
  file(
    @Id() id: string,
    @Body() dto: FileContestDto,
    @CurrentUser() user: RequestUser,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.file(id, dto, user, key);
  }

  @Get(':id/contests')
  @Policy('contests.read')
  @ApiOperation({ summary: "A matter's contests, oldest first; a member unit sees its own" })
  @ApiOkResponse({ type: [ChargeContestResponse] })
  onMatter(@Id() id: string, @CurrentUser() user: RequestUser) {
    return this.service.onMatter(id, user);
  }
}

// 申诉 across matters: the office's queue of contests to decide, and a unit's own.
@ApiTags('contests')
@Authenticated()
@Controller('contests')
export class ContestsController {
  constructor(private readonly service: ContestsService) {}

  @Get()
  @Policy('contests.read')
  @ApiOperation({ summary: 'Contests, newest first, by status, unit and matter; a member unit sees its own' })
  @ApiOkResponse({ type: ChargeContestPageResponse })
  list(@Query() q: ListContestsQuery, @CurrentUser() user: RequestUser) {
    return this.service.list(q, user);
  }

  @Post(':id/decision')
  @Policy('contests.decide')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decide a pending contest: accept (the charge leaves the figures) or reject with a reason; office only',
  })
  @ApiOkResponse({ type: ChargeContestResponse })
  @CommandErrors()
  decide(
    @Id() id: string,
    @Body() dto: DecideContestDto,
    @CurrentUser() user: RequestUser,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.decide(id, dto, user, key);
  }
}
