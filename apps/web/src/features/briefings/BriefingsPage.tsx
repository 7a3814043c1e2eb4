import { Result } from 'antd';

import { useI18n } from '../../i18n/i18n-context';

// Work briefings (工作简报): the office compiles and publishes issues; units and leadership read the published ones.
export function BriefingsPage() {
  const { t } = useI18n();
  return <Result status="info" title={t('briefings.title')} />;
}
