import { randomUUID } from 'node:crypto';

import { ErrorCode } from '@app/contracts';
import type { CalendarAdjustmentEntity, CalendarYearEntity } from '@app/database';
import {
  AuditRepository,
  buildCalendar,
  CalendarRepository,
  CampaignRepository,
  MatterReadRepository,
  UnitDirectoryLoader,
} from '@app/database';
import { Injectable } from '@nestjs/common';

import type { RequestUser } from '../auth/request-user';
import { CampaignWorkflowGateway } from '../campaigns/campaign-workflow.gateway';
import { ApiException, assertFound } from '../common/api.exception';
import { MatterWorkflowGateway } from '../temporal/matter-workflow.gateway';
import { refuseRangeErrors, requireMemberUnit } from './calendar.guards';
import { scopeLabel, toAdjustmentResponse, toYearResponse } from './calendar.mapper';
import type { CreateAdjustmentDto, EnterYearDto, RevokeAdjustmentDto } from './dto/calendar-change.dto';
import type { AdjustmentChangeResponse, YearChangeResponse } from './dto/calendar.response';

// The office's changes to the calendar. Each is checked by building the calendar it would produce before it is
// saved, is audited, and then asks every open matter to recompute its deadlines and every running summary
// campaign to plan its reminders again.
@Injectable()
export class CalendarAdminService {
  constructor(
    private readonly repo: CalendarRepository,
    private readonly matters: MatterReadRepository,
    private readonly gateway: MatterWorkflowGateway,
    private readonly audit: AuditRepository,
    private readonly campaigns: CampaignRepository,
    private readonly campaignGateway: CampaignWorkflowGateway,
    private readonly units: UnitDirectoryLoader,
  ) {}

  async addAdjustment(dto: CreateAdjustmentDto, by: RequestUser): Promise<AdjustmentChangeResponse> {
    const unitCode = dto.unitCode ?? null;
    await requireMemberUnit(this.units, unitCode);
    const [active, years] = await Promise.all([this.repo.listActiveAdjustments(), this.repo.listYears()]);
    const existing = active.find((a) => a.date === dto.date && a.unitCode === unitCode);
    if (existing) {
      throw duplicateOf(existing);
    }
    const adjustment: CalendarAdjustmentEntity = {
      id: randomUUID(),
      date: dto.date,
      kind: dto.kind,
      unitCode,
      reason: dto.reason,
      documentNumber: dto.documentNumber ?? null,
      createdBy: by.username,
      createdAt: new Date(),
      revokedBy: null,
      revokedAt: null,
    };
    const status = refuseRangeErrors(() => buildCalendar(years, active).calendar.statusOf(dto.date, dto.unitCode));
    // An adjustment that changes nothing is almost always the wrong date; refuse it rather than store noise.
    if (status.working === (dto.kind === 'working')) {
      throw new ApiException(
        ErrorCode.InvalidCommand,
        `${dto.date} is already ${status.working ? 'a working day' : 'a day off'} for ${scopeLabel(unitCode)}; ` +
          'the adjustment would change nothing.',
      );
    }
    refuseRangeErrors(() => buildCalendar(years, [...active, adjustment]));
    await this.repo.insertAdjustment(adjustment);
    await this.withdrawIfRaced(adjustment);
    await this.audit.record({
      action: 'calendar.adjusted',
      outcome: 'success',
      actorUserId: by.username,
      target: `${adjustment.date} ${unitCode ?? 'district'}`,
      detail: {
        id: adjustment.id,
        kind: adjustment.kind,
        reason: adjustment.reason,
        documentNumber: dto.documentNumber,
      },
    });
    const recomputed = await this.recompute(`calendar adjustment ${adjustment.date} ${adjustment.kind}`);
    return { adjustment: toAdjustmentResponse(adjustment), ...recomputed };
  }

  async revokeAdjustment(id: string, dto: RevokeAdjustmentDto, by: RequestUser): Promise<AdjustmentChangeResponse> {
    const row = await this.repo.findAdjustment(id);
    assertFound(row, ErrorCode.NotFound, `No calendar adjustment has the id "${id}".`);
    if (row.revokedAt !== null || !(await this.repo.revokeAdjustment(id, by.username))) {
      throw new ApiException(ErrorCode.InvalidCommand, `The adjustment on ${row.date} is already revoked.`);
    }
    const revoked = (await this.repo.findAdjustment(id)) ?? row;
    await this.audit.record({
      action: 'calendar.adjustment_revoked',
      outcome: 'success',
      actorUserId: by.username,
      target: `${row.date} ${row.unitCode ?? 'district'}`,
      detail: { id, kind: row.kind, reason: dto.reason },
    });
    const recomputed = await this.recompute(`calendar adjustment ${row.date} revoked`);
    return { adjustment: toAdjustmentResponse(revoked), ...recomputed };
  }

  async enterYear(year: number, dto: EnterYearDto, by: RequestUser): Promise<YearChangeResponse> {
    const [years, active] = await Promise.all([this.repo.listYears(), this.repo.listActiveAdjustments()]);
    const entry: CalendarYearEntity = {
      year,
      holidays: dto.holidays.map(({ date, name }) => ({ date, name })),
      makeupWorkdays: dto.makeupWorkdays.map(({ date, name }) => ({ date, name })),
      documentNumber: dto.documentNumber ?? null,
      enteredBy: by.username,
      enteredAt: new Date(),
    };
    // A year entered again replaces the earlier entry wholesale, as a manual year replaces the package's.
    refuseRangeErrors(() => buildCalendar([...years.filter((y) => y.year !== year), entry], active));
    await this.repo.saveYear(entry);
    await this.audit.record({
      action: 'calendar.year_entered',
      outcome: 'success',
      actorUserId: by.username,
      target: String(year),
      detail: {
        holidays: entry.holidays.length,
        makeupWorkdays: entry.makeupWorkdays.length,
        documentNumber: dto.documentNumber,
        replaced: years.some((y) => y.year === year),
      },
    });
    const recomputed = await this.recompute(`statutory schedule ${year} entered`);
    return { year: toYearResponse(entry), ...recomputed };
  }

  // Two requests for the same day and scope can both pass the duplicate check; the first filed stays (the loader
  // reads it the same way) and a later one withdraws itself.
  private async withdrawIfRaced(adjustment: CalendarAdjustmentEntity): Promise<void> {
    const first = (await this.repo.listActiveAdjustments()).find(
      (a) => a.date === adjustment.date && a.unitCode === adjustment.unitCode,
    );
    if (first && first.id !== adjustment.id) {
      await this.repo.revokeAdjustment(adjustment.id, 'system');
      throw duplicateOf(first);
    }
  }

  private async recompute(reason: string): Promise<{ recomputedMatters: number; recomputedCampaigns: number }> {
    const [matterIds, years] = await Promise.all([this.matters.listOpenIds(), this.campaigns.listOpenYears()]);
    const [recomputedMatters, recomputedCampaigns] = await Promise.all([
      this.gateway.signalRecompute(matterIds, reason),
      this.campaignGateway.signalRecompute(years, reason),
    ]);
    return { recomputedMatters, recomputedCampaigns };
  }
}

function duplicateOf(existing: CalendarAdjustmentEntity): ApiException {
  return new ApiException(
    ErrorCode.InvalidCommand,
    `An active adjustment for ${scopeLabel(existing.unitCode)} on ${existing.date} already exists ` +
      `(${existing.id}); revoke it first.`,
  );
}
