import type { SelectProps } from 'antd';
import { Select } from 'antd';

import type { UnitView } from '@web/api/endpoints';
import { useI18n } from '@web/i18n/i18n-context';
import type { UnitOption } from './units';
import { UNIT_SEARCH, unitOptions } from './units';

// A choice of member units by their names in the console's language, searched as unitOptions says; `exclude`
// leaves out the units that may not be chosen here (the lead unit among its co-units); `past` offers merged and
// dissolved units too (a filter of past work).
export function UnitSelect<V = string>({
  units,
  exclude,
  past,
  ...select
}: Omit<SelectProps<V, UnitOption>, 'options' | 'showSearch'> & {
  units: readonly UnitView[];
  exclude?: readonly string[];
  past?: boolean;
}) {
  const { lang } = useI18n();
  return (
    <Select<V, UnitOption> showSearch={UNIT_SEARCH} options={unitOptions(units, lang, exclude, { past })} {...select} />
  );
}
