import type { HeldCapacity } from '@app/contracts';
import { Select } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';

import { useAuth } from '@web/auth/auth-context';
import { areaOfCapacity } from '@web/auth/capacity';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { useI18n } from '@web/i18n/i18n-context';
import { AREAS } from './areas';

// A capacity's name: the unit's own name (区市场监督管理局), or 联席办 / 联席会议领导 / 系统管理员.
export function useCapacityName(): (c: HeldCapacity) => string {
  const { t } = useI18n();
  const unitName = useUnitNames();
  return useCallback(
    (c: HeldCapacity) =>
      c.role === 'unit'
        ? unitName(c.unitCode)
        : t(
            c.role === 'office'
              ? 'capacity.office'
              : c.role === 'leadership'
                ? 'capacity.leadership'
                : 'capacity.admin',
          ),
    [t, unitName],
  );
}

// The header's switch for a person holding several capacities (以区市场监督管理局身份 / 以联席办身份): the choice is
// remembered for the person, sent on every API call, and takes them to that capacity's home. Nothing for a person
// with a single capacity. A select, not a segmented control: it fits beside the office's long navigation at every
// width.
export function CapacitySwitch() {
  const { t } = useI18n();
  const { capacity, capacities, switchCapacity } = useAuth();
  const navigate = useNavigate();
  const nameOf = useCapacityName();
  if (capacities.length < 2 || !capacity) {
    return null;
  }
  const choose = (next: string): void => {
    const held = capacities.find((c) => c.capacity === next);
    if (held && next !== capacity.capacity) {
      switchCapacity(next);
      void navigate(AREAS[areaOfCapacity(held)].path);
    }
  };
  const options = capacities.map((c) => ({
    value: c.capacity,
    label: <span data-testid={`capacity-option-${c.capacity}`}>{t('capacity.actAs', { name: nameOf(c) })}</span>,
  }));
  return (
    <span data-testid="capacity-switch" data-capacity={capacity.capacity} title={t('capacity.label')}>
      <Select
        size="small"
        value={capacity.capacity}
        options={options}
        onChange={choose}
        aria-label={t('capacity.label')}
        popupMatchSelectWidth={false}
      />
    </span>
  );
}
