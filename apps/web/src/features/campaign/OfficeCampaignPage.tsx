import { Result } from 'antd';

import { useI18n } from '../../i18n/i18n-context';

// The office starts the annual summary campaign and follows who has submitted and who is missing.
export function OfficeCampaignPage() {
  const { t } = useI18n();
  return <Result status="info" title={t('campaign.title')} />;
}
