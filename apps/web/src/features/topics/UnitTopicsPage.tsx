import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { TopicView } from '@app/contracts';
import type { TableProps } from 'antd';
import { Alert, Button, Card, Empty, Grid, Space, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';

import { topicsApi } from '../../api/conference';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { ResultBanner } from '../../shared/ResultBanner';
import { LoadError } from '../../shared/states';
import { useAsync } from '../../shared/useAsync';
import { ProposeTopicDialog } from './ProposeTopicDialog';
import { TopicDrawer } from './TopicDrawer';
import { meetingKindLabel, placementOf, TopicStatusTag, TopicTitleCell, useMeetings } from './topicShared';

// The API's largest page: a unit proposes a handful of topics a year.
const FETCH_SIZE = 200;

// A member unit proposes topics (议题) for the conference and follows their fate.
export function UnitTopicsPage() {
  const { t, lang } = useI18n();
  const meetings = useMeetings();
  const narrow = !Grid.useBreakpoint().sm;
  const state = useAsync(() => topicsApi.list({ pageSize: FETCH_SIZE }), []);
  const [proposing, setProposing] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [drawerTick, setDrawerTick] = useState(0);
  const [submitted, setSubmitted] = useState<TopicView | null>(null);

  const refresh = () => {
    state.reload();
    meetings.reload();
    setDrawerTick((n) => n + 1);
  };

  const columns: TableProps<TopicView>['columns'] = [
    {
      key: 'title',
      title: t('topics.col.title'),
      render: (_, topic) => <TopicTitleCell topic={topic} narrow={narrow} onOpen={() => setOpenId(topic.id)} />,
    },
    {
      key: 'status',
      title: t('topics.col.status'),
      width: 120,
      responsive: ['sm'],
      render: (_, topic) => <TopicStatusTag status={topic.status} />,
    },
    {
      key: 'kind',
      title: t('topics.col.desiredKind'),
      width: 130,
      responsive: ['md'],
      render: (_, topic) => meetingKindLabel(t, topic.desiredMeetingKind),
    },
    {
      key: 'proposedAt',
      title: t('topics.col.proposedAt'),
      width: 170,
      responsive: ['sm'],
      render: (_, topic) => formatDateTime(topic.proposedAt, lang),
    },
    {
      key: 'note',
      title: t('topics.col.decisionNote'),
      responsive: ['lg'],
      render: (_, topic) => (
        <span data-testid="topic-note" style={{ whiteSpace: 'pre-wrap' }}>
          {topic.decisionNote ?? '—'}
        </span>
      ),
    },
    {
      key: 'meeting',
      title: t('topics.col.meeting'),
      width: 260,
      responsive: ['md'],
      render: (_, topic) => <span data-testid="topic-meeting">{placementOf(t, topic, meetings.nameOf)}</span>,
    },
  ];

  const items = state.data?.items ?? [];
  const proposeButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)} data-testid="topic-propose">
      {t('topics.propose')}
    </Button>
  );

  return (
    <Card
      title={<span data-testid="page-title">{t('topics.unit.title')}</span>}
      extra={
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={refresh} loading={state.loading} data-testid="topics-refresh">
            {t('common.refresh')}
          </Button>
          {proposeButton}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('topics.unit.intro')}</Typography.Paragraph>
      {submitted ? (
        <ResultBanner
          testId="topic-submitted"
          title={t('topics.proposed', { title: submitted.title, status: t(`topics.status.${submitted.status}`) })}
          onClose={() => setSubmitted(null)}
        />
      ) : null}
      {state.data && state.data.total > items.length ? (
        <Alert type="info" style={{ marginBottom: 12 }} title={t('topics.truncated', { n: items.length })} />
      ) : null}
      {state.error && !state.loading ? (
        <LoadError error={state.error} onRetry={state.reload} />
      ) : (
        <Table<TopicView>
          rowKey="id"
          size="middle"
          data-testid="topic-table"
          columns={columns}
          dataSource={items}
          loading={state.loading}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{
            emptyText: state.loading ? (
              ' '
            ) : (
              <Empty description={t('topics.empty.unit')} data-testid="topics-empty">
                <Typography.Paragraph type="secondary">{t('topics.empty.unitHint')}</Typography.Paragraph>
                {proposeButton}
              </Empty>
            ),
          }}
          onRow={(topic) =>
            ({
              'data-testid': 'topic-row',
              'data-topic-id': topic.id,
              'data-status': topic.status,
            }) as HTMLAttributes<HTMLElement>
          }
        />
      )}
      {proposing ? (
        <ProposeTopicDialog
          onClose={() => setProposing(false)}
          onDone={(topic) => {
            setProposing(false);
            setSubmitted(topic);
            state.reload();
          }}
        />
      ) : null}
      <TopicDrawer
        topicId={openId}
        reloadKey={drawerTick}
        meetingName={meetings.nameOf}
        onClose={() => setOpenId(null)}
      />
    </Card>
  );
}
