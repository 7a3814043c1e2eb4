import { addDays, shanghaiStartOfDay } from '@app/calendar';
import type {
  EscalationPage,
  EscalationSummary,
  LeadershipSummary,
  MeetingProgressView,
  NearDueMatterPage,
  SupervisedMatterPage,
  UnitScorecardView,
} from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import { SupervisionReadRepository } from '@app/database';
import { isCalendarDate, shanghaiDate } from '@app/domain';
import { Injectable } from '@nestjs/common';

import { ApiException } from '../common/api.exception';
import type {
  EscalationListQuery,
  EscalationSummaryQuery,
  MeetingProgressQuery,
  NearDueQuery,
  OverdueQuery,
} from './dto/supervision.query';

const pageOf = (q: { page: number; pageSize: number }) => ({ offset: (q.page - 1) * q.pageSize, limit: q.pageSize });

function requireDate(name: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new ApiException(ErrorCode.ValidationFailed, `${name} "${value}" is not a calendar date.`);
  }
}

// Read-only supervision views for the office and leadership. "Today" is the calendar date in Asia/Shanghai.
@Injectable()
export class SupervisionService {
  constructor(private readonly views: SupervisionReadRepository) {}

  async overdue(q: OverdueQuery): Promise<SupervisedMatterPage> {
    const today = this.today();
    const { rows, total } = await this.views.overdueList(today, { ...pageOf(q), unitCode: q.unit });
    return { items: rows, total, page: q.page, pageSize: q.pageSize, today };
  }

  async nearDue(q: NearDueQuery): Promise<NearDueMatterPage> {
    const today = this.today();
    const withinDate = addDays(today, q.withinDays);
    const { rows, total } = await this.views.nearDueList(today, withinDate, { ...pageOf(q), unitCode: q.unit });
    return { items: rows, total, page: q.page, pageSize: q.pageSize, today, withinDate };
  }

  async escalations(q: EscalationListQuery): Promise<EscalationPage> {
    const { rows, total } = await this.views.escalationList({ ...pageOf(q), level: q.level, unitCode: q.unit });
    return { items: rows, total, page: q.page, pageSize: q.pageSize };
  }

  // Inclusive calendar dates in Asia/Shanghai; either end may be open.
  async escalationSummary(q: EscalationSummaryQuery): Promise<EscalationSummary> {
    requireDate('from', q.from);
    requireDate('to', q.to);
    if (q.from && q.to && q.from > q.to) {
      throw new ApiException(ErrorCode.ValidationFailed, `from ${q.from} is after to ${q.to}.`);
    }
    const counts = await this.views.escalationsByLevelAndUnit({
      from: q.from ? shanghaiStartOfDay(q.from) : undefined,
      to: q.to ? shanghaiStartOfDay(addDays(q.to, 1)) : undefined,
    });
    return { from: q.from ?? null, to: q.to ?? null, ...counts };
  }

  async scorecard(): Promise<UnitScorecardView> {
    const today = this.today();
    return { today, units: await this.views.unitScorecard(today) };
  }

  async meetings(q: MeetingProgressQuery): Promise<MeetingProgressView> {
    const today = this.today();
    return { today, meetings: await this.views.meetingProgress(today, { meetingId: q.meetingId, limit: q.limit }) };
  }

  summary(): Promise<LeadershipSummary> {
    return this.views.leadershipSummary(this.today());
  }

  private today(): string {
    return shanghaiDate(new Date());
  }
}
