import type {
  BreachReason,
  BriefingIssueRef,
  BriefingsIssued,
  CampaignProgress,
  CampaignUnitStatus,
  EscalationItem,
  EscalationLevel,
  EscalationLevelCounts,
  EscalationPage,
  EscalationSummary,
  LeadershipSummary,
  LightCounts,
  MatterLight,
  MatterStatus,
  MeetingProgress,
  MeetingProgressView,
  MonthlyClosures,
  NearDueMatterPage,
  StatusCounts,
  SupervisedMatterItem,
  SupervisedMatterPage,
  UnitEscalationCounts,
  UnitLights,
  UnitScorecard,
  UnitScorecardView,
} from '@app/contracts';
import { CAMPAIGN_UNIT_STATUSES, ESCALATION_LEVELS, MATTER_LIGHTS, MATTER_STATUSES } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class StatusCountsResponse implements StatusCounts {
  @ApiProperty({ example: 37 }) in_progress!: number;
  @ApiProperty({ example: 6 }) awaiting_verification!: number;
  @ApiProperty({ example: 52 }) closed!: number;
  @ApiProperty({ example: 4 }) cancelled!: number;
}

export class LightCountsResponse implements LightCounts {
  @ApiProperty({ example: 18 }) green!: number;
  @ApiProperty({ example: 3, description: '临期' }) yellow!: number;
  @ApiProperty({ example: 22, description: '超期' }) red!: number;
  @ApiProperty({ example: 0 }) none!: number;
}

export class EscalationLevelCountsResponse implements EscalationLevelCounts {
  @ApiProperty({ example: 12, description: '提醒' }) reminder!: number;
  @ApiProperty({ example: 7, description: '催办' }) urging!: number;
  @ApiProperty({ example: 3, description: '督办' }) supervision!: number;
  @ApiProperty({ example: 1, description: '通报' }) report!: number;
}

export class SupervisedMatterResponse implements SupervisedMatterItem {
  @ApiProperty({ example: 'a3e4c1f2-5b6d-4e7f-8a9b-0c1d2e3f4a5b' }) id!: string;
  @ApiProperty({ example: '2026-07' }) code!: string;
  @ApiProperty({ example: '开展知识产权普法宣传' }) title!: string;
  @ApiProperty({ example: 'justice' }) leadUnitCode!: string;
  @ApiProperty({ example: '区司法局' }) leadUnitNameZh!: string;
  @ApiProperty({ nullable: true, type: String }) meetingId!: string | null;
  @ApiProperty({ enum: MATTER_STATUSES }) status!: MatterStatus;
  @ApiProperty({ enum: MATTER_LIGHTS }) light!: MatterLight;
  @ApiProperty({ example: '2026-06-30', description: 'Effective due date (due date plus paused working days)' })
  dueDate!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '2026-06-30',
    description: 'The date the lead unit is charged against now; null while the office holds the matter',
  })
  chargedDueDate!: string | null;
  @ApiProperty({ example: 12, description: 'Working days past the charged due date' }) daysOverdue!: number;
  @ApiProperty({ example: 0, description: 'Working days until the due date' }) daysLeft!: number;
  @ApiProperty({ enum: ['working_day'], description: 'The unit of daysOverdue and daysLeft (个工作日)' })
  dayUnit!: 'working_day';
  @ApiProperty({ nullable: true, enum: ESCALATION_LEVELS }) escalationLevel!: EscalationLevel | null;
  @ApiProperty() extensionPending!: boolean;
}

export class SupervisedMatterPageResponse implements SupervisedMatterPage {
  @ApiProperty({ type: [SupervisedMatterResponse] }) items!: SupervisedMatterResponse[];
  @ApiProperty({ example: 22 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) pageSize!: number;
  @ApiProperty({ example: '2026-07-15', description: 'Today in Asia/Shanghai' }) today!: string;
}

export class NearDueMatterPageResponse extends SupervisedMatterPageResponse implements NearDueMatterPage {
  @ApiProperty({ example: '2026-07-22' }) withinDate!: string;
}

export class EscalationResponse implements EscalationItem {
  @ApiProperty() matterId!: string;
  @ApiProperty({ example: '2026-07' }) matterCode!: string;
  @ApiProperty({ example: '开展知识产权普法宣传' }) matterTitle!: string;
  @ApiProperty({ example: 14 }) seq!: number;
  @ApiProperty({ enum: ESCALATION_LEVELS }) level!: EscalationLevel;
  @ApiProperty({ enum: ['ack_missed', 'progress_missed', 'overdue', 'office_turnaround'] }) reason!: BreachReason;
  @ApiProperty({ enum: ['auto', 'manual'] }) origin!: 'auto' | 'manual';
  @ApiProperty({ nullable: true, type: String, example: 'justice' }) unitCode!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '区司法局' }) unitNameZh!: string | null;
  @ApiProperty({ example: '2026-07-10T01:00:00.000Z' }) at!: string;
  @ApiProperty({ nullable: true, type: String, example: '督〔2026〕7号' }) noticeNo!: string | null;
}

