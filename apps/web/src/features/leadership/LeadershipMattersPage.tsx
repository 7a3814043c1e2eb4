import type { TableProps } from 'antd';
import { Card } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link, useNavigate } from 'react-router-dom';

import { LightBadge, MatterStatusTag } from '@web/features/matters/tags';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import type { BoardRow } from '@web/features/office/board';
import { boardColumns, boardPagination, Filters, useBoardList } from '@web/features/office/BoardTable';
import { useI18n } from '@web/i18n/i18n-context';
import { ListTable } from '@web/shared/ListTable';

// Every matter, for leadership: the office board's search and filters (kept in the address), read-only; a row
// opens the leadership's matter page (where 批示 is).
export function LeadershipMattersPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const unitName = useUnitNames();
  const { f, list, setFilters, table } = useBoardList();
  const cols = boardColumns(t, lang, unitName);
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
    cols.title(),
    cols.lead,
    cols.due,
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
      render: (_, r) => <MatterStatusTag matter={r.matter} />,
    },
    cols.escalation,
  ];

  return (
    <Card title={<span data-testid="page-title">{t('leadership.matters.title')}</span>}>
      <Filters f={f} update={(patch) => setFilters({ ...f, page: 1, ...patch })} />
      <ListTable<BoardRow>
        {...table('leadership-matter-table')}
        columns={columns}
        pagination={{
          ...boardPagination(f, list.data?.total ?? 0, t),
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
