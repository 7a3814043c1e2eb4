import { ErrorCode } from '@app/contracts';
import type { MemberUnitEntity } from '@app/database';
import { AuditRepository, UnitRepository } from '@app/database';
import { findMemberUnit, suggestLeadUnits, unitReferenceOf } from '@app/domain';
import { Injectable } from '@nestjs/common';

import type { RequestUser } from '../auth/request-user';
import { ApiException, assertFound } from '../common/api.exception';
import type { SetUnitAliasesDto } from './dto/unit-aliases.dto';
import { unitInitials } from './unit-initials';
import type { LeadUnitSuggestionResponse, UnitResponse } from './dto/unit.response';

// The aliases are the office's when it edited them, otherwise the seed's.
export function toUnitResponse(u: MemberUnitEntity, edited?: readonly string[]): UnitResponse {
  const aliases = [...(edited ?? findMemberUnit(u.code)?.aliases ?? [])];
  return {
    ...unitReferenceOf(u),
    aliases,
    initials: unitInitials(u.nameZh, aliases),
  };
}

@Injectable()
export class UnitsService {
  constructor(
    private readonly units: UnitRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(): Promise<UnitResponse[]> {
    const edited = await this.units.listAliases();
    return (await this.units.listAll()).map((u) => toUnitResponse(u, edited.get(u.code)));
  }

  async get(code: string): Promise<UnitResponse> {
    const unit = await this.units.findByCode(code);
    assertFound(unit, ErrorCode.UnitNotFound, `No member unit has the code "${code}".`);
    return toUnitResponse(unit, (await this.units.listAliases()).get(code));
  }

  // The office replaces a unit's short names and aliases (audited with the list before and after). An alias
  // another unit is called by (its name or one of its aliases) is refused, naming that unit.
  async setAliases(code: string, dto: SetUnitAliasesDto, by: RequestUser): Promise<UnitResponse> {
    const all = await this.list();
    const unit = all.find((u) => u.code === code);
    assertFound(unit, ErrorCode.UnitNotFound, `No member unit has the code "${code}".`);
    const aliases = [...new Set(dto.aliases.map((a) => a.trim()).filter((a) => a.length > 0))];
    for (const alias of aliases) {
      const other = all.find((u) => u.code !== code && (u.nameZh === alias || u.aliases.includes(alias)));
      if (other) {
        throw new ApiException(
          ErrorCode.ValidationFailed,
          `"${alias}" already names ${other.nameZh} (${other.code}); remove it there first or choose another alias.`,
        );
      }
    }
    await this.units.saveAliases(code, aliases, by.username);
    await this.audit.record({
      action: 'unit.aliases_set',
      outcome: 'success',
      actorUserId: by.username,
      target: code,
      detail: { before: unit.aliases, after: aliases, reason: dto.reason },
    });
    return this.get(code);
  }

  suggest(text: string): LeadUnitSuggestionResponse[] {
    return suggestLeadUnits(text).map((s) => ({ ...s, nameZh: findMemberUnit(s.code)?.nameZh ?? s.code }));
  }
}
