import type { TimeProfile } from '@app/calendar';
import { dateOfInstant } from '@app/calendar';
import { envOf } from '@app/config';
import { ErrorCode } from '@app/contracts';
import {
  AuditRepository,
  MemberUnitEntity,
  timeProfileFromEnv,
  UnitDirectoryLoader,
  UnitRepository,
} from '@app/database';
import type { DirectoryUnit, UnitDirectory } from '@app/domain';
import { checkDissolve, checkMerge, checkNewUnit, checkRename, findMemberUnit, unitReferenceOf } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import type { RequestUser } from '../auth/request-user';
import { ApiException, assertFound } from '../common/api.exception';
import type { SetUnitAliasesDto } from './dto/unit-aliases.dto';
import type { AddUnitDto, DissolveUnitDto, MergeUnitDto, RenameUnitDto } from './dto/unit-changes.dto';
import { unitInitials } from './unit-initials';
import { unitChangeRefused } from './unit-refusals';
import type { LeadUnitSuggestionResponse, UnitResponse } from './dto/unit.response';

// The aliases are the office's when it edited them, otherwise the seed's.
export function toUnitResponse(u: DirectoryUnit, edited?: readonly string[]): UnitResponse {
  const aliases = [...(edited ?? findMemberUnit(u.code)?.aliases ?? [])];
  return {
    ...unitReferenceOf(u),
    aliases,
    initials: unitInitials(u.nameZh, aliases),
    status: u.status,
    mergedInto: u.mergedInto,
    effectiveFrom: u.effectiveFrom,
    effectiveTo: u.effectiveTo,
    nameSince: u.nameSince,
    formerNames: u.formerNames.map((n) => ({ ...n })),
  };
}

const changedMeanwhile = (code: string): ApiException =>
  new ApiException(ErrorCode.InvalidTransition, `${code} was changed by another request meanwhile; reload and retry.`);

@Injectable()
export class UnitsService {
  private readonly profile: TimeProfile;

  constructor(
    private readonly units: UnitRepository,
    private readonly directory: UnitDirectoryLoader,
    private readonly audit: AuditRepository,
    config: ConfigService,
  ) {
    this.profile = timeProfileFromEnv(envOf(config));
  }

  // Every unit, merged and dissolved ones included (with what became of them); pickers offer the active ones.
  async list(): Promise<UnitResponse[]> {
    const [dir, edited] = await Promise.all([this.directory.load(), this.units.listAliases()]);
    return dir.all().map((u) => toUnitResponse(u, edited.get(u.code)));
  }

