import type { TimeProfile, WorkingDayStatus } from '@app/calendar';
import { addDays, dateOfInstant, daysBetween, yearOf } from '@app/calendar';
import { envOf } from '@app/config';
import { ErrorCode } from '@app/contracts';
import type { CalendarAdjustmentEntity } from '@app/database';
import { CalendarLoader, CalendarRepository, timeProfileFromEnv, UnitDirectoryLoader } from '@app/database';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import { ApiException } from '../common/api.exception';
import { refuseRangeErrors, requireMemberUnit } from './calendar.guards';
import { toAdjustmentResponse, toYearResponse } from './calendar.mapper';
import type { CalendarDaysQuery, WorkingDaysQuery } from './dto/calendar-query.dto';
import type {
  AdjustmentResponse,
  CalendarDayResponse,
  CalendarYearResponse,
  CoverageResponse,
  WorkingDaysResponse,
} from './dto/calendar.response';

const MAX_DAYS = 366;
// Coverage looks this many years ahead of today: far enough for any due date the office sets this year.
const LOOK_AHEAD_YEARS = 2;

const adjustmentKey = (date: string, unitCode: string | null): string => `${date}|${unitCode ?? ''}`;

// What the calendar says: coverage of the statutory schedule, day-by-day answers and working-day previews.
@Injectable()
export class CalendarService {
  private readonly profile: TimeProfile;

  constructor(
    private readonly loader: CalendarLoader,
    private readonly repo: CalendarRepository,
    private readonly units: UnitDirectoryLoader,
    config: ConfigService,
  ) {
    this.profile = timeProfileFromEnv(envOf(config));
  }

  async coverage(): Promise<CoverageResponse> {
    const { schedule } = await this.loader.snapshot();
    const today = dateOfInstant(this.profile, Date.now());
    const years = schedule.coveredYears().map((year) => {
      const { source, documentNumber } = schedule.sourceOf(year)!;
      return { year, source, documentNumber: documentNumber ?? null };
    });
    const ahead = Array.from({ length: LOOK_AHEAD_YEARS + 1 }, (_, n) => yearOf(today) + n);
    return { today, years, provisionalYears: ahead.filter((year) => schedule.sourceOf(year) === undefined) };
  }

  async days(q: CalendarDaysQuery): Promise<CalendarDayResponse[]> {
    await requireMemberUnit(this.units, q.unit);
    const span = daysBetween(q.from, q.to);
    if (span < 0 || span >= MAX_DAYS) {
      throw new ApiException(
        ErrorCode.ValidationFailed,
        `from..to must run forwards and span at most ${MAX_DAYS} days; got ${q.from}..${q.to}.`,
      );
    }
    const { calendar, adjustments } = await this.loader.snapshot();
    const byKey = new Map(adjustments.map((a) => [adjustmentKey(a.date, a.unitCode), a]));
    return refuseRangeErrors(() =>
      Array.from({ length: span + 1 }, (_, offset) => {
        const date = addDays(q.from, offset);
        return toDayResponse(date, calendar.statusOf(date, q.unit), byKey);
      }),
    );
  }

  async workingDays(q: WorkingDaysQuery): Promise<WorkingDaysResponse> {
    await requireMemberUnit(this.units, q.unit);
    const calendar = await this.loader.load();
    const result = refuseRangeErrors(() => calendar.addWorkingDays(q.from, q.days, q.unit));
    return { from: q.from, days: q.days, unitCode: q.unit ?? null, ...result };
  }

  async listAdjustments(): Promise<AdjustmentResponse[]> {
    return (await this.repo.listActiveAdjustments()).map(toAdjustmentResponse);
  }

  async listYears(): Promise<CalendarYearResponse[]> {
    return (await this.repo.listYears()).map(toYearResponse);
  }
}

function toDayResponse(
  date: string,
  status: WorkingDayStatus,
  adjustments: Map<string, CalendarAdjustmentEntity>,
): CalendarDayResponse {
  const day: CalendarDayResponse = {
    date,
    working: status.working,
    kind: status.kind,
    name: status.name ?? null,
    provisional: status.provisional,
  };
  const local = status.adjustment;
  if (local) {
    const row = adjustments.get(adjustmentKey(local.date, local.scope === 'district' ? null : local.scope.unitCode));
    if (row) {
      day.adjustment = toAdjustmentResponse(row);
    }
  }
  return day;
}
