import { App, Button, Card, Result, Space, Typography } from 'antd';
import { useState } from 'react';

import { rosterApi } from '@web/api/roster';
import { useUser } from '@web/auth/auth-context';
import { useI18n } from '@web/i18n/i18n-context';
import { LoadError } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { CurrentSeats, FileChangeDialog, RosterTable, UNIT_KINDS, unitSeats } from './RosterParts';

// 本单位名册 (a unit): who holds its seats now, its filings awaiting the office, every change; and 报备.
export function UnitRosterPage() {
  const { t } = useI18n();
  const user = useUser();
  if (!user.unitCode) {
    return <Result status="warning" title={t('unit.noUnit')} />;
  }
  return <UnitRoster unitCode={user.unitCode} />;
}

function UnitRoster({ unitCode }: { unitCode: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [filing, setFiling] = useState(false);
  const roster = useAsync(() => rosterApi.unit(unitCode), [unitCode]);
  return (
    <Card
      title={<span data-testid="page-title">{t('roster.unitTitle')}</span>}
      extra={
        <Button type="primary" onClick={() => setFiling(true)} data-testid="roster-file">
          {t('roster.file')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('roster.hint')}</Typography.Paragraph>
      {roster.error ? <LoadError error={roster.error} onRetry={roster.reload} /> : null}
      {roster.data ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <CurrentSeats seats={unitSeats(roster.data)} />
          <Typography.Title level={5}>{t('roster.pending')}</Typography.Title>
          {roster.data.pending.length > 0 ? (
            <RosterTable entries={roster.data.pending} testId="roster-pending" />
          ) : (
            <Typography.Text type="secondary">{t('roster.noPending')}</Typography.Text>
          )}
          <Typography.Title level={5}>{t('roster.history')}</Typography.Title>
          <RosterTable entries={roster.data.history} testId="roster-history" />
        </Space>
      ) : null}
      <FileChangeDialog
        open={filing}
        kinds={UNIT_KINDS}
        title={t('roster.file')}
        onClose={() => setFiling(false)}
        onFile={async (change) => {
          await rosterApi.file(unitCode, change);
          void message.success(t('roster.filed'));
          setFiling(false);
          roster.reload();
        }}
      />
    </Card>
  );
}
