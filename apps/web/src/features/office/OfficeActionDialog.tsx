import type { CommandResponseBody, MatterDetail } from '@app/contracts';
import { Alert, Form, Input, Modal, Radio, Select, Typography } from 'antd';

import { sendOfficeCommand } from '../../api/endpoints';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { DialogFooter } from '../../shared/DialogFooter';
import { textRules } from '../../shared/formRules';
import { FormError } from '../../shared/states';
import { useMatterCommand } from '../matters/useMatterCommand';
import { useUnitNames } from '../matters/useUnitNames';
import { CompletionReport } from './CompletionReport';
import type { OfficeAction } from './officeActions';
import { activeAssignments, declinedAssignments, leadAssignment } from './officeActions';
import { UNIT_SEARCH, unitOptions, useUnitList } from './units';

interface Values {
  unitCode?: string;
  toUnitCode?: string;
  level?: 'reminder' | 'urging' | 'supervision' | 'report';
  approve?: boolean;
  reason?: string;
}

const trim = (s: string | undefined): string => (s ?? '').trim();

// Sends one command; each confirm click gets a fresh Idempotency-Key (sendOfficeCommand).
function sendAction(matter: MatterDetail, action: OfficeAction, v: Values): Promise<CommandResponseBody> {
  const reason = trim(v.reason);
  switch (action) {
    case 'verify':
      return sendOfficeCommand(matter.id, 'verify', reason ? { comment: reason } : {});
    case 'return':
      return sendOfficeCommand(matter.id, 'return', { reason });
    case 'reroute':
      return sendOfficeCommand(matter.id, 'reroute', {
        fromUnitCode: v.unitCode ?? '',
        toUnitCode: v.toUnitCode ?? '',
        reason,
      });
    case 'insist':
      return sendOfficeCommand(matter.id, 'reject-decline', { unitCode: v.unitCode ?? '', reason });
    case 'extension':
      return sendOfficeCommand(matter.id, 'extension-decision', { approve: v.approve === true, reason });
    case 'urge':
      return sendOfficeCommand(matter.id, 'urge', {
        unitCode: v.unitCode ?? '',
        level: v.level === 'urging' ? 'urging' : 'reminder',
        note: reason,
      });
    case 'supervise':
      return sendOfficeCommand(matter.id, 'supervise', {
        unitCode: v.unitCode ?? '',
        level: v.level === 'report' ? 'report' : 'supervision',
        note: reason,
      });
    case 'reassign':
      return sendOfficeCommand(matter.id, 'reassign-lead', { toUnitCode: v.toUnitCode ?? '', reason });
    case 'cancel':
      return sendOfficeCommand(matter.id, 'cancel', { reason });
  }
}

function initialValues(matter: MatterDetail, action: OfficeAction): Values {
  const declined = declinedAssignments(matter);
  switch (action) {
    case 'reroute':
    case 'insist':
      return { unitCode: declined[0]?.unitCode };
    case 'urge':
      return { unitCode: leadAssignment(matter)?.unitCode, level: 'reminder' };
    case 'supervise':
      return { unitCode: leadAssignment(matter)?.unitCode, level: 'supervision' };
    case 'extension':
      return { approve: true };
    default:
      return {};
  }
}