export class EscalationPageResponse implements EscalationPage {
  @ApiProperty({ type: [EscalationResponse] }) items!: EscalationResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class UnitEscalationCountsResponse implements UnitEscalationCounts {
  @ApiProperty({ nullable: true, type: String, description: "null: the office's own turnaround" })
  unitCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) unitNameZh!: string | null;
  @ApiProperty({ type: EscalationLevelCountsResponse }) byLevel!: EscalationLevelCountsResponse;
  @ApiProperty() total!: number;
}

export class EscalationSummaryResponse implements EscalationSummary {
  @ApiProperty({ nullable: true, type: String, example: '2026-01-01' }) from!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-12-31' }) to!: string | null;
  @ApiProperty({ type: EscalationLevelCountsResponse }) byLevel!: EscalationLevelCountsResponse;
  @ApiProperty() total!: number;
  @ApiProperty({ type: [UnitEscalationCountsResponse] }) units!: UnitEscalationCountsResponse[];
}

export class UnitScorecardResponse implements UnitScorecard {
  @ApiProperty({ example: 'justice' }) unitCode!: string;
  @ApiProperty({ example: 10 }) ordinal!: number;
  @ApiProperty({ example: '区司法局' }) nameZh!: string;
  @ApiProperty({ description: 'Assignments held (re-routed ones excluded)' }) assigned!: number;
  @ApiProperty({ description: 'Open assignments on open matters' }) open!: number;
  @ApiProperty() acknowledged!: number;
  @ApiProperty() acknowledgedOnTime!: number;
  @ApiProperty({
    description: 'Assignments it is late on now: its completion (lead) or contribution (co-unit) past its charged date',
  })
  overdueNow!: number;
  @ApiProperty({ nullable: true, type: Number, example: 1.4 }) avgAckWorkingDays!: number | null;
  @ApiProperty({ description: 'Matters led by the unit that are closed' }) closed!: number;
  @ApiProperty() closedOnTime!: number;
  @ApiProperty({ description: 'Matters it leads that are due: closed, plus open ones past their charged date' })
  due!: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.8, description: '准时办结率: closedOnTime / due' })
  onTimeRate!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 38.5 }) avgCloseWorkingDays!: number | null;
  @ApiProperty({ description: 'Completion reports returned for rework (退回整改)' }) returns!: number;
  @ApiProperty({
    type: EscalationLevelCountsResponse,
    description: 'Escalations against the unit by level, without those withdrawn on a contest (申诉)',
  })
  escalations!: EscalationLevelCountsResponse;
}

export class UnitScorecardViewResponse implements UnitScorecardView {
  @ApiProperty({ example: '2026-07-15' }) today!: string;
  @ApiProperty({ type: [UnitScorecardResponse] }) units!: UnitScorecardResponse[];
}

export class MeetingProgressResponse implements MeetingProgress {
  @ApiProperty() meetingId!: string;
  @ApiProperty({ example: '2026年度联席会议全体会议' }) title!: string;
  @ApiProperty({ example: 'plenary' }) kind!: string;
  @ApiProperty({ example: '2026-03-02' }) heldOn!: string;
  @ApiProperty() total!: number;
  @ApiProperty() closed!: number;
  @ApiProperty() open!: number;
  @ApiProperty({ description: 'Open and past their due date' }) overdue!: number;
  @ApiProperty({ type: StatusCountsResponse }) byStatus!: StatusCountsResponse;
}

export class MeetingProgressViewResponse implements MeetingProgressView {
  @ApiProperty({ example: '2026-07-15' }) today!: string;
  @ApiProperty({ type: [MeetingProgressResponse] }) meetings!: MeetingProgressResponse[];
}

export class UnitLightsResponse implements UnitLights {
  @ApiProperty({ example: 'justice' }) unitCode!: string;
  @ApiProperty({ example: 10 }) ordinal!: number;
  @ApiProperty({ example: '区司法局' }) nameZh!: string;
  @ApiProperty({ description: 'Open assignments' }) open!: number;
  @ApiProperty({ type: LightCountsResponse }) byLight!: LightCountsResponse;
}

export class MonthlyClosuresResponse implements MonthlyClosures {
  @ApiProperty({ example: '2026-06' }) month!: string;
  @ApiProperty() closed!: number;
  @ApiProperty() closedOnTime!: number;
}

class SummaryTotalsResponse {
  @ApiProperty() all!: number;
  @ApiProperty({ type: StatusCountsResponse }) byStatus!: StatusCountsResponse;
}

