import { Card, Typography } from 'antd';

import { useI18n } from '../../i18n/i18n-context';

// Placeholder for the leadership dashboard (领导驾驶舱): GET /api/supervision/summary gives it in one call.
export function LeadershipHome() {
  const { t } = useI18n();
  return (
    <Card>
      <Typography.Title level={3} data-testid="page-title">
        {t('leadership.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('leadership.placeholder')}</Typography.Paragraph>
    </Card>
  );
}
