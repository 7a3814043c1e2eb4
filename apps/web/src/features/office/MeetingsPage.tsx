import { PlusOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { App, Button, Card, DatePicker, Empty, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';

import type { MeetingKind, MeetingView } from '../../api/endpoints';
import { officeApi } from '../../api/endpoints';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorAlert, LoadError } from '../../shared/states';
import { useAsync } from '../../shared/useAsync';
import { DATE_FORMATS } from './NewMatterPage';
import { useUnitList } from './units';

export const MEETING_KINDS: MeetingKind[] = ['plenary', 'ad_hoc', 'liaison'];
export const MEETING_KIND_COLOR: Record<MeetingKind, string> = { plenary: 'red', ad_hoc: 'orange', liaison: 'blue' };

interface Values {
  kind: MeetingKind;
  title: string;
  heldOn?: Dayjs;
  chair: string;
  attendees?: string[];
  location?: string;
  notes?: string;
}

function NewMeetingDialog({ onClose, onDone }: { onClose: () => void; onDone: (m: MeetingView) => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { units } = useUnitList();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const onOk = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const meeting = await officeApi.createMeeting({
        kind: v.kind,
        title: v.title.trim(),
        heldOn: v.heldOn?.format('YYYY-MM-DD') ?? '',
        chair: v.chair.trim(),
        attendees: (v.attendees ?? []).map((a) => a.trim()).filter(Boolean),
        ...(v.location?.trim() ? { location: v.location.trim() } : {}),
        ...(v.notes?.trim() ? { notes: v.notes.trim() } : {}),
      });
      void message.success(t('office.meetings.created'));
      onDone(meeting);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const required = (msg: string) => [{ required: true, whitespace: true, message: msg }];
  return (
    <Modal
      open
      title={t('office.meetings.new')}
      onCancel={onClose}
      width={640}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={busy} onClick={() => void onOk()} data-testid="meeting-submit">
          {t('common.submit')}
        </Button>,
      ]}
    >
      {error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <Form form={form} layout="vertical" disabled={busy} initialValues={{ kind: 'plenary', attendees: [] }}>
        <Form.Item name="kind" label={t('office.meetings.kind')} rules={[{ required: true }]}>
          <Select
            options={MEETING_KINDS.map((k) => ({ value: k, label: t(`office.meetingKind.${k}`) }))}
            data-testid="meeting-kind"
          />
        </Form.Item>
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
          rules={[{ required: true, message: t('office.meetings.heldOnRequired') }]}
        >
          <DatePicker
            format={DATE_FORMATS}
            placeholder="YYYY-MM-DD"
            style={{ width: '100%' }}
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
        <Form.Item name="attendees" label={t('office.meetings.attendees')} extra={t('office.meetings.attendeesHint')}>
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
        <Form.Item name="notes" label={t('office.meetings.notes')} rules={[{ max: 20000 }]}>
          <Input.TextArea rows={3} data-testid="meeting-notes" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const PAGE_SIZE = 20;

// 会议: the meetings the office recorded; each meeting's page takes its agreed matters in one batch.
export function MeetingsPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const state = useAsync(() => officeApi.meetings(page, PAGE_SIZE), [page]);

  const columns: TableProps<MeetingView>['columns'] = [
    {
      key: 'heldOn',
      title: t('office.meetings.heldOn'),
      width: 140,
      render: (_, m) => formatDate(m.heldOn, lang),
    },
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
      key: 'count',
      title: t('office.meetings.matterCount'),
      width: 110,
      align: 'right',
      render: (_, m) => m.matterCount,
    },
  ];

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
      {state.error && !state.loading ? (
        <LoadError error={state.error} onRetry={state.reload} />
      ) : (
        <Table<MeetingView>
          rowKey="id"
          data-testid="meeting-table"
          columns={columns}
          dataSource={state.data?.items ?? []}
          loading={state.loading}
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
            (state.data?.total ?? 0) > PAGE_SIZE
              ? { current: page, pageSize: PAGE_SIZE, total: state.data?.total ?? 0, onChange: setPage }
              : false
          }
          onRow={(m) =>
            ({
              onClick: () => navigate(`/office/meetings/${m.id}`),
              style: { cursor: 'pointer' },
              'data-testid': 'meeting-row',
              'data-meeting-id': m.id,
            }) as HTMLAttributes<HTMLElement>
          }
        />
      )}
      {creating ? (
        <NewMeetingDialog
          onClose={() => setCreating(false)}
          onDone={(m) => {
            setCreating(false);
            navigate(`/office/meetings/${m.id}`);
          }}
        />
      ) : null}
    </Card>
  );
}
