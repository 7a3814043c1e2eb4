import { ArrowLeftOutlined, PauseCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import type { AssignmentView, MatterDetail, MatterEventView } from '@app/contracts';
import type { TableProps } from 'antd';
import { Alert, Button, Card, Descriptions, Empty, List, Progress, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';

import { mattersApi } from '../../api/endpoints';
import { useUser } from '../../auth/auth-context';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { PageStatus } from '../../shared/states';
import { useAsync } from '../../shared/useAsync';
import { loadWorkingDayCalendar } from '../../shared/working-days';
import { useAssignmentUnitName } from '../matters/AssignmentList';
import { DueWithCountdown } from '../matters/CountdownText';
import { EvidenceList } from '../matters/Evidence';
import { MatterColumns } from '../matters/MatterColumns';
import { useMatterFacts } from '../matters/MatterFacts';
import { MatterText } from '../matters/MatterText';
import { isBreachReason, isEscalationLevel } from '../matters/constants';
import { AssignmentStatusTag, EscalationTag, LightBadge, MatterStatusTag, PriorityTag } from '../matters/tags';
import { useUnitNames } from '../matters/useUnitNames';
import { dueOf, isOpen } from './board';
import { CompletionReport } from './CompletionReport';
import { OfficeActionDialog } from './OfficeActionDialog';
import type { OfficeAction } from './officeActions';
import { availableOfficeActions } from './officeActions';

const PRIMARY: OfficeAction[] = ['verify', 'extension', 'reroute'];
const DANGER: OfficeAction[] = ['return', 'cancel'];

function ActionBar({ actions, onAction }: { actions: OfficeAction[]; onAction: (a: OfficeAction) => void }) {
  const { t } = useI18n();
  if (actions.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="office-actions-none">
        {t('office.matter.noActions')}
      </Typography.Text>
    );
  }
  return (
    <Space wrap data-testid="office-actions">
      {actions.map((a) => (
        <Button
          key={a}
          type={PRIMARY.includes(a) ? 'primary' : 'default'}
          danger={DANGER.includes(a)}
          onClick={() => onAction(a)}
          data-testid={`office-action-${a}`}
        >
          {t(`office.action.${a}`)}
        </Button>
      ))}
    </Space>
  );
}

function Facts({ matter }: { matter: MatterDetail }) {
  const { t, lang } = useI18n();
  const facts = useMatterFacts();
  const items = [
    ...facts.units(matter),
    { key: 'due', label: t('matter.dueDate'), children: formatDate(matter.dueDate, lang) },
    ...facts.originalDue(matter),
    { key: 'prio', label: t('matter.priority'), children: t(`priority.${matter.priority}`) },
    {
      key: 'source',
      label: t('matter.source'),
      children: matter.meetingId ? (
        <Link to={`/office/meetings/${matter.meetingId}`} data-testid="matter-meeting-link">
          {t('office.matter.meetingLink')}
        </Link>
      ) : (
        (matter.source ?? '—')
      ),
    },
    { key: 'created', label: t('office.matter.createdAt'), children: formatDateTime(matter.createdAt, lang) },
    { key: 'by', label: t('office.matter.createdBy'), children: matter.createdBy },
    ...(matter.closedAt
      ? [{ key: 'closed', label: t('office.col.closed'), children: formatDateTime(matter.closedAt, lang) }]
      : []),
    ...(matter.extensionCount > 0
      ? [{ key: 'ext', label: t('office.matter.extensions'), children: matter.extensionCount }]
      : []),
  ];
  return (
    <Card size="small" title={t('office.matter.facts')}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {matter.cancelReason ? (
          <Alert type="warning" showIcon title={t('matter.cancelReason', { text: matter.cancelReason })} />
        ) : null}
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
        <MatterText matter={matter} />
      </Space>
    </Card>
  );
}

function AssignmentDetails({ a }: { a: AssignmentView }) {
  const { t, lang } = useI18n();
  return (
    <div style={{ padding: '0 8px' }}>
      <Typography.Text type="secondary">{t('matter.progressHistory')}</Typography.Text>
      {a.progress.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('office.matter.noProgress')}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          dataSource={[...a.progress].reverse()}
          renderItem={(p) => (
            <List.Item style={{ paddingLeft: 0 }}>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(p.at, lang)} · {p.byUserId} · {t('timeline.percent', { n: p.percent })}
                </Typography.Text>
                <div style={{ whiteSpace: 'pre-wrap' }}>{p.text}</div>
              </div>
            </List.Item>
          )}
        />
      )}
      {a.contribution ? (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t('matter.contribution')}：</Typography.Text>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{a.contribution.text}</Typography.Text>
          <EvidenceList items={a.contribution.evidence} testId="evidence-list" />
        </div>
      ) : null}
    </div>
  );
}

