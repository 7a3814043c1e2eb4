import type { TableProps } from 'antd';
import { Card, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';

import { mattersApi } from '@web/api/endpoints';
import { CountdownText } from '@web/features/matters/CountdownText';
import { EscalationTag, LightBadge, MatterStatusTag, PriorityTag } from '@web/features/matters/tags';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import type { BoardFilters, BoardRow } from '@web/features/office/board';
import { boardRow, dueOf, filtersOf, isOpen, paramsOf, queryOf } from '@web/features/office/board';
import { Filters } from '@web/features/office/OfficeHome';
import { useI18n } from '@web/i18n/i18n-context';
import { formatDay } from '@web/shared/dates';
import { ListTable } from '@web/shared/ListTable';
import { useAsync } from '@web/shared/useAsync';

// Every matter, for leadership: the office board's search and filters (kept in the address), read-only; a row
// opens the leadership's matter page (where 批示 is).
export function LeadershipMattersPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const unitName = useUnitNames();
  const [params, setParams] = useSearchParams();
  const f = useMemo(() => filtersOf(params), [params]);
  const key = JSON.stringify(f);
  const list = useAsync(() => mattersApi.list(queryOf(f)), [key]);
  const items = list.data?.items;
  const rows = useMemo<BoardRow[]>(() => (items ?? []).map(boardRow), [items]);
  const setFilters = (next: BoardFilters) => setParams(paramsOf(next), { replace: true });
  const open = (id: string) => `/leadership/matters/${id}`;

  const columns: TableProps<BoardRow>['columns'] = [
    {
      key: 'code',
      title: t('matter.code'),
      width: 120,
      render: (_, r) => (
        <Link to={open(r.matter.id)} onClick={(e) => e.stopPropagation()} data-testid="matter-link">
          {r.matter.code}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('office.col.title'),
      render: (_, r) => (
        <div style={{ minWidth: 180 }}>
          <Typography.Text strong>{r.matter.title}</Typography.Text>
          <div>
            <PriorityTag priority={r.matter.priority} />
          </div>
        </div>
      ),
    },
    { key: 'lead', title: t('matter.leadUnit'), width: 170, render: (_, r) => unitName(r.matter.leadUnitCode) },
    {
      key: 'due',
      title: t('matter.dueDate'),
      width: 170,
      render: (_, r) => (
        <div>
          <div>{formatDay(dueOf(r.matter), lang)}</div>
          {isOpen(r.matter) ? <CountdownText countdown={r.countdown} /> : null}
        </div>
      ),
    },
    {
      key: 'light',
      title: t('matter.light'),
      width: 90,
      render: (_, r) => (r.matter.light === 'none' ? '—' : <LightBadge light={r.matter.light} />),
    },
    {
      key: 'status',
      title: t('matter.status'),
      width: 100,
      render: (_, r) => <MatterStatusTag status={r.matter.status} />,
    },
    {
      key: 'escalation',
      title: t('office.col.escalation'),
      width: 90,
      render: (_, r) => (r.matter.escalationLevel ? <EscalationTag level={r.matter.escalationLevel} /> : '—'),
    },
  ];

  return (
    <Card title={<span data-testid="page-title">{t('leadership.matters.title')}</span>}>
      <Filters f={f} update={(patch) => setFilters({ ...f, page: 1, ...patch })} />
      <ListTable<BoardRow>
        state={list}
        data-testid="leadership-matter-table"
        rowKey={(r) => r.matter.id}
        size="middle"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 900 }}
        pagination={{
          current: f.page,
          pageSize: f.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (n) => t('office.board.total', { n }),
          onChange: (page, pageSize) => setFilters({ ...f, page, pageSize }),
        }}
        onRow={(r) =>
          ({
            onClick: () => void navigate(open(r.matter.id)),
            style: { cursor: 'pointer' },
            'data-testid': 'matter-row',
            'data-matter-code': r.matter.code,
          }) as HTMLAttributes<HTMLElement>
        }
      />
    </Card>
  );
}
