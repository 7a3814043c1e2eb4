import { randomUUID } from 'node:crypto';

import { ErrorCode } from '@app/contracts';
import type { UnitContactEntity } from '@app/database';
import { AuditRepository, RosterRepository } from '@app/database';
import { isCalendarDate, isMemberUnitCode, shanghaiDate } from '@app/domain';
import { Injectable } from '@nestjs/common';

import type { RequestUser } from '../auth/request-user';
import { ApiException } from '../common/api.exception';
import type { FileRosterChangeDto, RosterEntryResponse, RosterResponse } from './dto/roster.dto';

const toEntry = (c: UnitContactEntity): RosterEntryResponse => ({
  id: c.id,
  kind: c.kind,
  personName: c.personName,
  title: c.title,
  phone: c.phone,
  userId: c.userId,
  effectiveFrom: c.effectiveFrom,
  reason: c.reason,
  filedBy: c.filedBy,
  filedAt: c.filedAt.toISOString(),
});

// The roster of each unit's responsible official and liaison officer, kept as filed (备案) history.
@Injectable()
export class RosterService {
  constructor(
    private readonly roster: RosterRepository,
    private readonly audit: AuditRepository,
  ) {}

  async get(unitCode: string): Promise<RosterResponse> {
    this.requireUnit(unitCode);
    const history = await this.roster.history(unitCode);
    const today = shanghaiDate(new Date());
    const current = (kind: string): RosterEntryResponse | null => {
      const entry = history.find((c) => c.kind === kind && c.effectiveFrom <= today);
      return entry ? toEntry(entry) : null;
    };
    return {
      unitCode,
      responsibleOfficial: current('responsible_official'),
      liaisonOfficer: current('liaison_officer'),
      history: history.map(toEntry),
    };
  }

  async file(unitCode: string, dto: FileRosterChangeDto, by: RequestUser): Promise<RosterResponse> {
    this.requireUnit(unitCode);
    if (!isCalendarDate(dto.effectiveFrom)) {
      throw new ApiException(
        ErrorCode.ValidationFailed,
        `effectiveFrom "${dto.effectiveFrom}" is not a calendar date.`,
      );
    }
    const entry = {
      id: randomUUID(),
      unitCode,
      kind: dto.kind,
      personName: dto.personName,
      title: dto.title ?? null,
      phone: dto.phone ?? null,
      userId: dto.userId ?? null,
      effectiveFrom: dto.effectiveFrom,
      reason: dto.reason,
      filedBy: by.username,
      filedAt: new Date(),
    };
    await this.roster.insert(entry);
    await this.audit.record({
      action: 'roster.filed',
      outcome: 'success',
      actorUserId: by.username,
      target: unitCode,
      detail: { kind: dto.kind, personName: dto.personName, effectiveFrom: dto.effectiveFrom },
    });
    return this.get(unitCode);
  }

  private requireUnit(unitCode: string): void {
    if (!isMemberUnitCode(unitCode)) {
      throw new ApiException(ErrorCode.UnitNotFound, `No member unit has the code "${unitCode}".`);
    }
  }
}
