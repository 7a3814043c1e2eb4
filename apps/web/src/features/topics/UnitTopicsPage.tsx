import { Result } from 'antd';

import { useI18n } from '../../i18n/i18n-context';

// A member unit proposes topics (议题) for the conference and follows their fate.
export function UnitTopicsPage() {
  const { t } = useI18n();
  return <Result status="info" title={t('topics.title')} />;
}
