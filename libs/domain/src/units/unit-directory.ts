import type { FormerUnitNameView, UnitView } from '@app/contracts';
import { ErrorCode } from '@app/contracts';

import type { MemberUnitSeed } from './member-unit.types';
import { MEMBER_UNITS } from './member-units.data';
import type { LeadUnitSuggestion } from './member-units';
import { suggestLeadUnits, unitReferenceOf } from './member-units';

// Units as data (issue 12): the member units are rows the office renames, merges or adds after a reorganisation
// (机构改革). A unit's code is its identifier for good: past matters, figures and accounts keep it; what changes is
// its name (the former ones kept with their dates) and its status.
// (UnitStatus and the former names' shape are the contracts': the console reads them too.)
export type FormerUnitName = FormerUnitNameView;

// A unit as the directory holds it: the reference fields the API answers with (its aliases aside).
export type DirectoryUnit = Omit<UnitView, 'aliases' | 'initials' | 'dutyKeywords' | 'formerNames'> & {
  dutyKeywords: readonly string[];
  // Oldest first.
  formerNames: readonly FormerUnitName[];
};

// A unit code: lower-case letters and digits in dash-separated words, starting with a letter ("justice",
// "market-regulation", "data-bureau-2"). The workflow checks only this form: whether the unit exists and takes work
// is the directory's question, asked by the API before a command goes out.
export const UNIT_CODE_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const UNIT_CODE_MAX = 64;

// (A command's field may hold anything a client sent: the type is checked too.)
export function isUnitCodeForm(code: string): boolean {
  return typeof code === 'string' && code.length <= UNIT_CODE_MAX && UNIT_CODE_PATTERN.test(code);
}

// Why a unit may not take new work (be dispatched to, re-routed to, take over the lead, get an account): a stable
// code and a message naming what to do instead. Undefined: it may.
export interface UnitRefusal {
  code: ErrorCode.UnitNotFound | ErrorCode.UnitMerged | ErrorCode.UnitDissolved;
  message: string;
}

// Anything that names units by their code: the directory, or a fixed map in a test.
export interface UnitNames {
  nameZh(code: string): string;
}

export class UnitDirectory implements UnitNames {
  private readonly byCode: ReadonlyMap<string, DirectoryUnit>;

  constructor(units: readonly DirectoryUnit[]) {
    this.byCode = new Map([...units].sort((a, b) => a.ordinal - b.ordinal).map((u) => [u.code, u]));
  }

  // The 21 units as the 2023 rules name them, all active: where no table is at hand (pure tests).
  static fromSeed(seed: readonly MemberUnitSeed[] = MEMBER_UNITS): UnitDirectory {
    return new UnitDirectory(seed.map(seedUnit));
  }

  // In ordinal order, merged and dissolved ones included (past figures keep them).
  all(): DirectoryUnit[] {
    return [...this.byCode.values()];
  }

  active(): DirectoryUnit[] {
    return this.all().filter((u) => u.status === 'active');
  }

  find(code: string): DirectoryUnit | undefined {
    return this.byCode.get(code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  isActive(code: string): boolean {
    return this.byCode.get(code)?.status === 'active';
  }

  // The current name; the code itself for a code the directory does not know.
  nameZh(code: string): string {
    return this.byCode.get(code)?.nameZh ?? code;
  }

  // The name with what became of the unit: 区统计局（已并入区发展和改革局）, 区地方志办公室（已撤销）.
  labelZh(code: string): string {
    const u = this.byCode.get(code);
    if (!u) {
      return code;
    }
    if (u.status === 'merged') {
      return `${u.nameZh}（已并入${u.mergedInto ? this.nameZh(u.mergedInto) : '其他单位'}）`;
    }
    return u.status === 'dissolved' ? `${u.nameZh}（已撤销）` : u.nameZh;
  }

  // The name in use on a day (YYYY-MM-DD): a paper of a past year names the unit as it was called then.
  nameZhOn(code: string, date: string): string {
    const u = this.byCode.get(code);
    if (!u) {
      return code;
    }
    const former = u.formerNames.find((n) => (n.validFrom === null || n.validFrom <= date) && date < n.validTo);
    return former?.nameZh ?? u.nameZh;
  }

  ordinalOf(code: string): number {
    return this.byCode.get(code)?.ordinal ?? Number.MAX_SAFE_INTEGER;
  }

  // Whether a unit may take new work (see UnitRefusal).
  refusalFor(code: string): UnitRefusal | undefined {
    const u = this.byCode.get(code);
    if (!u) {
      return { code: ErrorCode.UnitNotFound, message: `No member unit has the code "${code}".` };
    }
    if (u.status === 'merged') {
      const into = u.mergedInto ? this.byCode.get(u.mergedInto) : undefined;
      return {
        code: ErrorCode.UnitMerged,
        message:
          `${u.nameZh} (${code}) was merged into ${into ? `${into.nameZh} (${into.code})` : 'another unit'}` +
          `${u.effectiveTo ? ` on ${u.effectiveTo}` : ''} and takes no new work: name ${into?.code ?? 'that unit'} instead.`,
      };
    }
    if (u.status === 'dissolved') {
      return {
        code: ErrorCode.UnitDissolved,
        message: `${u.nameZh} (${code}) was dissolved${u.effectiveTo ? ` on ${u.effectiveTo}` : ''} and takes no new work.`,
      };
    }
    return undefined;
  }

  // Lead-unit suggestions from the duty texts of the units that take work.
  suggestLead(text: string, limit = 3): LeadUnitSuggestion[] {
    return suggestLeadUnits(text, limit, this.active());
  }
}

function seedUnit(u: MemberUnitSeed): DirectoryUnit {
  return {
    ...unitReferenceOf(u),
    status: 'active',
    mergedInto: null,
    effectiveFrom: null,
    effectiveTo: null,
    nameSince: null,
    formerNames: [],
  };
}
