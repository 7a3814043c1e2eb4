import type { CommandResponseBody, MatterCommandName, MatterDetail } from '@app/contracts';
import { needsNotDoneConfirmation } from '@app/contracts';
import { Form, Input, Radio, Select, Typography } from 'antd';

import { formatDay } from '@web/shared/dates';
import { matterCommand } from '@web/api/endpoints';
import type { CommandWording } from '@web/features/matters/commands';
import { unitCodesFor } from '@web/features/matters/commands';
import { isOpenAssignment } from '@web/features/matters/constants';
import { useI18n } from '@web/i18n/i18n-context';
import { textRules } from '@web/shared/formRules';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import { useMatterCommand } from '@web/features/matters/useMatterCommand';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { Notice } from '@web/shared/Notice';
import { CompletionReport } from './CompletionReport';
import { UNIT_SEARCH, useUnitList } from './units';
import { UnitSelect } from './UnitSelect';

interface Values {
  unitCode?: string;
  toUnitCode?: string;
  level?: 'reminder' | 'urging' | 'supervision' | 'report';
  approve?: boolean;
  reason?: string;
}

const trim = (s: string | undefined): string => (s ?? '').trim();

// The co-units that never signed nor contributed: verifying records their part as not done (未完成), once the office
// confirms it in the dialog (the server refuses a verify that leaves one unnamed: VERIFY_NEEDS_CONFIRMATION).
const notDoneUnits = (matter: MatterDetail): string[] =>
  matter.status === 'awaiting_verification'
    ? matter.assignments.filter((a) => needsNotDoneConfirmation(a)).map((a) => a.unitCode)
    : [];

// The office's commands in the order its action bar shows them, by their console action (label
// office.action.<action>, test id office-action-<action>).
export const OFFICE_WORDING = [
  { command: 'verify', action: 'verify', kind: 'primary' },
  { command: 'returnForRework', action: 'return', kind: 'danger' },
  { command: 'reroute', action: 'reroute', kind: 'primary' },
  { command: 'rejectDecline', action: 'insist' },
  { command: 'decideExtension', action: 'extension', kind: 'primary' },
  { command: 'urge', action: 'urge' },
  { command: 'supervise', action: 'supervise' },
  { command: 'reassignLead', action: 'reassign' },
  { command: 'cancel', action: 'cancel', kind: 'danger' },
] as const satisfies readonly CommandWording<string>[];
export type OfficeAction = (typeof OFFICE_WORDING)[number]['action'];

// Sends one command; each confirm click gets a fresh Idempotency-Key (matterCommand).
function sendAction(matter: MatterDetail, action: OfficeAction, v: Values): Promise<CommandResponseBody> {
  const reason = trim(v.reason);
  const id = matter.id;
  switch (action) {
    case 'verify': {
      const notDoneUnitCodes = notDoneUnits(matter);
      return matterCommand(id, 'verify', {
        ...(reason ? { comment: reason } : {}),
        ...(notDoneUnitCodes.length > 0 ? { notDoneUnitCodes } : {}),
      });
    }
    case 'return':
      return matterCommand(id, 'returnForRework', { reason });
    case 'reroute':
      return matterCommand(id, 'reroute', { fromUnitCode: v.unitCode ?? '', toUnitCode: v.toUnitCode ?? '', reason });
    case 'insist':
      return matterCommand(id, 'rejectDecline', { unitCode: v.unitCode ?? '', reason });
    case 'extension':
      return matterCommand(id, 'decideExtension', { approve: v.approve === true, reason });
    case 'urge':
      return matterCommand(id, 'urge', {
        unitCode: v.unitCode ?? '',
        level: v.level === 'urging' ? 'urging' : 'reminder',
        note: reason,
      });
    case 'supervise':
      return matterCommand(id, 'supervise', {
        unitCode: v.unitCode ?? '',
        level: v.level === 'report' ? 'report' : 'supervision',
        note: reason,
      });
    case 'reassign':
      return matterCommand(id, 'reassignLead', { toUnitCode: v.toUnitCode ?? '', reason });
    case 'cancel':
      return matterCommand(id, 'cancel', { reason });
  }
}

