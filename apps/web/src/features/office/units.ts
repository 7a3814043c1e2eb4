import { useEffect, useState } from 'react';

import type { UnitView } from '../../api/endpoints';
import { referenceApi } from '../../api/endpoints';
import type { Lang } from '../../i18n/i18n-context';

export interface UnitOption {
  value: string;
  label: string;
  // What a search matches: both names and the code, so 区司法局 finds the unit in either language.
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
  return units
    .filter((u) => !exclude.includes(u.code))
    .map((u) => ({
      value: u.code,
      label: lang === 'zh' ? u.nameZh : u.nameEn,
      search: `${u.nameZh} ${u.nameEn} ${u.code}`,
    }));
}

// Search props shared by every unit select: type a name, press Enter.
export const UNIT_SEARCH = { optionFilterProp: ['label', 'search'] };

// Finds a unit by what someone typed or pasted: its code, its exact name, or a name that contains the text.
export function findUnit(units: readonly UnitView[], text: string): UnitView | undefined {
  const s = text.trim();
  if (!s) {
    return undefined;
  }
  return (
    units.find((u) => u.code === s || u.nameZh === s || u.nameEn.toLowerCase() === s.toLowerCase()) ??
    units.find((u) => u.nameZh.includes(s) || s.includes(u.nameZh.replace(/〔.*〕|（.*）/g, '')))
  );
}
