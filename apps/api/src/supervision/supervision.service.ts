import type { TimeProfile } from '@app/calendar';
import { addDays, dateOfInstant, shanghaiStartOfDay, startOfDate } from '@app/calendar';
import { envOf } from '@app/config';
import type {
  Actor,
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
import { CAMPAIGN_UNIT_STATUSES, ErrorCode, seesPhonesOf } from '@app/contracts';
import {
  BriefingRepository,
  CampaignRepository,
  SupervisionReadRepository,
  timeProfileFromEnv,
  UnitDirectoryLoader,
  yearScope,
} from '@app/database';
import type { UnitDirectory } from '@app/domain';
import { isCalendarDate } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import { ApiException } from '../common/api.exception';
import { assertKnownUnit } from '../units/unit-refusals';
import { overdueWorkbook } from './overdue-workbook';
import type * as Queries from './dto/supervision.query';

// The most rows an export lists (its caption says when there were more).
const EXPORT_MAX = 5000;

// A handler's office phone is the office's and the unit's own (as on the matter page); leadership reads the name.
const handlersFor = (reader: Actor): 'name' | 'with-phone' => (seesPhonesOf(reader, null) ? 'with-phone' : 'name');

const pageOf = (q: { page: number; pageSize: number }) => ({ offset: (q.page - 1) * q.pageSize, limit: q.pageSize });

function requireDate(name: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new ApiException(ErrorCode.ValidationFailed, `${name} "${value}" is not a calendar date.`);
  }
}

// Read-only supervision views for the office and leadership. "Today" is the calendar date of the one time
// profile the workflows and the calendar use (real: Asia/Shanghai; compressed in tests), never the wall clock's.
@Injectable()
export class SupervisionService {
  private readonly profile: TimeProfile;

  constructor(
    private readonly views: SupervisionReadRepository,
    private readonly campaigns: CampaignRepository,
    private readonly briefings: BriefingRepository,
    private readonly units: UnitDirectoryLoader,
    config: ConfigService,
  ) {
    this.profile = timeProfileFromEnv(envOf(config));
  }

  // A filter naming a unit the directory does not know is refused (UNIT_NOT_FOUND), not answered with nothing.
  private async unitFilter(code: string | undefined): Promise<UnitDirectory> {
    const dir = await this.units.load();
    if (code !== undefined) {
      assertKnownUnit(dir, code);
    }
    return dir;
  }

  // Each overdue matter with the lead unit's handler (承办人): whom to call. The phone is the office's to see.
  async overdue(q: Queries.OverdueQuery, reader: Actor): Promise<SupervisedMatterPage> {
    await this.unitFilter(q.unit);
    const today = this.today();
    const { rows, total } = await this.views.overdueList(today, {
      ...pageOf(q),
      unitCode: q.unit,
      handlers: handlersFor(reader),
    });
    return { items: rows, total, page: q.page, pageSize: q.pageSize, today };
  }

  // The whole overdue list (up to EXPORT_MAX rows) as a workbook, named for the day it answers for.
  async overdueWorkbook(q: Queries.OverdueExportQuery, reader: Actor): Promise<{ body: Buffer; name: string }> {
    const dir = await this.unitFilter(q.unit);
    const today = this.today();
    const { rows, total } = await this.views.overdueList(today, {
      offset: 0,
      limit: EXPORT_MAX,
      unitCode: q.unit,
      handlers: handlersFor(reader),
    });
    const unitName = q.unit ? dir.nameZh(q.unit) : undefined;
    const body = await overdueWorkbook(rows, { today, total, unitName });
    return { body, name: `超期事项督办台账-${today}${unitName ? `-${unitName}` : ''}.xlsx` };
  }

  async nearDue(q: Queries.NearDueQuery): Promise<NearDueMatterPage> {
    await this.unitFilter(q.unit);
    const today = this.today();
    const withinDate = addDays(today, q.withinDays);
    const { rows, total } = await this.views.nearDueList(today, withinDate, { ...pageOf(q), unitCode: q.unit });
    return { items: rows, total, page: q.page, pageSize: q.pageSize, today, withinDate };
  }

  async escalations(q: Queries.EscalationListQuery): Promise<EscalationPage> {
    await this.unitFilter(q.unit);
    const { rows, total } = await this.views.escalationList({ ...pageOf(q), level: q.level, unitCode: q.unit });
    return { items: rows, total, page: q.page, pageSize: q.pageSize };
  }

  // Inclusive calendar dates in Asia/Shanghai; either end may be open.
  async escalationSummary(q: Queries.EscalationSummaryQuery): Promise<EscalationSummary> {
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

  // All time, or one year as the assessment (考核) counts it.
  async scorecard(year?: number): Promise<UnitScorecardView> {
    const today = this.today();
    return {
      today,
      units: await this.views.unitScorecard(today, year === undefined ? undefined : this.yearScope(year)),
    };
  }

  async meetings(q: Queries.MeetingProgressQuery): Promise<MeetingProgressView> {
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

  private yearScope(year: number) {
    return yearScope(year, (date) => new Date(startOfDate(this.profile, date)));
  }

  private today(): string {
    return dateOfInstant(this.profile, Date.now());
  }
}
