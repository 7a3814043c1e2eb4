import type { MemberUnitSeed } from './member-unit.types';
import { MEMBER_UNITS } from './member-units.data';

const BY_CODE = new Map(MEMBER_UNITS.map((u) => [u.code, u]));

// One of the 21 units compiled in from the 2023 rules. Since units are data (unit-directory.ts) only the seed and
// the runs of a matter recorded before the units-as-data-v1 patch ask this; everything else asks the directory.
export function isMemberUnitCode(code: string): boolean {
  return BY_CODE.has(code);
}

export function findMemberUnit(code: string): MemberUnitSeed | undefined {
  return BY_CODE.get(code);
}

// A unit's reference fields as the member_units table stores them and the API answers them (its aliases are the
// office's to edit, kept apart): the seed writes these, the units' responses read them back.
export type MemberUnitReference = Omit<MemberUnitSeed, 'aliases' | 'dutyKeywords'> & { dutyKeywords: string[] };

export function unitReferenceOf(u: Omit<MemberUnitSeed, 'aliases'>): MemberUnitReference {
  return {
    code: u.code,
    ordinal: u.ordinal,
    nameZh: u.nameZh,
    nameEn: u.nameEn,
    isLeadUnit: u.isLeadUnit,
    dutyZh: u.dutyZh,
    dutyKeywords: [...u.dutyKeywords],
  };
}

export interface LeadUnitSuggestion {
  code: string;
  score: number;
  matched: string[];
}

// Suggests lead units for a matter from the duty texts of section 二: each duty keyword found in the
// matter's title or description scores its length (longer keywords are more specific).
export function suggestLeadUnits(
  text: string,
  limit = 3,
  units: readonly Pick<MemberUnitSeed, 'code' | 'dutyKeywords'>[] = MEMBER_UNITS,
): LeadUnitSuggestion[] {
  const suggestions: LeadUnitSuggestion[] = [];
  for (const unit of units) {
    const matched = unit.dutyKeywords.filter((k) => text.includes(k));
    if (matched.length > 0) {
      suggestions.push({ code: unit.code, score: matched.reduce((n, k) => n + k.length, 0), matched });
    }
  }
  return suggestions.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code)).slice(0, limit);
}
