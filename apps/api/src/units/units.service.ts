import { ErrorCode } from '@app/contracts';
import type { MemberUnitEntity } from '@app/database';
import { UnitRepository } from '@app/database';
import { findMemberUnit, suggestLeadUnits } from '@app/domain';
import { Injectable } from '@nestjs/common';

import { assertFound } from '../common/api.exception';
import type { LeadUnitSuggestionResponse, UnitResponse } from './dto/unit.response';

export function toUnitResponse(u: MemberUnitEntity): UnitResponse {
  return {
    code: u.code,
    ordinal: u.ordinal,
    nameZh: u.nameZh,
    nameEn: u.nameEn,
    isLeadUnit: u.isLeadUnit,
    dutyZh: u.dutyZh,
    dutyKeywords: u.dutyKeywords,
  };
}

@Injectable()
export class UnitsService {
  constructor(private readonly units: UnitRepository) {}

  async list(): Promise<UnitResponse[]> {
    return (await this.units.listAll()).map(toUnitResponse);
  }

  async get(code: string): Promise<UnitResponse> {
    const unit = await this.units.findByCode(code);
    assertFound(unit, ErrorCode.UnitNotFound, `No member unit has the code "${code}".`);
    return toUnitResponse(unit);
  }

  suggest(text: string): LeadUnitSuggestionResponse[] {
    return suggestLeadUnits(text).map((s) => ({ ...s, nameZh: findMemberUnit(s.code)?.nameZh ?? s.code }));
  }
}
