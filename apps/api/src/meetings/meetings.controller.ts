import type { Actor } from '@app/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentActor, CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated, CommandErrors } from '../common/api-docs.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { BatchCreateMattersDto } from '../matters/dto/create-matter.dto';
import { MatterDetailResponse } from '../matters/dto/matter.response';
import { MattersService } from '../matters/matters.service';
import {
  ConveneMeetingDto,
  CorrectMeetingRecordDto,
  CreateMeetingDto,
  HoldMeetingDto,
  HoldMeetingResponse,
  ListMeetingsQuery,
  MeetingPageResponse,
  MeetingResponse,
  UpdateMeetingDto,
} from './dto/meeting.dto';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings')
@Authenticated()
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly service: MeetingsService,
    private readonly matters: MattersService,
  ) {}

  @Get()
  @Policy('meetings.read')
  @ApiOperation({ summary: 'Meetings, newest first; filtered by status (planned, held) and kind' })
  @ApiOkResponse({ type: MeetingPageResponse })
  list(@Query() q: ListMeetingsQuery) {
    return this.service.list(q);
  }

  @Post()
  @Policy('meetings.write')
  @ApiOperation({
    summary: 'Plan a meeting (全体会议 / 专题会议 / 联络员会议); office only, an ad-hoc one the office director only',
  })
  @ApiCreatedResponse({ type: MeetingResponse })
  create(@Body() dto: CreateMeetingDto, @CurrentUser() user: RequestUser) {
    return this.service.create(dto, user.actor, user.actingRoles);
  }

  @Post('ad-hoc')
  @Policy('meetings.convene')
  @ApiOperation({ summary: 'Call an ad-hoc plenary or a meeting of some member units (the convener)' })
  @ApiCreatedResponse({ type: MeetingResponse })
  convene(@Body() dto: ConveneMeetingDto, @CurrentUser() user: RequestUser) {
    return this.service.create({ ...dto, kind: 'ad_hoc' }, user.actor, user.actingRoles);
  }

  @Get(':id')
  @Policy('meetings.read')
  @ApiOperation({ summary: 'One meeting with its agenda and the number of matters it decided' })
  @ApiOkResponse({ type: MeetingResponse })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.service.get(id);
  }

  @Patch(':id')
  @Policy('meetings.write')
  @ApiOperation({
    summary: "Change a meeting's planning fields (kind, title, date, chair, attendees, place, notes); office only",
  })
  @ApiOkResponse({ type: MeetingResponse })
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateMeetingDto,
    @CurrentUser() user: RequestUser,
  ) {
    return this.service.update(id, dto, user.actor, user.actingRoles);
  }

  @Patch(':id/record')
  @Policy('meetings.write')
  @ApiOperation({
    summary:
      "Correct a held meeting's minutes (纪要) or attendance, with a reason; office only. Audited with the record " +
      'before and after',
  })
  @ApiOkResponse({ type: MeetingResponse })
  correctRecord(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: CorrectMeetingRecordDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.service.correctRecord(id, dto, actor);
  }

  @Post(':id/hold')
  @Policy('meetings.hold')
  @ApiOperation({
    summary: 'Hold the meeting: record minutes and attendance, dispatch every agreed matter, close the agenda',
  })
  @ApiCreatedResponse({ type: HoldMeetingResponse })
  @CommandErrors()
  hold(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: HoldMeetingDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.hold(id, dto, actor, key);
  }

  @Delete(':id')
  @Policy('meetings.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a meeting that decided no matters; office only' })
  @ApiNoContentResponse()
  remove(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.service.remove(id);
  }

  @Post(':id/matters')
  @Policy('matters.create')
  @ApiOperation({ summary: "Create and dispatch all agreed matters of the meeting's minutes in one request" })
  @ApiCreatedResponse({ type: [MatterDetailResponse] })
  @CommandErrors()
  createMatters(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: BatchCreateMattersDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.matters.createBatch(id, dto.matters, actor, key);
  }
}
