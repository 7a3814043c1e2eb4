import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { App, Button, Card, Empty, Space, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes, MouseEvent } from 'react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';

import { ZONE, formatDate } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { ListTable } from '@web/shared/ListTable';
import { OfficeConferenceTodos } from '@web/features/conference-todos/ConferenceTodos';
import { describeError } from '@web/shared/errors';
import { useAsync } from '@web/shared/useAsync';
import { RefreshButton } from '@web/shared/RefreshButton';
import { countTileStyle } from '@web/features/matters/countTile';
import { LightBadge, MatterStatusTag, ProvisionalTag } from '@web/features/matters/tags';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import type { BoardCount, BoardFilters, BoardRow, BoardSort } from './board';
import { BOARD_COUNTS, filtersOfCount, loadAllForExport, loadBoardCounts } from './board';
import { boardColumns, boardPagination, Filters, useBoardList } from './BoardTable';
import { buildWorkbook, downloadBlob } from './exportExcel';
import { BatchUrgeDialog, UnitStatesCell } from './BoardBatch';

const ACCENT: Record<BoardCount, string> = {
  open: '#1d4ed8',
  awaitingVerification: '#722ed1',
  yellow: '#d48806',
  red: '#cf1322',
  overdue: '#a8071a',
};

function CountTiles(props: {
  counts: Record<BoardCount, number> | undefined;
  active: BoardCount | null;
  onSelect: (c: BoardCount) => void;
}) {
  const { counts, active, onSelect } = props;
  const { t } = useI18n();
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))', gap: 8 }}
      data-testid="office-counts"
    >
      {BOARD_COUNTS.map((c) => {
        const n = counts?.[c];
        const selected = c === active;
        return (
          <button
            key={c}
            type="button"
            onClick={() => onSelect(c)}
            aria-pressed={selected}
            data-testid={`office-count-${c}`}
            style={countTileStyle(ACCENT[c], selected)}
          >
            <div
              data-testid={`office-count-${c}-value`}
              style={{
                fontSize: 24,
                fontWeight: 600,
                lineHeight: '30px',
                color: n ? ACCENT[c] : '#bfbfbf',
              }}
            >
              {n ?? '…'}
            </div>
            <Typography.Text style={{ fontSize: 13 }} strong={selected}>
              {t(`office.count.${c}`)}
            </Typography.Text>
          </button>
        );
      })}
    </div>
  );
}

// Which tile the current filters are exactly (so it shows as selected).
function activeCount(f: BoardFilters): BoardCount | null {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (f.unit || f.meetingId || f.q) {
    return null;
  }
  const open = ['in_progress', 'awaiting_verification'];
  if (same(f.status, ['awaiting_verification']) && !f.light && !f.overdue) {
    return 'awaitingVerification';
  }
  if (!same(f.status, open)) {
    return null;
  }
  if (f.overdue && !f.light) {
    return 'overdue';
  }
  if (!f.overdue && f.light === 'red') {
    return 'red';
  }
  if (!f.overdue && f.light === 'yellow') {
    return 'yellow';
  }
  return !f.overdue && !f.light ? 'open' : null;
}

const SORTABLE: Record<string, BoardSort> = { code: 'code', due: 'dueDate', created: 'createdAt' };

