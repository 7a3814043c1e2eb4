import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { TopicView } from '@app/contracts';
import type { TableProps } from 'antd';
import { Button, Card, Empty, Grid, Space, Typography } from 'antd';
import { useState } from 'react';

import { topicsApi } from '@web/api/conference';
import { useI18n } from '@web/i18n/i18n-context';
import { ResultBanner } from '@web/shared/ResultBanner';
import { useAsync } from '@web/shared/useAsync';
import { ProposeTopicDialog } from './ProposeTopicDialog';
import { TopicDrawer, useTopicDrawer } from './TopicDrawer';
import { placementOf, TruncatedNotice, useMeetings, TopicTable, useTopicColumns } from './topicShared';

// The API's largest page: a unit proposes a handful of topics a year.
const FETCH_SIZE = 200;

// A member unit proposes topics (议题) for the conference and follows their fate.
export function UnitTopicsPage() {
  const { t } = useI18n();
  const meetings = useMeetings();
  const narrow = !Grid.useBreakpoint().sm;
  const state = useAsync(() => topicsApi.list({ pageSize: FETCH_SIZE }), []);
  const [proposing, setProposing] = useState(false);
  const drawer = useTopicDrawer();
  const [submitted, setSubmitted] = useState<TopicView | null>(null);

  const refresh = () => {
    state.reload();
    meetings.reload();
    drawer.reload();
  };

  const c = useTopicColumns({ narrow, onOpen: drawer.open });
  const columns: TableProps<TopicView>['columns'] = [
    c.title,
    c.status,
    c.kind,
    c.proposedAt,
    c.note,
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
      <TruncatedNotice page={state.data} />
      <TopicTable
        state={state}
        columns={columns}
        items={items}
        empty={
          <Empty description={t('topics.empty.unit')} data-testid="topics-empty">
            <Typography.Paragraph type="secondary">{t('topics.empty.unitHint')}</Typography.Paragraph>
            {proposeButton}
          </Empty>
        }
      />
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
      <TopicDrawer {...drawer.props} meetingName={meetings.nameOf} />
    </Card>
  );
}
