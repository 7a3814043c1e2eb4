import { CheckOutlined } from '@ant-design/icons';
import type { NotificationView } from '@app/contracts';
import { App, Badge, Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { notificationsApi } from '../../api/endpoints';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { describeError } from '../../shared/errors';
import { LoadError, PageLoading } from '../../shared/states';
import { useAsync } from '../../shared/useAsync';
import { announceNotificationsChanged } from './unread';

const PAGE_SIZE = 20;

// The person's inbox: notices to them and to their unit, newest first. `matterPath` says where a notice's
// matter opens (each area has its own matter page).
export function InboxPage({ matterPath }: { matterPath: (matterId: string) => string }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState(false);
  const state = useAsync(
    () => notificationsApi.list({ unread: filter === 'unread' ? true : undefined, page, pageSize: PAGE_SIZE }),
    [filter, page],
  );

  const markRead = async (n: NotificationView) => {
    try {
      const unread = await notificationsApi.markRead(n.id);
      state.setData((prev) =>
        prev
          ? {
              ...prev,
              unread,
              items: prev.items.map((x) => (x.id === n.id ? { ...x, readAt: new Date().toISOString() } : x)),
            }
          : prev,
      );
      announceNotificationsChanged();
    } catch (err) {
      void message.error(describeError(t, err));
    }
  };

  const markAll = async () => {
    setBusy(true);
    try {
      await notificationsApi.markAllRead();
      void message.success(t('inbox.allRead'));
      announceNotificationsChanged();
      state.reload();
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setBusy(false);
    }
  };

  const data = state.data;
  const unreadTotal = data ? data.unread.mine + data.unread.unit : 0;

  return (
    <Card
      title={t('inbox.title')}
      extra={
        <Button
          icon={<CheckOutlined />}
          onClick={() => void markAll()}
          loading={busy}
          disabled={!data || unreadTotal === 0}
          data-testid="inbox-read-all"
        >
          {t('inbox.markAllRead')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<'all' | 'unread'>
          value={filter}
          onChange={(v) => {
            setFilter(v);
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('inbox.all') },
            { value: 'unread', label: t('inbox.unread') },
          ]}
          data-testid="inbox-filter"
        />
        {data ? (
          <>
            <Tag color={data.unread.mine ? 'red' : 'default'} data-testid="inbox-unread-mine">
              {t('inbox.unreadMine', { n: data.unread.mine })}
            </Tag>
            <Tag color={data.unread.unit ? 'orange' : 'default'} data-testid="inbox-unread-unit">
              {t('inbox.unreadUnit', { n: data.unread.unit })}
            </Tag>
          </>
        ) : null}
      </Space>
      {state.loading && !data ? (
        <PageLoading />
      ) : state.error || !data ? (
        <LoadError error={state.error} onRetry={state.reload} />
      ) : (
        <List
          data-testid="inbox-list"
          dataSource={data.items}
          rowKey="id"
          locale={{ emptyText: <Empty description={t('inbox.empty')} /> }}
          pagination={
            data.total > PAGE_SIZE
              ? { current: page, pageSize: PAGE_SIZE, total: data.total, onChange: setPage, size: 'small' }
              : false
          }
          renderItem={(n) => (
            <List.Item data-testid="notification-row" data-read={n.readAt ? 'true' : 'false'}>
              <div style={{ width: '100%' }}>
                <Typography.Text strong={!n.readAt}>
                  {n.readAt ? null : <Badge status="error" style={{ marginRight: 6 }} />}
                  {n.title}
                </Typography.Text>
                <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)', marginTop: 2 }}>
                  {formatDateTime(n.createdAt, lang)} · {n.audience === 'unit' ? t('inbox.toUnit') : t('inbox.toMe')}
                </div>
                <Typography.Paragraph
                  type="secondary"
                  style={{ whiteSpace: 'pre-wrap', margin: '6px 0' }}
                  ellipsis={{ rows: 3, expandable: true, symbol: '…' }}
                >
                  {n.body}
                </Typography.Paragraph>
                <Space wrap>
                  {n.matterId ? (
                    <Link to={matterPath(n.matterId)} data-testid="notification-matter">
                      {t('inbox.viewMatter')}
                    </Link>
                  ) : null}
                  {n.readAt ? (
                    <Typography.Text type="secondary">{t('inbox.read')}</Typography.Text>
                  ) : (
                    <Button size="small" onClick={() => void markRead(n)} data-testid="notification-mark-read">
                      {t('inbox.markRead')}
                    </Button>
                  )}
                </Space>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
