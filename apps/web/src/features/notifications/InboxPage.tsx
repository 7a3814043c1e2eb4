import { CheckOutlined } from '@ant-design/icons';
import type { NotificationKind, NotificationView } from '@app/contracts';
import { App, Badge, Button, Card, Empty, List, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { notificationsApi } from '@web/api/endpoints';
import { formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { describeError } from '@web/shared/errors';
import { LoadError, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { announceNotificationsChanged } from './unread';

const PAGE_SIZE = 20;
const KINDS: readonly NotificationKind[] = [
  'assignment',
  'returned',
  'draft',
  'escalation',
  'instruction',
  'extension',
  'submitted',
  'rerouted',
  'closed',
  'cancelled',
];

// The person's inbox: notices to them and to their unit, newest first. `matterPath` says where a notice's
// matter opens (each area has its own matter page).
export function InboxPage({ matterPath }: { matterPath: (matterId: string) => string }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [kind, setKind] = useState<NotificationKind | 'all'>('all');
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState(false);
  const state = useAsync(
    () =>
      notificationsApi.list({
        unread: filter === 'unread' ? true : undefined,
        kind: kind === 'all' ? undefined : kind,
        page,
        pageSize: PAGE_SIZE,
      }),
    [filter, kind, page],
  );
  const kindLabel = (k: NotificationKind) => t(`inbox.kind.${k}`);

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
      // With a kind chosen, only that kind: the rest of the inbox stays as it is.
      await notificationsApi.markAllRead(kind === 'all' ? undefined : kind);
      void message.success(kind === 'all' ? t('inbox.allRead') : t('inbox.kindRead', { kind: kindLabel(kind) }));
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
          {kind === 'all' ? t('inbox.markAllRead') : t('inbox.markKindRead', { kind: kindLabel(kind) })}
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
        <Select<NotificationKind | 'all'>
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
          style={{ minWidth: 140 }}
          aria-label={t('inbox.kind')}
          options={[
            { value: 'all', label: t('inbox.kind.all') },
            ...KINDS.map((k) => ({ value: k, label: kindLabel(k) })),
          ]}
          data-testid="inbox-kind"
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
