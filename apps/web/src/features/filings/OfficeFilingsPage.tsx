import type { FilingKind, FilingStatus, FilingView } from '@app/contracts';
import type { TableProps } from 'antd';
import { Card, Grid, Select, Space, Typography } from 'antd';
import { useState } from 'react';

import type { ListFilingsParams } from '@web/api/conference';
import { filingsApi } from '@web/api/conference';
import { useI18n } from '@web/i18n/i18n-context';
import { PagedTable, usePagedList } from '@web/shared/PagedTable';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { UNIT_SEARCH, unitOptions, useUnitList } from '@web/features/office/units';
import { FilingDrawer } from './FilingDetails';
import { OfficeFilingActions } from './OfficeFilingActions';
import { FILING_KINDS, FILING_STATUSES, FilingKindTag, useFilingColumns } from './filingTags';

interface Filters {
  kind?: FilingKind;
  status: FilingStatus | 'all';
  unit?: string;
  briefing: 'all' | 'yes' | 'no';
}

function toParams(f: Filters): ListFilingsParams {
  return {
    kind: f.kind,
    status: f.status === 'all' ? undefined : f.status,
    unit: f.unit,
    selected: f.briefing === 'all' ? undefined : f.briefing === 'yes',
  };
}

function FilterBar({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const { t, lang } = useI18n();
  const { units } = useUnitList();
  const width = { minWidth: 150 };
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Select<FilingKind>
        allowClear
        style={width}
        placeholder={t('filings.filter.kind')}
        value={filters.kind}
        onChange={(kind) => onChange({ ...filters, kind })}
        options={FILING_KINDS.map((k) => ({ value: k, label: t(`filings.kind.${k}`) }))}
        data-testid="filter-kind"
      />
      <Select<Filters['status']>
        style={width}
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status })}
        options={[
          { value: 'all', label: t('filings.filter.status') },
          ...FILING_STATUSES.map((s) => ({
            value: s,
            label: s === 'submitted' ? t('filings.filter.pending') : t(`filings.status.${s}`),
          })),
        ]}
        data-testid="filter-status"
      />
      <Select<string>
        allowClear
        showSearch
        {...UNIT_SEARCH}
        style={{ minWidth: 220 }}
        placeholder={t('filings.filter.unit')}
        value={filters.unit}
        onChange={(unit) => onChange({ ...filters, unit })}
        options={unitOptions(units, lang, [], { past: true })}
        data-testid="filter-unit"
      />
      <Select<Filters['briefing']>
        style={width}
        value={filters.briefing}
        onChange={(briefing) => onChange({ ...filters, briefing })}
        options={[
          { value: 'all', label: t('filings.filter.briefing') },
          { value: 'yes', label: t('filings.filter.selected') },
          { value: 'no', label: t('filings.filter.notSelected') },
        ]}
        data-testid="filter-briefing"
      />
    </Space>
  );
}

// The office reviews filings, returns them for more, and selects information items for a briefing.
export function OfficeFilingsPage() {
  const { t } = useI18n();
  const unitName = useUnitNames();
  const screens = Grid.useBreakpoint();
  const [filters, setFilters] = useState<Filters>({ status: 'submitted', briefing: 'all' });
  const [open, setOpen] = useState<FilingView | null>(null);
  const list = usePagedList((pager) => filingsApi.list({ ...toParams(filters), ...pager }), [filters]);
  const { state } = list;

  const filingColumns = useFilingColumns();
  const columns: TableProps<FilingView>['columns'] = [
    {
      key: 'unit',
      title: t('filings.field.unit'),
      width: 160,
      responsive: ['sm'],
      render: (_, f) => unitName(f.unitCode),
    },
    {
      key: 'kind',
      title: t('filings.field.kind'),
      width: 130,
      responsive: ['md'],
      render: (_, f) => <FilingKindTag kind={f.kind} />,
    },
    {
      key: 'title',
      title: t('filings.field.title'),
      render: (_, f) => (
        <>
          <Typography.Link onClick={() => setOpen(f)} data-testid="filing-open">
            {f.title}
          </Typography.Link>
          {screens.sm ? null : <div>{unitName(f.unitCode)}</div>}
        </>
      ),
    },
    ...filingColumns,
  ];

  const changed = (f: FilingView) => {
    setOpen(f);
    state.reload();
  };

  return (
    <Card
      title={<span data-testid="page-title">{t('filings.officeTitle')}</span>}
      extra={
        state.data ? (
          <Typography.Text type="secondary">{t('filings.total', { n: state.data.total })}</Typography.Text>
        ) : null
      }
    >
      <FilterBar
        filters={filters}
        onChange={(f) => {
          setFilters(f);
          list.setPage(1);
        }}
      />
      <PagedTable<FilingView>
        list={list}
        data-testid="filing-table"
        columns={columns}
        empty={t('filings.emptyFiltered')}
        rowData={(f) => ({
          'data-testid': 'filing-row',
          'data-filing-id': f.id,
          'data-status': f.status,
          'data-selected': String(f.selectedForBriefing),
        })}
      />
      {open ? (
        <FilingDrawer
          filing={open}
          onClose={() => setOpen(null)}
          footer={<OfficeFilingActions key={`${open.id}-${open.status}`} filing={open} onChanged={changed} />}
        />
      ) : null}
    </Card>
  );
}
