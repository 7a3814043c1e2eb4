import type { CommandResponseBody, EvidenceItem, MatterDetail } from '@app/contracts';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';

import { sendMatterCommand } from '../../api/endpoints';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorAlert } from '../../shared/states';
import type { UnitAction } from './actions';

interface Values {
  reason?: string;
  text?: string;
  percent?: number;
  summary?: string;
  evidence?: { title: string; url?: string }[];
  requestedDueDate?: Dayjs;
}

function evidenceOf(values: Values): EvidenceItem[] {
  return (values.evidence ?? []).map((e) =>
    e.url?.trim() ? { title: e.title.trim(), url: e.url.trim() } : { title: e.title.trim() },
  );
}

// Sends one command; each call is one click, so each gets a fresh Idempotency-Key (see sendMatterCommand).
function submit(matter: MatterDetail, action: UnitAction, v: Values): Promise<CommandResponseBody> {
  switch (action) {
    case 'acknowledge':
      return sendMatterCommand(matter.id, 'acknowledge', {});
    case 'decline':
      return sendMatterCommand(matter.id, 'decline', { reason: (v.reason ?? '').trim() });
    case 'progress':
      return sendMatterCommand(matter.id, 'progress', { text: (v.text ?? '').trim(), percent: v.percent ?? 0 });
    case 'contribution':
      return sendMatterCommand(matter.id, 'contribution', { text: (v.text ?? '').trim(), evidence: evidenceOf(v) });
    case 'completion':
      return sendMatterCommand(matter.id, 'completion', { summary: (v.summary ?? '').trim(), evidence: evidenceOf(v) });
    case 'extension':
      return sendMatterCommand(matter.id, 'extension-request', {
        requestedDueDate: v.requestedDueDate?.format('YYYY-MM-DD') ?? '',
        reason: (v.reason ?? '').trim(),
      });
  }
}

function EvidenceFields() {
  const { t } = useI18n();
  return (
    <Form.List name="evidence">
      {(fields, { add, remove }) => (
        <>
          <Typography.Text>{t('action.evidence')}</Typography.Text>
          {fields.map((field) => (
            <div
              key={field.key}
              data-testid="evidence-item"
              style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: 8, marginTop: 8 }}
            >
              <Form.Item
                name={[field.name, 'title']}
                rules={[{ required: true, whitespace: true, message: t('action.evidenceTitleRequired') }, { max: 200 }]}
                style={{ marginBottom: 0 }}
              >
                <Input placeholder={t('action.evidenceTitle')} data-testid="evidence-title" />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                onClick={() => remove(field.name)}
                aria-label={t('action.removeEvidence')}
              />
              <Form.Item
                name={[field.name, 'url']}
                rules={[{ pattern: /^https?:\/\/\S+$/, message: t('action.evidenceUrlInvalid') }]}
                style={{ marginBottom: 0 }}
              >
                <Input placeholder={t('action.evidenceUrl')} data-testid="evidence-url" />
              </Form.Item>
            </div>
          ))}
          {fields.length < 20 ? (
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ title: '' })}
              style={{ marginTop: 8 }}
              block
              data-testid="evidence-add"
            >
              {t('action.addEvidence')}
            </Button>
          ) : null}
        </>
      )}
    </Form.List>
  );
}

function Fields({ action, matter, percent }: { action: UnitAction; matter: MatterDetail; percent: number }) {
  const { t, lang } = useI18n();
  const long = (max: number) => ({ max, message: t('action.textTooLong', { n: max }) });
  switch (action) {
    case 'acknowledge':
      return <Typography.Paragraph>{t('action.acknowledgeConfirm')}</Typography.Paragraph>;
    case 'decline':
      return (
        <Form.Item
          name="reason"
          label={t('action.declineReason')}
          rules={[{ required: true, whitespace: true, message: t('action.reasonRequired') }, long(2000)]}
        >
          <Input.TextArea rows={4} data-testid="field-reason" />
        </Form.Item>
      );
    case 'progress':
      return (
        <>
          <Form.Item
            name="text"
            label={t('action.progressText')}
            rules={[{ required: true, whitespace: true, message: t('action.progressTextRequired') }, long(4000)]}
          >
            <Input.TextArea rows={4} data-testid="field-text" />
          </Form.Item>
          <Form.Item name="percent" label={t('action.percent')} initialValue={percent} rules={[{ required: true }]}>
            <InputNumber
              min={0}
              max={100}
              precision={0}
              suffix="%"
              style={{ width: 140 }}
              data-testid="field-percent"
            />
          </Form.Item>
        </>
      );
    case 'contribution':
      return (
        <>
          <Form.Item
            name="text"
            label={t('action.contributionText')}
            rules={[{ required: true, whitespace: true, message: t('action.progressTextRequired') }, long(4000)]}
          >
            <Input.TextArea rows={4} data-testid="field-text" />
          </Form.Item>
          <EvidenceFields />
        </>
      );
    case 'completion':
      return (
        <>
          <Form.Item
            name="summary"
            label={t('action.summary')}
            rules={[{ required: true, whitespace: true, message: t('action.summaryRequired') }, long(4000)]}
          >
            <Input.TextArea rows={5} data-testid="field-summary" />
          </Form.Item>
          <EvidenceFields />
        </>
      );
    case 'extension':
      return (
        <>
          <Form.Item
            name="requestedDueDate"
            label={t('action.requestedDueDate')}
            extra={t('action.dateAfterDue', { date: formatDate(matter.dueDate, lang) })}
            rules={[{ required: true, message: t('action.requestedDueDateRequired') }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => !d.isAfter(dayjs(matter.dueDate), 'day')}
              format={lang === 'zh' ? 'YYYY年M月D日' : 'YYYY-MM-DD'}
              data-testid="field-date"
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('action.extensionReason')}
            rules={[{ required: true, whitespace: true, message: t('action.reasonRequired') }, long(2000)]}
          >
            <Input.TextArea rows={4} data-testid="field-reason" />
          </Form.Item>
        </>
      );
  }
}

export function ActionDialog(props: {
  action: UnitAction;
  matter: MatterDetail;
  percent: number;
  onClose: () => void;
  onDone: (matter: MatterDetail) => void;
}) {
  const { action, matter, percent, onClose, onDone } = props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const onOk = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await submit(matter, action, values);
      void message.success(t(`action.done.${action}`));
      onDone(res.matter);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`${t(`action.${action}`)} · ${matter.code}`}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose} disabled={busy} data-testid="dialog-cancel">
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={busy}
          onClick={() => void onOk()}
          data-testid={`dialog-confirm-${action}`}
        >
          {action === 'acknowledge' ? t('action.acknowledge') : t('common.submit')}
        </Button>,
      ]}
    >
      {error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <Form form={form} layout="vertical" requiredMark={false} disabled={busy}>
        <Fields action={action} matter={matter} percent={percent} />
      </Form>
    </Modal>
  );
}
