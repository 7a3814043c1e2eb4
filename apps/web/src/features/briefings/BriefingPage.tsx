import { Result } from 'antd';

import { useI18n } from '../../i18n/i18n-context';

// One issue (第N期): edit and publish (office), read and export (everyone who may read it).
export function BriefingPage() {
  const { t } = useI18n();
  return <Result status="info" title={t('briefings.title')} />;
}
