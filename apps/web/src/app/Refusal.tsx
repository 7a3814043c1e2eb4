import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

import { useAuth } from '@web/auth/auth-context';
import { areaOfCapacity } from '@web/auth/capacity';
import { useI18n } from '@web/i18n/i18n-context';
import type { AreaId } from './areas';
import { useCapacityName } from './CapacitySwitch';

// 403 / 404 with the way home. Its own chunk: antd's Result carries large illustrations the login page never shows.
export function Refusal({ status }: { status: '403' | '404' }) {
  const { t } = useI18n();
  return (
    <Result
      status={status}
      title={status === '403' ? t('common.forbidden') : t('common.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}

// A page of an area the person may enter in another capacity they hold: offered the switch to it, not a bare 403.
export function SwitchToArea({ area }: { area: AreaId }) {
  const { capacities, switchCapacity } = useAuth();
  const { t } = useI18n();
  const nameOf = useCapacityName();
  const other = capacities.find((c) => areaOfCapacity(c) === area);
  if (!other) {
    return <Refusal status="403" />;
  }
  return (
    <Result
      status="403"
      title={t('capacity.otherArea', { name: nameOf(other) })}
      extra={
        <Button type="primary" data-testid="capacity-switch-here" onClick={() => switchCapacity(other.capacity)}>
          {t('capacity.actAs', { name: nameOf(other) })}
        </Button>
      }
    />
  );
}
