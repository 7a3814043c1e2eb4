import type { FileRosterChange, RosterEntryView, RosterKind, UnitRosterView } from '@app/contracts';
import type { TableProps } from 'antd';
import { App, Button, Checkbox, Descriptions, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';

import { useI18n } from '@web/i18n/i18n-context';
import type { MessageKey } from '@web/i18n/zh';
import { formatDay } from '@web/shared/dates';
import { describeError } from '@web/shared/errors';

export const UNIT_KINDS: RosterKind[] = ['responsible_official', 'supervising_leader', 'liaison_officer'];
export const CONFERENCE_KINDS: RosterKind[] = ['convener', 'deputy_convener'];

export const unitSeats = (r: UnitRosterView) => [
  { kind: 'responsible_official', entry: r.responsibleOfficial },
  { kind: 'supervising_leader', entry: r.supervisingLeader },
  { kind: 'liaison_officer', entry: r.liaisonOfficer },
];

const kindKey = (kind: string) => `roster.kind.${kind}` as MessageKey;
const STATUS_COLOR: Record<string, string> = { filed: 'gold', recorded: 'green', refused: 'red' };

// The seats now: who holds each (or 空缺).
export function CurrentSeats({ seats }: { seats: { kind: string; entry: RosterEntryView | null }[] }) {
  const { t } = useI18n();
  return (
    <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered data-testid="roster-current">
      {seats.map(({ kind, entry }) => (
        <Descriptions.Item key={`${kind}-${entry?.id ?? 'none'}`} label={t(kindKey(kind))}>
          {entry ? (
            <Space direction="vertical" size={0}>
              <span data-testid={`roster-current-${kind}`}>{entry.personName}</span>
              {entry.title ? <span>{entry.title}</span> : null}
              {entry.phone ? <span>{entry.phone}</span> : null}
            </Space>
          ) : (
            <span data-testid={`roster-current-${kind}`}>{t('roster.vacant')}</span>
          )}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

// Filings and changes; with onDecide, the office's 备案 / 不予备案 buttons on the filed ones.
export function RosterTable({
  entries,
  onDecide,
  showUnit,
  testId,
}: {
  entries: RosterEntryView[];
  onDecide?: (entry: RosterEntryView, decision: 'record' | 'refuse') => void;
  showUnit?: (code: string) => string;
  testId: string;
}) {
  const { t, lang } = useI18n();
  const columns: TableProps<RosterEntryView>['columns'] = [
    ...(showUnit
      ? [{ key: 'unit', title: t('roster.unit'), render: (_: unknown, e: RosterEntryView) => showUnit(e.unitCode) }]
      : []),
    { key: 'kind', title: t('roster.col.kind'), render: (_, e) => t(kindKey(e.kind)) },
    {
      key: 'person',
      title: t('roster.col.person'),
      render: (_, e) => (e.vacates ? `${e.personName}（${t('roster.vacates')}）` : e.personName),
    },
    { key: 'title', title: t('roster.col.title'), render: (_, e) => e.title ?? '—', responsive: ['lg'] },
    { key: 'phone', title: t('roster.col.phone'), render: (_, e) => e.phone ?? '—', responsive: ['md'] },
    { key: 'from', title: t('roster.col.effectiveFrom'), render: (_, e) => formatDay(e.effectiveFrom, lang) },
    {
      key: 'status',
      title: t('roster.col.status'),
      render: (_, e) => (
        <Tag color={STATUS_COLOR[e.status]} data-testid="roster-status">
          {t(`roster.status.${e.status}` as MessageKey)}
        </Tag>
      ),
    },
    {
      key: 'reason',
      title: t('roster.col.reason'),
      render: (_, e) => (e.decisionReason ? `${e.reason}；${e.decisionReason}` : e.reason),
    },
    { key: 'by', title: t('roster.col.filedBy'), render: (_, e) => e.filedBy, responsive: ['lg'] },
    ...(onDecide
      ? [
          {
            key: 'actions',
            title: t('roster.col.actions'),
            render: (_: unknown, e: RosterEntryView) =>
              e.status === 'filed' ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => onDecide(e, 'record')} data-testid="roster-record">
                    {t('roster.record')}
                  </Button>
                  <Button size="small" danger onClick={() => onDecide(e, 'refuse')} data-testid="roster-refuse">
                    {t('roster.refuse')}
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Table<RosterEntryView>
      rowKey="id"
      size="small"
      dataSource={entries}
      columns={columns}
      pagination={entries.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 720 }}
      data-testid={testId}
    />
  );
}

// The reason the office gives when it refuses a filing.
export function RefuseDialog({
  entry,
  onClose,
  onRefuse,
}: {
  entry: RosterEntryView | null;
  onClose: () => void;
  onRefuse: (entry: RosterEntryView, reason: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={entry !== null}
      title={t('roster.refuse')}
      onCancel={onClose}
      okText={t('roster.refuse')}
      okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy, 'data-testid': 'roster-refuse-ok' }}
      onOk={() => {
        if (!entry) {
          return;
        }
        setBusy(true);
        void onRefuse(entry, reason.trim())
          .then(() => setReason(''))
          .finally(() => setBusy(false));
      }}
      destroyOnClose
    >
      <Input.TextArea
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('roster.refuseReason')}
        rows={3}
        maxLength={500}
        data-testid="roster-refuse-reason"
      />
    </Modal>
  );
}

// A change to file: the seat, the person, from when, and why.
export function FileChangeDialog({
  open,
  kinds,
  title,
  onClose,
  onFile,
}: {
  open: boolean;
  kinds: RosterKind[];
  title: string;
  onClose: () => void;
  onFile: (change: FileRosterChange) => Promise<void>;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FileRosterChange>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    const change: FileRosterChange = {
      kind: values.kind,
      personName: values.personName.trim(),
      effectiveFrom: values.effectiveFrom,
      reason: values.reason.trim(),
      ...(values.title?.trim() ? { title: values.title.trim() } : {}),
      ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
      ...(values.userId?.trim() ? { userId: values.userId.trim() } : {}),
      ...(values.vacates ? { vacates: true } : {}),
    };
    setBusy(true);
    try {
      await onFile(change);
      form.resetFields();
    } catch (err) {
      void message.error(`${t('roster.failed')}：${describeError(t, err)}`);
    } finally {
      setBusy(false);
    }
  };
  const required = [{ required: true, whitespace: true, message: t('roster.reasonRequired') }];
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'roster-file-ok' }}
      destroyOnClose
    >
      <Form form={form} layout="vertical" initialValues={{ kind: kinds[0] }} preserve={false}>
        <Form.Item name="kind" label={t('roster.col.kind')} rules={required}>
          <Select options={kinds.map((k) => ({ value: k, label: t(kindKey(k)) }))} data-testid="roster-kind" />
        </Form.Item>
        <Form.Item name="personName" label={t('roster.col.person')} rules={required}>
          <Input maxLength={64} data-testid="roster-person" />
        </Form.Item>
        <Form.Item name="title" label={t('roster.col.title')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="phone" label={t('roster.col.phone')}>
          <Input maxLength={32} data-testid="roster-phone" />
        </Form.Item>
        <Form.Item name="userId" label={t('roster.field.userId')}>
          <Input maxLength={36} data-testid="roster-user" />
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label={t('roster.col.effectiveFrom')}
          rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }]}
        >
          <Input placeholder="YYYY-MM-DD" data-testid="roster-from" />
        </Form.Item>
        <Form.Item name="vacates" valuePropName="checked">
          <Checkbox>{t('roster.vacates')}</Checkbox>
        </Form.Item>
        <Form.Item name="reason" label={t('roster.col.reason')} rules={required}>
          <Input.TextArea rows={2} maxLength={500} data-testid="roster-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
