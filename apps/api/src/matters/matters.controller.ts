import type { Actor } from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentActor, Policy } from '../auth/auth.decorators';
import { Authenticated, CommandErrors } from '../common/api-docs.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import {
  CompletionDto,
  ContributionDto,
  ExtensionDecisionDto,
  ExtensionRequestDto,
  InstructionDto,
  ProgressDto,
  ReasonDto,
  ReassignLeadDto,
  RejectDeclineDto,
  RerouteDto,
  SuperviseDto,
  UrgeDto,
  VerifyDto,
} from './dto/commands.dto';
import { CreateMatterDto } from './dto/create-matter.dto';
import { ListMattersQuery } from './dto/list-matters.query';
import { CommandResponse, MatterDetailResponse, MatterPageResponse } from './dto/matter.response';
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
  create(@Body() dto: CreateMatterDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.service.create(dto, actor, key);
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
  get(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.service.get(id, actor);
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
  @ApiOkResponse({ type: MatterDetailResponse })
  reproject(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.service.reproject(id, actor);
  }

  @Post(':id/acknowledge')
  @Policy('matters.acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: "Acknowledge the actor's unit's assignment (签收)" })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  acknowledge(@Id() id: string, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.service.command(id, 'acknowledge', {}, actor, key);
  }

  @Post(':id/decline')
  @Policy('matters.decline')
  @HttpCode(200)
  @ApiOperation({ summary: "Ask to be relieved: outside the unit's remit (申请退回)" })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  decline(@Id() id: string, @Body() dto: ReasonDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.service.command(id, 'decline', dto, actor, key);
  }

  @Post(':id/reroute')
  @Policy('matters.route')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-route a declined assignment to another unit (改派); office only' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  reroute(@Id() id: string, @Body() dto: RerouteDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.service.command(id, 'reroute', dto, actor, key);
  }

  @Post(':id/reject-decline')
  @Policy('matters.route')
  @HttpCode(200)
  @ApiOperation({ summary: 'Insist: refuse a request to be relieved; office only' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  rejectDecline(
    @Id() id: string,
    @Body() dto: RejectDeclineDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.command(id, 'rejectDecline', dto, actor, key);
  }

  @Post(':id/progress')
  @Policy('matters.progress')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report progress (进展报告)' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  progress(@Id() id: string, @Body() dto: ProgressDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.service.command(id, 'reportProgress', dto, actor, key);
  }

  @Post(':id/contribution')
  @Policy('matters.contribute')
  @HttpCode(200)
  @ApiOperation({ summary: 'A co-unit hands its contribution to the lead unit (配合单位报送)' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  contribute(
    @Id() id: string,
    @Body() dto: ContributionDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.command(id, 'contribute', dto, actor, key);
  }

  @Post(':id/completion')
  @Policy('matters.complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'The lead unit reports completion (办结报告) for verification' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  complete(@Id() id: string, @Body() dto: CompletionDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.service.command(id, 'submitCompletion', dto, actor, key);
  }

  @Post(':id/verify')
  @Policy('matters.verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept the completion report and close the matter (办结/销号); office only' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  verify(@Id() id: string, @Body() dto: VerifyDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.service.command(id, 'verify', dto, actor, key);
  }

  @Post(':id/return')
  @Policy('matters.verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return the completion report for rework (退回整改); office only' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  returnForRework(
    @Id() id: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.command(id, 'returnForRework', dto, actor, key);
  }

  @Post(':id/cancel')
  @Policy('matters.cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel the matter with a reason (撤销); office only' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  cancel(@Id() id: string, @Body() dto: ReasonDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.service.command(id, 'cancel', dto, actor, key);
  }

  @Post(':id/extension-request')
  @Policy('matters.extension.request')
  @HttpCode(200)
  @ApiOperation({ summary: 'The lead unit requests a later due date (延期申请)' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  requestExtension(
    @Id() id: string,
    @Body() dto: ExtensionRequestDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.command(id, 'requestExtension', dto, actor, key);
  }

  @Post(':id/extension-decision')
  @Policy('matters.extension.decide')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve or refuse the pending extension request; office only' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  decideExtension(
    @Id() id: string,
    @Body() dto: ExtensionDecisionDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.command(id, 'decideExtension', dto, actor, key);
  }

  @Post(':id/urge')
  @Policy('matters.urge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Urge a unit by hand: 提醒 reminder or 催办 urging notice, with a note; office' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  urge(@Id() id: string, @Body() dto: UrgeDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.service.command(id, 'urge', dto, actor, key);
  }

  @Post(':id/supervise')
  @Policy('matters.supervise')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Issue a 督办 supervision notice (numbered 督〔YYYY〕N号) or a 通报 report; office director',
  })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  supervise(@Id() id: string, @Body() dto: SuperviseDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.service.command(id, 'urge', dto, actor, key);
  }

  @Post(':id/instructions')
  @Policy('matters.instruct')
  @HttpCode(200)
  @ApiOperation({ summary: 'Leadership gives an instruction (批示) on the matter' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  instruct(
    @Id() id: string,
    @Body() dto: InstructionDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.command(id, 'instruct', dto, actor, key);
  }

  @Post(':id/reassign-lead')
  @Policy('matters.reassign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give the lead to another unit; office only' })
  @ApiOkResponse({ type: CommandResponse })
  @CommandErrors()
  reassignLead(
    @Id() id: string,
    @Body() dto: ReassignLeadDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.command(id, 'reassignLead', dto, actor, key);
  }
}
