import type { MatterDetail } from '@app/contracts';
import type { TableProps } from 'antd';
import { Alert, App, Button, Card, Popconfirm, Space, Steps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';

import { ApiError } from '@web/api/client';
import type { MeetingRecord } from '@web/api/conference';
import { meetingRecordsApi } from '@web/api/conference';
import { joinList } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { ErrorAlert } from '@web/shared/states';
import { SmallTable } from '@web/shared/SmallTable';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import type { Draft } from '@web/features/office/BatchEntry';
import { MatterRowsEditor, emptyDraft, problemsOf, toItems, todayInShanghai } from '@web/features/office/BatchEntry';
import { useRowCodes } from '@web/features/office/codeRegister';
import { findUnit, useUnitList } from '@web/features/office/units';
import { Notice } from '@web/shared/Notice';
import type { AttendanceDraft } from './AttendanceEditor';
import { AttendanceEditor, attendanceProblems, emptyAttendance, toAttendance } from './AttendanceEditor';
import { attendeeLabel, MinutesInput } from './parts';
import { useRetryKey } from './retryKey';

function Review(props: { meeting: MeetingRecord; attendance: AttendanceDraft[]; minutes: string; matters: Draft[] }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const items = toItems(props.matters);
  const topics = (props.meeting.agenda ?? []).filter((a) => a.status === 'accepted');
  const columns: TableProps<(typeof items)[number]>['columns'] = [
    { key: 'code', title: t('matter.code'), width: 120, render: (_, m) => m.code },
    { key: 'title', title: t('office.col.title'), render: (_, m) => m.title },
    { key: 'lead', title: t('matter.leadUnit'), width: 170, render: (_, m) => unitName(m.leadUnitCode) },
    {
      key: 'co',
      title: t('matter.coUnits'),
      width: 200,
      render: (_, m) =>
        m.coUnitCodes.length
          ? joinList(
              m.coUnitCodes.map((c) => unitName(c)),
              lang,
            )
          : '—',
    },
    { key: 'due', title: t('matter.dueDate'), width: 120, render: (_, m) => m.dueDate },
    {
      key: 'priority',
      title: t('matter.priority'),
      width: 80,
      render: (_, m) => t(`priority.${m.priority ?? 'normal'}`),
    },
    { key: 'year', title: t('meetingRecord.year'), width: 80, render: (_, m) => m.year ?? m.dueDate.slice(0, 4) },
  ];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="hold-review">
      <div>
        <Typography.Title level={5}>
          {t('meetingRecord.review.attendance', { n: props.attendance.length })}
        </Typography.Title>
        <Typography.Paragraph data-testid="hold-review-attendance">
          {toAttendance(props.attendance)
            .map((a) => (a.unitCode ? `${unitName(a.unitCode)} ${attendeeLabel(t, a)}` : attendeeLabel(t, a)))
            .join('；')}
        </Typography.Paragraph>
      </div>
      <div>
        <Typography.Title level={5}>{t('meetingRecord.minutes')}</Typography.Title>
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }}
          data-testid="hold-review-minutes"
        >
          {props.minutes.trim()}
        </Typography.Paragraph>
      </div>
      <div>
        <Typography.Title level={5}>
          {items.length ? t('meetingRecord.review.matters', { n: items.length }) : t('meetingRecord.review.noMatters')}
        </Typography.Title>
        {items.length ? (
          <SmallTable
            rowKey="code"
            columns={columns}
            dataSource={items}
            scroll={{ x: 900 }}
            data-testid="hold-review-matters"
            rowData={(m) => ({ 'data-testid': 'hold-review-matter', 'data-code': m.code })}
          />
        ) : null}
      </div>
      {topics.length ? (
        <div>
          <Typography.Title level={5}>{t('meetingRecord.review.topics', { n: topics.length })}</Typography.Title>
          <ol style={{ margin: 0, paddingLeft: 20 }}>
            {topics.map((a) => (
              <li key={a.topicId}>
                {a.title}
                {lang === 'zh' ? `（${unitName(a.unitCode)}）` : ` (${unitName(a.unitCode)})`}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <Alert type="warning" showIcon title={t('meetingRecord.review.irreversible')} />
    </Space>
  );
}

// A failure after which the same submission may well succeed (the request or its answer was lost).
const retryable = (err: unknown) => !(err instanceof ApiError) || err.status === 0 || err.status >= 500;

// 召开会议: attendance, minutes and agreed matters, reviewed, then one request records the meeting as held and
// dispatches every matter.
export function HoldMeeting(props: {
  meeting: MeetingRecord;
  onClose: () => void;
  onHeld: (res: { meeting: MeetingRecord; matters: MatterDetail[] }) => void;
  // After a failed attempt: some matters may have been dispatched, the meeting may have been held by someone else.
  onFailed: () => void;
}) {
  const { meeting, onClose, onHeld, onFailed } = props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const { units, loading: unitsLoading } = useUnitList();
  const plenary = meeting.kind === 'plenary';
  const defaultYear = plenary ? dayjs(meeting.heldOn).year() + 1 : null;
  const [step, setStep] = useState(0);
  const [shown, setShown] = useState<[boolean, boolean, boolean]>([false, false, false]);
  const [attendance, setAttendance] = useState<AttendanceDraft[]>([]);
  const [prefilled, setPrefilled] = useState(false);
  const [minutes, setMinutes] = useState('');
  const [matters, setMatters] = useState<Draft[]>(() => [emptyDraft(defaultYear)]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const retryKey = useRetryKey();
  const codes = useRowCodes(matters, setMatters);

  // One row per invited attendee: a member unit (by its name) with the person to fill in, or a named person.
  if (!prefilled && !unitsLoading) {
    setPrefilled(true);
    const rows = meeting.attendees.map((a) => {
      const unit = findUnit(units, a);
      return unit ? emptyAttendance(unit.code) : emptyAttendance(undefined, a);
    });
    setAttendance(rows.length ? rows : [emptyAttendance()]);
  }

  const minutesProblem = !minutes.trim()
    ? t('meetingRecord.minutes.required')
    : minutes.length > 50000
      ? t('meetingRecord.minutes.tooLong')
      : null;
  const stepOk = (s: number): boolean => {
    switch (s) {
      case 0:
        return attendance.length > 0 && attendanceProblems(attendance).size === 0;
      case 1:
        return minutesProblem === null;
      case 2:
        return problemsOf(matters, todayInShanghai(), codes.taken).size === 0;
      default:
        return true;
    }
  };
  const next = () => {
    setShown(([a, b, c]) => [a || step === 0, b || step === 1, c || step === 2]);
    if (stepOk(step)) {
      setStep(step + 1);
    }
  };

  const submit = async () => {
    if (![0, 1, 2].every(stepOk)) {
      setShown([true, true, true]);
      setStep([0, 1, 2].find((s) => !stepOk(s)) ?? 0);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await meetingRecordsApi.hold(
        meeting.id,
        { minutes: minutes.trim(), attendance: toAttendance(attendance), matters: toItems(matters) },
        retryKey.current(),
      );
      retryKey.succeeded();
      void message.success(t('meetingRecord.hold.done', { n: res.matters.length }));
      onHeld(res);
    } catch (err) {
      setError(err);
      setBusy(false);
      onFailed();
      // A code taken meanwhile: back to the matters, where its row is marked and named (第 N 行).
      if (codes.noteRefusal(err) !== null) {
        setShown([true, true, true]);
        setStep(2);
      }
    }
  };

  const steps = [
    t('meetingRecord.hold.step.attendance'),
    t('meetingRecord.hold.step.minutes'),
    t('meetingRecord.hold.step.matters'),
    t('meetingRecord.hold.step.review'),
  ];

  return (
    <Card size="small" title={t('meetingRecord.hold.title')} data-testid="hold-meeting" data-step={step}>
      <Typography.Paragraph type="secondary">{t('meetingRecord.hold.intro')}</Typography.Paragraph>
      <Steps
        size="small"
        current={step}
        items={steps.map((title) => ({ title }))}
        style={{ marginBottom: 16 }}
        responsive
      />
      {step === 0 ? <AttendanceEditor rows={attendance} setRows={setAttendance} showProblems={shown[0]} /> : null}
      {step === 1 ? (
        <div>
          {shown[1] && minutesProblem ? (
            <Notice type="error" title={minutesProblem} data-testid="hold-minutes-problem" />
          ) : null}
          <MinutesInput
            value={minutes}
            onChange={setMinutes}
            rows={[8, 24]}
            invalid={Boolean(shown[1] && minutesProblem)}
            placeholder={t('meetingRecord.minutes.placeholder')}
            label={t('meetingRecord.minutes')}
            testId="hold-minutes"
          />
        </div>
      ) : null}
      {step === 2 ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('meetingRecord.matters.intro')} {plenary ? t('meetingRecord.matters.yearHint') : null}{' '}
            {t('meetingRecord.matters.yearAuto')}
          </Typography.Paragraph>
          <MatterRowsEditor
            rows={matters}
            setRows={setMatters}
            showProblems={shown[2]}
            withYear
            defaultYear={defaultYear}
            minRows={0}
            disabled={busy}
            testId="hold-matter"
            codes={codes}
          />
        </>
      ) : null}
      {step === 3 ? (
        <>
          {error ? (
            <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
              <ErrorAlert error={error} />
              {retryable(error) ? <Alert type="info" showIcon title={t('meetingRecord.review.retryHint')} /> : null}
            </Space>
          ) : null}
          <Review meeting={meeting} attendance={attendance} minutes={minutes} matters={matters} />
        </>
      ) : null}
      <Space style={{ marginTop: 16, display: 'flex' }} wrap>
        {step > 0 ? (
          <Button onClick={() => setStep(step - 1)} disabled={busy} data-testid="hold-prev">
            {t('meetingRecord.hold.prev')}
          </Button>
        ) : null}
        {step < 3 ? (
          <Button type="primary" onClick={next} data-testid="hold-next">
            {t('meetingRecord.hold.next')}
          </Button>
        ) : (
          <Button type="primary" onClick={() => void submit()} loading={busy} data-testid="hold-submit">
            {t('meetingRecord.review.submit', { n: matters.length })}
          </Button>
        )}
        <Popconfirm
          title={t('meetingRecord.hold.leaveConfirm')}
          onConfirm={onClose}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
        >
          <Button disabled={busy} data-testid="hold-cancel">
            {t('common.cancel')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}
