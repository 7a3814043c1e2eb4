import type { CampaignListItem } from '@app/contracts';
import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { formatDay } from '@web/shared/dates';
import { campaignsApi, filingsApi, meetingRecordsApi, topicsApi } from '@web/api/conference';
import { useI18n } from '@web/i18n/i18n-context';
import { useAsync } from '@web/shared/useAsync';

// What the conference's own machinery asks of the reader besides matters, as links to the page that handles it.
// A figure that fails to load shows as "—" (the matters board below must not depend on it).

interface Todo {
  key: string;
  label: string;
  to: string;
  // null: could not be loaded.
  count: number | null;
  detail?: string;
}

const settle = <T,>(p: Promise<T>): Promise<T | null> => p.catch(() => null);

function TodoStrip({ todos, testId }: { todos: Todo[]; testId: string }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('todos.title')} data-testid={testId} style={{ marginTop: 16 }}>
      <Space size={[24, 8]} wrap>
        {todos.map((todo) => (
          <Link key={todo.key} to={todo.to} data-testid={`todo-${todo.key}`} data-value={todo.count ?? ''}>
            <Typography.Text type="secondary">{todo.label}</Typography.Text>{' '}
            <Typography.Text strong style={{ color: todo.count ? '#cf1322' : undefined }}>
              {todo.count ?? '—'}
            </Typography.Text>
            {todo.detail ? <Typography.Text type="secondary"> · {todo.detail}</Typography.Text> : null}
          </Link>
        ))}
      </Space>
    </Card>
  );
}

// The office: topics to decide, filings to review, summaries to accept, meetings planned but not yet held.
export function OfficeConferenceTodos() {
  const { t } = useI18n();
  const state = useAsync(async () => {
    const [topics, filings, campaigns, meetings] = await Promise.all([
      settle(topicsApi.list({ status: 'proposed', pageSize: 1 })),
      settle(filingsApi.list({ status: 'submitted', pageSize: 1 })),
      settle(campaignsApi.list()),
      settle(meetingRecordsApi.list({ status: 'planned', pageSize: 1 })),
    ]);
    // Summaries submitted and not yet accepted, over the campaigns still open; the link opens the first such.
    const waiting = (campaigns ?? []).filter((c) => c.status === 'open' && c.counts.submitted > 0);
    return {
      topics: topics?.total ?? null,
      filings: filings?.total ?? null,
      summaries: campaigns ? waiting.reduce((n, c) => n + c.counts.submitted, 0) : null,
      campaignYear: waiting[0]?.year ?? null,
      meetings: meetings?.total ?? null,
    };
  }, []);
  const d = state.data;
  return (
    <TodoStrip
      testId="office-conference-todos"
      todos={[
        { key: 'topics', label: t('todos.topics'), to: '/office/topics', count: d?.topics ?? null },
        { key: 'filings', label: t('todos.filings'), to: '/office/filings', count: d?.filings ?? null },
        {
          key: 'summaries',
          label: t('todos.summaries'),
          to: d?.campaignYear ? `/office/campaign?year=${d.campaignYear}` : '/office/campaign',
          count: d?.summaries ?? null,
        },
        { key: 'meetings', label: t('todos.meetings'), to: '/office/meetings', count: d?.meetings ?? null },
      ]}
    />
  );
}

// The campaign whose summary the unit owes first (an open one awaiting it or returned), else its newest.
function ownCampaign(campaigns: CampaignListItem[]): CampaignListItem | undefined {
  const owes = (c: CampaignListItem) =>
    c.status === 'open' && (c.ownStatus === 'awaiting' || c.ownStatus === 'returned');
  return campaigns.find(owes) ?? campaigns[0];
}

// A member unit: filings returned for more, topics still with the office, the annual summary it owes.
export function UnitConferenceTodos() {
  const { t, lang } = useI18n();
  const state = useAsync(async () => {
    const [returned, pending, campaigns] = await Promise.all([
      settle(filingsApi.list({ status: 'returned', pageSize: 1 })),
      settle(topicsApi.list({ status: 'proposed', pageSize: 1 })),
      settle(campaignsApi.list()),
    ]);
    return {
      returned: returned?.total ?? null,
      pending: pending?.total ?? null,
      campaign: ownCampaign(campaigns ?? []),
    };
  }, []);
  const d = state.data;
  const own = d?.campaign?.ownStatus;
  const todos: Todo[] = [
    { key: 'returned-filings', label: t('todos.returnedFilings'), to: '/unit/filings', count: d?.returned ?? null },
    { key: 'pending-topics', label: t('todos.pendingTopics'), to: '/unit/topics', count: d?.pending ?? null },
  ];
  if (d?.campaign && own) {
    const owes = d.campaign.status === 'open' && (own === 'awaiting' || own === 'returned');
    todos.push({
      key: 'summary',
      label: t('todos.summaryDue', { year: d.campaign.year }),
      to: `/unit/summary?year=${d.campaign.year}`,
      count: owes ? 1 : 0,
      detail: t(`todos.summary.${own}`, { date: formatDay(d.campaign.dueDate, lang) }),
    });
  }
  return <TodoStrip testId="unit-conference-todos" todos={todos} />;
}
