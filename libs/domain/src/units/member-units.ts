import type { MemberUnitSeed } from './member-unit.types';
import { MEMBER_UNITS } from './member-units.data';

const BY_CODE = new Map(MEMBER_UNITS.map((u) => [u.code, u]));

export function isMemberUnitCode(code: string): boolean {
  return BY_CODE.has(code);
}

export function findMemberUnit(code: string): MemberUnitSeed | undefined {
  return BY_CODE.get(code);
}

export interface LeadUnitSuggestion {
  code: string;
  score: number;
  matched: string[];
}

// Suggests lead units for a matter from the duty texts of section 二: each duty keyword found in the
// matter's title or description scores its length (longer keywords are more specific).
export function suggestLeadUnits(text: string, limit = 3): LeadUnitSuggestion[] {
  const suggestions: LeadUnitSuggestion[] = [];
  for (const unit of MEMBER_UNITS) {
    const matched = unit.dutyKeywords.filter((k) => text.includes(k));
    if (matched.length > 0) {
      suggestions.push({ code: unit.code, score: matched.reduce((n, k) => n + k.length, 0), matched });
    }
  }
  return suggestions.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code)).slice(0, limit);
}
