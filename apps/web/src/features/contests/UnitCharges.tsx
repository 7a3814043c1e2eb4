import type { ChargeSelector, MatterDetail, MatterEventView } from '@app/contracts';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';

import { isEscalationLevel } from '@web/features/matters/constants';
import { EscalationTag } from '@web/features/matters/tags';
import { formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { FileContestDialog } from './ContestDialogs';

interface Charge {
  key: string;
  selector: ChargeSelector;
  label: string;
  level?: string;
  at?: string;
  // The latest contest step on it, from the timeline: pending, accepted or rejected.
  contest: 'pending' | 'accepted' | 'rejected' | null;
}

const sameCharge = (e: MatterEventView, c: ChargeSelector): boolean => {
  const charge = e.data.charge as { kind?: unknown; seq?: unknown } | undefined;
  return charge?.kind === c.kind && (c.kind === 'overdue' || charge.seq === c.seq);
};

function contestOf(events: MatterEventView[], c: ChargeSelector): Charge['contest'] {
  const last = events.filter((e) => e.contestId !== undefined && sameCharge(e, c)).pop();
  if (!last) {
    return null;
  }
  return last.type === 'contest.accepted' ? 'accepted' : last.type === 'contest.rejected' ? 'rejected' : 'pending';
}

// The charges the matter holds against the unit (its escalations, its being overdue now), each with its
// contest's state and the 申诉 action while none is pending or accepted.
export function UnitCharges({
  matter,
  unitCode,
  onChanged,
}: {
  matter: MatterDetail;
  unitCode: string;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<Charge | null>(null);
  const escalations: Charge[] = matter.events
    .filter((e) => e.type === 'supervision.escalated' && e.contestId === undefined && e.unitCode === unitCode)
    .map((e) => {
      const selector: ChargeSelector = { kind: 'escalation', seq: e.seq };
      const level = isEscalationLevel(e.data.level) ? e.data.level : undefined;
      return {
        key: `e${e.seq}`,
        selector,
        label: level ? t(`escalation.${level}`) : t('event.supervision.escalated'),
        level,
        at: e.at,
        contest: contestOf(matter.events, selector),
      };
    });
  const overdue = matter.assignments.some((a) => a.unitCode === unitCode && a.overdue);
  const overdueCharge: Charge = {
    key: 'overdue',
    selector: { kind: 'overdue' },
    label: t('contests.charge.overdue'),
    contest: contestOf(matter.events, { kind: 'overdue' }),
  };
  const charges = [...escalations, ...(overdue || overdueCharge.contest ? [overdueCharge] : [])];
  return (
    <Card size="small" title={t('contests.card.title')} data-testid="unit-charges">
      {charges.length === 0 ? (
        <Typography.Text type="secondary">{t('contests.card.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={charges}
          rowKey="key"
          renderItem={(c) => (
            <List.Item
              data-testid="unit-charge"
              data-charge={c.key}
              actions={
                c.contest === 'pending' || c.contest === 'accepted'
                  ? []
                  : [
                      <Button key="file" size="small" onClick={() => setOpen(c)} data-testid="contest-file">
                        {t('contests.action.file')}
                      </Button>,
                    ]
              }
            >
              <Space size={4} wrap>
                {c.level && isEscalationLevel(c.level) ? (
                  <EscalationTag level={c.level} />
                ) : (
                  <Tag color="red">{t('contests.card.overdueNow')}</Tag>
                )}
                {c.at ? <Typography.Text type="secondary">{formatDateTime(c.at, lang)}</Typography.Text> : null}
                {c.contest ? (
                  <Tag color={c.contest === 'accepted' ? 'green' : c.contest === 'pending' ? 'orange' : 'default'}>
                    {t(`contests.status.${c.contest}`)}
                  </Tag>
                ) : null}
              </Space>
            </List.Item>
          )}
        />
      )}
      {open ? (
        <FileContestDialog
          matterId={matter.id}
          charge={open.selector}
          chargeLabel={open.label}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}
