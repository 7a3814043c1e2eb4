import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';

import type { CalendarAdjustment, CalendarCoverage, WorkingDaysPreview } from '@web/api/endpoints';
import { officeApi, referenceApi } from '@web/api/endpoints';
import { textRules } from '@web/shared/formRules';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import { useSubmit } from '@web/shared/useSubmit';
import { formatDate, formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { ListTable } from '@web/shared/ListTable';
import { ErrorAlert, LoadError, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { DATE_FORMATS } from './NewMatterPage';
import { useUnitList } from './units';
import { UnitSelect } from './UnitSelect';
import { YearSchedules } from './YearSchedules';

// Consecutive years as ranges: 2004–2026.
function ranges(years: number[]): string[] {
  const sorted = [...years].sort((a, b) => a - b);
  const out: string[] = [];
  let start = sorted[0];
  let prev = sorted[0] ?? Number.NaN;
  for (const y of [...sorted.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    if (start !== undefined) {
      out.push(start === prev ? String(start) : `${start}–${prev}`);
    }
    start = y;
    prev = y;
  }
  return out;
}

function Coverage({ coverage }: { coverage: CalendarCoverage }) {
  const { t, lang } = useI18n();
  const bundled = coverage.years.filter((y) => y.source === 'package').map((y) => y.year);
  const manual = coverage.years.filter((y) => y.source !== 'package');
  return (
    <Card size="small" title={t('office.cal.coverage')} data-testid="calendar-coverage">
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text>{t('office.cal.today', { date: formatDate(coverage.today, lang) })}</Typography.Text>
        {bundled.length ? (
          <Typography.Text>
            {t('office.cal.bundled')}：<Typography.Text strong>{ranges(bundled).join('、')}</Typography.Text>
          </Typography.Text>
        ) : null}
        {manual.length ? (
          <div>
            <Typography.Text>{t('office.cal.manual')}：</Typography.Text>
            {manual.map((y) => (
              <Tag key={y.year} color="blue">
                {y.year}
                {y.documentNumber ? ` · ${y.documentNumber}` : ''}
              </Tag>
            ))}
          </div>
        ) : null}
        {coverage.provisionalYears.length ? (
          <Alert
            type="warning"
            showIcon
            data-testid="calendar-provisional"
            title={t('office.cal.provisional', { years: coverage.provisionalYears.join('、') })}
          />
        ) : (
          <Typography.Text type="success">{t('office.cal.noProvisional')}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}

interface AddValues {
  date?: Dayjs;
  kind: 'off' | 'working';
  unitCode?: string;
  reason: string;
  documentNumber?: string;
}

function AddAdjustmentDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { units } = useUnitList();
  const [form] = Form.useForm<AddValues>();
  const { busy, error, submit } = useSubmit();
  const send = (v: AddValues) =>
    officeApi.addAdjustment({
      date: v.date?.format('YYYY-MM-DD') ?? '',
      kind: v.kind,
      ...(v.unitCode ? { unitCode: v.unitCode } : {}),
      reason: v.reason.trim(),
      ...(v.documentNumber?.trim() ? { documentNumber: v.documentNumber.trim() } : {}),
    });
  const done = (res: { recomputedMatters: number }) => {
    void message.success(t('office.cal.added', { n: res.recomputedMatters }));
    onDone();
  };

  return (
    <SubmitDialog
      title={t('office.cal.add')}
      onClose={onClose}
      busy={busy}
      error={error}
      onOk={() => void submit(form, send, done)}
      okText={t('common.submit')}
      okTestId="adj-submit"
    >
      <Form form={form} layout="vertical" disabled={busy} initialValues={{ kind: 'off' }}>
        <Form.Item
          name="date"
          label={t('office.cal.date')}
          rules={[{ required: true, message: t('office.cal.dateRequired') }]}
        >
          <DatePicker format={DATE_FORMATS} placeholder="YYYY-MM-DD" style={{ width: '100%' }} data-testid="adj-date" />
        </Form.Item>
        <Form.Item name="kind" label={t('office.cal.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            data-testid="adj-kind"
            options={[
              { value: 'off', label: t('office.cal.kind.off') },
              { value: 'working', label: t('office.cal.kind.working') },
            ]}
          />
        </Form.Item>
        <Form.Item name="unitCode" label={t('office.cal.scope')} extra={t('office.cal.scopeHint')}>
          <UnitSelect allowClear placeholder={t('office.cal.district')} units={units} data-testid="adj-unit" />
        </Form.Item>
        <Form.Item name="reason" label={t('action.reason')} rules={textRules(t, 500, t('action.reasonRequired'))}>
          <Input.TextArea rows={3} placeholder={t('office.cal.reasonPlaceholder')} data-testid="adj-reason" />
        </Form.Item>
        <Form.Item name="documentNumber" label={t('office.cal.docNo')} rules={[{ max: 100 }]}>
          <Input placeholder={t('office.cal.docNoPlaceholder')} data-testid="adj-doc" />
        </Form.Item>
      </Form>
    </SubmitDialog>
  );
}

function RevokeDialog(props: { adjustment: CalendarAdjustment; onClose: () => void; onDone: () => void }) {
  const { adjustment, onClose, onDone } = props;
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmit();
  const onOk = () =>
    run(
      () => officeApi.revokeAdjustment(adjustment.id, reason.trim()),
      (res) => {
        void message.success(t('office.cal.revoked', { n: res.recomputedMatters }));
        onDone();
      },
    );
  return (
    <SubmitDialog
      title={t('office.cal.revokeTitle', { date: formatDate(adjustment.date, lang) })}
      onClose={onClose}
      busy={busy}
      error={error}
      onOk={() => void onOk()}
      okText={t('office.cal.revoke')}
      okTestId="adj-revoke-confirm"
      okDisabled={!reason.trim()}
      danger
    >
      <Typography.Paragraph type="secondary">{t('office.cal.revokeHint')}</Typography.Paragraph>
      <Input.TextArea
        rows={3}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('office.cal.revokeReason')}
        data-testid="adj-revoke-reason"
      />
    </SubmitDialog>
  );
}

function Preview() {
  const { t, lang } = useI18n();
  const { units } = useUnitList();
  const [from, setFrom] = useState<Dayjs | null>(dayjs());
  const [days, setDays] = useState<number | null>(10);
  const [unit, setUnit] = useState<string | undefined>();
  const [result, setResult] = useState<WorkingDaysPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!from || days === null) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setResult(await officeApi.workingDays(from.format('YYYY-MM-DD'), days, unit));
    } catch (err) {
      setResult(null);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('office.cal.preview')}>
      <Space wrap>
        <DatePicker value={from} onChange={setFrom} format={DATE_FORMATS} data-testid="preview-from" />
        <InputNumber
          value={days}
          min={0}
          max={1000}
          precision={0}
          onChange={(v) => setDays(v)}
          suffix={t('matter.workingDays')}
          style={{ width: 130 }}
          data-testid="preview-days"
        />
        <UnitSelect
          allowClear
          value={unit}
          onChange={setUnit}
          placeholder={t('office.cal.district')}
          units={units}
          style={{ width: 200 }}
        />
        <Button onClick={() => void run()} loading={busy} icon={<CalendarOutlined />} data-testid="preview-run">
          {t('office.cal.previewRun')}
        </Button>
      </Space>
      {error ? (
        <div style={{ marginTop: 8 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      {result ? (
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="preview-result">
          {t('office.cal.previewResult', {
            from: formatDate(result.from, lang),
            n: result.days,
            date: formatDate(result.date, lang),
          })}
          {result.provisional ? (
            <Tag color="warning" style={{ marginLeft: 8 }}>
              {t('office.tag.provisional')}
            </Tag>
          ) : null}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

// ---- the State Council's annual holiday schedule (国务院办公厅关于某年部分节假日安排的通知), entered by hand ----

// The festivals every notice covers, in calendar order: a new entry starts with one row for each.
export function CalendarAdminPage() {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const coverage = useAsync(() => referenceApi.coverage(), []);
  const adjustments = useAsync(() => officeApi.adjustments(), []);
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<CalendarAdjustment | null>(null);

  const changed = () => {
    setAdding(false);
    setRevoking(null);
    adjustments.reload();
    coverage.reload();
  };

  const columns: TableProps<CalendarAdjustment>['columns'] = [
    { key: 'date', title: t('office.cal.date'), width: 140, render: (_, a) => formatDate(a.date, lang) },
    {
      key: 'kind',
      title: t('office.cal.kind'),
      width: 100,
      render: (_, a) =>
        a.kind === 'off' ? (
          <Tag color="red">{t('office.cal.kind.off')}</Tag>
        ) : (
          <Tag color="blue">{t('office.cal.kind.working')}</Tag>
        ),
    },
    {
      key: 'scope',
      title: t('office.cal.scope'),
      width: 170,
      render: (_, a) => (a.unitCode ? unitName(a.unitCode) : t('office.cal.district')),
    },
    { key: 'reason', title: t('action.reason'), render: (_, a) => a.reason },
    { key: 'doc', title: t('office.cal.docNo'), width: 170, render: (_, a) => a.documentNumber ?? '—' },
    {
      key: 'by',
      title: t('office.cal.by'),
      width: 170,
      responsive: ['lg'],
      render: (_, a) => (
        <span style={{ fontSize: 12 }}>
          {a.createdBy}
          <br />
          {formatDateTime(a.createdAt, lang)}
        </span>
      ),
    },
    {
      key: 'actions',
      width: 90,
      render: (_, a) =>
        a.revokedAt ? (
          <Tag>{t('office.cal.revokedTag')}</Tag>
        ) : (
          <Button size="small" danger onClick={() => setRevoking(a)} data-testid="adj-revoke">
            {t('office.cal.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
        {t('office.cal.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          {coverage.loading && !coverage.data ? (
            <PageLoading />
          ) : coverage.data ? (
            <Coverage coverage={coverage.data} />
          ) : (
            <LoadError error={coverage.error} onRetry={coverage.reload} />
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Preview />
        </Col>
      </Row>
      <YearSchedules coverage={coverage.data} onChanged={coverage.reload} />
      <Card
        size="small"
        title={t('office.cal.adjustments')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="adj-add">
            {t('office.cal.add')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('office.cal.adjustmentsHint')}</Typography.Paragraph>
        <ListTable<CalendarAdjustment>
          state={adjustments}
          rowKey="id"
          size="small"
          data-testid="adjustment-table"
          columns={columns}
          dataSource={[...(adjustments.data ?? [])].sort((a, b) => b.date.localeCompare(a.date))}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 800 }}
          locale={{ emptyText: adjustments.loading ? ' ' : <Empty description={t('office.cal.empty')} /> }}
        />
      </Card>
      {adding ? <AddAdjustmentDialog onClose={() => setAdding(false)} onDone={changed} /> : null}
      {revoking ? <RevokeDialog adjustment={revoking} onClose={() => setRevoking(null)} onDone={changed} /> : null}
    </Space>
  );
}
