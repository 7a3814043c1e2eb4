import { PlusOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { Button, Card, Descriptions, Typography } from 'antd';
import { useState } from 'react';

import type { MeetingRecord } from '@web/api/conference';
import { meetingRecordsApi } from '@web/api/conference';
import { useI18n } from '@web/i18n/i18n-context';
import { PagedTable, usePagedList } from '@web/shared/PagedTable';
import { todayInShanghai } from '@web/features/office/BatchEntry';
import type { MeetingFormValues } from './parts';
import { MeetingFormDialog } from './MeetingFormDialog';
import { AttendanceTable, MeetingFormFields, meetingBody, meetingColumns } from './parts';

function ConveneDialog({ onClose, onDone }: { onClose: () => void; onDone: (m: MeetingRecord) => void }) {
  const { t } = useI18n();
  return (
    <MeetingFormDialog<MeetingFormValues, MeetingRecord>
      title={t('meetingRecord.convene.dialogTitle')}
      initialValues={{ attendees: [] }}
      send={(v) => meetingRecordsApi.convene(meetingBody(v))}
      doneText={(meeting) => t('meetingRecord.convene.done', { title: meeting.title })}
      onClose={onClose}
      onDone={onDone}
      fields={
        <MeetingFormFields earliest={todayInShanghai()} attendeesHint={t('meetingRecord.convene.attendeesHint')} />
      }
    />
  );
}

// A meeting's details, read-only: who was invited, where, and once held its minutes and who attended.
function MeetingDetail({ m }: { m: MeetingRecord }) {
  const { t } = useI18n();
  return (
    <div data-testid="convene-detail">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'att',
            label: t('office.meetings.attendees'),
            children: m.attendees.length ? m.attendees.join('、') : '—',
          },
          { key: 'loc', label: t('office.meetings.location'), children: m.location ?? '—' },
          ...(m.notes
            ? [
                {
                  key: 'notes',
                  label: t('meetingRecord.notes'),
                  span: 2,
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{m.notes}</span>,
                },
              ]
            : []),
        ]}
      />
      {m.status === 'held' ? (
        <>
          <Typography.Title level={5}>{t('meetingRecord.minutes')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m.minutes}</Typography.Paragraph>
          <AttendanceTable attendance={m.attendance} />
        </>
      ) : null}
    </div>
  );
}

// 会议 (leadership): every meeting with its status and the matters it decided; the convener calls an ad-hoc plenary or
// a meeting of some member units (召集会议). Read-only otherwise: the office organises and records the meetings.
export function ConveneMeetingsPage() {
  const { t, lang } = useI18n();
  const list = usePagedList((pager) => meetingRecordsApi.list(pager), []);
  const [creating, setCreating] = useState(false);

  const columns: TableProps<MeetingRecord>['columns'] = [
    ...(meetingColumns(t, lang, 'convene-matter-count') ?? []),
    {
      key: 'by',
      title: t('meetingRecord.convene.createdBy'),
      width: 140,
      responsive: ['xl'],
      render: (_, m) => m.createdBy,
    },
  ];

  return (
    <Card
      title={<span data-testid="page-title">{t('meetingRecord.convene.title')}</span>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="convene-open">
          {t('meetingRecord.convene.new')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('meetingRecord.convene.intro')}</Typography.Paragraph>
      <PagedTable<MeetingRecord>
        list={list}
        fixedPageSize
        data-testid="convene-table"
        columns={columns}
        scroll={{ x: 640 }}
        expandable={{ expandedRowRender: (m) => <MeetingDetail m={m} /> }}
        empty={t('meetingRecord.convene.empty')}
        rowData={(m) => ({
          'data-testid': 'convene-row',
          'data-meeting-id': m.id,
          'data-status': m.status,
          'data-kind': m.kind,
        })}
      />
      {creating ? (
        <ConveneDialog
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            list.setPage(1);
            list.state.reload();
          }}
        />
      ) : null}
    </Card>
  );
}
