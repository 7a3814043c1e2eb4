import { addDays, shanghaiStartOfDay } from '@app/calendar';
import type {
  BriefingsIssued,
  CampaignProgress,
  CampaignUnitStatus,
  EscalationPage,
  EscalationSummary,
  LeadershipSummary,
  MeetingProgressView,
  NearDueMatterPage,
  SupervisedMatterPage,
  UnitScorecardView,
} from '@app/contracts';
import { CAMPAIGN_UNIT_STATUSES, ErrorCode } from '@app/contracts';
import { BriefingRepository, CampaignRepository, SupervisionReadRepository } from '@app/database';
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
  constructor(
    private readonly views: SupervisionReadRepository,
    private readonly campaigns: CampaignRepository,
    private readonly briefings: BriefingRepository,
  ) {}

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

  async summary(): Promise<LeadershipSummary> {
    const today = this.today();
    const [matters, campaign, briefings] = await Promise.all([
      this.views.leadershipSummary(today),
      this.campaignProgress(),
      this.briefingsIssued(Number(today.slice(0, 4))),
    ]);
    return { ...matters, campaign, briefings };
  }

  // The latest year's summary campaign (年度工作总结): who is in, who is missing.
  private async campaignProgress(): Promise<CampaignProgress | null> {
    const campaign = await this.campaigns.findLatestSummary();
    if (!campaign) {
      return null;
    }
    const [byStatus, missing] = await Promise.all([
      this.campaigns.countUnitsByStatus(campaign.id),
      this.campaigns.listMissingUnits(campaign.id),
    ]);
    const counts = Object.fromEntries(CAMPAIGN_UNIT_STATUSES.map((s) => [s, byStatus[s] ?? 0])) as Record<
      CampaignUnitStatus,
      number
    >;
    return {
      id: campaign.id,
      year: campaign.year,
      dueDate: campaign.dueDate,
      status: campaign.status === 'completed' ? 'completed' : 'open',
      completedAt: campaign.completedAt ? campaign.completedAt.toISOString() : null,
      total: CAMPAIGN_UNIT_STATUSES.reduce((n, s) => n + counts[s], 0),
      counts,
      missing,
    };
  }

  // 工作简报: issues published this year, and the latest issue of any year.
  private async briefingsIssued(year: number): Promise<BriefingsIssued> {
    const [published, latest] = await Promise.all([
      this.briefings.countPublishedInYear(year),
      this.briefings.findLatestPublished(),
    ]);
    return {
      year,
      published,
      latest: latest && {
        id: latest.id,
        year: latest.year,
        number: latest.number,
        issue: `${latest.year}年第${latest.number}期`,
        title: latest.title,
        publishedAt: latest.publishedAt.toISOString(),
      },
    };
  }

  private today(): string {
    return shanghaiDate(new Date());
  }
}
