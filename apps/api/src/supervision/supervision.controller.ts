import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated } from '../common/api-docs.decorators';
import { XLSX } from '../common/workbook';
import {
  EscalationListQuery,
  EscalationSummaryQuery,
  MeetingProgressQuery,
  NearDueQuery,
  OverdueExportQuery,
  OverdueQuery,
  ScorecardQuery,
} from './dto/supervision.query';
import {
  EscalationPageResponse,
  EscalationSummaryResponse,
  LeadershipSummaryResponse,
  MeetingProgressViewResponse,
  NearDueMatterPageResponse,
  SupervisedMatterPageResponse,
  UnitScorecardViewResponse,
} from './dto/supervision.response';
import { SupervisionService } from './supervision.service';

// 督查督办: progress at a glance for the office and leadership. Read-only.
@ApiTags('supervision')
@Authenticated()
@Controller('supervision')
export class SupervisionController {
  constructor(private readonly service: SupervisionService) {}

  @Get('overdue')
  @Policy('supervision.read')
  @ApiOperation({ summary: 'Overdue matters (超期), most overdue first; optionally of one lead unit' })
  @ApiOkResponse({ type: SupervisedMatterPageResponse })
  overdue(@Query() q: OverdueQuery, @CurrentUser() by: RequestUser) {
    return this.service.overdue(q, by.actor);
  }

  @Get('overdue/export')
  @Policy('supervision.read')
  @ApiOperation({
    summary: 'The overdue list as an Excel workbook (超期事项督办台账): dates as dates, working days as numbers',
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'The workbook' })
  async overdueExport(@Query() q: OverdueExportQuery, @CurrentUser() by: RequestUser) {
    const book = await this.service.overdueWorkbook(q, by.actor);
    return new StreamableFile(book.body, {
      type: XLSX,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(book.name)}`,
    });
  }

  @Get('near-due')
  @Policy('supervision.read')
  @ApiOperation({ summary: 'Open matters near their due date (临期): yellow light or due within withinDays' })
  @ApiOkResponse({ type: NearDueMatterPageResponse })
  nearDue(@Query() q: NearDueQuery) {
    return this.service.nearDue(q);
  }

  @Get('escalations')
  @Policy('supervision.read')
  @ApiOperation({ summary: 'Escalations (提醒/催办/督办/通报), newest first; filter by level and unit' })
  @ApiOkResponse({ type: EscalationPageResponse })
  escalations(@Query() q: EscalationListQuery) {
    return this.service.escalations(q);
  }

  @Get('escalations/summary')
  @Policy('supervision.read')
  @ApiOperation({ summary: 'Escalation counts by level and unit over a period' })
  @ApiOkResponse({ type: EscalationSummaryResponse })
  escalationSummary(@Query() q: EscalationSummaryQuery) {
    return this.service.escalationSummary(q);
  }

  @Get('scorecard')
  @Policy('supervision.read')
  @ApiOperation({ summary: "Each member unit's record: acknowledgement, on-time closure, overdue, returns" })
  @ApiOkResponse({ type: UnitScorecardViewResponse })
  scorecard(@Query() q: ScorecardQuery) {
    return this.service.scorecard(q.year);
  }

  @Get('meetings')
  @Policy('supervision.read')
  @ApiOperation({ summary: 'Progress of the matters each meeting decided, newest meetings first' })
  @ApiOkResponse({ type: MeetingProgressViewResponse })
  meetings(@Query() q: MeetingProgressQuery) {
    return this.service.meetings(q);
  }

  @Get('summary')
  @Policy('supervision.read')
  @ApiOperation({
    summary: "Leadership's summary in one call: status, lights, on-time rate, overdue, escalations, trend",
  })
  @ApiOkResponse({ type: LeadershipSummaryResponse })
  summary() {
    return this.service.summary();
  }
}
