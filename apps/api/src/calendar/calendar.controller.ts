import {
  applyDecorators,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Policy } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';
import { Authenticated } from '../common/api-docs.decorators';

import { CalendarAdminService } from './calendar-admin.service';
import { CalendarService } from './calendar.service';
import { CreateAdjustmentDto, EnterYearDto, RevokeAdjustmentDto } from './dto/calendar-change.dto';
import { CalendarDaysQuery, CalendarYearParam, WorkingDaysQuery } from './dto/calendar-query.dto';
import {
  AdjustmentChangeResponse,
  AdjustmentResponse,
  CalendarDayResponse,
  CalendarYearResponse,
  CoverageResponse,
  WorkingDaysResponse,
  YearChangeResponse,
} from './dto/calendar.response';

const Refusals = (): MethodDecorator =>
  applyDecorators(
    ApiResponse({ status: 400, description: 'VALIDATION_FAILED: malformed date, count or body' }),
    ApiResponse({ status: 404, description: 'UNIT_NOT_FOUND / NOT_FOUND' }),
    ApiResponse({ status: 422, description: 'INVALID_COMMAND: a duplicate, a no-op or a contradictory calendar' }),
  );

// The working-day calendar (工作日历): the statutory schedule, the office's local adjustments, and previews.
@ApiTags('calendar')
@Authenticated()
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly service: CalendarService,
    private readonly admin: CalendarAdminService,
  ) {}

  @Get('coverage')
  @Policy('calendar.read')
  @ApiOperation({ summary: 'Years with a known State Council schedule (package or entered), and provisional years' })
  @ApiOkResponse({ type: CoverageResponse })
  coverage(): Promise<CoverageResponse> {
    return this.service.coverage();
  }

  @Get('days')
  @Policy('calendar.read')
  @ApiOperation({ summary: 'Each day from..to (at most 366): working or not, and why; for a unit when given' })
  @ApiOkResponse({ type: [CalendarDayResponse] })
  @Refusals()
  days(@Query() query: CalendarDaysQuery): Promise<CalendarDayResponse[]> {
    return this.service.days(query);
  }

  @Get('working-days')
  @Policy('calendar.read')
  @ApiOperation({ summary: 'Preview: the date N working days after a date, and whether it is provisional' })
  @ApiOkResponse({ type: WorkingDaysResponse })
  @Refusals()
  workingDays(@Query() query: WorkingDaysQuery): Promise<WorkingDaysResponse> {
    return this.service.workingDays(query);
  }

  @Get('adjustments')
  @Policy('calendar.read')
  @ApiOperation({ summary: 'Active local adjustments (district and unit days off / working days)' })
  @ApiOkResponse({ type: [AdjustmentResponse] })
  listAdjustments(): Promise<AdjustmentResponse[]> {
    return this.service.listAdjustments();
  }

  @Post('adjustments')
  @Policy('calendar.manage')
  @ApiOperation({ summary: 'Add a local day off or working day, district-wide or for one unit; recomputes deadlines' })
  @ApiCreatedResponse({ type: AdjustmentChangeResponse })
  @Refusals()
  addAdjustment(@Body() dto: CreateAdjustmentDto, @CurrentUser() by: RequestUser): Promise<AdjustmentChangeResponse> {
    return this.admin.addAdjustment(dto, by);
  }

  @Post('adjustments/:id/revoke')
  @HttpCode(200)
  @Policy('calendar.manage')
  @ApiOperation({ summary: 'Revoke a local adjustment (kept on record); recomputes deadlines' })
  @ApiOkResponse({ type: AdjustmentChangeResponse })
  @Refusals()
  revokeAdjustment(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RevokeAdjustmentDto,
    @CurrentUser() by: RequestUser,
  ): Promise<AdjustmentChangeResponse> {
    return this.admin.revokeAdjustment(id, dto, by);
  }

  @Get('years')
  @Policy('calendar.read')
  @ApiOperation({ summary: 'State Council schedules entered by hand' })
  @ApiOkResponse({ type: [CalendarYearResponse] })
  listYears(): Promise<CalendarYearResponse[]> {
    return this.service.listYears();
  }

  @Put('years/:year')
  @Policy('calendar.manage')
  @ApiOperation({ summary: "Enter (or replace) a year's State Council holiday schedule by hand; recomputes deadlines" })
  @ApiOkResponse({ type: YearChangeResponse })
  @Refusals()
  enterYear(
    @Param() param: CalendarYearParam,
    @Body() dto: EnterYearDto,
    @CurrentUser() by: RequestUser,
  ): Promise<YearChangeResponse> {
    return this.admin.enterYear(param.year, dto, by);
  }
}
