import type { AssignmentView, MatterDetail } from '@app/contracts';
import { Alert, Button, Card, Descriptions, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';

import { mattersApi } from '../../api/endpoints';
import { useUser } from '../../auth/auth-context';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { BackLink } from '../../shared/BackLink';
import { PageStatus } from '../../shared/states';
import { useAsync } from '../../shared/useAsync';
import type { WorkingDayCalendar } from '../../shared/working-days';
import { loadWorkingDayCalendar } from '../../shared/working-days';
import { AssignmentList } from '../matters/AssignmentList';
import { DueWithCountdown } from '../matters/CountdownText';
import { EvidenceList } from '../matters/Evidence';
import { MatterColumns } from '../matters/MatterColumns';
import { MatterCard, useMatterFacts } from '../matters/MatterFacts';
import { MatterText } from '../matters/MatterText';
import { AssignmentStatusTag, EscalationTag, LightBadge, MatterStatusTag, PriorityTag } from '../matters/tags';
import { ActionDialog } from './ActionDialog';
import type { UnitAction } from './actions';
import { availableActions } from './actions';
import { dueOf, ownAssignment } from './todos';

function MatterFacts({ matter, calendar }: { matter: MatterDetail; calendar: WorkingDayCalendar | null }) {
  const { t, lang } = useI18n();
  const facts = useMatterFacts();
  const due = dueOf(matter);
  const open = matter.status === 'in_progress' || matter.status === 'awaiting_verification';
  const items = [
    { key: 'code', label: t('matter.code'), children: matter.code },
    { key: 'status', label: t('matter.status'), children: <MatterStatusTag status={matter.status} /> },
    ...facts.units(matter),
    {
      key: 'due',
      label: t('matter.dueDate'),
      children: (
        <DueWithCountdown
          date={matter.dueDate}
          countdown={calendar?.countdown(due) ?? null}
          running={open}
          testId="matter-due"
        />
      ),
    },
    ...(matter.effectiveDueDate && matter.effectiveDueDate !== matter.dueDate
      ? [{ key: 'eff', label: t('matter.effectiveDueDate'), children: formatDate(matter.effectiveDueDate, lang) }]
      : []),
    ...facts.originalDue(matter),
    ...(open && matter.light !== 'none'
      ? [{ key: 'light', label: t('matter.light'), children: <LightBadge light={matter.light} /> }]
      : []),
    ...(matter.priority !== 'normal'
      ? [{ key: 'prio', label: t('matter.priority'), children: <PriorityTag priority={matter.priority} /> }]
      : []),
    ...(matter.escalationLevel
      ? [{ key: 'esc', label: t('matter.escalationLevel'), children: <EscalationTag level={matter.escalationLevel} /> }]
      : []),
    facts.source(matter),
  ];
  return (
    <MatterCard matter={matter}>
      {matter.deadlineProvisional ? <Alert type="warning" showIcon title={t('matter.provisional')} /> : null}
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
      <MatterText matter={matter} />
    </MatterCard>
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

// A co-unit's contribution (协办意见) with its evidence.
function Contribution({ a }: { a: AssignmentView }) {
  const { t } = useI18n();
  return a.contribution ? (
    <div style={{ marginTop: 4 }}>
      <Typography.Text type="secondary">{t('matter.contribution')}：</Typography.Text>
      <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{a.contribution.text}</Typography.Text>
      <EvidenceList items={a.contribution.evidence} />
    </div>
  ) : null;
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
    <BackLink to="/unit" testId="back-to-todos">
      {t('matter.back')}
    </BackLink>
  );
  if (state.error || !state.data) {
    return <PageStatus state={state} back={back} />;
  }
  const { matter, calendar } = state.data;
  const mine = user.unitCode ? ownAssignment(matter, user.unitCode) : undefined;
  const actions = availableActions(matter, mine, user.roles);

  return (
    <>
      {back}
      <MatterColumns
        matter={matter}
        main={
          <>
            <MatterFacts matter={matter} calendar={calendar} />
            {mine ? (
              <MyAssignment mine={mine} actions={actions} onAction={setDialog} />
            ) : (
              <Alert type="info" showIcon title={t('matter.notMine')} />
            )}
            <AssignmentList assignments={matter.assignments} outcome={(a) => <Contribution a={a} />} />
          </>
        }
      />
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