function Fields({ matter, action }: { matter: MatterDetail; action: OfficeAction }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const { units } = useUnitList();
  const form = Form.useFormInstance<Values>();
  const chosenUnit = Form.useWatch('unitCode', form);
  const reasonLabel: Record<OfficeAction, string> = {
    verify: t('office.dialog.verifyComment'),
    return: t('office.dialog.returnReason'),
    reroute: t('office.dialog.rerouteReason'),
    insist: t('office.dialog.insistReason'),
    extension: t('office.dialog.extensionReason'),
    urge: t('office.dialog.note'),
    supervise: t('office.dialog.note'),
    reassign: t('office.dialog.reassignReason'),
    cancel: t('office.dialog.cancelReason'),
  };

  const declined = declinedAssignments(matter);
  const active = activeAssignments(matter);
  const held = active.map((a) => a.unitCode);
  const unitSelect = (codes: string[]) => (
    <Select
      showSearch={UNIT_SEARCH}
      options={codes.map((c) => ({ value: c, label: unitName(c), search: c }))}
      data-testid="action-unit"
    />
  );
  const pendingDecline = declined.find((a) => a.unitCode === chosenUnit);

  return (
    <>
      {action === 'verify' || action === 'return' ? (
        <div style={{ marginBottom: 12 }}>
          <CompletionReport matter={matter} compact />
        </div>
      ) : null}
      {(action === 'reroute' || action === 'insist') && (
        <>
          <Form.Item
            name="unitCode"
            label={t('office.dialog.declinedUnit')}
            rules={[{ required: true, message: t('office.dialog.unitRequired') }]}
          >
            {unitSelect(declined.map((a) => a.unitCode))}
          </Form.Item>
          {pendingDecline?.declineReason ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('matter.declineReason', { text: pendingDecline.declineReason })}
            />
          ) : null}
        </>
      )}
      {action === 'reroute' || action === 'reassign' ? (
        <Form.Item
          name="toUnitCode"
          label={action === 'reroute' ? t('office.dialog.toUnit') : t('office.dialog.newLead')}
          rules={[{ required: true, message: t('office.dialog.unitRequired') }]}
          extra={action === 'reassign' ? t('office.dialog.reassignHint') : undefined}
        >
          <Select
            showSearch={UNIT_SEARCH}
            options={unitOptions(units, lang, action === 'reroute' ? held : [matter.leadUnitCode])}
            placeholder={t('office.new.leadPlaceholder')}
            data-testid="action-to-unit"
          />
        </Form.Item>
      ) : null}
      {action === 'extension' && matter.pendingExtension ? (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('office.dialog.extensionAsked', {
              unit: unitName(matter.pendingExtension.unitCode),
              from: formatDate(matter.dueDate, lang),
              to: formatDate(matter.pendingExtension.requestedDueDate, lang),
            })}
            description={t('timeline.reason', { text: matter.pendingExtension.reason })}
          />
          <Form.Item name="approve" label={t('office.dialog.decision')} rules={[{ required: true }]}>
            <Radio.Group data-testid="action-decision">
              <Radio value={true} data-testid="action-approve">
                {t('office.dialog.approve')}
              </Radio>
              <Radio value={false} data-testid="action-refuse">
                {t('office.dialog.refuse')}
              </Radio>
            </Radio.Group>
          </Form.Item>
        </>
      ) : null}
      {action === 'urge' || action === 'supervise' ? (
        <>
          <Form.Item
            name="unitCode"
            label={t('office.dialog.unit')}
            rules={[{ required: true, message: t('office.dialog.unitRequired') }]}
          >
            {unitSelect(held)}
          </Form.Item>
          <Form.Item name="level" label={t('office.dialog.level')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              data-testid="action-level"
              options={(action === 'urge'
                ? (['reminder', 'urging'] as const)
                : (['supervision', 'report'] as const)
              ).map((l) => ({ value: l, label: t(`escalation.${l}`) }))}
            />
          </Form.Item>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {action === 'urge' ? t('office.dialog.urgeHint') : t('office.dialog.superviseHint')}
          </Typography.Paragraph>
        </>
      ) : null}
      {action === 'cancel' ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('office.dialog.cancelWarning')} />
      ) : null}
      <Form.Item
        name="reason"
        label={reasonLabel[action]}
        rules={textRules(t, 2000, action === 'verify' ? undefined : t('action.reasonRequired'))}
      >
        <Input.TextArea rows={4} data-testid="action-reason" />
      </Form.Item>
    </>
  );
}

export function OfficeActionDialog(props: {
  action: OfficeAction;
  matter: MatterDetail;
  onClose: () => void;
  onDone: (matter: MatterDetail) => void;
}) {
  const { action, matter, onClose, onDone } = props;
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { busy, error, send } = useMatterCommand(form, onDone);
  const onOk = () => send((values) => sendAction(matter, action, values), t(`office.done.${action}`));

  return (
    <Modal
      open
      title={`${t(`office.action.${action}`)} · ${matter.code}`}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={
        <DialogFooter
          busy={busy}
          onCancel={onClose}
          onOk={onOk}
          cancelTestId="action-cancel"
          okTestId="action-confirm"
          danger={action === 'cancel' || action === 'return'}
          okText={t(`office.action.${action}`)}
        />
      }
    >
      <FormError error={error} />
      <Form form={form} layout="vertical" disabled={busy} initialValues={initialValues(matter, action)}>
        <Fields matter={matter} action={action} />
      </Form>
    </Modal>
  );
}
