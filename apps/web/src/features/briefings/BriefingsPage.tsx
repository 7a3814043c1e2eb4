import { PlusOutlined } from '@ant-design/icons';
import type { BriefingView } from '@app/contracts';
import type { TableProps } from 'antd';
import { Button, Card, Empty, Select, Space, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';

import { briefingsApi } from '@web/api/conference';
import { formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { ListTable } from '@web/shared/ListTable';
import { useAsync } from '@web/shared/useAsync';
import { issueLabel, STATUS_COLOR, thisYear, useBriefingArea, visibleTo } from './briefingArea';
import { CompileBriefingDialog } from './CompileBriefingDialog';

// The conference's rules date from 2023: no issue is older.
const FIRST_YEAR = 2023;

// Work briefings (工作简报) of one year, newest issue first: the office compiles and publishes issues; units and
// leadership read the published ones.
export function BriefingsPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { base, isOffice } = useBriefingArea();
  const [params, setParams] = useSearchParams();
  const current = thisYear();
  const year = Number(params.get('year')) || current;
  const [compiling, setCompiling] = useState(false);
  // A year has a few dozen issues at most: one page holds them all.
  const state = useAsync(() => briefingsApi.list({ year, page: 1, pageSize: 200 }), [year]);
  const rows = (state.data?.items ?? []).filter((b) => visibleTo(isOffice, b.status));

  const years = Array.from({ length: Math.max(current, year) + 1 - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i)
    .concat(year < FIRST_YEAR ? [year] : [])
    .sort((a, b) => b - a);
  const open = (b: BriefingView) => void navigate(`${base}/briefings/${b.id}`);

  const columns: TableProps<BriefingView>['columns'] = [
    {
      key: 'issue',
      title: t('briefings.col.issue'),
      width: 150,
      render: (_, b) => (
        <Link to={`${base}/briefings/${b.id}`} onClick={(e) => e.stopPropagation()} data-testid="briefing-link">
          {issueLabel(b, lang, t)}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('briefings.col.title'),
      render: (_, b) => <Typography.Text strong>{b.title}</Typography.Text>,
    },
    {
      key: 'status',
      title: t('briefings.col.status'),
      width: 100,
      render: (_, b) => (
        <Tag color={STATUS_COLOR[b.status]} data-testid="row-status" data-status={b.status}>
          {t(`briefings.status.${b.status}`)}
        </Tag>
      ),
    },
    {
      key: 'publishedAt',
      title: t('briefings.col.publishedAt'),
      width: 180,
      responsive: ['md'],
      render: (_, b) => formatDateTime(b.publishedAt, lang),
    },
    {
      key: 'sent',
      title: t('briefings.col.noticesSent'),
      width: 120,
      align: 'right',
      responsive: ['sm'],
      render: (_, b) => (b.status === 'published' ? b.noticesSent : '—'),
    },
  ];

  return (
    <Card
      title={<span data-testid="page-title">{t('briefings.title')}</span>}
      extra={
        <Space wrap>
          <Select
            value={year}
            style={{ width: 120 }}
            aria-label={t('briefings.year')}
            options={years.map((y) => ({ value: y, label: t('briefings.yearOption', { year: y }) }))}
            onChange={(y: number) => setParams(y === current ? {} : { year: String(y) })}
            data-testid="briefings-year"
          />
          {isOffice ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCompiling(true)}
              data-testid="briefings-compile"
            >
              {t('briefings.compile')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ListTable<BriefingView>
        state={state}
        rowKey="id"
        data-testid="briefing-table"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        locale={{
          emptyText: state.loading ? (
            ' '
          ) : (
            <Empty description={t(isOffice ? 'briefings.empty' : 'briefings.emptyPublished')}>
              {isOffice ? (
                <Button type="primary" onClick={() => setCompiling(true)}>
                  {t('briefings.compile')}
                </Button>
              ) : null}
            </Empty>
          ),
        }}
        onRow={(b) =>
          ({
            onClick: () => open(b),
            style: { cursor: 'pointer' },
            'data-testid': 'briefing-row',
            'data-briefing-id': b.id,
            'data-issue': b.issue,
          }) as HTMLAttributes<HTMLElement>
        }
      />
      {compiling ? (
        <CompileBriefingDialog
          onClose={() => setCompiling(false)}
          onDone={(b) => {
            setCompiling(false);
            void navigate(`${base}/briefings/${b.id}`);
          }}
        />
      ) : null}
    </Card>
  );
}
