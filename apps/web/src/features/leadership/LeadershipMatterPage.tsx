import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import type { AssignmentView, MatterDetail } from '@app/contracts';
import { Alert, Button, Card, Col, Descriptions, List, Progress, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';

import { mattersApi } from '../../api/endpoints';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { LoadError, PageLoading } from '../../shared/states';
import { useAsync } from '../../shared/useAsync';
import type { WorkingDayCalendar } from '../../shared/working-days';
import { loadWorkingDayCalendar } from '../../shared/working-days';
import { CountdownText } from '../matters/CountdownText';
import { EventTimeline } from '../matters/EventTimeline';
import { AssignmentStatusTag, LightBadge, MatterStatusTag, PriorityTag } from '../matters/tags';
import { useUnitNames } from '../matters/useUnitNames';
import { InstructionDialog } from './InstructionDialog';
import { SupervisionPanel } from './SupervisionPanel';

const isOpen = (m: MatterDetail) => m.status === 'in_progress' || m.status === 'awaiting_verification';
const dueOf = (m: MatterDetail) => m.effectiveDueDate ?? m.dueDate;

function Facts({ matter, calendar }: { matter: MatterDetail; calendar: WorkingDayCalendar | null }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const open = isOpen(matter);
  const items = [
    { key: 'code', label: t('matter.code'), children: matter.code },
    {
      key: 'status',
      label: t('matter.status'),
      children: (
        <Space size={8} wrap>
          <MatterStatusTag status={matter.status} />
          {open ? <LightBadge light={matter.light} /> : null}
          <PriorityTag priority={matter.priority} />
        </Space>
      ),
    },
    { key: 'lead', label: t('matter.leadUnit'), children: unitName(matter.leadUnitCode) },
    {
      key: 'co',
      label: t('matter.coUnits'),
      children: matter.coUnitCodes.length ? matter.coUnitCodes.map(unitName).join('、') : t('common.none'),
    },
    {
      key: 'due',
      label: t('matter.dueDate'),
      children: (
        <Space size={[8, 0]} wrap data-testid="matter-due">
          <span>{formatDate(matter.dueDate, lang)}</span>
          {open ? <CountdownText countdown={calendar?.countdown(dueOf(matter)) ?? null} /> : null}
        </Space>
      ),
    },
    ...(matter.originalDueDate !== matter.dueDate
      ? [{ key: 'orig', label: t('matter.originalDueDate'), children: formatDate(matter.originalDueDate, lang) }]
      : []),
    {
      key: 'source',
      label: t('matter.source'),
      children: matter.source ?? (matter.meetingId ? t('matter.sourceMeeting') : '—'),
    },
    ...(matter.closedAt
      ? [{ key: 'closed', label: t('leadership.matter.closedAt'), children: formatDateTime(matter.closedAt, lang) }]
      : []),
  ];
  return (
    <Card
      size="small"
      title={
        <span data-testid="matter-title" style={{ whiteSpace: 'normal' }}>
          {matter.title}
        </span>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {matter.pendingExtension ? (
          <Alert
            type="info"
            showIcon
            title={t('matter.pendingExtension', { date: formatDate(matter.pendingExtension.requestedDueDate, lang) })}
          />
        ) : null}
        {matter.cancelReason ? (
          <Alert type="warning" showIcon title={t('matter.cancelReason', { text: matter.cancelReason })} />
        ) : null}
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
        <div>
          <Typography.Text type="secondary">{t('matter.description')}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 4, marginBottom: 0 }}>
            {matter.description || '—'}
          </Typography.Paragraph>
        </div>
      </Space>
    </Card>
  );
}

function Instructions({ matter }: { matter: MatterDetail }) {
  const { t, lang } = useI18n();
  if (matter.instructions.length === 0) {
    return null;
  }
  return (
    <Card size="small" title={t('matter.instructions')} data-testid="matter-instructions">
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {[...matter.instructions].reverse().map((ins, i) => (
          <Alert
            key={`${ins.at}-${i}`}
            type="warning"
            data-testid="matter-instruction"
            title={<span style={{ whiteSpace: 'pre-wrap' }}>{ins.text}</span>}
            description={`${ins.byName ?? ins.byUserId} · ${formatDateTime(ins.at, lang)}`}
          />
        ))}
      </Space>
    </Card>
  );
}

