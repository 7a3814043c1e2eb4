import type { MatterDetail, MatterEventView } from '@app/contracts';
import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';

import { DueWithCountdown } from '@web/features/matters/CountdownText';
import { dueOf, isBreachReason, isEscalationLevel, isOpenMatter } from '@web/features/matters/constants';
import { personOf } from '@web/features/matters/EventTimeline';
import { EscalationTag, LightBadge, ProvisionalTag } from '@web/features/matters/tags';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { formatDateTime } from '@web/shared/dates';
import { formatDeadline } from '@web/shared/dates';
import type { Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import { Notice } from '@web/shared/Notice';

const PAUSE_REASONS = [
  'decline_awaiting_office',
  'completion_awaiting_verification',
  'extension_awaiting_decision',
] as const;

function pauseReason(t: Translate, reason: string): string {
  const known = PAUSE_REASONS.find((r) => r === reason);
  return known ? t(`office.pause.${known}`) : reason;
}

function ladderText(t: Translate, matter: MatterDetail): string | null {
  const ladder = matter.supervision?.policy.ladder;
  if (!ladder?.length) {
    return null;
  }
  return ladder
    .map((s) => `${t(`escalation.${s.level}`)}${s.afterWorkingDays > 0 ? ` +${s.afterWorkingDays}` : ''}`)
    .join(' → ');
}

// Every escalation that has gone out: who was told, why, with which notice number; newest first.
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
        <List.Item style={{ paddingLeft: 0, paddingRight: 0 }} data-testid="supervision-escalation">
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
              {formatDateTime(e.at, lang)} · {e.actorRole === 'system' ? t('timeline.actorSystem') : personOf(e)}
            </div>
            {e.reason ? <div style={{ whiteSpace: 'pre-wrap' }}>{e.reason}</div> : null}
          </div>
        </List.Item>
      )}
    />
  );
}

// Every clock pause: whose, from when to when, why.
function Pauses({ matter }: { matter: MatterDetail }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const pauses = Object.entries(matter.supervision?.pauses ?? {}).flatMap(([unit, list]) =>
    list.map((p) => ({ unit, ...p })),
  );
  if (pauses.length === 0) {
    return null;
  }
  return (
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
  );
}

// 督查督办 on one matter: its light and level, the deadline the clock runs to, the next step of the ladder, the rules
// it runs on, its clock pauses and every escalation that has gone out.
export function SupervisionPanel({ matter }: { matter: MatterDetail }) {
  const { t, lang } = useI18n();
  const open = isOpenMatter(matter);
  const policy = matter.supervision?.policy;
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
        <Space size={[8, 4]} wrap>
          <DueWithCountdown date={dueOf(matter)} countdown={matter.countdown} running={open} testId="effective-due" />
          <ProvisionalTag matter={matter} />
        </Space>
      ),
    },
    {
      key: 'breach',
      label: t('office.sup.predictedBreach'),
      children: open && matter.predictedBreachAt ? formatDeadline(matter.predictedBreachAt, lang) : '—',
    },
    {
      key: 'level',
      label: t('matter.escalationLevel'),
      children: matter.escalationLevel ? <EscalationTag level={matter.escalationLevel} /> : t('common.none'),
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
      {!matter.supervision ? <Notice type="info" gap={8} title={t('office.sup.unsupervised')} /> : null}
      <Descriptions size="small" column={1} items={items} />
      <Pauses matter={matter} />
      <div style={{ marginTop: 12 }}>
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {t('office.sup.escalations')}
        </Typography.Text>
        <Escalations events={matter.events} />
      </div>
    </Card>
  );
}
