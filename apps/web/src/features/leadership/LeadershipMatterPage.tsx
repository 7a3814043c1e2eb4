import { EditOutlined } from '@ant-design/icons';
import type { AssignmentView, MatterDetail } from '@app/contracts';
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';

import { mattersApi } from '../../api/endpoints';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { BackLink } from '../../shared/BackLink';
import { PageStatus } from '../../shared/states';
import { useAsync } from '../../shared/useAsync';
import type { WorkingDayCalendar } from '../../shared/working-days';
import { loadWorkingDayCalendar } from '../../shared/working-days';
import { AssignmentList } from '../matters/AssignmentList';
import { DueWithCountdown } from '../matters/CountdownText';
import { MatterColumns } from '../matters/MatterColumns';
import { MatterCard, useMatterFacts } from '../matters/MatterFacts';
import { LightBadge, MatterStatusTag, PriorityTag } from '../matters/tags';
import { InstructionDialog } from './InstructionDialog';
import { SupervisionPanel } from './SupervisionPanel';

const isOpen = (m: MatterDetail) => m.status === 'in_progress' || m.status === 'awaiting_verification';
const dueOf = (m: MatterDetail) => m.effectiveDueDate ?? m.dueDate;

function Facts({ matter, calendar }: { matter: MatterDetail; calendar: WorkingDayCalendar | null }) {
  const { t, lang } = useI18n();
  const facts = useMatterFacts();
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
    ...facts.units(matter),
    {
      key: 'due',
      label: t('matter.dueDate'),
      children: (
        <DueWithCountdown
          date={matter.dueDate}
          countdown={calendar?.countdown(dueOf(matter)) ?? null}
          running={open}
          testId="matter-due"
        />
      ),
    },
    ...facts.originalDue(matter),
    facts.source(matter),
    ...(matter.closedAt
      ? [{ key: 'closed', label: t('leadership.matter.closedAt'), children: formatDateTime(matter.closedAt, lang) }]
      : []),
  ];
  return (
    <MatterCard matter={matter}>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
      <div>
        <Typography.Text type="secondary">{t('matter.description')}</Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 4, marginBottom: 0 }}>
          {matter.description || '—'}
        </Typography.Paragraph>
      </div>
    </MatterCard>
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

// Under the percent: the deadlines the ladder counts from, and what has paused or returned the assignment.
function Dues({ a }: { a: AssignmentView }) {
  const { t, lang } = useI18n();
  const dues = [
    a.status === 'awaiting_ack' && a.ackDueAt
      ? t('leadership.matter.ackDue', { date: formatDate(a.ackDueAt, lang) })
      : null,
    a.progressDueAt ? t('leadership.matter.progressDue', { date: formatDate(a.progressDueAt, lang) }) : null,
    a.acknowledgedAt ? t('leadership.matter.acknowledged', { date: formatDateTime(a.acknowledgedAt, lang) }) : null,
    a.returnCount > 0 ? t('leadership.matter.returns', { n: a.returnCount }) : null,
    a.clockPaused ? t('matter.clockPaused') : null,
  ].filter(Boolean);
  return dues.length ? (
    <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.5)', marginTop: 2 }}>{dues.join(' · ')}</div>
  ) : null;
}

function LabelledText({ label, text }: { label: string; text: string }) {
  return (
    <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
      <Typography.Text type="secondary">{label}：</Typography.Text>
      {text}
    </Typography.Paragraph>
  );
}

// What the unit wrote back: a co-unit's contribution, the lead unit's completion report.
function Outcome({ a }: { a: AssignmentView }) {
  const { t } = useI18n();
  return (
    <>
      {a.contribution ? <LabelledText label={t('matter.contribution')} text={a.contribution.text} /> : null}
      {a.completion ? <LabelledText label={t('matter.completion')} text={a.completion.summary} /> : null}
    </>
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
    <BackLink to="/leadership" testId="back-to-dashboard">
      {t('leadership.matter.back')}
    </BackLink>
  );
  if (!state.data) {
    return <PageStatus state={state} back={back} />;
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
      <MatterColumns
        matter={matter}
        main={
          <>
            <Facts matter={matter} calendar={calendar} />
            <Instructions matter={matter} />
            <AssignmentList
              assignments={matter.assignments}
              dues={(a) => <Dues a={a} />}
              outcome={(a) => <Outcome a={a} />}
            />
            <SupervisionPanel matter={matter} />
          </>
        }
      />
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
