import type { MatterStatus } from '@app/contracts';
import type { TableProps } from 'antd';
import { Checkbox, Input, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { mattersApi, officeApi } from '@web/api/endpoints';
import { CountdownText } from '@web/features/matters/CountdownText';
import { EscalationTag, PriorityTag } from '@web/features/matters/tags';
import { formatDate } from '@web/i18n/format';
import type { Lang, Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import { formatDay } from '@web/shared/dates';
import { useAsync } from '@web/shared/useAsync';
import type { BoardFilters, BoardRow } from './board';
import { ALL_STATUSES, LIGHTS, boardRow, dueOf, filtersOf, isOpen, paramsOf, queryOf } from './board';
import { useUnitList } from './units';
import { UnitSelect } from './UnitSelect';

// What the office board (督办看板) and the leadership's read-only matter list share: the filters kept in the
// address, the page of matters they select, the search and filter bar, and the columns both show.

type BoardColumn = NonNullable<TableProps<BoardRow>['columns']>[number];

// The filters as the address holds them, the page of matters they select, and a way to change them.
export function useBoardList() {
  const [params, setParams] = useSearchParams();
  const f = useMemo(() => filtersOf(params), [params]);
  const key = JSON.stringify(f);
  const list = useAsync(() => mattersApi.list(queryOf(f)), [key]);
  const items = list.data?.items;
  const rows = useMemo<BoardRow[]>(() => (items ?? []).map(boardRow), [items]);
  const setFilters = (next: BoardFilters) => setParams(paramsOf(next), { replace: true });
  // The table's props over that page (spread first; a list adds its columns and rows' behaviour).
  const table = (testId: string) => ({
    state: list,
    'data-testid': testId,
    rowKey: (r: BoardRow) => r.matter.id,
    size: 'middle' as const,
    dataSource: rows,
    scroll: { x: 900 },
  });
  return { f, list, rows, setFilters, setParams, table };
}

// The board's columns that read the same on both lists.
export function boardColumns(t: Translate, lang: Lang, unitName: (code: string) => string) {
  return {
    title: (tags?: (r: BoardRow) => ReactNode): BoardColumn => ({
      key: 'title',
      title: t('office.col.title'),
      render: (_, r) => (
        <div style={{ minWidth: 180 }}>
          <Typography.Text strong>{r.matter.title}</Typography.Text>
          <div>
            <PriorityTag priority={r.matter.priority} />
            {tags?.(r)}
          </div>
        </div>
      ),
    }),
    lead: {
      key: 'lead',
      title: t('matter.leadUnit'),
      width: 170,
      render: (_, r) => unitName(r.matter.leadUnitCode),
    } satisfies BoardColumn,
    due: {
      key: 'due',
      title: t('matter.dueDate'),
      width: 170,
      render: (_, r) => (
        <div>
          <div>{formatDay(dueOf(r.matter), lang)}</div>
          {isOpen(r.matter) ? <CountdownText countdown={r.countdown} /> : null}
        </div>
      ),
    } satisfies BoardColumn,
    escalation: {
      key: 'escalation',
      title: t('office.col.escalation'),
      width: 90,
      render: (_, r) => (r.matter.escalationLevel ? <EscalationTag level={r.matter.escalationLevel} /> : '—'),
    } satisfies BoardColumn,
  };
}

// The table's pages as the filters hold them.
export const boardPagination = (f: BoardFilters, total: number, t: Translate) => ({
  current: f.page,
  pageSize: f.pageSize,
  total,
  showSizeChanger: true,
  pageSizeOptions: [10, 20, 50, 100],
  showTotal: (n: number) => t('office.board.total', { n }),
});

// The board's search and filters (also the leadership's read-only matter list).
export function Filters({ f, update }: { f: BoardFilters; update: (patch: Partial<BoardFilters>) => void }) {
  const { t, lang } = useI18n();
  const { units } = useUnitList();
  const meetings = useAsync(() => officeApi.meetings(1, 100), []);
  const [q, setQ] = useState(f.q ?? '');
  // The address changed the search (back button, a count tile): the box follows.
  const [shownQ, setShownQ] = useState(f.q);
  if (shownQ !== f.q) {
    setShownQ(f.q);
    setQ(f.q ?? '');
  }

  return (
    <Space wrap size={[8, 8]} style={{ margin: '16px 0 12px' }} data-testid="office-filters">
      <Input.Search
        allowClear
        placeholder={t('office.filter.q')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(v) => update({ q: v.trim() || undefined })}
        style={{ width: 200 }}
        data-testid="office-filter-q"
      />
      <Select<MatterStatus[]>
        mode="multiple"
        allowClear
        placeholder={t('office.filter.status')}
        value={f.status}
        onChange={(v) => update({ status: v })}
        options={ALL_STATUSES.map((s) => ({ value: s, label: t(`matterStatus.${s}`) }))}
        style={{ width: 210 }}
        maxTagCount="responsive"
        data-testid="office-filter-status"
      />
      <Select
        allowClear
        placeholder={t('office.filter.light')}
        value={f.light}
        onChange={(v) => update({ light: v })}
        options={LIGHTS.map((l) => ({ value: l, label: t(`light.${l}`) }))}
        style={{ width: 105 }}
        data-testid="office-filter-light"
      />
      <UnitSelect
        allowClear
        past
        placeholder={t('office.filter.unit')}
        value={f.unit}
        onChange={(v) => update({ unit: v })}
        units={units}
        style={{ width: 175 }}
        data-testid="office-filter-unit"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: ['label'] }}
        placeholder={t('office.filter.meeting')}
        value={f.meetingId}
        onChange={(v) => update({ meetingId: v })}
        options={(meetings.data?.items ?? []).map((m) => ({
          value: m.id,
          label: `${formatDate(m.heldOn, lang)} ${m.title}`,
        }))}
        loading={meetings.loading}
        style={{ width: 190 }}
        popupMatchSelectWidth={false}
        data-testid="office-filter-meeting"
      />
      <Checkbox
        checked={f.overdue}
        onChange={(e) => update({ overdue: e.target.checked })}
        data-testid="office-filter-overdue"
      >
        {t('office.filter.overdue')}
      </Checkbox>
    </Space>
  );
}
