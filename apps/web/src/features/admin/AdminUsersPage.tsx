import type { AuthUserView } from '@app/contracts';
import { Card, List, Space, Tag, Typography } from 'antd';

import { usersApi } from '@web/api/endpoints';
import { useI18n } from '@web/i18n/i18n-context';
import { LoadError, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { useUnitNames } from '@web/features/matters/useUnitNames';

// The administrator's first page: every account with its roles and unit (GET /api/users).
export function AdminUsersPage() {
  const { t } = useI18n();
  const unitName = useUnitNames();
  const state = useAsync(() => usersApi.list(), []);

  return (
    <Card
      title={<span data-testid="page-title">{t('admin.title')}</span>}
      extra={
        state.data ? (
          <Typography.Text type="secondary">{t('admin.total', { n: state.data.length })}</Typography.Text>
        ) : null
      }
    >
      {state.loading && !state.data ? (
        <PageLoading />
      ) : state.error || !state.data ? (
        <LoadError error={state.error} onRetry={state.reload} />
      ) : (
        <List<AuthUserView>
          dataSource={state.data}
          rowKey="id"
          renderItem={(u) => (
            <List.Item data-testid="user-row">
              <div style={{ width: '100%' }}>
                <Space size={[8, 4]} wrap>
                  <Typography.Text strong>{u.displayName}</Typography.Text>
                  <Typography.Text type="secondary">{u.username}</Typography.Text>
                  {u.isDemo ? <Tag>{t('admin.demo')}</Tag> : null}
                  <Tag color={u.disabled ? 'default' : 'green'}>
                    {u.disabled ? t('admin.disabled') : t('admin.enabled')}
                  </Tag>
                </Space>
                <div style={{ marginTop: 4 }}>
                  <Space size={[4, 4]} wrap>
                    {u.roles.map((r) => (
                      <Tag key={r} color="blue">
                        {t(`role.${r}`)}
                      </Tag>
                    ))}
                    {u.unitCode ? <Typography.Text type="secondary">{unitName(u.unitCode)}</Typography.Text> : null}
                  </Space>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
