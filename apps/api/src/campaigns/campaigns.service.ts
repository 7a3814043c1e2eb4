import { randomUUID } from 'node:crypto';

import type {
  Actor,
  CampaignHeadline,
  CampaignListItem,
  CampaignUnitStatus,
  CampaignView,
  CampaignUnitView,
  CampaignPolicy,
  PlannedCampaignReminder,
  SummaryCampaignState,
} from '@app/contracts';
import { CAMPAIGN_UNIT_STATUSES, ErrorCode } from '@app/contracts';
import type { CampaignEntity, CampaignUnitEntity } from '@app/database';
import { CampaignRepository, UnitDirectoryLoader } from '@app/database';
import { actsAsLiaison, isCalendarDate } from '@app/domain';
import {
  acceptSummaryUpdate,
  approveSummaryDraftUpdate,
  draftSummaryUpdate,
  returnSummaryDraftUpdate,
  returnSummaryUpdate,
  submitSummaryUpdate,
  summaryCampaignWorkflowId,
} from '@app/workflow-api';
import { Injectable } from '@nestjs/common';

import { ApiException } from '../common/api.exception';
import { assertAssignable } from '../units/unit-refusals';
import { CampaignWorkflowGateway } from './campaign-workflow.gateway';
import type { ReturnSummaryDto, StartSummaryCampaignDto, SubmitSummaryDto } from './dto/campaign.dto';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const OPEN: readonly CampaignUnitStatus[] = ['awaiting', 'returned'];

// 年度工作总结: the office starts one campaign a year; units submit; the office returns or accepts. Commands go
// to the year's workflow; reads come from the campaign_units projection.
@Injectable()
export class CampaignsService {
  constructor(
    private readonly gateway: CampaignWorkflowGateway,
    private readonly campaigns: CampaignRepository,
    private readonly units: UnitDirectoryLoader,
  ) {}

  async start(dto: StartSummaryCampaignDto, actor: Actor, key?: string): Promise<CampaignView> {
    if (!isCalendarDate(dto.dueDate)) {
      throw new ApiException(ErrorCode.ValidationFailed, 'dueDate is not a calendar date.');
    }
    // Every unit that takes work, or those named (each must): a unit merged away writes no more summaries.
    const dir = await this.units.load();
    const unitCodes = dto.unitCodes ? [...new Set(dto.unitCodes)] : dir.active().map((u) => u.code);
    const unknown = unitCodes.filter((c) => !dir.has(c));
    if (unknown.length > 0) {
      throw new ApiException(ErrorCode.UnitNotFound, `Unknown member unit(s): ${unknown.join(', ')}`);
    }
    assertAssignable(dir, unitCodes);
    const existing = await this.campaigns.findById(summaryCampaignWorkflowId(dto.year));
    if (existing?.status === 'completed') {
      throw new ApiException(ErrorCode.InvalidTransition, `The ${dto.year} summary campaign is already completed.`);
    }
    const policy: CampaignPolicy | undefined = dto.policy && {
      remindBeforeWorkingDays: dto.policy.remindBeforeWorkingDays,
      ladder: dto.policy.ladder.map((s) => ({ level: s.level, afterWorkingDays: s.afterWorkingDays })),
    };
    const result = await this.gateway.start(
      {
        year: dto.year,
        dueDate: dto.dueDate,
        policy,
        unitCodes,
        startedBy: actor,
        startedAt: new Date().toISOString(),
      },
      actor,
      key ?? randomUUID(),
    );
    return this.get(result.campaign.year, actor);
  }

  // Which years have a campaign, newest first. A unit lists the campaigns that ask it, with its own status.
  async list(actor: Actor): Promise<CampaignListItem[]> {
    const own = actor.role === 'unit' ? (actor.unitCode ?? '-') : undefined;
    const campaigns = await this.campaigns.listSummaries(own);
    const ids = campaigns.map((c) => c.id);
    const [counts, mine] = await Promise.all([
      this.campaigns.countUnitsByCampaign(ids),
      own ? this.campaigns.unitStatuses(ids, own) : Promise.resolve(new Map<string, string>()),
    ]);
    return campaigns.map((c) => {
      const byStatus = countsOf(counts.get(c.id) ?? {});
      return {
        ...headlineOf(c, byStatus),
        unitCount: Object.values(byStatus).reduce((a, b) => a + b, 0),
        ...(mine.has(c.id) ? { ownStatus: mine.get(c.id) as CampaignUnitStatus } : {}),
      };
    });
  }

  async get(year: number, actor: Actor): Promise<CampaignView> {
    const campaign = await this.find(year);
    const rows = await this.campaigns.listUnits(campaign.id);
    return this.toView(campaign, rows, actor);
  }

  // The workflow's own state, for the office (the projection may lag a fired reminder by an instant).
  // The workflow's own state and the reminders still to come, as planned from today's calendar.
  async live(year: number): Promise<SummaryCampaignState & { upcoming: PlannedCampaignReminder[] }> {
    // A year without a campaign is answered from the read model (a start returns once its row is there), without
    // querying a workflow that does not exist: under load that query failed as a 500 rather than a 404.
    await this.find(year);
    const [state, upcoming] = await Promise.all([this.gateway.live(year), this.gateway.upcoming(year)]);
    return { ...state, upcoming };
  }