// Assignments that no longer run: their deadlines mean nothing.
const CLOSED_STATUSES: AssignmentView['status'][] = ['withdrawn', 'cancelled'];

function Assignments({ matter }: { matter: MatterDetail }) {
  const { t, lang } = useI18n();
  const nameOf = useAssignmentUnitName();
  const columns: TableProps<AssignmentView>['columns'] = [
    {
      key: 'unit',
      title: t('office.matter.unit'),
      width: 160,
      render: (_, a) => (
        <div>
          <Typography.Text strong>{nameOf(a)}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`assignmentRole.${a.role}`)}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      key: 'status',
      title: t('matter.status'),
      width: 170,
      render: (_, a) => (
        <Space size={[4, 4]} wrap>
          <AssignmentStatusTag status={a.status} />
          {a.clockPaused ? (
            <Tooltip title={t('matter.clockPaused')}>
              <Tag icon={<PauseCircleOutlined />} color="default" data-testid="clock-paused">
                {t('office.matter.paused')}
              </Tag>
            </Tooltip>
          ) : null}
          {a.declineReason ? (
            <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="decline-reason">
              {t('matter.declineReason', { text: a.declineReason })}
            </Typography.Text>
          ) : null}
          {a.role === 'lead' && a.returnCount > 0 ? (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('office.matter.returnedTimes', { n: a.returnCount })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'percent',
      title: t('matter.percent'),
      width: 120,
      render: (_, a) => <Progress percent={a.percent} size="small" style={{ margin: 0 }} />,
    },
    {
      key: 'dates',
      title: t('office.matter.dates'),
      width: 190,
      render: (_, a) =>
        CLOSED_STATUSES.includes(a.status) ? null : (
          <div style={{ fontSize: 13 }}>
            {a.acknowledgedAt ? (
              <div>{t('office.matter.acknowledged', { date: formatDateTime(a.acknowledgedAt, lang) })}</div>
            ) : a.ackDueAt ? (
              <Typography.Text type="warning">
                {t('unit.ackBy', { date: formatDate(a.ackDueAt, lang) })}
              </Typography.Text>
            ) : null}
            {a.progressDueAt ? (
              <div>{t('office.matter.progressDue', { date: formatDate(a.progressDueAt, lang) })}</div>
            ) : null}
            {a.lastProgressAt ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('office.matter.lastProgress', { date: formatDate(a.lastProgressAt, lang) })}
              </Typography.Text>
            ) : null}
          </div>
        ),
    },
  ];
  return (
    <Card size="small" title={t('matter.assignments')}>
      <Table<AssignmentView>
        size="small"
        rowKey={(a) => `${a.unitCode}-${a.assignedAt}`}
        columns={columns}
        dataSource={matter.assignments}
        pagination={false}
        scroll={{ x: 640 }}
        expandable={{
          expandedRowRender: (a) => <AssignmentDetails a={a} />,
          rowExpandable: (a) => a.progress.length > 0 || Boolean(a.contribution),
        }}
        onRow={(a) =>
          ({
            'data-testid': 'assignment-row',
            'data-unit': a.unitCode,
            'data-status': a.status,
          }) as HTMLAttributes<HTMLElement>
        }
        locale={{ emptyText: <Empty description={t('common.empty')} /> }}
      />
    </Card>
  );
}

