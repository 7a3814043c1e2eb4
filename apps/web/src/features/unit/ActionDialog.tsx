import type { CommandResponseBody, MatterDetail } from '@app/contracts';
import { DatePicker, Form, Input, InputNumber, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';

import { sendMatterCommand } from '../../api/endpoints';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { DialogFooter } from '../../shared/DialogFooter';
import { textRules } from '../../shared/formRules';
import { FormError } from '../../shared/states';
import type { EvidenceValues } from '../matters/Evidence';
import { EvidenceFields, evidenceOf } from '../matters/Evidence';
import { useMatterCommand } from '../matters/useMatterCommand';
import type { UnitAction } from './actions';

interface Values {
  reason?: string;
  text?: string;
  percent?: number;
  summary?: string;
  evidence?: EvidenceValues;
  requestedDueDate?: Dayjs;
}

// Sends one command; each call is one click, so each gets a fresh Idempotency-Key (see sendMatterCommand).
function sendAction(matter: MatterDetail, action: UnitAction, v: Values): Promise<CommandResponseBody> {
  switch (action) {
    case 'acknowledge':
      return sendMatterCommand(matter.id, 'acknowledge', {});
    case 'decline':
      return sendMatterCommand(matter.id, 'decline', { reason: (v.reason ?? '').trim() });
    case 'progress':
      return sendMatterCommand(matter.id, 'progress', { text: (v.text ?? '').trim(), percent: v.percent ?? 0 });
    case 'contribution':
      return sendMatterCommand(matter.id, 'contribution', {
        text: (v.text ?? '').trim(),
        evidence: evidenceOf(v.evidence),
      });
    case 'completion':
      return sendMatterCommand(matter.id, 'completion', {
        summary: (v.summary ?? '').trim(),
        evidence: evidenceOf(v.evidence),
      });
    case 'extension':
      return sendMatterCommand(matter.id, 'extension-request', {
        requestedDueDate: v.requestedDueDate?.format('YYYY-MM-DD') ?? '',
        reason: (v.reason ?? '').trim(),
      });
  }
}

function Fields({ action, matter, percent }: { action: UnitAction; matter: MatterDetail; percent: number }) {
  const { t, lang } = useI18n();
  switch (action) {
    case 'acknowledge':
      return <Typography.Paragraph>{t('action.acknowledgeConfirm')}</Typography.Paragraph>;
    case 'decline':
      return (
        <Form.Item
          name="reason"
          label={t('action.declineReason')}
          rules={textRules(t, 2000, t('action.reasonRequired'))}
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
            rules={textRules(t, 4000, t('action.progressTextRequired'))}
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
            rules={textRules(t, 4000, t('action.progressTextRequired'))}
          >
            <Input.TextArea rows={4} data-testid="field-text" />
          </Form.Item>
          <EvidenceFields />
        </>
      );
    case 'completion':
      return (
        <>
          <Form.Item name="summary" label={t('action.summary')} rules={textRules(t, 4000, t('action.summaryRequired'))}>
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
            rules={textRules(t, 2000, t('action.reasonRequired'))}
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
  const [form] = Form.useForm<Values>();
  const { busy, error, send } = useMatterCommand(form, onDone);
  const onOk = () => send((values) => sendAction(matter, action, values), t(`action.done.${action}`));

  return (
    <Modal
      open
      title={`${t(`action.${action}`)} · ${matter.code}`}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <DialogFooter
          busy={busy}
          onCancel={onClose}
          onOk={onOk}
          cancelTestId="dialog-cancel"
          okTestId={`dialog-confirm-${action}`}
          okText={action === 'acknowledge' ? t('action.acknowledge') : t('common.submit')}
        />
      }
    >
      <FormError error={error} />
      <Form form={form} layout="vertical" requiredMark={false} disabled={busy}>
        <Fields action={action} matter={matter} percent={percent} />
      </Form>
    </Modal>
  );
}
