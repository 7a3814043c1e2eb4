import type { MatterDetail } from '@app/contracts';
import { Alert, Card, Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';

import { isOpenMatter } from '@web/features/matters/constants';
import { EscalationTag, LightBadge, MatterStatusTag, PriorityTag } from '@web/features/matters/tags';
import { formatDay } from '@web/shared/dates';
import { RefreshButton } from '@web/shared/RefreshButton';
import { useI18n } from '@web/i18n/i18n-context';

// The top of every matter page: code, status, priority, light and level, the title, what waits on someone, and the
// page's action bar.
export function MatterHeader(props: {
  matter: MatterDetail;
  refresh: { onClick: () => void; loading: boolean };
  children: ReactNode;
}) {
  const { matter, refresh } = props;
  const { t, lang } = useI18n();
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Space size={[8, 4]} wrap>
          <Typography.Text type="secondary" data-testid="matter-code">
            {matter.code}
          </Typography.Text>
          <span data-testid="matter-status" data-status={matter.status}>
            <MatterStatusTag matter={matter} />
          </span>
          <PriorityTag priority={matter.priority} />
          {isOpenMatter(matter) && matter.light !== 'none' ? (
            <span data-testid="matter-light" data-light={matter.light}>
              <LightBadge light={matter.light} />
            </span>
          ) : null}
          {matter.escalationLevel ? <EscalationTag level={matter.escalationLevel} /> : null}
          <Tooltip title={t('common.refresh')}>
            <RefreshButton
              size="small"
              type="text"
              onClick={refresh.onClick}
              loading={refresh.loading}
              data-testid="matter-refresh"
            />
          </Tooltip>
        </Space>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="matter-title">
          {matter.title}
        </Typography.Title>
        {matter.pendingExtension ? (
          <Alert
            type="info"
            showIcon
            title={t('matter.pendingExtension', { date: formatDay(matter.pendingExtension.requestedDueDate, lang) })}
          />
        ) : null}
        {matter.cancelReason ? (
          <Alert type="warning" showIcon title={t('matter.cancelReason', { text: matter.cancelReason })} />
        ) : null}
        {props.children}
      </Space>
    </Card>
  );
}
