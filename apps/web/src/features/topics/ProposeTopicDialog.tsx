import type { TopicView } from '@app/contracts';
import { Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';

import { topicsApi } from '../../api/conference';
import type { MeetingKind } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n-context';
import { FormError } from '../../shared/states';
import { MEETING_KINDS } from './topicShared';

// The DTO's limits (apps/api/src/topics/dto/topic.dto.ts).
const TITLE_MAX = 200;
const TEXT_MAX = 20000;

interface Values {
  title: string;
  background: string;
  proposal: string;
  desiredMeetingKind?: MeetingKind;
}

// 提出议题: a unit proposes a topic for the conference; the API files it under the caller's unit.
export function ProposeTopicDialog({ onClose, onDone }: { onClose: () => void; onDone: (topic: TopicView) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const onOk = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const topic = await topicsApi.propose({
        title: v.title.trim(),
        background: v.background.trim(),
        proposal: v.proposal.trim(),
        ...(v.desiredMeetingKind ? { desiredMeetingKind: v.desiredMeetingKind } : {}),
      });
      onDone(topic);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const text = (required: string, max: number) => [
    { required: true, whitespace: true, message: required },
    { max, message: t('topics.tooLong', { n: max }) },
  ];
  return (
    <Modal
      open
      title={t('topics.propose')}
      onCancel={busy ? undefined : onClose}
      width={720}
      destroyOnHidden
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={busy} onClick={() => void onOk()} data-testid="topic-submit">
          {t('common.submit')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('topics.propose.hint')}</Typography.Paragraph>
      <FormError error={error} />
      <Form form={form} layout="vertical" disabled={busy}>
        <Form.Item
          name="title"
          label={t('topics.field.title')}
          rules={text(t('topics.field.titleRequired'), TITLE_MAX)}
        >
          <Input
            placeholder={t('topics.field.titlePlaceholder')}
            showCount
            maxLength={TITLE_MAX}
            data-testid="topic-title"
          />
        </Form.Item>
        <Form.Item
          name="background"
          label={t('topics.field.background')}
          rules={text(t('topics.field.backgroundRequired'), TEXT_MAX)}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            placeholder={t('topics.field.backgroundPlaceholder')}
            data-testid="topic-background"
          />
        </Form.Item>
        <Form.Item
          name="proposal"
          label={t('topics.field.proposal')}
          rules={text(t('topics.field.proposalRequired'), TEXT_MAX)}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            placeholder={t('topics.field.proposalPlaceholder')}
            data-testid="topic-proposal"
          />
        </Form.Item>
        <Form.Item
          name="desiredMeetingKind"
          label={t('topics.field.desiredKind')}
          extra={t('topics.field.desiredKindHint')}
        >
          <Select
            allowClear
            placeholder={t('topics.anyMeeting')}
            options={MEETING_KINDS.map((k) => ({ value: k, label: t(`office.meetingKind.${k}`) }))}
            data-testid="topic-desired-kind"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