function Assignments({ assignments }: { assignments: AssignmentView[] }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  return (
    <Card size="small" title={t('matter.assignments')}>
      <List
        dataSource={assignments}
        rowKey={(a) => `${a.unitCode}-${a.assignedAt}`}
        renderItem={(a) => {
          const last = a.progress[a.progress.length - 1];
          const dues = [
            a.status === 'awaiting_ack' && a.ackDueAt
              ? t('leadership.matter.ackDue', { date: formatDate(a.ackDueAt, lang) })
              : null,
            a.progressDueAt ? t('leadership.matter.progressDue', { date: formatDate(a.progressDueAt, lang) }) : null,
            a.acknowledgedAt
              ? t('leadership.matter.acknowledged', { date: formatDateTime(a.acknowledgedAt, lang) })
              : null,
            a.returnCount > 0 ? t('leadership.matter.returns', { n: a.returnCount }) : null,
            a.clockPaused ? t('matter.clockPaused') : null,
          ].filter(Boolean);
          return (
            <List.Item data-testid="assignment-row" data-unit={a.unitCode}>
              <div style={{ width: '100%' }}>
                <Space size={[8, 4]} wrap>
                  <Typography.Text strong>
                    {a.unitNameZh && lang === 'zh' ? a.unitNameZh : unitName(a.unitCode)}
                  </Typography.Text>
                  <Typography.Text type="secondary">{t(`assignmentRole.${a.role}`)}</Typography.Text>
                  <AssignmentStatusTag status={a.status} />
                </Space>
                {a.status !== 'withdrawn' ? (
                  <div style={{ maxWidth: 360, marginTop: 4 }}>
                    <Progress percent={a.percent} size="small" style={{ margin: 0 }} />
                  </div>
                ) : null}
                {dues.length ? (
                  <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.5)', marginTop: 2 }}>{dues.join(' · ')}</div>
                ) : null}
                {last ? (
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                    {formatDate(last.at, lang)}：{last.text}
                  </Typography.Paragraph>
                ) : null}
                {a.contribution ? (
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                    <Typography.Text type="secondary">{t('matter.contribution')}：</Typography.Text>
                    {a.contribution.text}
                  </Typography.Paragraph>
                ) : null}
                {a.completion ? (
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                    <Typography.Text type="secondary">{t('matter.completion')}：</Typography.Text>
                    {a.completion.summary}
                  </Typography.Paragraph>
                ) : null}
              </div>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

async function loadMatter(id: string) {
  const matter = await mattersApi.get(id);
  const calendar = await loadWorkingDayCalendar([dueOf(matter)]).catch(() => null);
  return { matter, calendar };
}

// A matter as leadership sees it: everything, read-only, with one action: 批示 (an instruction).
export function LeadershipMatterPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const state = useAsync(() => loadMatter(id), [id]);
  const [instructing, setInstructing] = useState(false);

  const back = (
    <Link to="/leadership" data-testid="back-to-dashboard">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
        {t('leadership.matter.back')}
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
  const { matter, calendar } = state.data;
  const open = isOpen(matter);

  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginBottom: 12 }}>
        {back}
        <div style={{ flex: 1 }} />
        {open ? (
          <Button
            type="primary"
            icon={<EditOutlined />}
            data-testid="leader-instruct"
            onClick={() => setInstructing(true)}
          >
            {t('leadership.instruct.button')}
          </Button>
        ) : (
          <Typography.Text type="secondary" data-testid="instruct-unavailable">
            {t('leadership.instruct.finished')}
          </Typography.Text>
        )}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Facts matter={matter} calendar={calendar} />
            <Instructions matter={matter} />
            <Assignments assignments={matter.assignments} />
            <SupervisionPanel matter={matter} />
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('timeline.title')} data-testid="timeline">
            <EventTimeline events={matter.events} />
          </Card>
        </Col>
      </Row>
      {instructing ? (
        <InstructionDialog
          matter={matter}
          onClose={() => setInstructing(false)}
          onDone={(next) => {
            setInstructing(false);
            state.setData({ matter: next, calendar });
          }}
        />
      ) : null}
    </>
  );
}
