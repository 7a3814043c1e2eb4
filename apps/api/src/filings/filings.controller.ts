import type { Actor } from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentActor, Policy } from '../auth/auth.decorators';
import { Authenticated } from '../common/api-docs.decorators';
import {
  CreateFilingDto,
  FilingPageResponse,
  FilingResponse,
  ListFilingsQuery,
  ResubmitFilingDto,
  ReturnFilingDto,
  ReviewFilingDto,
  SelectForBriefingDto,
} from './dto/filing.dto';
import { FilingsService } from './filings.service';

@ApiTags('filings')
@Authenticated()
@Controller('filings')
export class FilingsController {
  constructor(private readonly service: FilingsService) {}

  @Get()
  @Policy('filings.read')
  @ApiOperation({ summary: 'Major-matter filings and information items, newest first; a unit sees its own' })
  @ApiOkResponse({ type: FilingPageResponse })
  list(@Query() q: ListFilingsQuery, @CurrentActor() actor: Actor) {
    return this.service.list(q, actor);
  }

  @Get(':id')
  @Policy('filings.read')
  @ApiOperation({
    summary: 'One filing or information item, with its history (filed, returned, resubmitted, reviewed)',
  })
  @ApiOkResponse({ type: FilingResponse })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return this.service.get(id, actor);
  }

  @Post()
  @Policy('filings.file')
  @ApiOperation({
    summary: "File a major matter (重大事项抄送) or an information item (信息报送) for the caller's unit",
  })
  @ApiCreatedResponse({ type: FilingResponse })
  file(@Body() dto: CreateFilingDto, @CurrentActor() actor: Actor) {
    return this.service.file(dto, actor);
  }

  @Post(':id/resubmit')
  @Policy('filings.file')
  @HttpCode(200)
  @ApiOperation({
    summary: "Resubmit a returned filing with the unit's corrections, for a fresh review; the filing unit only",
  })
  @ApiOkResponse({ type: FilingResponse })
  resubmit(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ResubmitFilingDto, @CurrentActor() actor: Actor) {
    return this.service.resubmit(id, dto, actor);
  }

  @Post(':id/review')
  @Policy('filings.review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a submitted filing reviewed (optionally selecting it for a briefing); office only' })
  @ApiOkResponse({ type: FilingResponse })
  review(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReviewFilingDto, @CurrentActor() actor: Actor) {
    return this.service.review(id, dto, actor);
  }

  @Post(':id/return')
  @Policy('filings.review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a submitted filing to its unit with a comment; office only' })
  @ApiOkResponse({ type: FilingResponse })
  return(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReturnFilingDto, @CurrentActor() actor: Actor) {
    return this.service.return(id, dto, actor);
  }

  @Post(':id/briefing-selection')
  @Policy('filings.review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Select a reviewed information item for a briefing (工作简报), or unselect it' })
  @ApiOkResponse({ type: FilingResponse })
  select(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: SelectForBriefingDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.service.select(id, dto, actor);
  }
}
