import type { MatterDetail } from '@app/contracts';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';

import { leadershipApi } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorAlert } from '../../shared/states';

// 批示: leadership's one action on a matter. Each confirm is one command with its own Idempotency-Key.
export function InstructionDialog(props: {
  matter: MatterDetail;
  onClose: () => void;
  onDone: (next: MatterDetail) => void;
}) {
  const { matter, onClose, onDone } = props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    const { text } = await form.validateFields();
    setSending(true);
    setError(null);
    try {
      const res = await leadershipApi.instruct(matter.id, text.trim());
      void message.success(t('leadership.instruct.done'));
      onDone(res.matter);
    } catch (err) {
      setError(err);
      setSending(false);
    }
  };

  return (
    <Modal
      open
      title={t('leadership.instruct.title', { code: matter.code })}
      onCancel={sending ? undefined : onClose}
      closable={!sending}
      mask={{ closable: !sending }}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose} disabled={sending} data-testid="action-cancel">
          {t('common.cancel')}
        </Button>,
        <Button
          key="confirm"
          type="primary"
          loading={sending}
          // A rejected validation leaves its messages on the form; nothing else to do.
          onClick={() => void submit().catch(() => undefined)}
          data-testid="action-confirm"
        >
          {t('leadership.instruct.confirm')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('leadership.instruct.hint')}</Typography.Paragraph>
      {error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="text"
          label={t('leadership.instruct.label')}
          rules={[
            { required: true, whitespace: true, message: t('leadership.instruct.required') },
            { max: 2000, message: t('action.textTooLong', { n: 2000 }) },
          ]}
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
    </Modal>
  );
}
