import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { FilingKind, FilingView } from '@app/contracts';
import type { TableProps } from 'antd';
import { Button, Card, Result, Tabs, Typography } from 'antd';
import { useState } from 'react';

import { filingsApi } from '@web/api/conference';
import { useUser } from '@web/auth/auth-context';
import { useI18n } from '@web/i18n/i18n-context';
import { PagedTable, usePagedList } from '@web/shared/PagedTable';
import { FilingDrawer } from './FilingDetails';
import { FilingFormDialog } from './FilingFormDialog';
import { FILING_KINDS, useFilingColumns } from './filingTags';

type Dialog = { mode: 'new' } | { mode: 'resubmit'; filing: FilingView };

// A member unit files major matters (重大事项抄送) and information items (信息报送), and resubmits returned ones.
export function UnitFilingsPage() {
  const { t } = useI18n();
  const user = useUser();
  if (!user.unitCode) {
    return <Result status="warning" title={t('unit.noUnit')} />;
  }
  return <UnitFilings />;
}

function UnitFilings() {
  const { t } = useI18n();
  const [kind, setKind] = useState<FilingKind>('major_matter');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [open, setOpen] = useState<FilingView | null>(null);
  const list = usePagedList((pager) => filingsApi.list({ kind, ...pager }), [kind]);

  const resubmit = (filing: FilingView) => {
    setOpen(null);
    setDialog({ mode: 'resubmit', filing });
  };

  const filingColumns = useFilingColumns();
  const columns: TableProps<FilingView>['columns'] = [
    {
      key: 'title',
      title: t('filings.field.title'),
      render: (_, f) => (
        <div>
          <Typography.Link onClick={() => setOpen(f)} data-testid="filing-open">
            {f.title}
          </Typography.Link>
          {f.status === 'returned' && f.reviewComment ? (
            <div>
              <Typography.Text type="danger" data-testid="filing-return-comment">
                {t('filings.returnedNotice', { comment: f.reviewComment })}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    ...filingColumns,
    {
      // On a phone the title opens the drawer, which offers the same action.
      key: 'actions',
      width: 170,
      responsive: ['sm'],
      render: (_, f) =>
        f.allowedActions.includes('resubmit') ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => resubmit(f)} data-testid="filing-resubmit">
            {t('filings.resubmit')}
          </Button>
        ) : null,
    },
  ];

  const table = (
    <PagedTable<FilingView>
      list={list}
      data-testid="filing-table"
      columns={columns}
      empty={t('filings.emptyKind', { kind: t(`filings.kind.${kind}`) })}
      rowData={(f) => ({ 'data-testid': 'filing-row', 'data-filing-id': f.id, 'data-status': f.status })}
    />
  );

  return (
    <Card
      title={<span data-testid="page-title">{t('filings.unitTitle')}</span>}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog({ mode: 'new' })}
          data-testid="filings-new"
        >
          {t('filings.new')}
        </Button>
      }
    >
      <Tabs
        activeKey={kind}
        onChange={(k) => {
          setKind(k as FilingKind);
          list.setPage(1);
        }}
        items={FILING_KINDS.map((k) => ({
          key: k,
          label: <span data-testid={`filings-tab-${k}`}>{t(`filings.kind.${k}`)}</span>,
          children: table,
        }))}
        destroyOnHidden
      />
      {open ? (
        <FilingDrawer
          filing={open}
          onClose={() => setOpen(null)}
          extra={
            open.allowedActions.includes('resubmit') ? (
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => resubmit(open)}
                data-testid="filing-drawer-resubmit"
              >
                {t('filings.resubmit')}
              </Button>
            ) : null
          }
        />
      ) : null}
      {dialog ? (
        <FilingFormDialog
          kind={kind}
          filing={dialog.mode === 'resubmit' ? dialog.filing : undefined}
          onClose={() => setDialog(null)}
          onDone={(f) => {
            setDialog(null);
            if (f.kind !== kind) {
              setKind(f.kind);
            }
            list.setPage(1);
            list.state.reload();
          }}
        />
      ) : null}
    </Card>
  );
}
