import { Spin } from 'antd';

import { useI18n } from '@web/i18n/i18n-context';

export function PageLoading() {
  const { t } = useI18n();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} data-testid="loading">
      <Spin size="large" />
      <div style={{ marginTop: 12, color: 'rgba(0,0,0,0.45)' }}>{t('common.loading')}</div>
    </div>
  );
}
