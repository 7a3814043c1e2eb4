import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated } from '../common/api-docs.decorators';
import {
  CodeCheckQuery,
  CodeProposalQuery,
  MatterCodeCheckResponse,
  MatterCodePatternResponse,
  MatterCodeProposalResponse,
  PutMatterCodePatternDto,
} from './dto/matter-codes.dto';
import { MatterCodesService } from './matter-codes.service';

const BAD_INPUT = { status: 400, description: 'VALIDATION_FAILED: a bad year, count, code or pattern' };

// 事项编号: the office's register of matter codes. Registered before MattersController, whose /matters/:id would
// otherwise take these paths.
@ApiTags('matters')
@Authenticated()
@Controller('matters')
export class MatterCodesController {
  constructor(private readonly service: MatterCodesService) {}

  @Get('code-proposal')
  @Policy('matters.codes.read')
  @ApiOperation({ summary: "The next free matter codes of a year in the office's pattern; office only" })
  @ApiOkResponse({ type: MatterCodeProposalResponse })
  @ApiResponse(BAD_INPUT)
  proposal(@Query() query: CodeProposalQuery) {
    return this.service.propose(query.year, query.count ?? 1);
  }

  @Get('code-check')
  @Policy('matters.codes.read')
  @ApiOperation({ summary: 'Whether a typed matter code is free (and which matter holds it if not); office only' })
  @ApiOkResponse({ type: MatterCodeCheckResponse })
  @ApiResponse(BAD_INPUT)
  check(@Query() query: CodeCheckQuery) {
    return this.service.check(query.code);
  }

  @Get('code-pattern')
  @Policy('matters.codes.read')
  @ApiOperation({ summary: "The office's pattern of matter codes (the default while none is set)" })
  @ApiOkResponse({ type: MatterCodePatternResponse })
  pattern() {
    return this.service.pattern();
  }

  @Put('code-pattern')
  @Policy('matters.codes.pattern')
  @ApiOperation({ summary: 'Set the pattern of matter codes with a reason (office; audited with the old and new)' })
  @ApiOkResponse({ type: MatterCodePatternResponse })
  @ApiResponse(BAD_INPUT)
  setPattern(@Body() dto: PutMatterCodePatternDto, @CurrentUser() by: RequestUser) {
    return this.service.setPattern(dto, by);
  }
}
