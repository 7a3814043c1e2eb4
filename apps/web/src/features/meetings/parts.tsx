import type { AgendaItem, MeetingAttendance, MeetingStatus, TopicStatus } from '@app/contracts';
import type { TableProps } from 'antd';
import { DatePicker, Form, Input, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';

import type { MeetingRecord } from '@web/api/conference';
import type { MeetingKind, NewMeeting } from '@web/api/endpoints';
import { formatDate } from '@web/i18n/format';
import type { Lang } from '@web/i18n/i18n-context';
import type { Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { DATE_FORMATS } from '@web/features/office/NewMatterPage';
import { useUnitList } from '@web/features/office/units';
import { SmallTable } from '@web/shared/SmallTable';

export const MEETING_KIND_COLOR: Record<MeetingKind, string> = { plenary: 'red', ad_hoc: 'orange', liaison: 'blue' };
export const MEETING_STATUS_COLOR: Record<MeetingStatus, string> = { planned: 'gold', held: 'green' };
const TOPIC_STATUS_COLOR: Record<TopicStatus, string> = {
  proposed: 'default',
  accepted: 'processing',
  deferred: 'warning',
  declined: 'error',
  discussed: 'success',
};

// 计划中 / 已召开.
export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={MEETING_STATUS_COLOR[status]} data-testid="meeting-status" data-status={status}>
      {t(`meetingRecord.status.${status}`)}
    </Tag>
  );
}

// 王晓明（代 李华）: who attended, and whom they stood in for (代会).
export function attendeeLabel(t: Translate, a: MeetingAttendance): string {
  return a.standingInFor ? t('meetingRecord.att.standIn', { person: a.person, for: a.standingInFor }) : a.person;
}

export function AttendanceTable({ attendance }: { attendance: MeetingAttendance[] }) {
  const { t } = useI18n();
  const unitName = useUnitNames();
  const rows = attendance.map((a, i) => ({ ...a, i }));
  const columns: TableProps<(typeof rows)[number]>['columns'] = [
    { key: 'i', title: '#', width: 48, render: (_, a) => a.i + 1 },
    { key: 'unit', title: t('meetingRecord.att.unit'), width: 220, render: (_, a) => unitName(a.unitCode) },
    {
      key: 'person',
      title: t('meetingRecord.att.person'),
      render: (_, a) => <span data-testid="attendance-person">{attendeeLabel(t, a)}</span>,
    },
  ];
  return (
    <SmallTable
      rowKey="i"
      data-testid="meeting-attendance"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 480 }}
      empty={t('meetingRecord.att.empty')}
      rowData={(a) => ({
        'data-testid': 'attendance-row',
        'data-unit': a.unitCode ?? '',
      })}
    />
  );
}

// The accepted topics in their agenda order, with the unit that proposed each and whether it was discussed.
export function AgendaTable({ agenda }: { agenda: AgendaItem[] }) {
  const { t } = useI18n();
  const unitName = useUnitNames();
  const columns: TableProps<AgendaItem>['columns'] = [
    { key: 'order', title: '#', width: 48, render: (_, a) => a.order },
    {
      key: 'title',
      title: t('meetingRecord.agendaTopic'),
      render: (_, a) => <span data-testid="agenda-title">{a.title}</span>,
    },
    { key: 'unit', title: t('meetingRecord.agendaUnit'), width: 200, render: (_, a) => unitName(a.unitCode) },
    {
      key: 'status',
      title: t('meetingRecord.status'),
      width: 110,
      render: (_, a) => (
        <Tag color={TOPIC_STATUS_COLOR[a.status]} data-testid="agenda-status" data-status={a.status}>
          {t(`meetingRecord.topicStatus.${a.status}`)}
        </Tag>
      ),
    },
  ];
  return (
    <SmallTable<AgendaItem>
      rowKey="topicId"
      data-testid="meeting-agenda"
      columns={columns}
      dataSource={[...agenda].sort((a, b) => a.order - b.order)}
      scroll={{ x: 560 }}
      empty={t('meetingRecord.agendaEmpty')}
      rowData={(a) => ({
        'data-testid': 'agenda-row',
        'data-topic-id': a.topicId,
        'data-status': a.status,
      })}
    />
  );
}

export interface MeetingFormValues {
  title: string;
  heldOn?: Dayjs;
  chair: string;
  attendees?: string[];
  location?: string;
  notes?: string;
}

// The body of POST /api/meetings (or /ad-hoc, without the kind) from the form's values.
export function meetingBody(v: MeetingFormValues): Omit<NewMeeting, 'kind'> {
  return {
    title: v.title.trim(),
    heldOn: v.heldOn?.format('YYYY-MM-DD') ?? '',
    chair: v.chair.trim(),
    attendees: (v.attendees ?? []).map((a) => a.trim()).filter(Boolean),
    ...(v.location?.trim() ? { location: v.location.trim() } : {}),
    ...(v.notes?.trim() ? { notes: v.notes.trim() } : {}),
  };
}

