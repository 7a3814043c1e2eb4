import { App, Form } from 'antd';
import type { ReactNode } from 'react';

import { useI18n } from '@web/i18n/i18n-context';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import { useSubmit } from '@web/shared/useSubmit';
import type { MeetingFormValues } from './parts';

// A new meeting's dialog (the office's 新建会议, the convener's 召集会议): the meeting form, sent once, then said
// done. `fields` is the form's body (the kind, the meeting fields).
export function MeetingFormDialog<V extends MeetingFormValues, M>(props: {
  title: string;
  initialValues: Partial<V>;
  send: (values: V) => Promise<M>;
  doneText: (meeting: M) => string;
  onClose: () => void;
  onDone: (meeting: M) => void;
  fields: ReactNode;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const { busy, error, submit } = useSubmit();
  const done = (meeting: M) => {
    void message.success(props.doneText(meeting));
    props.onDone(meeting);
  };
  return (
    <SubmitDialog
      title={props.title}
      width={640}
      onClose={props.onClose}
      busy={busy}
      error={error}
      onOk={() => void submit(form, props.send, done)}
      okText={t('common.submit')}
      okTestId="meeting-submit"
    >
      <Form form={form} layout="vertical" disabled={busy} initialValues={props.initialValues}>
        {props.fields}
      </Form>
    </SubmitDialog>
  );
}