const commandOf = (action: OfficeAction): MatterCommandName =>
  OFFICE_WORDING.find((w) => w.action === action)?.command ?? 'verify';

// The units the server names for the command (the declined ones, the ones that may be urged); the lead unit first.
function targetUnits(matter: MatterDetail, action: OfficeAction): string[] {
  const codes = unitCodesFor(matter.allowedActions, commandOf(action));
  return [...codes].sort((a, b) => Number(b === matter.leadUnitCode) - Number(a === matter.leadUnitCode));
}

function initialValues(matter: MatterDetail, action: OfficeAction): Values {
  const first = targetUnits(matter, action)[0];
  switch (action) {
    case 'reroute':
    case 'insist':
      return { unitCode: first };
    case 'urge':
      return { unitCode: first, level: 'reminder' };
    case 'supervise':
      return { unitCode: first, level: 'supervision' };
    case 'extension':
      return { approve: true };
    case 'verify':
    case 'return':
    case 'reassign':
    case 'cancel':
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

  const targets = targetUnits(matter, action);
  const notDone = action === 'verify' ? notDoneUnits(matter) : [];
  // A re-route goes to a unit that holds no running assignment on the matter.
  const held = matter.assignments.filter((a) => isOpenAssignment(a.status)).map((a) => a.unitCode);
  const unitSelect = (codes: string[]) => (
    <Select
      showSearch={UNIT_SEARCH}
      options={codes.map((c) => ({ value: c, label: unitName(c), search: c }))}
      data-testid="action-unit"
    />
  );
  const pendingDecline = matter.assignments.find((a) => a.unitCode === chosenUnit && a.declineReason);

  return (
    <>
      {action === 'verify' || action === 'return' ? (
        <div style={{ marginBottom: 12 }}>
          <CompletionReport matter={matter} compact />
        </div>
      ) : null}
      {notDone.length > 0 ? (
        <Notice
          type="warning"
          data-testid="verify-not-done"
          title={t('office.dialog.notDoneTitle')}
          description={notDone.map((code) => (
            <div key={code} data-testid="verify-not-done-unit" data-unit={code}>
              {t('office.dialog.notDoneUnit', { unit: unitName(code) })}
            </div>
          ))}
        />
      ) : null}
      {(action === 'reroute' || action === 'insist') && (
        <>
          <Form.Item
            name="unitCode"
            label={t('office.dialog.declinedUnit')}
            rules={[{ required: true, message: t('office.dialog.unitRequired') }]}
          >
            {unitSelect(targets)}
          </Form.Item>
          {pendingDecline?.declineReason ? (
            <Notice type="warning" title={t('matter.declineReason', { text: pendingDecline.declineReason })} />
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
          <UnitSelect
            units={units}
            exclude={action === 'reroute' ? held : [matter.leadUnitCode]}
            placeholder={t('office.new.leadPlaceholder')}
            data-testid="action-to-unit"
          />
        </Form.Item>
      ) : null}
      {action === 'extension' && matter.pendingExtension ? (
        <>
          <Notice
            type="info"
            title={t('office.dialog.extensionAsked', {
              unit: unitName(matter.pendingExtension.unitCode),
              from: formatDay(matter.dueDate, lang),
              to: formatDay(matter.pendingExtension.requestedDueDate, lang),
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
            {unitSelect(targets)}
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
      {action === 'cancel' ? <Notice type="warning" title={t('office.dialog.cancelWarning')} /> : null}
      <Form.Item
        name="reason"
        label={notDone.length > 0 ? t('office.dialog.notDoneComment') : reasonLabel[action]}
        rules={textRules(t, 2000, action === 'verify' && notDone.length === 0 ? undefined : t('action.reasonRequired'))}
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
    <SubmitDialog
      title={`${t(`office.action.${action}`)} · ${matter.code}`}
      onClose={onClose}
      width={600}
      busy={busy}
      error={error}
      onOk={onOk}
      cancelTestId="action-cancel"
      okTestId="action-confirm"
      danger={action === 'cancel' || action === 'return'}
      okText={t(`office.action.${action}`)}
    >
      <Form form={form} layout="vertical" disabled={busy} initialValues={initialValues(matter, action)}>
        <Fields matter={matter} action={action} />
      </Form>
    </SubmitDialog>
  );
}
