import type { MatterDetail, MatterEventView } from '@app/contracts';
import { Alert, Card, Descriptions, Empty, List, Space, Typography } from 'antd';

import { formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { isBreachReason, isEscalationLevel } from '../matters/constants';
import { EscalationTag, LightBadge } from '../matters/tags';
import { useUnitNames } from '../matters/useUnitNames';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

// 督查督办 on one matter: its light and level, the deadlines the ladder counts from, the rules it runs on, and
// every escalation that has gone out (who was told, why, with which notice number).
export function SupervisionPanel({ matter }: { matter: MatterDetail }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const open = matter.status === 'in_progress' || matter.status === 'awaiting_verification';
  const escalations = matter.events.filter(
    (e): e is MatterEventView => e.type === 'supervision.escalated' && isEscalationLevel(e.data.level),
  );
  const policy = matter.supervision?.policy;
  const items = [
    ...(open
      ? [
          {
            key: 'light',
            label: t('matter.light'),
            children: matter.light === 'none' ? '—' : <LightBadge light={matter.light} />,
          },
        ]
      : []),
    {
      key: 'level',
      label: t('matter.escalationLevel'),
      children: matter.escalationLevel ? <EscalationTag level={matter.escalationLevel} /> : t('common.none'),
    },
    {
      key: 'effective',
      label: t('leadership.supervision.effectiveDue'),
      children: formatDate(matter.effectiveDueDate ?? matter.dueDate, lang),
    },
    // Only a step still ahead: once the ladder has reached its top, the last prediction lies in the past.
    ...(open && matter.predictedBreachAt && Date.parse(matter.predictedBreachAt) > Date.now()
      ? [
          {
            key: 'next',
            label: t('leadership.supervision.nextBreach'),
            children: formatDateTime(matter.predictedBreachAt, lang),
          },
        ]
      : []),
    ...(policy
      ? [
          {
            key: 'policy',
            label: t('leadership.supervision.policy'),
            children: t('leadership.supervision.policyText', {
              ack: policy.ackWorkingDays,
              progress: policy.progressEveryWorkingDays,
              yellow: policy.yellowBeforeWorkingDays,
            }),
          },
        ]
      : []),
  ];
  return (
    <Card size="small" title={t('leadership.supervision.title')} data-testid="supervision-panel">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {!matter.supervision ? <Alert type="info" showIcon title={t('leadership.supervision.none')} /> : null}
        {matter.deadlineProvisional ? <Alert type="warning" showIcon title={t('matter.provisional')} /> : null}
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
        <div>
          <Typography.Text type="secondary">{t('leadership.supervision.escalations')}</Typography.Text>
          {escalations.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('leadership.supervision.noEscalations')}
              style={{ margin: '8px 0' }}
            />
          ) : (
            <List
              size="small"
              dataSource={[...escalations].reverse()}
              rowKey="seq"
              renderItem={(e) => (
                <List.Item data-testid="supervision-escalation">
                  <Space size={[8, 2]} wrap>
                    {isEscalationLevel(e.data.level) ? <EscalationTag level={e.data.level} /> : null}
                    <span>{e.unitCode ? unitName(e.unitCode) : t('timeline.actorOffice')}</span>
                    {isBreachReason(e.data.reason) ? (
                      <Typography.Text type="secondary">{t(`breach.${e.data.reason}`)}</Typography.Text>
                    ) : null}
                    {str(e.data.noticeNo) ? (
                      <Typography.Text type="secondary">
                        {t('timeline.noticeNo', { no: str(e.data.noticeNo) ?? '' })}
                      </Typography.Text>
                    ) : null}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(e.at, lang)}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </div>
      </Space>
    </Card>
  );
}