const PAUSE_REASONS = [
  'decline_awaiting_office',
  'completion_awaiting_verification',
  'extension_awaiting_decision',
] as const;

function pauseReason(t: ReturnType<typeof useI18n>['t'], reason: string): string {
  const known = PAUSE_REASONS.find((r) => r === reason);
  return known ? t(`office.pause.${known}`) : reason;
}

function ladderText(t: ReturnType<typeof useI18n>['t'], matter: MatterDetail): string | null {
  const ladder = matter.supervision?.policy.ladder;
  if (!ladder?.length) {
    return null;
  }
  return ladder
    .map((s) => `${t(`escalation.${s.level}`)}${s.afterWorkingDays > 0 ? ` +${s.afterWorkingDays}` : ''}`)
    .join(' → ');
}

function Escalations({ events }: { events: MatterEventView[] }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const list = events.filter((e) => e.type === 'supervision.escalated').reverse();
  if (list.length === 0) {
    return (
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
        {t('office.matter.noEscalations')}
      </Typography.Paragraph>
    );
  }
  return (
    <List
      size="small"
      dataSource={list}
      rowKey="seq"
      data-testid="escalation-list"
      renderItem={(e) => (
        <List.Item style={{ paddingLeft: 0, paddingRight: 0 }}>
          <div>
            <Space size={4} wrap>
              {isEscalationLevel(e.data.level) ? <EscalationTag level={e.data.level} /> : null}
              <Typography.Text>{unitName(e.unitCode)}</Typography.Text>
              {isBreachReason(e.data.reason) ? (
                <Typography.Text type="secondary">{t(`breach.${e.data.reason}`)}</Typography.Text>
              ) : null}
              {typeof e.data.noticeNo === 'string' && e.data.noticeNo ? <Tag>{e.data.noticeNo}</Tag> : null}
            </Space>
            <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
              {formatDateTime(e.at, lang)} · {e.actorUserId}
            </div>
            {e.reason ? <div style={{ whiteSpace: 'pre-wrap' }}>{e.reason}</div> : null}
          </div>
        </List.Item>
      )}
    />
  );
}

