import { useEffect, useState } from 'react';

import type { UnitView } from '@web/api/endpoints';
import { referenceApi } from '@web/api/endpoints';
import type { Lang } from '@web/i18n/i18n-context';
import { resolveUnit, unitSearchText } from './unitMatch';

export interface UnitOption {
  value: string;
  label: string;
  // What a search matches: both names, the code, short names, aliases and pinyin initials (市场监管, scj).
  search: string;
}

// The 21 member units in their statutory order; cached per page load by referenceApi.
export function useUnitList(): { units: UnitView[]; loading: boolean; error: unknown } {
  const [state, setState] = useState<{ units: UnitView[]; loading: boolean; error: unknown }>({
    units: [],
    loading: true,
    error: null,
  });
  useEffect(() => {
    let live = true;
    referenceApi.units().then(
      (units) =>
        live && setState({ units: [...units].sort((a, b) => a.ordinal - b.ordinal), loading: false, error: null }),
      (error: unknown) => live && setState({ units: [], loading: false, error }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

// Select options for units: the label is the unit's name (Chinese in the Chinese console).
export function unitOptions(units: readonly UnitView[], lang: Lang, exclude: readonly string[] = []): UnitOption[] {
  // Only the units that take work: a unit merged away is offered nowhere (its past matters keep it).
  return units
    .filter((u) => u.status === 'active' && !exclude.includes(u.code))
    .map((u) => ({
      value: u.code,
      label: lang === 'zh' ? u.nameZh : u.nameEn,
      search: unitSearchText(u),
    }));
}

// Search props shared by every unit select: type a name, press Enter.
export const UNIT_SEARCH = { optionFilterProp: ['label', 'search'] };

// Finds a unit by what someone typed or pasted: its code, its exact name or alias, or a name or alias that
// contains the text or that the text contains (unitMatch.ts).
export function findUnit(units: readonly UnitView[], text: string): UnitView | undefined {
  return resolveUnit(units, text);
}
