import { Space, Typography } from 'antd';

import type { Countdown } from '@app/contracts';
import { formatDeadline } from '@web/shared/dates';
import { countdownWords } from '@web/features/matters/countdown';
import { useI18n } from '@web/i18n/i18n-context';

// 剩余 N 个工作日 / 今日到期 / 已超期 N 个工作日, as the server counted them, coloured by urgency.
export function CountdownText({ countdown, nearDays = 3 }: { countdown: Countdown | null; nearDays?: number }) {
  const { t } = useI18n();
  if (!countdown) {
    return null;
  }
  const strong = countdown.kind === 'overdue' || countdown.workingDays === 0;
  const type = countdown.kind === 'overdue' ? 'danger' : countdown.workingDays <= nearDays ? 'warning' : 'secondary';
  return (
    <Typography.Text type={type} strong={strong} data-testid="countdown">
      {countdownWords(t, countdown)}
    </Typography.Text>
  );
}

// A due date with its countdown beside it; the countdown only while the thing runs.
export function DueWithCountdown(props: {
  date: string;
  countdown: Countdown | null;
  running: boolean;
  testId: string;
}) {
  const { lang } = useI18n();
  return (
    <Space size={[8, 0]} wrap data-testid={props.testId}>
      <span>{formatDeadline(props.date, lang)}</span>
      {props.running ? <CountdownText countdown={props.countdown} /> : null}
    </Space>
  );
}
