import { Result } from 'antd';

import { useI18n } from '../../i18n/i18n-context';

// The office reviews filings, returns them for more, and selects information items for a briefing.
export function OfficeFilingsPage() {
  const { t } = useI18n();
  return <Result status="info" title={t('filings.title')} />;
}
