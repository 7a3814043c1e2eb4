import type { MeetingAttendance } from '@app/contracts';
import { App, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';

import type { MeetingRecord } from '@web/api/conference';
import { meetingRecordsApi } from '@web/api/conference';
import { useI18n } from '@web/i18n/i18n-context';
import { ProblemsAlert } from '@web/shared/ProblemsAlert';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import { useSubmit } from '@web/shared/useSubmit';
import type { AttendanceDraft } from './AttendanceEditor';
import { AttendanceEditor, attendanceDrafts, attendanceProblems, toAttendance } from './AttendanceEditor';
import { MinutesInput } from './parts';

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
  const { busy, error, run } = useSubmit();

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
    const send = () =>
      meetingRecordsApi.correctRecord(meeting.id, {
        ...(minutesChanged ? { minutes: minutes.trim() } : {}),
        ...(attendanceChanged ? { attendance: corrected } : {}),
        reason: reason.trim(),
      });
    await run(send, (saved) => {
      void message.success(t('meetingRecord.correct.done'));
      onDone(saved);
    });
  };

  return (
    <SubmitDialog
      title={t('meetingRecord.correct.title')}
      onClose={onClose}
      width={960}
      busy={busy}
      error={error}
      onOk={() => void submit()}
      okText={t('meetingRecord.correct.submit')}
      okTestId="correct-submit"
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="correct-record">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('meetingRecord.correct.hint')}
        </Typography.Paragraph>
        <ProblemsAlert lines={shown ? problems : []} testId="correct-problems" />
        <Form layout="vertical" disabled={busy} component="div">
          <Form.Item label={t('meetingRecord.minutes')} required>
            <MinutesInput
              value={minutes}
              onChange={setMinutes}
              rows={[6, 16]}
              invalid={shown && !minutes.trim()}
              testId="correct-minutes"
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
    </SubmitDialog>
  );
}
