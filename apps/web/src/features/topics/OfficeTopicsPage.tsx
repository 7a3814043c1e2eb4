import { Result } from 'antd';

import { useI18n } from '../../i18n/i18n-context';

// The office accepts proposed topics onto a meeting agenda, defers or declines them.
export function OfficeTopicsPage() {
  const { t } = useI18n();
  return <Result status="info" title={t('topics.title')} />;
}
