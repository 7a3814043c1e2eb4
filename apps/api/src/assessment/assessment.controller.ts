import { Body, Controller, Get, Param, ParseIntPipe, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated } from '../common/api-docs.decorators';
import { AssessmentEvidenceService } from './assessment-evidence.service';
import { AssessmentService } from './assessment.service';
import { assessmentWorkbook, XLSX } from './assessment-workbook';
import {
  AssessmentEvidenceResponse,
  AssessmentSheetResponse,
  AssessmentWeightsViewResponse,
  EvidenceQuery,
  PutAssessmentWeightsDto,
  EvidenceParams,
} from './dto/assessment.dto';

const BAD_INPUT = { status: 400, description: 'VALIDATION_FAILED: a bad year, unit, figure or weights' };

// 考核: the office's and leadership's score sheet of a year, its weights, its export and its evidence.
@ApiTags('assessment')
@Authenticated()
@Controller('assessment')
export class AssessmentController {
  constructor(
    private readonly service: AssessmentService,
    private readonly evidenceService: AssessmentEvidenceService,
  ) {}

  @Get(':year')
  @Policy('assessment.read')
  @ApiOperation({ summary: "Each member unit's score for a year: every rate with both numbers, the score, the rank" })
  @ApiOkResponse({ type: AssessmentSheetResponse })
  @ApiResponse(BAD_INPUT)
  sheet(@Param('year', ParseIntPipe) year: number) {
    return this.service.sheet(year);
  }

  @Get(':year/export')
  @Policy('assessment.read')
  @ApiOperation({ summary: 'The score sheet as an Excel workbook (numbers and dates as such, the weights named)' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'The workbook' })
  @ApiResponse(BAD_INPUT)
  async export(@Param('year', ParseIntPipe) year: number) {
    const sheet = await this.service.sheet(year);
    const body = await assessmentWorkbook(sheet, new Date());
    const name = `${year}年度成员单位考核评分表.xlsx`;
    return new StreamableFile(body, {
      type: XLSX,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  }

  @Get(':year/weights')
  @Policy('assessment.read')
  @ApiOperation({ summary: "The year's weights (the defaults when the office has set none)" })
  @ApiOkResponse({ type: AssessmentWeightsViewResponse })
  @ApiResponse(BAD_INPUT)
  weights(@Param('year', ParseIntPipe) year: number) {
    return this.service.weights(year);
  }

  @Put(':year/weights')
  @Policy('assessment.weights')
  @ApiOperation({ summary: "Set the year's weights with a reason (office; audited with the old and new weights)" })
  @ApiOkResponse({ type: AssessmentWeightsViewResponse })
  @ApiResponse(BAD_INPUT)
  setWeights(
    @Param('year', ParseIntPipe) year: number,
    @Body() dto: PutAssessmentWeightsDto,
    @CurrentUser() by: RequestUser,
  ) {
    return this.service.setWeights(year, dto, by);
  }

  @Get(':year/units/:unitCode/evidence')
  @Policy('assessment.read')
  @ApiOperation({ summary: 'What makes one figure of a unit (or its red light): the matters and their events' })
  @ApiOkResponse({ type: AssessmentEvidenceResponse })
  @ApiResponse(BAD_INPUT)
  evidence(@Param() p: EvidenceParams, @Query() q: EvidenceQuery) {
    return this.evidenceService.evidence(p.year, p.unitCode, q.figure);
  }
}
