import type { TopicView } from '@app/contracts';
import { Form, Input, Select, Typography } from 'antd';

import { topicsApi } from '@web/api/conference';
import type { MeetingKind } from '@web/api/endpoints';
import { useI18n } from '@web/i18n/i18n-context';
import type { MessageKey } from '@web/i18n/zh';
import { textRules } from '@web/shared/formRules';
import { TextAreaField } from '@web/shared/TextAreaField';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import { useSubmit } from '@web/shared/useSubmit';
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
  const { busy, error, submit } = useSubmit();
  const send = (v: Values) =>
    topicsApi.propose({
      title: v.title.trim(),
      background: v.background.trim(),
      proposal: v.proposal.trim(),
      ...(v.desiredMeetingKind ? { desiredMeetingKind: v.desiredMeetingKind } : {}),
    });

  const text = (required: string, max: number) => textRules(t, max, required);
  const longText = (
    name: keyof Values,
    label: MessageKey,
    required: MessageKey,
    placeholder: MessageKey,
    testId: string,
  ) => (
    <TextAreaField
      name={name}
      label={t(label)}
      rules={text(t(required), TEXT_MAX)}
      grow={[4, 12]}
      placeholder={t(placeholder)}
      testId={testId}
    />
  );
  return (
    <SubmitDialog
      title={t('topics.propose')}
      onClose={onClose}
      width={720}
      busy={busy}
      error={error}
      onOk={() => void submit(form, send, onDone)}
      okText={t('common.submit')}
      okTestId="topic-submit"
    >
      <Typography.Paragraph type="secondary">{t('topics.propose.hint')}</Typography.Paragraph>
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
        {longText(
          'background',
          'topics.field.background',
          'topics.field.backgroundRequired',
          'topics.field.backgroundPlaceholder',
          'topic-background',
        )}
        {longText(
          'proposal',
          'topics.field.proposal',
          'topics.field.proposalRequired',
          'topics.field.proposalPlaceholder',
          'topic-proposal',
        )}
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
    </SubmitDialog>
  );
}
