import { Result } from 'antd';

import { useI18n } from '../../i18n/i18n-context';

// A member unit files major matters (重大事项抄送) and information items (信息报送), and resubmits returned ones.
export function UnitFilingsPage() {
  const { t } = useI18n();
  return <Result status="info" title={t('filings.title')} />;
}