class SummaryOnTimeResponse {
  @ApiProperty() closed!: number;
  @ApiProperty() closedOnTime!: number;
  @ApiProperty({ description: 'Matters that are due: closed, plus open ones past their charged due date' })
  due!: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.82, description: '准时办结率: closedOnTime / due' })
  rate!: number | null;
}

class SummaryOverdueResponse {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [SupervisedMatterResponse], description: 'The 20 most overdue' })
  top!: SupervisedMatterResponse[];
}

class SummaryEscalationsResponse {
  @ApiProperty({ type: EscalationLevelCountsResponse, description: 'Open breaches by their highest level' })
  openByLevel!: EscalationLevelCountsResponse;
  @ApiProperty({ example: '2026-06-15' }) since!: string;
  @ApiProperty({ type: EscalationLevelCountsResponse, description: 'Escalations fired in the last 30 days' })
  recentByLevel!: EscalationLevelCountsResponse;
}

class CampaignUnitCountsResponse implements Record<CampaignUnitStatus, number> {
  @ApiProperty({ example: 3, description: '待报送' }) awaiting!: number;
  @ApiProperty({ example: 2, description: '已报送, awaiting review' }) submitted!: number;
  @ApiProperty({ example: 1, description: '退回修改' }) returned!: number;
  @ApiProperty({ example: 15, description: '已确认' }) accepted!: number;
}

class MissingCampaignUnitResponse {
  @ApiProperty({ example: 'justice' }) unitCode!: string;
  @ApiProperty({ example: '区司法局' }) nameZh!: string;
}

export class CampaignProgressResponse implements CampaignProgress {
  @ApiProperty({ example: 'summary-campaign-2026' }) id!: string;
  @ApiProperty({ example: 2026, description: 'The year the summaries cover' }) year!: number;
  @ApiProperty({ example: '2027-01-15' }) dueDate!: string;
  @ApiProperty({ enum: ['open', 'completed'] }) status!: 'open' | 'completed';
  @ApiProperty({ nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ example: 21, description: 'Units asked by the campaign' }) total!: number;
  @ApiProperty({
    type: CampaignUnitCountsResponse,
    description: `Units by status: ${CAMPAIGN_UNIT_STATUSES.join(', ')}`,
  })
  counts!: CampaignUnitCountsResponse;
  @ApiProperty({
    type: [MissingCampaignUnitResponse],
    description: 'Units whose summary is not in yet (awaiting or returned), in statutory order',
  })
  missing!: MissingCampaignUnitResponse[];
}

export class BriefingIssueRefResponse implements BriefingIssueRef {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 3 }) number!: number;
  @ApiProperty({ example: '2026年第3期' }) issue!: string;
  @ApiProperty({ example: '五华区知识产权战略实施工作联席会议工作简报' }) title!: string;
  @ApiProperty({ example: '2026-07-10T02:00:00.000Z' }) publishedAt!: string;
}

export class BriefingsIssuedResponse implements BriefingsIssued {
  @ApiProperty({ example: 2026, description: 'The current year in Asia/Shanghai' }) year!: number;
  @ApiProperty({ example: 3, description: 'Issues of that year that are published' }) published!: number;
  @ApiProperty({
    type: BriefingIssueRefResponse,
    nullable: true,
    description: 'The latest published issue of any year (highest year, then number)',
  })
  latest!: BriefingIssueRefResponse | null;
}

export class LeadershipSummaryResponse implements LeadershipSummary {
  @ApiProperty({ example: '2026-07-15' }) today!: string;
  @ApiProperty() generatedAt!: string;
  @ApiProperty({ type: SummaryTotalsResponse }) totals!: SummaryTotalsResponse;
  @ApiProperty({ type: LightCountsResponse, description: 'Open matters only' }) openByLight!: LightCountsResponse;
  @ApiProperty({ type: SummaryOnTimeResponse }) onTime!: SummaryOnTimeResponse;
  @ApiProperty({ type: SummaryOverdueResponse }) overdue!: SummaryOverdueResponse;
  @ApiProperty({ type: SummaryEscalationsResponse }) escalations!: SummaryEscalationsResponse;
  @ApiProperty({ type: [UnitLightsResponse] }) unitLights!: UnitLightsResponse[];
  @ApiProperty({ type: [MeetingProgressResponse], description: 'The 20 most recent meetings' })
  meetings!: MeetingProgressResponse[];
  @ApiProperty({ type: [MonthlyClosuresResponse], description: 'The last 12 months, oldest first' })
  closuresByMonth!: MonthlyClosuresResponse[];
  @ApiProperty({
    type: CampaignProgressResponse,
    nullable: true,
    description: 'The annual summary campaign (年度工作总结) of the latest year; null before the first',
  })
  campaign!: CampaignProgressResponse | null;
  @ApiProperty({ type: BriefingsIssuedResponse, description: 'Work briefings (工作简报) issued' })
  briefings!: BriefingsIssuedResponse;
}
