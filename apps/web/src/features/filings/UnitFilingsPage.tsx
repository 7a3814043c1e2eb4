import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { FilingKind, FilingView } from '@app/contracts';
import type { TableProps } from 'antd';
import { Button, Card, Drawer, Empty, Grid, Result, Table, Tabs, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';

import { filingsApi } from '@web/api/conference';
import { useUser } from '@web/auth/auth-context';
import { useI18n } from '@web/i18n/i18n-context';
import { pagesOf } from '@web/shared/pagination';
import { LoadError } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { FilingDetails } from './FilingDetails';
import { FilingFormDialog } from './FilingFormDialog';
import { FILING_KINDS, useFilingColumns } from './filingTags';

const PAGE_SIZE = 20;

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
  const screens = Grid.useBreakpoint();
  const [kind, setKind] = useState<FilingKind>('major_matter');
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [open, setOpen] = useState<FilingView | null>(null);
  const state = useAsync(() => filingsApi.list({ kind, page, pageSize: PAGE_SIZE }), [kind, page]);

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
    <Table<FilingView>
      rowKey="id"
      data-testid="filing-table"
      columns={columns}
      dataSource={state.data?.items ?? []}
      loading={state.loading}
      locale={{
        emptyText: state.loading ? (
          ' '
        ) : (
          <Empty description={t('filings.emptyKind', { kind: t(`filings.kind.${kind}`) })} />
        ),
      }}
      pagination={pagesOf(state.data?.total ?? 0, page, PAGE_SIZE, setPage)}
      onRow={(f) =>
        ({
          'data-testid': 'filing-row',
          'data-filing-id': f.id,
          'data-status': f.status,
        }) as HTMLAttributes<HTMLElement>
      }
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
          setPage(1);
        }}
        items={FILING_KINDS.map((k) => ({
          key: k,
          label: <span data-testid={`filings-tab-${k}`}>{t(`filings.kind.${k}`)}</span>,
          children: state.error && !state.loading ? <LoadError error={state.error} onRetry={state.reload} /> : table,
        }))}
        destroyOnHidden
      />
      {open ? (
        <Drawer
          open
          title={t('filings.detail')}
          onClose={() => setOpen(null)}
          size={screens.md ? 640 : '100%'}
          data-testid="filing-drawer"
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
        >
          <FilingDetails filing={open} />
        </Drawer>
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
            setPage(1);
            state.reload();
          }}
        />
      ) : null}
    </Card>
  );
}
