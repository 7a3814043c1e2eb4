import { Drawer, Empty, Grid, List, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { formatDeadline } from '@web/shared/dates';
import type { ListMattersParams } from '@web/api/endpoints';
import { mattersApi } from '@web/api/endpoints';
import { useI18n } from '@web/i18n/i18n-context';
import { ErrorAlert, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { EscalationTag, LightBadge, MatterStatusTag } from '@web/features/matters/tags';
import { useUnitNames } from '@web/features/matters/useUnitNames';

export interface MatterListRequest {
  title: string;
  query: ListMattersParams;
}

// The matters behind a chart element or a meeting row; each leads to the read-only matter page.
export function MatterListDrawer({ request, onClose }: { request: MatterListRequest | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const narrow = !Grid.useBreakpoint().md;
  const key = request ? JSON.stringify(request.query) : '';
  const state = useAsync(
    () =>
      request
        ? mattersApi.list({ sort: 'dueDate', order: 'asc', pageSize: 100, ...request.query })
        : Promise.resolve(null),
    [key],
  );
  const page = state.data;
  return (
    <Drawer
      open={request !== null}
      onClose={onClose}
      title={request?.title}
      size={narrow ? '100%' : 560}
      destroyOnHidden
      data-testid="matter-list-drawer"
    >
      {state.loading && !page ? (
        <PageLoading />
      ) : state.error ? (
        <ErrorAlert error={state.error} />
      ) : !page || page.items.length === 0 ? (
        <Empty description={t('leadership.drawer.empty')} />
      ) : (
        <>
          {page.total > page.items.length ? (
            <Typography.Paragraph type="secondary">
              {t('leadership.drawer.more', { total: page.total, n: page.items.length })}
            </Typography.Paragraph>
          ) : null}
          <List
            dataSource={page.items}
            rowKey="id"
            renderItem={(m) => (
              <List.Item data-testid={`drawer-matter-${m.code}`}>
                <div style={{ width: '100%' }}>
                  <Link to={`/leadership/matters/${m.id}`}>
                    <Typography.Text strong style={{ color: 'inherit' }}>
                      {m.title}
                    </Typography.Text>
                  </Link>
                  <div style={{ marginTop: 4 }}>
                    <Space size={[8, 4]} wrap>
                      <Typography.Text type="secondary">{m.code}</Typography.Text>
                      <MatterStatusTag matter={m} />
                      <LightBadge light={m.light} />
                      {m.escalationLevel ? <EscalationTag level={m.escalationLevel} /> : null}
                    </Space>
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('matter.leadUnit')}：{unitName(m.leadUnitCode)} · {t('matter.dueDate')}：
                    {formatDeadline(m.effectiveDueDate ?? m.dueDate, lang)}
                  </Typography.Text>
                </div>
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
