import type { ChargeContestView, ContestStatusName } from '@app/contracts';
import type { TableProps } from 'antd';
import { Button, Card, Grid, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { isEscalationLevel } from '@web/features/matters/constants';
import { EscalationTag } from '@web/features/matters/tags';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { UNIT_SEARCH, unitOptions, useUnitList } from '@web/features/office/units';
import { formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { PagedTable, usePagedList } from '@web/shared/PagedTable';
import { DecideContestDialog } from './ContestDialogs';
import { contestsApi } from './contestsApi';

const STATUSES: readonly ContestStatusName[] = ['pending', 'accepted', 'rejected'];
const STATUS_COLOR: Record<ContestStatusName, string> = { pending: 'orange', accepted: 'green', rejected: 'default' };

// 申诉处理: the contests units filed, the pending ones first in view; the office accepts or rejects each.
export function OfficeContestsPage() {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const { units } = useUnitList();
  const screens = Grid.useBreakpoint();
  const [status, setStatus] = useState<ContestStatusName | 'all'>('pending');
  const [unit, setUnit] = useState<string | undefined>();
  const [deciding, setDeciding] = useState<{ contest: ChargeContestView; accept: boolean } | null>(null);
  const list = usePagedList(
    (pager) => contestsApi.list({ status: status === 'all' ? undefined : status, unit, ...pager }),
    [status, unit],
  );
  const { state } = list;

  const columns: TableProps<ChargeContestView>['columns'] = [
    {
      key: 'matter',
      title: t('contests.field.matter'),
      render: (_, c) => (
        <>
          <Link to={`/office/matters/${c.matterId}`} data-testid="contest-matter">
            {c.matterCode} {c.matterTitle}
          </Link>
          {screens.md ? null : <div>{unitName(c.unitCode)}</div>}
          {screens.lg ? null : (
            <Typography.Text type="secondary">
              {isEscalationLevel(c.charge.level) ? t(`escalation.${c.charge.level}`) : t('contests.charge.overdue')}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'unit',
      title: t('contests.field.unit'),
      width: 150,
      responsive: ['md'],
      render: (_, c) => unitName(c.unitCode),
    },
    {
      key: 'charge',
      title: t('contests.field.charge'),
      width: 170,
      responsive: ['lg'],
      render: (_, c) => (
        <Space size={4} wrap>
          {isEscalationLevel(c.charge.level) ? (
            <EscalationTag level={c.charge.level} />
          ) : (
            <Tag color="red">{t('contests.charge.overdue')}</Tag>
          )}
          {c.charge.at ? <Typography.Text type="secondary">{formatDateTime(c.charge.at, lang)}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      key: 'reason',
      title: t('contests.field.reason'),
      render: (_, c) => (
        <>
          <div style={{ whiteSpace: 'pre-wrap' }}>{c.reason}</div>
          {c.attachments.length > 0 ? (
            <Typography.Text type="secondary">
              {t('timeline.attachments', { names: c.attachments.join('、') })}
            </Typography.Text>
          ) : null}
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
            {formatDateTime(c.filedAt, lang)} · {c.filedBy}
          </div>
        </>
      ),
    },
    {
      key: 'status',
      title: t('contests.field.status'),
      render: (_, c) =>
        c.status === 'pending' ? (
          <Space wrap>
            <Button
              size="small"
              type="primary"
              onClick={() => setDeciding({ contest: c, accept: true })}
              data-testid="contest-accept"
            >
              {t('contests.action.accept')}
            </Button>
            <Button
              size="small"
              danger
              onClick={() => setDeciding({ contest: c, accept: false })}
              data-testid="contest-reject"
            >
              {t('contests.action.reject')}
            </Button>
          </Space>
        ) : (
          <>
            <Tag color={STATUS_COLOR[c.status]}>{t(`contests.status.${c.status}`)}</Tag>
            {c.decisionReason ? <div style={{ whiteSpace: 'pre-wrap' }}>{c.decisionReason}</div> : null}
          </>
        ),
    },
  ];

  return (
    <Card
      title={<span data-testid="page-title">{t('contests.title')}</span>}
      extra={
        state.data ? (
          <Typography.Text type="secondary">{t('contests.total', { n: state.data.total })}</Typography.Text>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('contests.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<ContestStatusName | 'all'>
          style={{ minWidth: 150 }}
          value={status}
          onChange={(s) => {
            setStatus(s);
            list.setPage(1);
          }}
          options={[
            { value: 'all', label: t('contests.filter.status') },
            ...STATUSES.map((s) => ({ value: s, label: t(`contests.status.${s}`) })),
          ]}
          data-testid="contest-filter-status"
        />
        <Select<string>
          allowClear
          showSearch
          {...UNIT_SEARCH}
          style={{ minWidth: 220 }}
          placeholder={t('contests.field.unit')}
          value={unit}
          onChange={(u) => {
            setUnit(u);
            list.setPage(1);
          }}
          options={unitOptions(units, lang, [], { past: true })}
          data-testid="contest-filter-unit"
        />
      </Space>
      <PagedTable<ChargeContestView>
        list={list}
        data-testid="contest-table"
        columns={columns}
        empty={t('contests.empty')}
        rowData={(c) => ({ 'data-testid': 'contest-row', 'data-contest-id': c.id, 'data-status': c.status })}
      />
      {deciding ? (
        <DecideContestDialog
          contest={deciding.contest}
          accept={deciding.accept}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            state.reload();
          }}
        />
      ) : null}
    </Card>
  );
}
