import { ReloadOutlined } from '@ant-design/icons';
import type { TopicStatus, TopicView } from '@app/contracts';
import type { TableProps } from 'antd';
import { App, Button, Card, Empty, Grid, Select, Space, Typography } from 'antd';
import { useState } from 'react';

import { topicsApi } from '@web/api/conference';
import type { Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import { ResultBanner } from '@web/shared/ResultBanner';
import { LoadError } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { useUnitList } from '@web/features/office/units';
import { UnitSelect } from '@web/features/office/UnitSelect';
import type { Decision } from './DecisionDialog';
import { DecisionDialog } from './DecisionDialog';
import { TopicDrawer, useTopicDrawer } from './TopicDrawer';
import {
  PENDING_STATUSES,
  placementOf,
  TOPIC_STATUSES,
  TruncatedNotice,
  useMeetings,
  TopicTable,
  useTopicColumns,
} from './topicShared';

// The office's decisions in the order the row offers them; the server says which a topic allows now.
const DECISIONS: { decision: Decision }[] = [{ decision: 'accept' }, { decision: 'defer' }, { decision: 'decline' }];

type StatusFilter = 'pending' | 'all' | TopicStatus;

// The API's largest page; the conference sees tens of topics a year, so one page holds them all in practice.
const FETCH_SIZE = 200;

// 待决定 is two statuses, which the API filters one at a time: ask for each and merge, newest first.
async function listTopics(filter: StatusFilter, unit: string | undefined) {
  const statuses: (TopicStatus | undefined)[] =
    filter === 'pending' ? [...PENDING_STATUSES] : [filter === 'all' ? undefined : filter];
  const pages = await Promise.all(statuses.map((status) => topicsApi.list({ status, unit, pageSize: FETCH_SIZE })));
  const items = pages.flatMap((p) => p.items).sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));
  return { items, total: pages.reduce((n, p) => n + p.total, 0) };
}

// What the API answered, in a line: the topic's new status and, when accepted, where it sits.
function resultLine(t: Translate, topic: TopicView, decision: Decision, meetingName: (id: string) => string) {
  if (decision === 'accept' && topic.meetingId) {
    return t('topics.accept.done', { meeting: meetingName(topic.meetingId), n: topic.agendaOrder ?? '—' });
  }
  return decision === 'defer'
    ? t('topics.defer.done', { title: topic.title })
    : decision === 'decline'
      ? t('topics.decline.done', { title: topic.title })
      : t('topics.result', { title: topic.title, status: t(`topics.status.${topic.status}`) });
}

// The office accepts proposed topics onto a meeting agenda, defers or declines them.
export function OfficeTopicsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const unitName = useUnitNames();
  const { units } = useUnitList();
  const meetings = useMeetings();
  const narrow = !Grid.useBreakpoint().sm;
  const [status, setStatus] = useState<StatusFilter>('pending');
  const [unit, setUnit] = useState<string | undefined>();
  const state = useAsync(() => listTopics(status, unit), [status, unit]);
  const [deciding, setDeciding] = useState<{ topic: TopicView; decision: Decision } | null>(null);
  const drawer = useTopicDrawer();
  const [result, setResult] = useState<{ topic: TopicView; line: string } | null>(null);

  const refresh = () => {
    state.reload();
    meetings.reload();
    drawer.reload();
  };

  const decided = (topic: TopicView, decision: Decision) => {
    const line = resultLine(t, topic, decision, meetings.nameOf);
    setDeciding(null);
    setResult({ topic, line });
    void message.success(line);
    refresh();
  };

  const actions = (topic: TopicView) => (
    <Space size={4} wrap>
      {DECISIONS.filter((d) => topic.allowedActions.includes(d.decision)).map((d) => (
        <Button
          key={d.decision}
          size="small"
          type={d.decision === 'accept' ? 'primary' : 'default'}
          danger={d.decision === 'decline'}
          onClick={() => setDeciding({ topic, decision: d.decision })}
          data-testid={`topic-${d.decision}`}
        >
          {t(`topics.${d.decision}`)}
        </Button>
      ))}
    </Space>
  );

  const c = useTopicColumns({ narrow, onOpen: drawer.open });
  const columns: TableProps<TopicView>['columns'] = [
    c.title,
    { key: 'unit', title: t('topics.col.unit'), width: 170, render: (_, topic) => unitName(topic.unitCode) },
    c.status,
    c.kind,
    c.proposedAt,
    {
      key: 'meeting',
      title: t('topics.col.meeting'),
      width: 240,
      responsive: ['xl'],
      render: (_, topic) => <span data-testid="topic-meeting">{placementOf(t, topic, meetings.nameOf)}</span>,
    },
    c.note,
    { key: 'actions', title: t('topics.col.actions'), width: 250, render: (_, topic) => actions(topic) },
  ];

  const items = state.data?.items ?? [];
  return (
    <Card
      title={<span data-testid="page-title">{t('topics.office.title')}</span>}
      extra={
        <Button icon={<ReloadOutlined />} onClick={refresh} loading={state.loading} data-testid="topics-refresh">
          {t('common.refresh')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('topics.office.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<StatusFilter>
          value={status}
          onChange={setStatus}
          style={{ width: 240 }}
          aria-label={t('topics.filter.status')}
          data-testid="topics-filter-status"
          options={[
            { value: 'pending', label: t('topics.filter.pending') },
            { value: 'all', label: t('topics.filter.all') },
            ...TOPIC_STATUSES.map((s) => ({ value: s, label: t(`topics.status.${s}`) })),
          ]}
        />
        <UnitSelect
          allowClear
          value={unit}
          onChange={setUnit}
          placeholder={t('topics.filter.allUnits')}
          aria-label={t('topics.filter.unit')}
          units={units}
          style={{ width: 220 }}
          data-testid="topics-filter-unit"
        />
        {state.data ? (
          <Typography.Text type="secondary" data-testid="topics-total">
            {t('topics.total', { n: state.data.total })}
          </Typography.Text>
        ) : null}
      </Space>
      {result ? (
        <ResultBanner
          testId="topic-decision-result"
          status={result.topic.status}
          title={result.line}
          description={result.topic.decisionNote ?? undefined}
          onClose={() => setResult(null)}
        />
      ) : null}
      <TruncatedNotice page={state.data} />
      {meetings.error && !meetings.loading ? (
        <div style={{ marginBottom: 12 }}>
          <LoadError error={meetings.error} onRetry={meetings.reload} />
        </div>
      ) : null}
      <TopicTable
        state={state}
        columns={columns}
        items={items}
        empty={<Empty description={t('topics.empty.office')} />}
      />
      {deciding ? (
        <DecisionDialog
          decision={deciding.decision}
          topic={deciding.topic}
          planned={meetings.planned}
          onClose={() => setDeciding(null)}
          onDone={decided}
        />
      ) : null}
      <TopicDrawer {...drawer.props} meetingName={meetings.nameOf} actions={actions} />
    </Card>
  );
}
