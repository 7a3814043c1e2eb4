import type { UnitStatus } from '@app/contracts';
import { UNIT_STATUSES } from '@app/contracts';
import type { DirectoryUnit, FormerUnitName } from '@app/domain';
import { UnitDirectory } from '@app/domain';

import type { MemberUnitEntity, MemberUnitNameEntity } from '../entities';
import type { UnitRepository } from '../repositories/unit.repository';
import { RevisionCache } from '../revision-cache';

// An unknown status in the table reads as dissolved: such a unit takes no work rather than all of it.
const statusOf = (value: string): UnitStatus =>
  (UNIT_STATUSES as readonly string[]).includes(value) ? (value as UnitStatus) : 'dissolved';

export function toDirectoryUnit(row: MemberUnitEntity, former: readonly MemberUnitNameEntity[]): DirectoryUnit {
  return {
    code: row.code,
    ordinal: row.ordinal,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    isLeadUnit: row.isLeadUnit,
    dutyZh: row.dutyZh,
    dutyKeywords: row.dutyKeywords,
    status: statusOf(row.status),
    mergedInto: row.mergedInto,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    nameSince: row.nameSince,
    formerNames: former.map((n): FormerUnitName => ({
      nameZh: n.nameZh,
      nameEn: n.nameEn,
      validFrom: n.validFrom,
      validTo: n.validTo,
      reason: n.reason,
    })),
  };
}

// The member units as stored now, for the API and the worker alike. Every load asks the table's revision (one
// aggregate SELECT), so a rename, merge or addition made through any API process is seen by the next request or
// activity; the tables are read and the directory rebuilt only when the revision moved.
export class UnitDirectoryLoader {
  private readonly cache: RevisionCache<UnitDirectory>;

  constructor(private readonly units: UnitRepository) {
    this.cache = new RevisionCache(
      () => units.revision(),
      () => this.read(),
    );
  }

  load(): Promise<UnitDirectory> {
    return this.cache.get();
  }

  private async read(): Promise<UnitDirectory> {
    const [rows, names] = await Promise.all([this.units.listAll(), this.units.listFormerNames()]);
    const byUnit = new Map<string, MemberUnitNameEntity[]>();
    for (const n of names) {
      byUnit.set(n.unitCode, [...(byUnit.get(n.unitCode) ?? []), n]);
    }
    return new UnitDirectory(rows.map((r) => toDirectoryUnit(r, byUnit.get(r.code) ?? [])));
  }
}
