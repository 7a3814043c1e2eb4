import { Card, Typography } from 'antd';

import { useI18n } from '../../i18n/i18n-context';

// Placeholder for the office console (联席办): the office engineers replace it and add their routes in
// src/app/routes.tsx under /office.
export function OfficeHome() {
  const { t } = useI18n();
  return (
    <Card>
      <Typography.Title level={3} data-testid="page-title">
        {t('office.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('office.placeholder')}</Typography.Paragraph>
    </Card>
  );
}
