import type { MatterDetail } from '@app/contracts';
import { Form, Input, Typography } from 'antd';

import { leadershipApi } from '@web/api/endpoints';
import { useI18n } from '@web/i18n/i18n-context';
import { textRules } from '@web/shared/formRules';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import { useMatterCommand } from '@web/features/matters/useMatterCommand';

// 批示: leadership's one action on a matter. Each confirm is one command with its own Idempotency-Key.
export function InstructionDialog(props: {
  matter: MatterDetail;
  onClose: () => void;
  onDone: (next: MatterDetail) => void;
}) {
  const { matter, onClose, onDone } = props;
  const { t } = useI18n();
  const [form] = Form.useForm<{ text: string }>();
  const { busy: sending, error, send } = useMatterCommand(form, onDone);
  const onOk = () => send((v) => leadershipApi.instruct(matter.id, v.text.trim()), t('leadership.instruct.done'));

  return (
    <SubmitDialog
      title={t('leadership.instruct.title', { code: matter.code })}
      onClose={onClose}
      busy={sending}
      error={error}
      onOk={onOk}
      cancelTestId="action-cancel"
      okTestId="action-confirm"
      okText={t('leadership.instruct.confirm')}
    >
      <Typography.Paragraph type="secondary">{t('leadership.instruct.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="text"
          label={t('leadership.instruct.label')}
          rules={textRules(t, 2000, t('leadership.instruct.required'))}
        >
          <Input.TextArea
            rows={5}
            autoFocus
            data-testid="action-reason"
            placeholder={t('leadership.instruct.placeholder')}
            showCount
            maxLength={2000}
          />
        </Form.Item>
      </Form>
    </SubmitDialog>
  );
}