// 督办看板: every matter the office follows, with its light, countdown and escalation; the office's home.
export function OfficeHome() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const unitName = useUnitNames();
  const { f, list, rows, setFilters, setParams, table } = useBoardList();
  const cols = boardColumns(t, lang, unitName);
  const counts = useAsync(() => loadBoardCounts(), []);
  const [exporting, setExporting] = useState(false);
  // Selected rows (kept across pages) for batch 催办 and export.
  const [selected, setSelected] = useState<Map<string, BoardRow>>(new Map());
  const [urging, setUrging] = useState<BoardRow[] | null>(null);

  const update = (patch: Partial<BoardFilters>) => setFilters({ ...f, page: 1, ...patch });
  const filtered = Boolean(f.light || f.unit || f.meetingId || f.overdue || f.q);

  const refresh = () => {
    list.reload();
    counts.reload();
  };

  const filterSummary = (): string => {
    const parts: string[] = [];
    parts.push(
      f.status.length ? f.status.map((s) => t(`matterStatus.${s}`)).join('/') : t('office.filter.allStatuses'),
    );
    if (f.light) {
      parts.push(t(`light.${f.light}`));
    }
    if (f.unit) {
      parts.push(unitName(f.unit));
    }
    if (f.overdue) {
      parts.push(t('office.filter.overdue'));
    }
    if (f.q) {
      parts.push(`“${f.q}”`);
    }
    return parts.join('；');
  };

  const onExport = async (only?: BoardRow[]) => {
    setExporting(true);
    try {
      const { rows, truncated } = only ? { rows: only, truncated: false } : await loadAllForExport(f);
      const blob = await buildWorkbook(rows, { t, lang, unitName, filters: filterSummary() });
      const stamp = dayjs().tz(ZONE).format('YYYYMMDD');
      downloadBlob(blob, `${t('office.export.filename')}-${stamp}.xlsx`);
      void message.success(
        truncated ? t('office.export.truncated', { n: rows.length }) : t('office.export.done', { n: rows.length }),
      );
    } catch (err) {
      void message.error(`${t('office.export.failed')}：${describeError(t, err)}`);
    } finally {
      setExporting(false);
    }
  };

  const sortOrder = (col: string) =>
    SORTABLE[col] === f.sort ? (f.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;

  const columns: TableProps<BoardRow>['columns'] = [
    {
      key: 'code',
      title: t('matter.code'),
      width: 120,
      sorter: true,
      sortOrder: sortOrder('code'),
      render: (_, r) => (
        <Link
          to={`/office/matters/${r.matter.id}`}
          onClick={(e) => e.stopPropagation()}
          style={{ whiteSpace: 'nowrap' }}
          data-testid="matter-link"
        >
          {r.matter.code}
        </Link>
      ),
    },
    cols.title((r) => (
      <>
        {r.matter.extensionPending ? <Tag color="gold">{t('office.tag.extensionPending')}</Tag> : null}
        <ProvisionalTag matter={r.matter} />
      </>
    )),
    cols.lead,
    {
      key: 'units',
      title: t('board.col.units'),
      width: 230,
      render: (_, r) => <UnitStatesCell units={r.matter.unitStates} unitName={unitName} />,
    },
    { ...cols.due, sorter: true, sortOrder: sortOrder('due') },
    {
      key: 'light',
      title: t('matter.light'),
      width: 90,
      render: (_, r) =>
        r.matter.light === 'none' ? (
          '—'
        ) : (
          <span data-testid="matter-light" data-light={r.matter.light}>
            <LightBadge light={r.matter.light} />
          </span>
        ),
    },
    {
      key: 'status',
      title: t('matter.status'),
      width: 100,
      render: (_, r) => (
        <span data-testid="row-status" data-status={r.matter.status} data-awaiting-ack={String(r.matter.awaitingAck)}>
          <MatterStatusTag matter={r.matter} />
        </span>
      ),
    },
    cols.escalation,
    {
      key: 'created',
      title: t('office.col.created'),
      width: 130,
      sorter: true,
      sortOrder: sortOrder('created'),
      responsive: ['lg'],
      render: (_, r) => formatDate(r.matter.createdAt, lang),
    },
  ];

  const onTableChange: TableProps<BoardRow>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const col = typeof s?.columnKey === 'string' ? s.columnKey : undefined;
    const sort = s?.order && col && SORTABLE[col] ? SORTABLE[col] : 'dueDate';
    const order = s?.order === 'descend' ? 'desc' : 'asc';
    const changedSort = sort !== f.sort || order !== f.order;
    setFilters({
      ...f,
      sort,
      order,
      page: changedSort ? 1 : (pagination.current ?? 1),
      pageSize: pagination.pageSize ?? f.pageSize,
    });
  };

  const empty = (
    <Empty
      description={filtered ? t('office.board.emptyFiltered') : t('office.board.empty')}
      data-testid="office-board-empty"
    >
      {filtered ? (
        <Button onClick={() => setParams({}, { replace: true })}>{t('office.filter.reset')}</Button>
      ) : (
        <Button type="primary" onClick={() => void navigate('/office/matters/new')}>
          {t('office.newMatter')}
        </Button>
      )}
    </Empty>
  );

  return (
    <>
      <Card
        title={
          <span data-testid="page-title" style={{ whiteSpace: 'normal' }}>
            {t('office.board.title')}
          </span>
        }
        extra={
          <Space wrap>
            <Tooltip title={t('common.refresh')}>
              <RefreshButton onClick={refresh} data-testid="office-refresh" />
            </Tooltip>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => void onExport()}
              loading={exporting}
              disabled={!list.data || list.data.total === 0}
              data-testid="office-export"
            >
              {t('office.export.button')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate('/office/matters/new')}
              data-testid="office-new-matter"
            >
              {t('office.newMatter')}
            </Button>
          </Space>
        }
      >
        {counts.error ? (
          <Typography.Text type="secondary">{t('office.count.failed')}</Typography.Text>
        ) : (
          <CountTiles counts={counts.data} active={activeCount(f)} onSelect={(c) => setFilters(filtersOfCount(c, f))} />
        )}
        <Filters f={f} update={update} />
        {selected.size > 0 ? (
          <Space wrap style={{ marginBottom: 8 }} data-testid="board-selection">
            <Typography.Text data-testid="board-selected-count">
              {t('board.selected', { n: selected.size })}
            </Typography.Text>
            <Button onClick={() => setUrging([...selected.values()])} data-testid="board-batch-urge">
              {t('board.batchUrge')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => void onExport([...selected.values()])}
              data-testid="board-export-selected"
            >
              {t('board.exportSelected')}
            </Button>
            <Button type="link" onClick={() => setSelected(new Map())} data-testid="board-clear-selection">
              {t('board.clearSelection')}
            </Button>
          </Space>
        ) : null}
        <ListTable<BoardRow>
          {...table('office-matter-table')}
          columns={columns}
          rowSelection={{
            selectedRowKeys: [...selected.keys()],
            preserveSelectedRowKeys: true,
            onChange: (keys) => {
              const next = new Map<string, BoardRow>();
              for (const k of keys) {
                const row = selected.get(String(k)) ?? rows.find((r) => r.matter.id === k);
                if (row) {
                  next.set(String(k), row);
                }
              }
              setSelected(next);
            },
            getCheckboxProps: (r) => ({ 'aria-label': r.matter.code }),
          }}
          onChange={onTableChange}
          locale={{ emptyText: list.loading ? ' ' : empty }}
          pagination={boardPagination(f, list.data?.total ?? 0, t)}
          onRow={(r) =>
            ({
              // A click on the row opens the matter, except on its selection checkbox.
              onClick: (e: MouseEvent) => {
                if (!(e.target instanceof Element && e.target.closest('.ant-table-selection-column'))) {
                  void navigate(`/office/matters/${r.matter.id}`);
                }
              },
              style: { cursor: 'pointer' },
              'data-testid': 'matter-row',
              'data-matter-id': r.matter.id,
              'data-matter-code': r.matter.code,
            }) as HTMLAttributes<HTMLElement>
          }
        />
      </Card>
      <BatchUrgeDialog
        matters={urging ? urging.map((r) => r.matter) : null}
        unitName={unitName}
        onClose={(changed) => {
          setUrging(null);
          if (changed) {
            refresh();
          }
        }}
      />
      <OfficeConferenceTodos />
    </>
  );
}
