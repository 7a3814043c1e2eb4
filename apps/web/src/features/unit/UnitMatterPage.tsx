import { ArrowLeftOutlined } from '@ant-design/icons';
import type { AssignmentView, MatterDetail } from '@app/contracts';
import { Alert, Button, Card, Col, Descriptions, List, Progress, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';

import { mattersApi } from '../../api/endpoints';
import { useUser } from '../../auth/auth-context';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { LoadError, PageLoading } from '../../shared/states';
import { useAsync } from '../../shared/useAsync';
import type { WorkingDayCalendar } from '../../shared/working-days';
import { loadWorkingDayCalendar } from '../../shared/working-days';
import { CountdownText } from '../matters/CountdownText';
import { EventTimeline } from '../matters/EventTimeline';
import { MatterText } from '../matters/MatterText';
import { AssignmentStatusTag, EscalationTag, LightBadge, MatterStatusTag, PriorityTag } from '../matters/tags';
import { useUnitNames } from '../matters/useUnitNames';
import { ActionDialog } from './ActionDialog';
import type { UnitAction } from './actions';
import { availableActions } from './actions';
import { dueOf, ownAssignment } from './todos';

function MatterFacts({ matter, calendar }: { matter: MatterDetail; calendar: WorkingDayCalendar | null }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const due = dueOf(matter);
  const open = matter.status === 'in_progress' || matter.status === 'awaiting_verification';
  const items = [
    { key: 'code', label: t('matter.code'), children: matter.code },
    { key: 'status', label: t('matter.status'), children: <MatterStatusTag status={matter.status} /> },
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
          {open ? <CountdownText countdown={calendar?.countdown(due) ?? null} /> : null}
        </Space>
      ),
    },
    ...(matter.effectiveDueDate && matter.effectiveDueDate !== matter.dueDate
      ? [{ key: 'eff', label: t('matter.effectiveDueDate'), children: formatDate(matter.effectiveDueDate, lang) }]
      : []),
    ...(matter.originalDueDate !== matter.dueDate
      ? [{ key: 'orig', label: t('matter.originalDueDate'), children: formatDate(matter.originalDueDate, lang) }]
      : []),
    ...(open && matter.light !== 'none'
      ? [{ key: 'light', label: t('matter.light'), children: <LightBadge light={matter.light} /> }]
      : []),
    ...(matter.priority !== 'normal'
      ? [{ key: 'prio', label: t('matter.priority'), children: <PriorityTag priority={matter.priority} /> }]
      : []),
    ...(matter.escalationLevel
      ? [
          {
            key: 'esc',
            label: t('matter.escalationLevel'),
            children: <EscalationTag level={matter.escalationLevel} />,
          },
        ]
      : []),
    {
      key: 'source',
      label: t('matter.source'),
      children: matter.source ?? (matter.meetingId ? t('matter.sourceMeeting') : '—'),
    },
  ];
  return (
    <Card
      title={
        <span data-testid="matter-title" style={{ whiteSpace: 'normal' }}>
          {matter.title}
        </span>
      }
      size="small"
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
        {matter.deadlineProvisional ? <Alert type="warning" showIcon title={t('matter.provisional')} /> : null}
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
        <MatterText matter={matter} />
      </Space>
    </Card>
  );
}

function EvidenceList({ items }: { items: { title: string; url?: string }[] }) {
  if (items.length === 0) {
    return null;
  }
  return (
    <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
      {items.map((e, i) => (
        <li key={i}>
          {e.url ? (
            <a href={e.url} target="_blank" rel="noreferrer">
              {e.title}
            </a>
          ) : (
            e.title
          )}
        </li>
      ))}
    </ul>
  );
}

