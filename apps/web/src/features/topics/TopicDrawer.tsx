import type { TopicView } from '@app/contracts';
import { Descriptions, Divider, Drawer, Grid, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { topicsApi } from '@web/api/conference';
import { formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { LoadError, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { meetingKindLabel, placementOf, TopicStatusTag } from './topicShared';
import { TopicTimeline } from './TopicTimeline';

interface Props {
  topicId: string | null;
  // Bumped by the page after a decision, so an open drawer reads the topic again.
  reloadKey: number;
  meetingName: (id: string) => string;
  onClose: () => void;
  // The office's decisions on the topic, when it may take any.
  actions?: (topic: TopicView) => ReactNode;
}

// A list page's drawer: `open` from a row, `reload` when the page refreshes (an open drawer reads its topic again),
// and `props` to hand the drawer.
export function useTopicDrawer() {
  const [topicId, setTopicId] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  return {
    open: (topic: TopicView) => setTopicId(topic.id),
    reload: () => setReloadKey((n) => n + 1),
    props: { topicId, reloadKey, onClose: () => setTopicId(null) },
  };
}

function Text({ children }: { children: string }) {
  return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{children}</Typography.Paragraph>;
}

// One topic in full: what the unit wrote, where it stands, and every decision taken on it.
export function TopicDrawer({ topicId, reloadKey, meetingName, onClose, actions }: Props) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const narrow = !Grid.useBreakpoint().md;
  const state = useAsync(() => (topicId ? topicsApi.get(topicId) : Promise.resolve(null)), [topicId, reloadKey]);
  const topic = state.data && state.data.id === topicId ? state.data : null;

  return (
    <Drawer
      open={topicId !== null}
      onClose={onClose}
      title={t('topics.detail')}
      size={narrow ? '100%' : 640}
      destroyOnHidden
      data-testid="topic-drawer"
      extra={topic && actions ? actions(topic) : null}
    >
      {state.error && !state.loading ? (
        <LoadError error={state.error} onRetry={state.reload} />
      ) : !topic ? (
        <PageLoading />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Space wrap align="center">
            <TopicStatusTag status={topic.status} />
            <Typography.Title level={5} style={{ margin: 0 }} data-testid="topic-drawer-title">
              {topic.title}
            </Typography.Title>
          </Space>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'unit', label: t('topics.detail.unit'), children: unitName(topic.unitCode) },
              {
                key: 'by',
                label: t('topics.detail.proposedBy'),
                children: `${topic.proposedBy} · ${formatDateTime(topic.proposedAt, lang)}`,
              },
              {
                key: 'kind',
                label: t('topics.col.desiredKind'),
                children: meetingKindLabel(t, topic.desiredMeetingKind),
              },
              { key: 'meeting', label: t('topics.col.meeting'), children: placementOf(t, topic, meetingName) },
              ...(topic.decidedBy
                ? [
                    {
                      key: 'decided',
                      label: t('topics.detail.decidedBy'),
                      children: `${topic.decidedBy} · ${formatDateTime(topic.decidedAt, lang)}`,
                    },
                    {
                      key: 'note',
                      label: t('topics.col.decisionNote'),
                      children: <span data-testid="topic-drawer-note">{topic.decisionNote ?? '—'}</span>,
                    },
                  ]
                : []),
            ]}
          />
          <div>
            <Typography.Text strong>{t('topics.detail.background')}</Typography.Text>
            <Text>{topic.background}</Text>
          </div>
          <div>
            <Typography.Text strong>{t('topics.detail.proposal')}</Typography.Text>
            <Text>{topic.proposal}</Text>
          </div>
          <Divider style={{ margin: '4px 0' }} titlePlacement="start">
            {t('topics.detail.events')}
          </Divider>
          <TopicTimeline events={topic.events ?? []} meetingName={meetingName} />
        </Space>
      )}
    </Drawer>
  );
}