  async submit(year: number, dto: SubmitSummaryDto, actor: Actor, key?: string): Promise<CampaignView> {
    await this.assertOpen(year);
    const cmd = { actor, text: dto.text, attachments: dto.attachments ?? [] };
    await this.gateway.execute(year, submitSummaryUpdate, cmd, key ?? randomUUID());
    return this.get(year, actor);
  }

  // Inside the unit: the liaison drafts the unit's summary for its leader (the office does not see it).
  async draft(year: number, dto: SubmitSummaryDto, actor: Actor, key?: string): Promise<CampaignView> {
    await this.assertOpen(year);
    const cmd = { actor, text: dto.text, attachments: dto.attachments ?? [] };
    await this.gateway.execute(year, draftSummaryUpdate, cmd, key ?? randomUUID());
    return this.get(year, actor);
  }

  // The unit's leader approves the draft (it is then the unit's submission) or returns it with a note.
  async decideDraft(
    year: number,
    verdict: 'approve' | 'return',
    actor: Actor,
    dto?: ReturnSummaryDto,
    key?: string,
  ): Promise<CampaignView> {
    await this.assertOpen(year);
    const update = verdict === 'approve' ? approveSummaryDraftUpdate : returnSummaryDraftUpdate;
    await this.gateway.execute(year, update, { actor, reason: dto?.reason }, key ?? randomUUID());
    return this.get(year, actor);
  }

  async review(
    year: number,
    unitCode: string,
    verdict: 'return' | 'accept',
    actor: Actor,
    dto?: ReturnSummaryDto,
    key?: string,
  ): Promise<CampaignView> {
    await this.assertOpen(year);
    const update = verdict === 'return' ? returnSummaryUpdate : acceptSummaryUpdate;
    await this.gateway.execute(year, update, { actor, unitCode, reason: dto?.reason }, key ?? randomUUID());
    return this.get(year, actor);
  }

  // A completed campaign's workflow has ended: refuse here rather than let Temporal say "not found".
  private async assertOpen(year: number): Promise<void> {
    const campaign = await this.find(year);
    if (campaign.status === 'completed') {
      throw new ApiException(ErrorCode.InvalidTransition, `The ${year} summary campaign is completed.`);
    }
  }

  // The year's campaign from the read model: a year without one is a 404.
  private async find(year: number): Promise<CampaignEntity> {
    const campaign = await this.campaigns.findById(summaryCampaignWorkflowId(year));
    if (!campaign) {
      throw new ApiException(ErrorCode.NotFound, `No summary campaign for ${year}.`);
    }
    return campaign;
  }

  private async toView(campaign: CampaignEntity, rows: CampaignUnitEntity[], actor: Actor): Promise<CampaignView> {
    const dir = await this.units.load();
    const counts = countsOf({});
    rows.forEach((r) => counts[r.status as CampaignUnitStatus]++);
    // In the official order of the member units (the rules' list, then the units added), not by code.
    const ordered = [...rows].sort((a, b) => dir.ordinalOf(a.unitCode) - dir.ordinalOf(b.unitCode));
    // A unit reads its own row (with its text); the office and leadership read every unit.
    const visible = actor.role === 'unit' ? ordered.filter((r) => r.unitCode === actor.unitCode) : ordered;
    const submitAs = actsAsLiaison(actor) && actor.unitHasLeader === true ? 'draft' : 'direct';
    return {
      ...headlineOf(campaign, counts),
      missing: ordered.filter((r) => OPEN.includes(r.status as CampaignUnitStatus)).map((r) => r.unitCode),
      units: visible.map((r) =>
        toUnitView(
          r,
          dir.has(r.unitCode) ? dir.labelZh(r.unitCode) : null,
          actor.role === 'unit' && r.unitCode === actor.unitCode,
          submitAs,
        ),
      ),
    };
  }
}

// What the list and the campaign's own view both say of a campaign.
function headlineOf(c: CampaignEntity, counts: CampaignHeadline['counts']): CampaignHeadline {
  return {
    id: c.id,
    year: c.year,
    dueDate: c.dueDate,
    status: c.status as CampaignHeadline['status'],
    startedAt: c.startedAt.toISOString(),
    completedAt: iso(c.completedAt),
    counts,
  };
}

function countsOf(raw: Record<string, number>): Record<CampaignUnitStatus, number> {
  return Object.fromEntries(CAMPAIGN_UNIT_STATUSES.map((s) => [s, raw[s] ?? 0])) as Record<CampaignUnitStatus, number>;
}

// A unit's place in the official list; an unknown code (none is expected) goes last.

// The work inside the unit (its draft, the leader's returns) is shown to the unit itself only.
function toUnitView(
  r: CampaignUnitEntity,
  unitName: string | null,
  ownUnit: boolean,
  submitAs: CampaignUnitView['submitAs'],
): CampaignUnitView {
  const steps = ownUnit ? (r.draftSteps ?? []) : [];
  const last = steps.at(-1);
  return {
    unitCode: r.unitCode,
    unitName,
    status: r.status as CampaignUnitStatus,
    submittedAt: iso(r.submittedAt),
    acceptedAt: iso(r.acceptedAt),
    returnedAt: iso(r.returnedAt),
    returnReason: r.returnReason,
    revisions: r.revisions,
    escalationLevel: r.escalationLevel as CampaignUnitView['escalationLevel'],
    reminders: r.reminders,
    text: r.summaryText,
    attachments: r.attachments,
    draft: ownUnit ? (r.draft ?? null) : null,
    draftReturn: last?.type === 'returned' ? last : null,
    draftSteps: steps,
    submitAs,
  };
}