function MyAssignment(props: { mine: AssignmentView; actions: UnitAction[]; onAction: (a: UnitAction) => void }) {
  const { mine, actions, onAction } = props;
  const { t, lang } = useI18n();
  const items = [
    { key: 'status', label: t('matter.status'), children: <AssignmentStatusTag status={mine.status} /> },
    ...(mine.status === 'awaiting_ack' && mine.ackDueAt
      ? [{ key: 'ackDue', label: t('matter.ackDue'), children: formatDate(mine.ackDueAt, lang) }]
      : []),
    ...(mine.acknowledgedAt
      ? [{ key: 'ackAt', label: t('matter.acknowledgedAt'), children: formatDateTime(mine.acknowledgedAt, lang) }]
      : []),
    ...(mine.progressDueAt
      ? [{ key: 'progDue', label: t('matter.progressDue'), children: formatDate(mine.progressDueAt, lang) }]
      : []),
    ...(mine.lastProgressAt
      ? [{ key: 'lastProg', label: t('matter.lastProgressAt'), children: formatDateTime(mine.lastProgressAt, lang) }]
      : []),
    ...(mine.returnCount > 0 ? [{ key: 'returns', label: t('matter.returnCount'), children: mine.returnCount }] : []),
  ];
  const primary: UnitAction[] = ['acknowledge', 'completion'];
  return (
    <Card
      size="small"
      title={t('matter.myAssignment')}
      extra={<Typography.Text type="secondary">{t(`assignmentRole.${mine.role}`)}</Typography.Text>}
      data-testid="my-assignment"
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {mine.clockPaused ? <Alert type="info" showIcon title={t('matter.clockPaused')} /> : null}
        {mine.declineReason ? (
          <Alert type="warning" showIcon title={t('matter.declineReason', { text: mine.declineReason })} />
        ) : null}
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
        <div>
          <Typography.Text type="secondary">{t('matter.percent')}</Typography.Text>
          <Progress percent={mine.percent} />
        </div>
        {mine.completion ? (
          <div>
            <Typography.Text type="secondary">{t('matter.completion')}</Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
              {mine.completion.summary}
            </Typography.Paragraph>
            <EvidenceList items={mine.completion.evidence} />
          </div>
        ) : null}
        <div data-testid="action-bar">
          {actions.length === 0 ? (
            <Typography.Text type="secondary">{t('matter.noActions')}</Typography.Text>
          ) : (
            <Space wrap>
              {actions.map((a) => (
                <Button
                  key={a}
                  data-testid={`action-${a}`}
                  type={primary.includes(a) ? 'primary' : 'default'}
                  danger={a === 'decline'}
                  onClick={() => onAction(a)}
                >
                  {t(`action.${a}`)}
                </Button>
              ))}
            </Space>
          )}
        </div>
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
                {last ? (
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                    {formatDate(last.at, lang)}：{last.text}
                  </Typography.Paragraph>
                ) : null}
                {a.contribution ? (
                  <div style={{ marginTop: 4 }}>
                    <Typography.Text type="secondary">{t('matter.contribution')}：</Typography.Text>
                    <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{a.contribution.text}</Typography.Text>
                    <EvidenceList items={a.contribution.evidence} />
                  </div>
                ) : null}
              </div>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

async function loadMatter(id: string, unitCode: string | null) {
  const matter = await mattersApi.get(id);
  const calendar = await loadWorkingDayCalendar([dueOf(matter)], unitCode ?? undefined).catch(() => null);
  return { matter, calendar };
}

// A matter as its unit sees it: the facts, its own assignment with the actions it may take, the other units, and
// the timeline.
export function UnitMatterPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const user = useUser();
  const state = useAsync(() => loadMatter(id, user.unitCode), [id, user.unitCode]);
  const [dialog, setDialog] = useState<UnitAction | null>(null);

  const back = (
    <Link to="/unit" data-testid="back-to-todos">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
        {t('matter.back')}
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
  if (state.error || !state.data) {
    return (
      <>
        {back}
        <LoadError error={state.error} onRetry={state.reload} />
      </>
    );
  }
  const { matter, calendar } = state.data;
  const mine = user.unitCode ? ownAssignment(matter, user.unitCode) : undefined;
  const actions = availableActions(matter, mine, user.roles);

  return (
    <>
      {back}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <MatterFacts matter={matter} calendar={calendar} />
            {mine ? (
              <MyAssignment mine={mine} actions={actions} onAction={setDialog} />
            ) : (
              <Alert type="info" showIcon title={t('matter.notMine')} />
            )}
            <Assignments assignments={matter.assignments} />
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('timeline.title')} data-testid="timeline">
            <EventTimeline events={matter.events} />
          </Card>
        </Col>
      </Row>
      {dialog ? (
        <ActionDialog
          action={dialog}
          matter={matter}
          percent={mine?.percent ?? 0}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            setDialog(null);
            state.setData({ matter: next, calendar });
          }}
        />
      ) : null}
    </>
  );
}
