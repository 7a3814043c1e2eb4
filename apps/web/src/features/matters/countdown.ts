import type { Countdown } from '@app/contracts';
import type { Translate } from '@web/i18n/i18n-context';

// The countdown in words: 剩余 N 个工作日, 今日到期, 已超期 N 个工作日 (or 红灯 on the day it ran out).
export function countdownWords(t: Translate, c: Countdown): string {
  if (c.kind === 'overdue') {
    return c.workingDays > 0 ? t('unit.overdueBy', { n: c.workingDays }) : t('light.red');
  }
  return c.workingDays === 0 ? t('unit.dueToday') : t('unit.remaining', { n: c.workingDays });
}
