import type { ChargeContestView, ChargeSelector } from '@app/contracts';
import { Form, Select } from 'antd';

import { useI18n } from '@web/i18n/i18n-context';
import { textRules } from '@web/shared/formRules';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import { TextAreaField } from '@web/shared/TextAreaField';
import { useSubmit } from '@web/shared/useSubmit';
import { contestsApi } from './contestsApi';

const MAX_ATTACHMENTS = 20;

// The reason a contest, or the office's decision on it, gives: up to 2000 characters, required when `required` says
// what to write.
function ReasonField(props: { label: string; required?: string; testId: string; grow: [number, number] }) {
  const { t } = useI18n();
  return (
    <TextAreaField
      name="reason"
      label={props.label}
      rules={textRules(t, 2000, props.required)}
      testId={props.testId}
      grow={props.grow}
    />
  );
}

// A unit contests one charge against it: the reason, and the titles of the attachments it offers.
export function FileContestDialog(props: {
  matterId: string;
  charge: ChargeSelector;
  chargeLabel: string;
  onClose: () => void;
  onDone: (contest: ChargeContestView) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string; attachments?: string[] }>();
  const { busy, error, submit } = useSubmit();
  return (
    <SubmitDialog
      title={t('contests.dialog.fileTitle', { charge: props.chargeLabel })}
      onClose={props.onClose}
      error={error}
      busy={busy}
      okText={t('contests.action.file')}
      onOk={() =>
        void submit(
          form,
          (v) =>
            contestsApi.file(props.matterId, {
              charge: props.charge,
              reason: v.reason,
              attachments: (v.attachments ?? []).map((a) => a.trim()).filter(Boolean),
            }),
          props.onDone,
        )
      }
      okTestId="contest-confirm"
    >
      <Form form={form} layout="vertical">
        <ReasonField
          label={t('contests.field.reason')}
          required={t('contests.dialog.reasonRequired')}
          testId="contest-reason"
          grow={[3, 8]}
        />
        <Form.Item
          name="attachments"
          label={t('contests.field.attachments')}
          extra={t('contests.dialog.attachmentsHelp')}
          rules={[{ type: 'array', max: MAX_ATTACHMENTS }]}
        >
          <Select mode="tags" open={false} tokenSeparators={['\n']} data-testid="contest-attachments" />
        </Form.Item>
      </Form>
    </SubmitDialog>
  );
}

// The office decides a pending contest; a rejection must say why.
export function DecideContestDialog(props: {
  contest: ChargeContestView;
  accept: boolean;
  onClose: () => void;
  onDone: (contest: ChargeContestView) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason?: string }>();
  const { busy, error, submit } = useSubmit();
  return (
    <SubmitDialog
      title={t(props.accept ? 'contests.dialog.acceptTitle' : 'contests.dialog.rejectTitle')}
      onClose={props.onClose}
      error={error}
      busy={busy}
      danger={!props.accept}
      okText={t(props.accept ? 'contests.action.accept' : 'contests.action.reject')}
      onOk={() =>
        void submit(
          form,
          (v) => contestsApi.decide(props.contest.id, { accept: props.accept, reason: v.reason?.trim() || undefined }),
          props.onDone,
        )
      }
      okTestId="contest-decide-confirm"
    >
      <Form form={form} layout="vertical">
        <ReasonField
          label={t('contests.dialog.decisionReason')}
          required={props.accept ? undefined : t('contests.dialog.rejectReasonRequired')}
          testId="contest-decision-reason"
          grow={[2, 6]}
        />
      </Form>
    </SubmitDialog>
  );
}
