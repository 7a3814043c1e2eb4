import type { TopicView } from '@app/contracts';
import { Button, Form, Input, InputNumber, Popconfirm, Select } from 'antd';
import { useState } from 'react';

import { topicsApi } from '@web/api/conference';
import { useI18n } from '@web/i18n/i18n-context';
import { textRules } from '@web/shared/formRules';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import { useSubmit, validated } from '@web/shared/useSubmit';
import { Notice } from '@web/shared/Notice';
import type { ListedMeeting } from './topicShared';
import { meetingLabel } from './topicShared';

export type Decision = 'accept' | 'defer' | 'decline';

// The DTO's limit on a note or reason (apps/api/src/topics/dto/topic.dto.ts).
const NOTE_MAX = 2000;

interface Values {
  meetingId?: string;
  order?: number | null;
  note?: string;
}

interface Props {
  decision: Decision;
  topic: TopicView;
  // Meetings whose agenda is still open (status planned).
  planned: ListedMeeting[];
  onClose: () => void;
  onDone: (topic: TopicView, decision: Decision) => void;
}

// The office's decision on one topic: onto a planned meeting's agenda, deferred with a note, or declined with a
// reason (after a confirmation: a declined topic is closed for good).
export function DecisionDialog({ decision, topic, planned, onClose, onDone }: Props) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useSubmit();

  const send = async (v: Values): Promise<TopicView> => {
    const note = v.note?.trim() ?? '';
    switch (decision) {
      case 'accept':
        return topicsApi.accept(topic.id, {
          meetingId: v.meetingId ?? '',
          ...(typeof v.order === 'number' ? { order: v.order } : {}),
          ...(note ? { note } : {}),
        });
      case 'defer':
        return topicsApi.defer(topic.id, note);
      case 'decline':
        return topicsApi.decline(topic.id, note);
    }
  };

  const submit = () =>
    run(
      () => send(form.getFieldsValue()),
      (saved) => onDone(saved, decision),
    );

  // Decline asks for confirmation only once the form is valid; the others submit straight away.
  const [confirming, setConfirming] = useState(false);
  const onOk = async () => {
    if ((await validated(form)) === null) {
      return;
    }
    if (decision === 'decline') {
      setConfirming(true);
    } else {
      await submit();
    }
  };

  const noteRules = textRules(
    t,
    NOTE_MAX,
    decision === 'accept'
      ? undefined
      : t(decision === 'defer' ? 'topics.defer.noteRequired' : 'topics.decline.reasonRequired'),
  );
  const noAgenda = decision === 'accept' && planned.length === 0;
  const okButton = (
    <Button
      type="primary"
      danger={decision === 'decline'}
      loading={busy}
      disabled={noAgenda}
      onClick={() => void onOk()}
      data-testid="decision-submit"
    >
      {t(`topics.${decision}`)}
    </Button>
  );

  return (
    <SubmitDialog
      title={t(`topics.${decision}.title`, { title: topic.title })}
      onClose={onClose}
      width={600}
      busy={busy}
      error={error}
      onOk={() => void onOk()}
      okText={t(`topics.${decision}`)}
      footer={
        <>
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          {decision === 'decline' ? (
            <Popconfirm
              open={confirming}
              title={t('topics.decline.confirm')}
              okText={t('topics.decline')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'decline-confirm' }}
              onConfirm={() => {
                setConfirming(false);
                void submit();
              }}
              onCancel={() => setConfirming(false)}
              onOpenChange={(open) => (open ? undefined : setConfirming(false))}
            >
              {okButton}
            </Popconfirm>
          ) : (
            okButton
          )}
        </>
      }
    >
      {decision === 'decline' ? <Notice type="warning" title={t('topics.decline.warning')} /> : null}
      {noAgenda ? <Notice type="info" title={t('topics.accept.noMeetings')} data-testid="accept-no-meetings" /> : null}
      <Form form={form} layout="vertical" disabled={busy}>
        {decision === 'accept' ? (
          <>
            <Form.Item
              name="meetingId"
              label={t('topics.accept.meeting')}
              rules={[{ required: true, message: t('topics.accept.meetingRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('topics.accept.meetingPlaceholder')}
                options={planned.map((m) => ({ value: m.id, label: meetingLabel(t, lang, m) }))}
                disabled={noAgenda}
                data-testid="accept-meeting"
              />
            </Form.Item>
            <Form.Item
              name="order"
              label={t('topics.accept.order')}
              extra={t('topics.accept.orderHint')}
              rules={[{ type: 'integer', min: 1, max: 1000, message: t('topics.accept.orderRange') }]}
            >
              <InputNumber min={1} max={1000} precision={0} style={{ width: 160 }} data-testid="accept-order" />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          name="note"
          label={t(
            decision === 'accept'
              ? 'topics.accept.note'
              : decision === 'defer'
                ? 'topics.defer.note'
                : 'topics.decline.reason',
          )}
          rules={noteRules}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder={t(
              decision === 'accept'
                ? 'topics.accept.notePlaceholder'
                : decision === 'defer'
                  ? 'topics.defer.notePlaceholder'
                  : 'topics.decline.reasonPlaceholder',
            )}
            data-testid={`${decision}-note`}
          />
        </Form.Item>
      </Form>
    </SubmitDialog>
  );
}
