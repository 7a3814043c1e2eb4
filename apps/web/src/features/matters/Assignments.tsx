import { PauseCircleOutlined } from '@ant-design/icons';
import type { AssignmentView } from '@app/contracts';
import { Card, Collapse, List, Progress, Space, Tag, Typography } from 'antd';
import { useCallback } from 'react';

import { CountdownText } from '@web/features/matters/CountdownText';
import { EvidenceList } from '@web/features/matters/Evidence';
import { AssignmentStatusTag } from '@web/features/matters/tags';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { formatDate, formatDateTime, formatDay } from '@web/shared/dates';
import { useI18n } from '@web/i18n/i18n-context';

// An assignment's unit as the API named it at dispatch (Chinese), else the current name from the unit list.
export function useAssignmentUnitName(): (a: AssignmentView) => string {
  const { lang } = useI18n();
  const unitName = useUnitNames();
  return useCallback((a) => (lang === 'zh' && a.unitNameZh ? a.unitNameZh : unitName(a.unitCode)), [lang, unitName]);
}

// Assignments that no longer run: their deadlines and percent mean nothing.
const CLOSED: readonly AssignmentView['status'][] = ['withdrawn', 'cancelled'];

// The state beside the status: the clock paused, why the unit asked to be released, how often it was returned.
function StateNotes({ a }: { a: AssignmentView }) {
  const { t } = useI18n();
  return (
    <>
      {a.clockPaused ? (
        <Tag icon={<PauseCircleOutlined />} color="default" data-testid="clock-paused" title={t('matter.clockPaused')}>
          {t('office.matter.paused')}
        </Tag>
      ) : null}
      {a.handler ? (
        <Typography.Text style={{ fontSize: 12 }} data-testid="assignment-handler">
          {a.handler.phone
            ? t('timeline.handlerPhone', { name: a.handler.name, phone: a.handler.phone })
            : t('timeline.handler', { name: a.handler.name })}
        </Typography.Text>
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
    </>
  );
}

// The dates the ladder counts from: sign by, signed on, next progress report, last report; with the countdown.
function Dues({ a }: { a: AssignmentView }) {
  const { t, lang } = useI18n();
  const dues = [
    a.acknowledgedAt
      ? t('office.matter.acknowledged', { date: formatDateTime(a.acknowledgedAt, lang) })
      : a.ackDueAt
        ? t('unit.ackBy', { date: formatDay(a.ackDueAt, lang) })
        : null,
    a.progressDueAt ? t('office.matter.progressDue', { date: formatDay(a.progressDueAt, lang) }) : null,
    a.lastProgressAt ? t('office.matter.lastProgress', { date: formatDate(a.lastProgressAt, lang) }) : null,
  ].filter(Boolean);
  return (
    <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)', marginTop: 2 }}>
      {dues.join(' · ')} <CountdownText countdown={a.countdown} />
    </div>
  );
}

// Every progress report, newest first, folded away under the latest one.
function ProgressHistory({ a, people }: { a: AssignmentView; people: (login: string) => string }) {
  const { t, lang } = useI18n();
  const last = a.progress[a.progress.length - 1];
  if (!last) {
    return null;
  }
  const line = (p: AssignmentView['progress'][number]) => (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(p.at, lang)} · {people(p.byUserId)} · {t('timeline.percent', { n: p.percent })}
      </Typography.Text>
      <div style={{ whiteSpace: 'pre-wrap' }}>{p.text}</div>
    </div>
  );
  if (a.progress.length === 1) {
    return <div style={{ marginTop: 4 }}>{line(last)}</div>;
  }
  return (
    <Collapse
      ghost
      size="small"
      style={{ marginTop: 4 }}
      items={[
        {
          key: 'history',
          label: line(last),
          children: (
            <List
              size="small"
              dataSource={[...a.progress].reverse().slice(1)}
              renderItem={(p) => <List.Item style={{ paddingLeft: 0 }}>{line(p)}</List.Item>}
            />
          ),
        },
      ]}
    />
  );
}

// What the unit wrote back: a co-unit's contribution, the lead unit's completion report, with their evidence.
function Outcome({ a }: { a: AssignmentView }) {
  const { t } = useI18n();
  const outcome = a.contribution
    ? { label: t('matter.contribution'), text: a.contribution.text, evidence: a.contribution.evidence }
    : a.completion
      ? { label: t('matter.completion'), text: a.completion.summary, evidence: a.completion.evidence }
      : null;
  return outcome ? (
    <div style={{ marginTop: 4 }}>
      <Typography.Text type="secondary">{outcome.label}：</Typography.Text>
      <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{outcome.text}</Typography.Text>
      <EvidenceList items={outcome.evidence} testId="evidence-list" />
    </div>
  ) : null;
}

// Every unit's assignment on a matter: unit, role, status, percent, dates, reports and what it sent back. `own`
// marks the reader's own unit (a unit's page); `people` names who reported (their login name without it).
export function Assignments({
  assignments,
  own,
  people = (login) => login,
}: {
  assignments: readonly AssignmentView[];
  own?: string | null;
  people?: (login: string) => string;
}) {
  const { t } = useI18n();
  const nameOf = useAssignmentUnitName();
  return (
    <Card size="small" title={t('matter.assignments')}>
      <List
        dataSource={[...assignments]}
        rowKey={(a) => `${a.unitCode}-${a.assignedAt}`}
        renderItem={(a) => (
          <List.Item
            data-testid="assignment-row"
            data-unit={a.unitCode}
            data-status={a.status}
            style={own === a.unitCode ? { background: '#f6ffed', paddingInline: 8 } : undefined}
          >
            <div style={{ width: '100%' }}>
              <Space size={[8, 4]} wrap>
                <Typography.Text strong>{nameOf(a)}</Typography.Text>
                <Typography.Text type="secondary">{t(`assignmentRole.${a.role}`)}</Typography.Text>
                <AssignmentStatusTag status={a.status} />
                {own === a.unitCode ? <Tag color="green">{t('matter.myAssignment')}</Tag> : null}
                <StateNotes a={a} />
              </Space>
              {CLOSED.includes(a.status) ? null : (
                <>
                  <div style={{ maxWidth: 360, marginTop: 4 }}>
                    <Progress percent={a.percent} size="small" style={{ margin: 0 }} />
                  </div>
                  <Dues a={a} />
                </>
              )}
              <ProgressHistory a={a} people={people} />
              <Outcome a={a} />
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