function SupervisionPanel({ matter }: { matter: MatterDetail }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const open = isOpen(matter);
  const due = dueOf(matter);
  const calendar = useAsync(() => (open ? loadWorkingDayCalendar([due]) : Promise.resolve(null)), [due, open]);
  const policy = matter.supervision?.policy;
  const pauses = Object.entries(matter.supervision?.pauses ?? {}).flatMap(([unit, list]) =>
    list.map((p) => ({ unit, ...p })),
  );
  const items = [
    {
      key: 'light',
      label: t('matter.light'),
      children: open && matter.light !== 'none' ? <LightBadge light={matter.light} /> : '—',
    },
    {
      key: 'eff',
      label: t('office.sup.effectiveDue'),
      children: (
        <DueWithCountdown
          date={due}
          countdown={calendar.data?.countdown(due) ?? null}
          running={open}
          testId="effective-due"
        />
      ),
    },
    {
      key: 'breach',
      label: t('office.sup.predictedBreach'),
      children: open && matter.predictedBreachAt ? formatDateTime(matter.predictedBreachAt, lang) : '—',
    },
    {
      key: 'level',
      label: t('matter.escalationLevel'),
      children: matter.escalationLevel ? <EscalationTag level={matter.escalationLevel} /> : t('common.none'),
    },
    {
      key: 'prov',
      label: t('office.sup.provisional'),
      children: matter.deadlineProvisional ? (
        <Tag color="warning" data-testid="provisional-flag">
          {t('office.sup.provisionalYes')}
        </Tag>
      ) : (
        t('common.no')
      ),
    },
    ...(policy
      ? [
          {
            key: 'policy',
            label: t('office.sup.policy'),
            children: (
              <span>
                {t('office.sup.policyText', {
                  ack: policy.ackWorkingDays,
                  progress: policy.progressEveryWorkingDays,
                  yellow: policy.yellowBeforeWorkingDays,
                  office: policy.officeTurnaroundWorkingDays,
                })}
                <br />
                <Typography.Text type="secondary">{ladderText(t, matter)}</Typography.Text>
              </span>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card size="small" title={t('office.sup.title')} data-testid="supervision-panel">
      {matter.deadlineProvisional ? (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('matter.provisional')} />
      ) : null}
      {!matter.supervision ? (
        <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('office.sup.unsupervised')} />
      ) : null}
      <Descriptions size="small" column={1} items={items} />
      {pauses.length > 0 ? (
        <div style={{ marginTop: 8 }} data-testid="clock-pauses">
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {t('office.sup.pauses')}
          </Typography.Text>
          {pauses.map((p, i) => (
            <div key={i} style={{ fontSize: 13 }}>
              {t('office.sup.pauseLine', {
                unit: unitName(p.unit),
                from: formatDateTime(p.from, lang),
                to: p.to ? formatDateTime(p.to, lang) : t('office.sup.ongoing'),
              })}
              <Typography.Text type="secondary">
                {' '}
                {t('office.sup.pauseWhy', { reason: pauseReason(t, p.reason) })}
              </Typography.Text>
            </div>
          ))}
        </div>
      ) : null}
      <div style={{ marginTop: 12 }}>
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {t('office.sup.escalations')}
        </Typography.Text>
        <Escalations events={matter.events} />
      </div>
    </Card>
  );
}

// A matter as the office sees it: the facts, the completion report, every unit's assignment, supervision, the
// timeline, and the actions the office may take now.
export function OfficeMatterPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const state = useAsync(() => mattersApi.get(id), [id]);
  const [dialog, setDialog] = useState<OfficeAction | null>(null);

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingLeft: 0 }}
      onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/office'))}
      data-testid="back-to-board"
    >
      {t('office.backToBoard')}
    </Button>
  );
  if (!state.data) {
    return <PageStatus state={state} back={back} />;
  }
  const matter = state.data;
  const actions = availableOfficeActions(matter, user.roles);
  const reportVisible = matter.assignments.some((a) => a.role === 'lead' && a.completion);

  return (
    <>
      {back}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space size={[8, 4]} wrap>
            <Typography.Text type="secondary" data-testid="matter-code">
              {matter.code}
            </Typography.Text>
            <span data-testid="matter-status" data-status={matter.status}>
              <MatterStatusTag status={matter.status} />
            </span>
            <PriorityTag priority={matter.priority} />
            {isOpen(matter) && matter.light !== 'none' ? (
              <span data-testid="matter-light" data-light={matter.light}>
                <LightBadge light={matter.light} />
              </span>
            ) : null}
            {matter.escalationLevel ? <EscalationTag level={matter.escalationLevel} /> : null}
            <Tooltip title={t('common.refresh')}>
              <Button
                size="small"
                type="text"
                icon={<ReloadOutlined />}
                onClick={state.reload}
                loading={state.loading}
                aria-label={t('common.refresh')}
                data-testid="matter-refresh"
              />
            </Tooltip>
          </Space>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="matter-title">
            {matter.title}
          </Typography.Title>
          {matter.pendingExtension ? (
            <Alert
              type="info"
              showIcon
              title={t('matter.pendingExtension', {
                date: formatDate(matter.pendingExtension.requestedDueDate, lang),
              })}
            />
          ) : null}
          <ActionBar actions={actions} onAction={setDialog} />
        </Space>
      </Card>
      <MatterColumns
        matter={matter}
        main={
          <>
            {reportVisible ? (
              <Card
                size="small"
                title={t('matter.completion')}
                styles={matter.status === 'awaiting_verification' ? { header: { background: '#f9f0ff' } } : undefined}
              >
                <CompletionReport matter={matter} />
              </Card>
            ) : null}
            <Facts matter={matter} />
            <Assignments matter={matter} />
          </>
        }
        aside={<SupervisionPanel matter={matter} />}
      />
      {dialog ? (
        <OfficeActionDialog
          action={dialog}
          matter={matter}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            setDialog(null);
            state.setData(next);
          }}
        />
      ) : null}
    </>
  );
}
