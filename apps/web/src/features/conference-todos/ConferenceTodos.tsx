import type { CampaignView } from '@app/contracts';
import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { ApiError } from '../../api/client';
import { campaignsApi, filingsApi, meetingRecordsApi, topicsApi } from '../../api/conference';
import { leadershipApi } from '../../api/endpoints';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useAsync } from '../../shared/useAsync';

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
    const [topics, filings, summary, meetings] = await Promise.all([
      settle(topicsApi.list({ status: 'proposed', pageSize: 1 })),
      settle(filingsApi.list({ status: 'submitted', pageSize: 1 })),
      settle(leadershipApi.summary()),
      settle(meetingRecordsApi.listAll()),
    ]);
    return {
      topics: topics?.total ?? null,
      filings: filings?.total ?? null,
      summaries: summary ? (summary.campaign?.counts.submitted ?? 0) : null,
      campaignYear: summary?.campaign?.status === 'open' ? summary.campaign.year : null,
      meetings: meetings ? meetings.filter((m) => m.status === 'planned').length : null,
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

// The summary the unit owes for the latest campaign that asks it: this year's, else last year's.
async function ownCampaign(): Promise<CampaignView | null> {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format());
  for (const y of [year, year - 1]) {
    try {
      const c = await campaignsApi.get(y);
      if (c.units.length > 0) {
        return c;
      }
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 404)) {
        throw err;
      }
    }
  }
  return null;
}

// A member unit: filings returned for more, topics still with the office, the annual summary it owes.
export function UnitConferenceTodos() {
  const { t, lang } = useI18n();
  const state = useAsync(async () => {
    const [returned, pending, campaign] = await Promise.all([
      settle(filingsApi.list({ status: 'returned', pageSize: 1 })),
      settle(topicsApi.list({ status: 'proposed', pageSize: 1 })),
      settle(ownCampaign()),
    ]);
    return { returned: returned?.total ?? null, pending: pending?.total ?? null, campaign };
  }, []);
  const d = state.data;
  const own = d?.campaign?.units[0];
  const todos: Todo[] = [
    { key: 'returned-filings', label: t('todos.returnedFilings'), to: '/unit/filings', count: d?.returned ?? null },
    { key: 'pending-topics', label: t('todos.pendingTopics'), to: '/unit/topics', count: d?.pending ?? null },
  ];
  if (d?.campaign && own) {
    const owes = own.status === 'awaiting' || own.status === 'returned';
    todos.push({
      key: 'summary',
      label: t('todos.summaryDue', { year: d.campaign.year }),
      to: `/unit/summary?year=${d.campaign.year}`,
      count: owes ? 1 : 0,
      detail: t(`todos.summary.${own.status}`, { date: formatDate(d.campaign.dueDate, lang) }),
    });
  }
  return <TodoStrip testId="unit-conference-todos" todos={todos} />;
}
