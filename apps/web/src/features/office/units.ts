import { useEffect, useState } from 'react';

import type { UnitView } from '@web/api/endpoints';
import { referenceApi } from '@web/api/endpoints';
import { resolveUnit } from './unitMatch';

// The unit pickers' options live beside the search (free of console imports, so that the unit tier tests them).
export type { UnitOption } from './unitMatch';
export { unitOptions } from './unitMatch';

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

// Search props shared by every unit select: type a name, press Enter.
export const UNIT_SEARCH = { optionFilterProp: ['label', 'search'] };

// Finds a unit by what someone typed or pasted: its code, its exact name or alias, or a name or alias that
// contains the text or that the text contains (unitMatch.ts).
export function findUnit(units: readonly UnitView[], text: string): UnitView | undefined {
  return resolveUnit(units, text);
}