  async get(code: string): Promise<UnitResponse> {
    const unit = (await this.directory.load()).find(code);
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

  // 更名: the unit keeps its code (its past matters and figures stay with it); the name it had is kept, with its dates.
  async rename(code: string, dto: RenameUnitDto, by: RequestUser): Promise<UnitResponse> {
    const dir = await this.directory.load();
    const next = { nameZh: dto.nameZh.trim(), nameEn: dto.nameEn.trim(), effectiveFrom: dto.effectiveFrom };
    const former = this.checked(() => checkRename(dir, code, { ...next, reason: dto.reason.trim() }, this.today()));
    const at = new Date();
    const since = next.effectiveFrom;
    if (!(await this.units.rename(code, former, { ...next, since }, by.username, at))) {
      throw changedMeanwhile(code);
    }
    await this.record(by, 'unit.renamed', code, at, {
      from: { nameZh: former.nameZh, nameEn: former.nameEn, since: former.validFrom },
      to: { nameZh: next.nameZh, nameEn: next.nameEn },
      effectiveFrom: since,
      reason: former.reason,
    });
    return this.get(code);
  }

  // 合并: the unit stops taking work and points to the one it went into. Refused while it still holds open
  // assignments, active accounts or roster filings awaiting 备案 (the message names them): the office re-routes or
  // changes those first, so that no matter is left with a unit that cannot answer.
  async merge(code: string, dto: MergeUnitDto, by: RequestUser): Promise<UnitResponse> {
    const dir = await this.directory.load();
    const reason = dto.reason.trim();
    this.checked(() =>
      checkMerge(dir, code, { intoCode: dto.intoCode, effectiveFrom: dto.effectiveFrom, reason }, this.today()),
    );
    const at = new Date();
    await this.retire(code, dto.intoCode, dto.effectiveFrom, at, dir, 'merged');
    await this.record(by, 'unit.merged', code, at, {
      into: dto.intoCode,
      effectiveFrom: dto.effectiveFrom,
      reason,
    });
    return this.get(code);
  }

  // 撤销: the unit is abolished and takes no more work; its past matters and figures stay under it (已撤销). Refused
  // like a merge while it still holds open assignments, active accounts or roster filings awaiting 备案.
  async dissolve(code: string, dto: DissolveUnitDto, by: RequestUser): Promise<UnitResponse> {
    const dir = await this.directory.load();
    const reason = dto.reason.trim();
    this.checked(() => checkDissolve(dir, code, { effectiveFrom: dto.effectiveFrom, reason }, this.today()));
    const at = new Date();
    await this.retire(code, null, dto.effectiveFrom, at, dir, 'dissolved');
    await this.record(by, 'unit.dissolved', code, at, { effectiveFrom: dto.effectiveFrom, reason });
    return this.get(code);
  }

  private async retire(
    code: string,
    intoCode: string | null,
    effectiveFrom: string,
    at: Date,
    dir: UnitDirectory,
    as: 'merged' | 'dissolved',
  ): Promise<void> {
    const outcome = await this.units.retire(code, intoCode, effectiveFrom, at);
    if (outcome === 'gone') {
      throw changedMeanwhile(code);
    }
    if (outcome !== 'retired') {
      throw new ApiException(ErrorCode.UnitHasOpenWork, openWorkMessage(dir, code, outcome, as), outcome);
    }
  }

  // 新增: a unit joins the conference; it is offered in every picker from now on.
  async add(dto: AddUnitDto, by: RequestUser): Promise<UnitResponse> {
    const dir = await this.directory.load();
    const unit = this.checked(() =>
      checkNewUnit(
        dir,
        { ...dto, nameZh: dto.nameZh.trim(), nameEn: dto.nameEn.trim(), reason: dto.reason.trim() },
        this.today(),
      ),
    );
    const at = new Date();
    const row = Object.assign(new MemberUnitEntity(), unitReferenceOf(unit), {
      status: unit.status,
      mergedInto: null,
      effectiveFrom: unit.effectiveFrom,
      effectiveTo: null,
      nameSince: null,
      updatedAt: at,
    });
    if (!(await this.units.add(row))) {
      throw new ApiException(ErrorCode.UnitCodeTaken, `The code "${dto.code}" was taken meanwhile; choose another.`);
    }
    await this.record(by, 'unit.added', unit.code, at, {
      nameZh: unit.nameZh,
      nameEn: unit.nameEn,
      ordinal: unit.ordinal,
      effectiveFrom: unit.effectiveFrom,
      reason: dto.reason.trim(),
    });
    return this.get(unit.code);
  }

  async suggest(text: string): Promise<LeadUnitSuggestionResponse[]> {
    const dir = await this.directory.load();
    return dir.suggestLead(text).map((s) => ({ ...s, nameZh: dir.nameZh(s.code) }));
  }

  private checked<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      unitChangeRefused(err);
    }
  }

  private today(): string {
    return dateOfInstant(this.profile, Date.now());
  }

  // Who, in which capacity, when, what and why.
  private record(
    by: RequestUser,
    action: string,
    code: string,
    at: Date,
    what: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record({
      action,
      outcome: 'success',
      actorUserId: by.username,
      target: code,
      detail: { ...what, capacity: by.capacity?.capacity ?? by.actor.role, at: at.toISOString() },
    });
  }
}

function openWorkMessage(
  dir: UnitDirectory,
  code: string,
  work: { matterCodes: string[]; usernames: string[]; pendingFilings: number },
  as: 'merged' | 'dissolved',
): string {
  const parts = [
    work.matterCodes.length > 0
      ? `open assignments on matters ${work.matterCodes.join(', ')} (re-route them first)`
      : '',
    work.usernames.length > 0 ? `active accounts ${work.usernames.join(', ')} (disable or move them first)` : '',
    work.pendingFilings > 0 ? `${work.pendingFilings} roster filing(s) awaiting 备案 (decide them first)` : '',
  ].filter((p) => p.length > 0);
  return `${dir.nameZh(code)} (${code}) still has ${parts.join('; ')}; it can be ${as} once none is left.`;
}
