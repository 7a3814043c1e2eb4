import type { Actor } from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentActor, Policy } from '../auth/auth.decorators';
import { Authenticated, CommandErrors } from '../common/api-docs.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { CampaignsService } from './campaigns.service';
import {
  CampaignListItemResponse,
  CampaignResponse,
  ReturnSummaryDto,
  StartSummaryCampaignDto,
  SubmitSummaryDto,
} from './dto/campaign.dto';

const UNIT_CODE = /^[a-z0-9-]{1,64}$/;

@ApiTags('campaigns')
@Authenticated()
@Controller('campaigns/summary')
export class CampaignsController {
  constructor(private readonly service: CampaignsService) {}

  @Post()
  @Policy('campaigns.start')
  @ApiOperation({ summary: "Start the year's annual work summary campaign (年度工作总结); office only" })
  @ApiCreatedResponse({ type: CampaignResponse })
  @CommandErrors()
  start(@Body() dto: StartSummaryCampaignDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.service.start(dto, actor, key);
  }

  @Get()
  @Policy('campaigns.read')
  @ApiOperation({
    summary: 'The summary campaigns, newest year first, with counts; a member unit lists those that ask it',
  })
  @ApiOkResponse({ type: [CampaignListItemResponse] })
  list(@CurrentActor() actor: Actor) {
    return this.service.list(actor);
  }

  @Get(':year')
  @Policy('campaigns.read')
  @ApiOperation({ summary: 'A campaign: per-unit status, reminders fired, and the units still missing' })
  @ApiOkResponse({ type: CampaignResponse })
  get(@Param('year', ParseIntPipe) year: number, @CurrentActor() actor: Actor) {
    return this.service.get(year, actor);
  }

  @Get(':year/live')
  @Policy('campaigns.review')
  @ApiOperation({
    summary: "The campaign workflow's own state and its reminders still to come (Temporal queries), for the office",
  })
  @ApiOkResponse({ description: 'SummaryCampaignState with `upcoming`: [{ unitCode, level, at }]' })
  live(@Param('year', ParseIntPipe) year: number) {
    return this.service.live(year);
  }

  @Post(':year/submission')
  @Policy('campaigns.submit')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Submit (or resubmit after a return) the caller's unit summary; the unit's leader, or the liaison of a unit " +
      'without a leader account (a liaison of a unit with one drafts it: POST :year/draft)',
  })
  @ApiOkResponse({ type: CampaignResponse })
  @CommandErrors()
  submit(
    @Param('year', ParseIntPipe) year: number,
    @Body() dto: SubmitSummaryDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.submit(year, dto, actor, key);
  }

  @Post(':year/draft')
  @Policy('campaigns.draft')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "The liaison drafts the unit's summary for the unit's leader (提交本单位负责同志审核); not seen by the office",
  })
  @ApiOkResponse({ type: CampaignResponse })
  @CommandErrors()
  draft(
    @Param('year', ParseIntPipe) year: number,
    @Body() dto: SubmitSummaryDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.draft(year, dto, actor, key);
  }

  @Post(':year/draft/approve')
  @Policy('campaigns.draft.review')
  @HttpCode(200)
  @ApiOperation({ summary: "The unit's leader approves the liaison's draft: it is submitted to the office (同意报送)" })
  @ApiOkResponse({ type: CampaignResponse })
  @CommandErrors()
  approveDraft(
    @Param('year', ParseIntPipe) year: number,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.decideDraft(year, 'approve', actor, undefined, key);
  }

  @Post(':year/draft/return')
  @Policy('campaigns.draft.review')
  @HttpCode(200)
  @ApiOperation({ summary: "The unit's leader returns the liaison's draft with a note (退回修改)" })
  @ApiOkResponse({ type: CampaignResponse })
  @CommandErrors()
  returnDraft(
    @Param('year', ParseIntPipe) year: number,
    @Body() dto: ReturnSummaryDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.decideDraft(year, 'return', actor, dto, key);
  }

  @Post(':year/units/:code/return')
  @Policy('campaigns.review')
  @HttpCode(200)
  @ApiOperation({ summary: "Return a unit's summary for revision, with a reason; office only" })
  @ApiOkResponse({ type: CampaignResponse })
  @CommandErrors()
  returnSummary(
    @Param('year', ParseIntPipe) year: number,
    @Param('code') code: string,
    @Body() dto: ReturnSummaryDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.review(year, unitCodeOf(code), 'return', actor, dto, key);
  }

  @Post(':year/units/:code/accept')
  @Policy('campaigns.review')
  @HttpCode(200)
  @ApiOperation({ summary: "Accept a unit's summary; office only. The campaign completes when all are accepted" })
  @ApiOkResponse({ type: CampaignResponse })
  @CommandErrors()
  accept(
    @Param('year', ParseIntPipe) year: number,
    @Param('code') code: string,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.review(year, unitCodeOf(code), 'accept', actor, undefined, key);
  }
}

function unitCodeOf(code: string): string {
  return UNIT_CODE.test(code) ? code : '-';
}