// The fields of a planned meeting, shared by the office's 新建会议 and the convener's 召集会议 dialogs.
export function MeetingFormFields(props: { earliest?: string; attendeesHint?: string }) {
  const { t, lang } = useI18n();
  const { units } = useUnitList();
  const required = (msg: string) => [{ required: true, whitespace: true, message: msg }];
  const earliest = props.earliest;
  return (
    <>
      <Form.Item
        name="title"
        label={t('office.meetings.titleLabel')}
        rules={[...required(t('office.meetings.titleRequired')), { max: 200 }]}
      >
        <Input placeholder={t('office.meetings.titlePlaceholder')} data-testid="meeting-title" />
      </Form.Item>
      <Form.Item
        name="heldOn"
        label={t('office.meetings.heldOn')}
        rules={[
          { required: true, message: t('office.meetings.heldOnRequired') },
          {
            validator: (_, d: Dayjs | undefined) =>
              earliest && d && d.format('YYYY-MM-DD') < earliest
                ? Promise.reject(new Error(t('meetingRecord.convene.heldOnPast')))
                : Promise.resolve(),
          },
        ]}
      >
        <DatePicker
          format={DATE_FORMATS}
          placeholder="YYYY-MM-DD"
          style={{ width: '100%' }}
          disabledDate={earliest ? (d) => d.format('YYYY-MM-DD') < earliest : undefined}
          data-testid="meeting-held-on"
        />
      </Form.Item>
      <Form.Item
        name="chair"
        label={t('office.meetings.chair')}
        rules={[...required(t('office.meetings.chairRequired')), { max: 100 }]}
      >
        <Input placeholder={t('office.meetings.chairPlaceholder')} data-testid="meeting-chair" />
      </Form.Item>
      <Form.Item
        name="attendees"
        label={t('office.meetings.attendees')}
        extra={props.attendeesHint ?? t('office.meetings.attendeesHint')}
      >
        <Select
          mode="tags"
          tokenSeparators={['、', ',', '，']}
          options={units.map((u) => ({
            value: lang === 'zh' ? u.nameZh : u.nameEn,
            label: lang === 'zh' ? u.nameZh : u.nameEn,
          }))}
          data-testid="meeting-attendees"
        />
      </Form.Item>
      <Form.Item name="location" label={t('office.meetings.location')} rules={[{ max: 200 }]}>
        <Input data-testid="meeting-location" />
      </Form.Item>
      <Form.Item
        name="notes"
        label={t('meetingRecord.notes')}
        extra={t('meetingRecord.notesHint')}
        rules={[{ max: 20000 }]}
      >
        <Input.TextArea rows={3} data-testid="meeting-notes" />
      </Form.Item>
    </>
  );
}

// The columns both meeting lists show (the office's and the convener's): date, kind, title, chair, status, and
// how many matters the meeting decided (`countTestId` marks that cell for the tests).
export function meetingColumns(t: Translate, lang: Lang, countTestId?: string): TableProps<MeetingRecord>['columns'] {
  return [
    { key: 'heldOn', title: t('office.meetings.heldOn'), width: 140, render: (_, m) => formatDate(m.heldOn, lang) },
    {
      key: 'kind',
      title: t('office.meetings.kind'),
      width: 120,
      render: (_, m) => <Tag color={MEETING_KIND_COLOR[m.kind]}>{t(`office.meetingKind.${m.kind}`)}</Tag>,
    },
    {
      key: 'title',
      title: t('office.meetings.titleLabel'),
      render: (_, m) => <Typography.Text strong>{m.title}</Typography.Text>,
    },
    { key: 'chair', title: t('office.meetings.chair'), width: 200, responsive: ['md'], render: (_, m) => m.chair },
    {
      key: 'status',
      title: t('meetingRecord.status'),
      width: 100,
      render: (_, m) => <MeetingStatusTag status={m.status} />,
    },
    {
      key: 'count',
      title: t('office.meetings.matterCount'),
      width: 110,
      align: 'right',
      render: (_, m) => <span data-testid={countTestId}>{m.matterCount}</span>,
    },
  ];
}

// A meeting's minutes as typed: up to 50,000 characters, counted as they grow between `rows`; red when invalid.
export function MinutesInput(props: {
  value: string;
  onChange: (minutes: string) => void;
  rows: [number, number];
  invalid: boolean;
  testId: string;
  placeholder?: string;
  label?: string;
}) {
  return (
    <Input.TextArea
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      autoSize={{ minRows: props.rows[0], maxRows: props.rows[1] }}
      showCount
      maxLength={50000}
      status={props.invalid ? 'error' : undefined}
      placeholder={props.placeholder}
      aria-label={props.label}
      data-testid={props.testId}
    />
  );
}
