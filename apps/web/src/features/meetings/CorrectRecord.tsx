import type { MeetingAttendance } from '@app/contracts';
import { Alert, App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';

import type { MeetingRecord } from '../../api/conference';
import { meetingRecordsApi } from '../../api/conference';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorAlert } from '../../shared/states';
import type { AttendanceDraft } from './AttendanceEditor';
import { AttendanceEditor, attendanceDrafts, attendanceProblems, toAttendance } from './AttendanceEditor';

const same = (a: MeetingAttendance[], b: MeetingAttendance[]) => JSON.stringify(a) === JSON.stringify(b);

// 更正纪要: the office corrects a held meeting's minutes or attendance, with a reason. Only what changed is sent;
// the page then shows the record as the API returns it.
export function CorrectRecordDialog(props: {
  meeting: MeetingRecord;
  onClose: () => void;
  onDone: (m: MeetingRecord) => void;
}) {
  const { meeting, onClose, onDone } = props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const [minutes, setMinutes] = useState(meeting.minutes ?? '');
  const [attendance, setAttendance] = useState<AttendanceDraft[]>(() => attendanceDrafts(meeting.attendance));
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const corrected = toAttendance(attendance);
  const minutesChanged = minutes.trim() !== (meeting.minutes ?? '');
  const attendanceChanged = !same(corrected, meeting.attendance);
  const problems = [
    ...(minutes.trim() ? [] : [t('meetingRecord.correct.minutesRequired')]),
    ...(reason.trim() ? [] : [t('meetingRecord.correct.reasonRequired')]),
    ...(minutesChanged || attendanceChanged ? [] : [t('meetingRecord.correct.unchanged')]),
    ...(attendance.length === 0 ? [t('meetingRecord.att.none')] : []),
  ];
  const attendanceBad = attendanceProblems(attendance).size > 0;

  const submit = async () => {
    setShown(true);
    if (problems.length > 0 || attendanceBad) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await meetingRecordsApi.correctRecord(meeting.id, {
        ...(minutesChanged ? { minutes: minutes.trim() } : {}),
        ...(attendanceChanged ? { attendance: corrected } : {}),
        reason: reason.trim(),
      });
      void message.success(t('meetingRecord.correct.done'));
      onDone(saved);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('meetingRecord.correct.title')}
      onCancel={onClose}
      width={960}
      destroyOnHidden
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={busy} onClick={() => void submit()} data-testid="correct-submit">
          {t('meetingRecord.correct.submit')}
        </Button>,
      ]}
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="correct-record">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('meetingRecord.correct.hint')}
        </Typography.Paragraph>
        {error ? <ErrorAlert error={error} /> : null}
        {shown && problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            title={t('office.batch.fix')}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
            data-testid="correct-problems"
          />
        ) : null}
        <Form layout="vertical" disabled={busy} component="div">
          <Form.Item label={t('meetingRecord.minutes')} required>
            <Input.TextArea
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              autoSize={{ minRows: 6, maxRows: 16 }}
              showCount
              maxLength={50000}
              status={shown && !minutes.trim() ? 'error' : undefined}
              data-testid="correct-minutes"
            />
          </Form.Item>
          <Form.Item label={t('meetingRecord.hold.step.attendance')} required>
            <AttendanceEditor rows={attendance} setRows={setAttendance} showProblems={shown} />
          </Form.Item>
          <Form.Item label={t('meetingRecord.correct.reason')} required>
            <Input.TextArea
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              autoSize={{ minRows: 2, maxRows: 4 }}
              maxLength={2000}
              placeholder={t('meetingRecord.correct.reasonPlaceholder')}
              status={shown && !reason.trim() ? 'error' : undefined}
              data-testid="correct-reason"
            />
          </Form.Item>
        </Form>
      </Space>
    </Modal>
  );
}
