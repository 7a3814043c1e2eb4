import type { BriefingView, FilingView } from '@app/contracts';
import type { TableProps } from 'antd';
import { Alert, App, Button, Divider, Form, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';

import { briefingsApi, filingsApi } from '@web/api/conference';
import { formatDate } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import { LoadError } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { useSubmit, validated } from '@web/shared/useSubmit';
import { SmallTable } from '@web/shared/SmallTable';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import type { IssueRef, TextItem } from './briefingArea';
import { issueLabel, thisYear } from './briefingArea';
import { TextItemsField } from './TextItemsField';

interface Values {
  title: string;
  year: number;
  foreword?: string;
  texts?: Partial<TextItem>[];
}

interface Candidates {
  items: FilingView[];
  // Information item id → the issue it already went into (第N期), if any.
  usedIn: Map<string, IssueRef>;
}

// The information items selected for a briefing, oldest event first (the order they appear in the issue), and
// which of them earlier issues already carried.
async function loadCandidates(): Promise<Candidates> {
  const [filings, briefings] = await Promise.all([
    filingsApi.list({ kind: 'information', selected: true, page: 1, pageSize: 200 }),
    briefingsApi.list({ page: 1, pageSize: 200 }),
  ]);
  const usedIn = new Map<string, IssueRef>();
  // Newest issue first: an item keeps the earliest issue that carried it.
  for (const b of [...briefings.items].reverse()) {
    b.items.forEach((i) => i.id && !usedIn.has(i.id) && usedIn.set(i.id, b));
  }
  const items = [...filings.items].sort(
    (a, b) => a.eventDate.localeCompare(b.eventDate) || a.filedAt.localeCompare(b.filedAt),
  );
  return { items, usedIn };
}

// 编辑新一期: title, year, foreword, the information items to carry and extra text items. The API numbers the issue
// and adds the progress figures and the 通报 list; the result is a draft the office then reviews and publishes.
export function CompileBriefingDialog({ onClose, onDone }: { onClose: () => void; onDone: (b: BriefingView) => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const unitName = useUnitNames();
  const [form] = Form.useForm<Values>();
  const candidates = useAsync(loadCandidates, []);
  const [selected, setSelected] = useState<string[]>([]);
  const { busy, error, run } = useSubmit();
  const [needItems, setNeedItems] = useState(false);

  const fresh = useMemo(
    () => (candidates.data?.items ?? []).filter((f) => !candidates.data?.usedIn.has(f.id)).map((f) => f.id),
    [candidates.data],
  );
  // Preselect every item no earlier issue carried yet.
  const [preselected, setPreselected] = useState<string[] | null>(null);
  if (preselected !== fresh) {
    setPreselected(fresh);
    setSelected(fresh);
  }

  const onOk = async () => {
    const v = await validated(form);
    if (!v) {
      return;
    }
    const texts = (v.texts ?? []).map((i) => ({
      title: (i.title ?? '').trim(),
      text: (i.text ?? '').trim(),
      ...(i.unitCode ? { unitCode: i.unitCode } : {}),
    }));
    if (selected.length === 0 && texts.length === 0) {
      setNeedItems(true);
      return;
    }
    // In the order the table shows them.
    const order = (candidates.data?.items ?? []).map((f) => f.id);
    await run(
      () =>
        briefingsApi.compile({
          title: v.title.trim(),
          year: v.year,
          ...(v.foreword?.trim() ? { foreword: v.foreword.trim() } : {}),
          itemIds: order.filter((id) => selected.includes(id)),
          items: texts,
        }),
      (b) => {
        void message.success(t('briefings.compile.done', { issue: issueLabel(b, lang, t) }));
        onDone(b);
      },
    );
  };

  const columns: TableProps<FilingView>['columns'] = [
    { key: 'unit', title: t('briefings.col.unit'), width: 150, render: (_, f) => unitName(f.unitCode) },
    {
      key: 'title',
      title: t('briefings.col.title'),
      render: (_, f) => {
        const used = candidates.data?.usedIn.get(f.id);
        return (
          <Space size={4} wrap>
            <span>{f.title}</span>
            {used ? <Tag>{t('briefings.compile.usedIn', { issue: issueLabel(used, lang, t) })}</Tag> : null}
          </Space>
        );
      },
    },
    {
      key: 'date',
      title: t('briefings.col.eventDate'),
      width: 130,
      responsive: ['sm'],
      render: (_, f) => formatDate(f.eventDate, lang),
    },
  ];

  const all = candidates.data?.items.map((f) => f.id) ?? [];
  return (
    <SubmitDialog
      title={t('briefings.compile')}
      width={820}
      onClose={onClose}
      busy={busy}
      error={error}
      onOk={() => void onOk()}
      okDisabled={candidates.loading}
      okTestId="compile-submit"
      okText={t('briefings.compile.submit')}
    >
      <Form
        form={form}
        layout="vertical"
        disabled={busy}
        initialValues={{ title: t('briefings.compile.defaultTitle'), year: thisYear(), texts: [] }}
        onValuesChange={() => setNeedItems(false)}
      >
        <Space wrap align="start" style={{ width: '100%' }} styles={{ item: { flex: '1 1 auto' } }}>
          <Form.Item
            name="title"
            label={t('briefings.compile.titleLabel')}
            rules={[{ required: true, whitespace: true, max: 200, message: t('briefings.compile.titleRequired') }]}
            style={{ minWidth: 260 }}
          >
            <Input data-testid="compile-title" />
          </Form.Item>
          <Form.Item
            name="year"
            label={t('briefings.compile.yearLabel')}
            extra={t('briefings.compile.yearHint')}
            rules={[
              { required: true, message: t('briefings.compile.yearRequired') },
              { type: 'integer', min: 2000, max: 2100, message: t('briefings.compile.yearRequired') },
            ]}
          >
            <InputNumber precision={0} style={{ width: 120 }} data-testid="compile-year" />
          </Form.Item>
        </Space>
        <Form.Item name="foreword" label={t('briefings.compile.foreword')} rules={[{ max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="compile-foreword" />
        </Form.Item>

        <Divider titlePlacement="start" plain>
          {t('briefings.compile.items')}
        </Divider>
        <Typography.Paragraph type="secondary">{t('briefings.compile.itemsHint')}</Typography.Paragraph>
        {candidates.error && !candidates.loading ? (
          <LoadError error={candidates.error} onRetry={candidates.reload} />
        ) : (
          <>
            <Space wrap style={{ marginBottom: 8 }}>
              <Button size="small" onClick={() => setSelected(all)} data-testid="compile-select-all">
                {t('briefings.compile.selectAll')}
              </Button>
              <Button size="small" onClick={() => setSelected([])} data-testid="compile-select-none">
                {t('briefings.compile.selectNone')}
              </Button>
              <Typography.Text type="secondary" data-testid="compile-selected-count" data-value={selected.length}>
                {t('briefings.compile.selectedCount', { n: selected.length })}
              </Typography.Text>
            </Space>
            <SmallTable<FilingView>
              rowKey="id"
              data-testid="compile-items"
              columns={columns}
              dataSource={candidates.data?.items ?? []}
              loading={candidates.loading}
              scroll={{ y: 280 }}
              rowSelection={{
                selectedRowKeys: selected,
                onChange: (keys) => {
                  setSelected(keys.map(String));
                  setNeedItems(false);
                },
                getCheckboxProps: () => ({ disabled: busy }),
              }}
              locale={{ emptyText: candidates.loading ? ' ' : t('briefings.compile.noItems') }}
              rowData={(f) => ({
                'data-testid': 'compile-item',
                'data-filing-id': f.id,
                'data-selected': selected.includes(f.id) ? 'true' : 'false',
              })}
            />
          </>
        )}

        <Divider titlePlacement="start" plain>
          {t('briefings.compile.textItems')}
        </Divider>
        <TextItemsField name="texts" testPrefix="compile-text" />
        {needItems ? (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            title={t('briefings.compile.needItems')}
            data-testid="compile-need-items"
          />
        ) : null}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('briefings.compile.figuresNote')}
        </Typography.Paragraph>
      </Form>
    </SubmitDialog>
  );
}
