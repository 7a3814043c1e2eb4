import { useCallback, useEffect, useState } from 'react';

import type { UnitView } from '@web/api/endpoints';
import { referenceApi } from '@web/api/endpoints';
import { useI18n } from '@web/i18n/i18n-context';

// Unit code → its name in the current language; falls back to the code while the list loads (or if it fails).
export function useUnitNames(): (code: string | null | undefined) => string {
  const { lang } = useI18n();
  const [units, setUnits] = useState<Map<string, UnitView>>(new Map());

  useEffect(() => {
    let live = true;
    referenceApi.units().then(
      (list) => live && setUnits(new Map(list.map((u) => [u.code, u]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  return useCallback(
    (code) => {
      if (!code) {
        return '—';
      }
      const unit = units.get(code);
      return unit ? (lang === 'zh' ? unit.nameZh : unit.nameEn) : code;
    },
    [units, lang],
  );
}
