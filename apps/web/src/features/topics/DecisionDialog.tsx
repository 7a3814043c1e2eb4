import type { TopicView } from '@app/contracts';
import type { ButtonProps } from 'antd';
import { Alert, Button, Form, Input, InputNumber, Modal, Popconfirm, Select } from 'antd';
import { useState } from 'react';

import { topicsApi } from '../../api/conference';
import { useI18n } from '../../i18n/i18n-context';
import { FormError } from '../../shared/states';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

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

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await send(form.getFieldsValue()), decision);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  // Decline asks for confirmation only once the form is valid; the others submit straight away.
  const [confirming, setConfirming] = useState(false);
  const onOk = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    if (decision === 'decline') {
      setConfirming(true);
    } else {
      await submit();
    }
  };

  const noteRules =
    decision === 'accept'
      ? [{ max: NOTE_MAX, message: t('topics.tooLong', { n: NOTE_MAX }) }]
      : [
          {
            required: true,
            whitespace: true,
            message: t(decision === 'defer' ? 'topics.defer.noteRequired' : 'topics.decline.reasonRequired'),
          },
          { max: NOTE_MAX, message: t('topics.tooLong', { n: NOTE_MAX }) },
        ];
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
    <Modal
      open
      title={t(`topics.${decision}.title`, { title: topic.title })}
      onCancel={busy ? undefined : onClose}
      width={600}
      destroyOnHidden
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>,
        decision === 'decline' ? (
          <Popconfirm
            key="ok"
            open={confirming}
            title={t('topics.decline.confirm')}
            okText={t('topics.decline')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'decline-confirm' } as ButtonProps}
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
          <span key="ok">{okButton}</span>
        ),
      ]}
    >
      <FormError error={error} />
      {decision === 'decline' ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('topics.decline.warning')} />
      ) : null}
      {noAgenda ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('topics.accept.noMeetings')}
          data-testid="accept-no-meetings"
        />
      ) : null}
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
    </Modal>
  );
}
