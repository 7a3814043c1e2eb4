import { Result } from 'antd';

import { useI18n } from '../../i18n/i18n-context';

// The convener (leadership) calls an ad-hoc plenary or a meeting of some member units.
export function ConveneMeetingsPage() {
  const { t } = useI18n();
  return <Result status="info" title={t('meetingRecord.title')} />;
}
