import { Space, Typography } from 'antd';

import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import type { Countdown } from '../../shared/working-days';

// 剩余 N 个工作日 / 今日到期 / 已超期 N 个工作日, coloured by urgency.
export function CountdownText({ countdown, nearDays = 3 }: { countdown: Countdown | null; nearDays?: number }) {
  const { t } = useI18n();
  if (!countdown) {
    return null;
  }
  switch (countdown.kind) {
    case 'left':
      return (
        <Typography.Text type={countdown.days <= nearDays ? 'warning' : 'secondary'} data-testid="countdown">
          {t('unit.remaining', { n: countdown.days })}
        </Typography.Text>
      );
    case 'today':
      return (
        <Typography.Text type="warning" strong data-testid="countdown">
          {t('unit.dueToday')}
        </Typography.Text>
      );
    case 'overdue':
      return (
        <Typography.Text type="danger" strong data-testid="countdown">
          {countdown.days > 0 ? t('unit.overdueBy', { n: countdown.days }) : t('light.red')}
        </Typography.Text>
      );
  }
}

// A due date with its countdown beside it; the countdown only while the matter runs.
export function DueWithCountdown(props: {
  date: string;
  countdown: Countdown | null;
  running: boolean;
  testId: string;
}) {
  const { lang } = useI18n();
  return (
    <Space size={[8, 0]} wrap data-testid={props.testId}>
      <span>{formatDate(props.date, lang)}</span>
      {props.running ? <CountdownText countdown={props.countdown} /> : null}
    </Space>
  );
}
