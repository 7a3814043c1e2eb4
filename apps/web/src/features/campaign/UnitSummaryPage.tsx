import { Result } from 'antd';

import { useI18n } from '../../i18n/i18n-context';

// A member unit's annual work summary (年度工作总结): write, submit, revise when returned.
export function UnitSummaryPage() {
  const { t } = useI18n();
  return <Result status="info" title={t('campaign.title')} />;
}
