import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  ScheduleOutlined,
  TableOutlined,
} from '@ant-design/icons';
import type { MatterSummary } from '@app/contracts';
import type { TableProps } from 'antd';
import { App, Button, Card, Descriptions, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';

import { meetingRecordsApi } from '@web/api/conference';
import { mattersApi, officeApi } from '@web/api/endpoints';
import { formatDate, formatDateTime } from '@web/i18n/format';
import { formatDay } from '@web/shared/dates';
import { useI18n } from '@web/i18n/i18n-context';
import { describeError } from '@web/shared/errors';
import { LoadError, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { SmallTable } from '@web/shared/SmallTable';
import { LightBadge, MatterStatusTag } from '@web/features/matters/tags';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { CorrectRecordDialog } from '@web/features/meetings/CorrectRecord';
import { HoldMeeting } from '@web/features/meetings/HoldMeeting';
import { AgendaTable, AttendanceTable, MEETING_KIND_COLOR, MeetingStatusTag } from '@web/features/meetings/parts';
import { Notice } from '@web/shared/Notice';
import { BatchEntry } from './BatchEntry';
import { dueOf } from './board';

function MeetingMatters({ meetingId, version }: { meetingId: string; version: number }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const unitName = useUnitNames();
  const state = useAsync(
    () => mattersApi.list({ meetingId, sort: 'code', order: 'asc', page: 1, pageSize: 200 }),
    [meetingId, version],
  );
  if (state.error && !state.loading) {
    return <LoadError error={state.error} onRetry={state.reload} />;
  }
  const columns: TableProps<MatterSummary>['columns'] = [
    {
      key: 'code',
      title: t('matter.code'),
      width: 120,
      render: (_, m) => (
        <Link to={`/office/matters/${m.id}`} onClick={(e) => e.stopPropagation()}>
          {m.code}
        </Link>
      ),
    },
    { key: 'title', title: t('office.col.title'), render: (_, m) => m.title },
    { key: 'lead', title: t('matter.leadUnit'), width: 170, render: (_, m) => unitName(m.leadUnitCode) },
    { key: 'due', title: t('matter.dueDate'), width: 140, render: (_, m) => formatDay(dueOf(m), lang) },
    {
      key: 'light',
      title: t('matter.light'),
      width: 90,
      render: (_, m) => (m.light === 'none' ? '—' : <LightBadge light={m.light} />),
    },
    { key: 'status', title: t('matter.status'), width: 100, render: (_, m) => <MatterStatusTag matter={m} /> },
  ];
  return (
    <SmallTable<MatterSummary>
      rowKey="id"
      data-testid="meeting-matters"
      columns={columns}
      dataSource={state.data?.items ?? []}
      loading={state.loading}
      scroll={{ x: 700 }}
      locale={{ emptyText: state.loading ? ' ' : <Empty description={t('office.meeting.noMatters')} /> }}
      rowData={(m) => ({
        onClick: () => void navigate(`/office/matters/${m.id}`),
        style: { cursor: 'pointer' },
        'data-testid': 'matter-row',
        'data-matter-code': m.code,
      })}
    />
  );
}

// One meeting: its record and agenda; while planned, holding it (attendance, minutes, agreed matters dispatched in
// one step); once held, its minutes and attendance; and the matters it agreed (more can follow in a batch).
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const state = useAsync(() => meetingRecordsApi.get(id), [id]);
  const [batch, setBatch] = useState(false);
  const [holding, setHolding] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const [version, setVersion] = useState(0);

  const back = (
    <Link to="/office/meetings">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
        {t('office.meeting.back')}
      </Button>
    </Link>
  );
  if (state.loading && !state.data) {
    return (
      <>
        {back}
        <PageLoading />
      </>
    );
  }
  if (!state.data) {
    return (
      <>
        {back}
        <LoadError error={state.error} onRetry={state.reload} />
      </>
    );
  }
  const m = state.data;
  const held = m.status === 'held';

  const remove = async () => {
    try {
      await officeApi.deleteMeeting(m.id);
      void message.success(t('office.meeting.deleted'));
      void navigate('/office/meetings');
    } catch (err) {
      void message.error(describeError(t, err));
    }
  };

  return (
    <>
      {back}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card
          title={
            <Space wrap>
              <Tag color={MEETING_KIND_COLOR[m.kind]} data-testid="meeting-kind" data-kind={m.kind}>
                {t(`office.meetingKind.${m.kind}`)}
              </Tag>
              <MeetingStatusTag status={m.status} />
              <span data-testid="page-title" style={{ whiteSpace: 'normal' }}>
                {m.title}
              </span>
            </Space>
          }
          extra={
            <Space wrap>
              {!held ? (
                <Button
                  type="primary"
                  icon={<ScheduleOutlined />}
                  onClick={() => setHolding(true)}
                  disabled={holding || batch}
                  data-testid="meeting-hold-open"
                >
                  {t('meetingRecord.hold.open')}
                </Button>
              ) : null}
              {m.matterCount === 0 && !holding ? (
                <Popconfirm
                  title={t('office.meeting.deleteConfirm')}
                  onConfirm={() => void remove()}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                >
                  <Button danger icon={<DeleteOutlined />} data-testid="meeting-delete">
                    {t('office.meeting.delete')}
                  </Button>
                </Popconfirm>
              ) : null}
            </Space>
          }
        >
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'held', label: t('office.meetings.heldOn'), children: formatDate(m.heldOn, lang) },
              { key: 'chair', label: t('office.meetings.chair'), children: m.chair },
              {
                key: 'att',
                label: t('office.meetings.attendees'),
                children: m.attendees.length ? m.attendees.join('、') : '—',
              },
              { key: 'loc', label: t('office.meetings.location'), children: m.location ?? '—' },
              {
                key: 'count',
                label: t('office.meetings.matterCount'),
                children: <span data-testid="meeting-matter-count">{m.matterCount}</span>,
              },
              {
                key: 'by',
                label: t('office.meeting.recordedBy'),
                children: `${m.createdBy} · ${formatDateTime(m.createdAt, lang)}`,
              },
              ...(held
                ? [
                    {
                      key: 'heldBy',
                      label: t('meetingRecord.held.recorded'),
                      children: t('meetingRecord.held.by', {
                        by: m.heldBy ?? '—',
                        at: formatDateTime(m.heldAt, lang),
                      }),
                    },
                  ]
                : []),
            ]}
          />
          {m.notes ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{m.notes}</Typography.Paragraph>
          ) : null}
        </Card>
        <Card
          size="small"
          title={t('meetingRecord.agenda')}
          extra={<Link to="/office/topics">{t('meetingRecord.agendaManage')}</Link>}
        >
          <AgendaTable agenda={m.agenda ?? []} />
        </Card>
        {holding && !held ? (
          <HoldMeeting
            meeting={m}
            onClose={() => setHolding(false)}
            onFailed={() => {
              setVersion((v) => v + 1);
              state.reload();
            }}
            onHeld={(res) => {
              setHolding(false);
              state.setData(res.meeting);
              setVersion((v) => v + 1);
            }}
          />
        ) : null}
        {held ? (
          <Card
            size="small"
            title={t('meetingRecord.held.title')}
            data-testid="meeting-record"
            extra={
              <Button
                icon={<EditOutlined />}
                onClick={() => setCorrecting(true)}
                disabled={batch}
                data-testid="meeting-correct-open"
              >
                {t('meetingRecord.correct.open')}
              </Button>
            }
          >
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('meetingRecord.minutes')}
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="meeting-minutes">
              {m.minutes}
            </Typography.Paragraph>
            <Typography.Title level={5}>{t('meetingRecord.hold.step.attendance')}</Typography.Title>
            <AttendanceTable attendance={m.attendance} />
          </Card>
        ) : null}
        {correcting && held ? (
          <CorrectRecordDialog
            meeting={m}
            onClose={() => setCorrecting(false)}
            onDone={(saved) => {
              setCorrecting(false);
              state.setData(saved);
            }}
          />
        ) : null}
        {batch ? (
          <BatchEntry
            meetingId={m.id}
            onClose={() => setBatch(false)}
            onDone={() => {
              setBatch(false);
              setVersion((v) => v + 1);
              state.reload();
            }}
          />
        ) : null}
        <Card
          size="small"
          title={t('office.meeting.matters')}
          extra={
            <Space wrap>
              <Button
                icon={<TableOutlined />}
                type={held ? 'primary' : 'default'}
                onClick={() => setBatch(true)}
                disabled={batch || holding}
                data-testid="meeting-batch-open"
              >
                {t('office.batch.open')}
              </Button>
              <Button
                icon={<PlusOutlined />}
                onClick={() => void navigate(`/office/matters/new?meetingId=${encodeURIComponent(m.id)}`)}
                disabled={holding}
                data-testid="meeting-new-matter"
              >
                {t('office.newMatter')}
              </Button>
            </Space>
          }
        >
          {held ? <Notice type="info" title={t('meetingRecord.held.moreMatters')} /> : null}
          <MeetingMatters meetingId={m.id} version={version} />
        </Card>
      </Space>
    </>
  );
}
