import { PlusOutlined } from '@ant-design/icons';
import type { MeetingStatus } from '@app/contracts';
import { Button, Card, Empty, Form, Segmented, Select } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';

import type { MeetingRecord } from '@web/api/conference';
import { meetingRecordsApi } from '@web/api/conference';
import type { MeetingKind, MeetingView } from '@web/api/endpoints';
import { officeApi } from '@web/api/endpoints';
import { useUser } from '@web/auth/auth-context';
import { useI18n } from '@web/i18n/i18n-context';
import { ListTable } from '@web/shared/ListTable';
import { useAsync } from '@web/shared/useAsync';
import type { MeetingFormValues } from '@web/features/meetings/parts';
import { MeetingFormDialog } from '@web/features/meetings/MeetingFormDialog';
import { MeetingFormFields, meetingBody, meetingColumns } from '@web/features/meetings/parts';

export const MEETING_KINDS: MeetingKind[] = ['plenary', 'ad_hoc', 'liaison'];

interface Values extends MeetingFormValues {
  kind: MeetingKind;
}

function NewMeetingDialog({ onClose, onDone }: { onClose: () => void; onDone: (m: MeetingView) => void }) {
  const { t } = useI18n();
  const user = useUser();
  // An ad-hoc meeting is the convener's to call; the office director may record it on the convener's behalf.
  const mayCallAdHoc = user.roles.includes('office_director');
  const kinds = MEETING_KINDS.map((k) => ({
    value: k,
    label: t(`office.meetingKind.${k}`),
    disabled: k === 'ad_hoc' && !mayCallAdHoc,
  }));
  return (
    <MeetingFormDialog<Values, MeetingView>
      title={t('office.meetings.new')}
      initialValues={{ kind: 'plenary', attendees: [] }}
      send={(v) => officeApi.createMeeting({ kind: v.kind, ...meetingBody(v) })}
      doneText={() => t('office.meetings.created')}
      onClose={onClose}
      onDone={onDone}
      fields={
        <>
          <Form.Item
            name="kind"
            label={t('office.meetings.kind')}
            rules={[{ required: true }]}
            extra={mayCallAdHoc ? undefined : t('meetingRecord.adHocDirectorOnly')}
          >
            <Select options={kinds} data-testid="meeting-kind" />
          </Form.Item>
          <MeetingFormFields />
        </>
      }
    />
  );
}

const PAGE_SIZE = 20;
type StatusFilter = MeetingStatus | 'all';
const FILTERS: StatusFilter[] = ['all', 'planned', 'held'];

// 会议: the meetings the office plans and holds; each meeting's page holds it and takes its agreed matters.
export function MeetingsPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status: StatusFilter = FILTERS.find((f) => f === params.get('status')) ?? 'all';
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const state = useAsync(
    () => meetingRecordsApi.list({ status: status === 'all' ? undefined : status, page, pageSize: PAGE_SIZE }),
    [status, page],
  );
  const rows = state.data?.items ?? [];
  const total = state.data?.total ?? 0;

  const setStatus = (s: StatusFilter) => {
    setPage(1);
    setParams(s === 'all' ? {} : { status: s }, { replace: true });
  };

  const columns = meetingColumns(t, lang);

  return (
    <Card
      title={<span data-testid="page-title">{t('office.meetings.title')}</span>}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="office-new-meeting"
        >
          {t('office.meetings.new')}
        </Button>
      }
    >
      <Segmented<StatusFilter>
        value={status}
        onChange={setStatus}
        options={FILTERS.map((f) => ({
          value: f,
          label: f === 'all' ? t('meetingRecord.filter.all') : t(`meetingRecord.status.${f}`),
        }))}
        style={{ marginBottom: 12 }}
        data-testid="meeting-status-filter"
      />
      <ListTable<MeetingRecord>
        state={state}
        rowKey="id"
        data-testid="meeting-table"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 640 }}
        locale={{
          emptyText: state.loading ? (
            ' '
          ) : (
            <Empty description={t('office.meetings.empty')}>
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('office.meetings.new')}
              </Button>
            </Empty>
          ),
        }}
        pagination={
          total > PAGE_SIZE
            ? { current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showSizeChanger: false }
            : false
        }
        onRow={(m) =>
          ({
            onClick: () => void navigate(`/office/meetings/${m.id}`),
            style: { cursor: 'pointer' },
            'data-testid': 'meeting-row',
            'data-meeting-id': m.id,
            'data-status': m.status,
          }) as HTMLAttributes<HTMLElement>
        }
      />
      {creating ? (
        <NewMeetingDialog
          onClose={() => setCreating(false)}
          onDone={(m) => {
            setCreating(false);
            void navigate(`/office/meetings/${m.id}`);
          }}
        />
      ) : null}
    </Card>
  );
}
