import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

import type { Lang } from './i18n-context';

dayjs.extend(utc);
dayjs.extend(timezone);

// The conference works on Beijing time: instants are shown there whatever the browser's zone.
export const ZONE = 'Asia/Shanghai';
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

// A calendar date (YYYY-MM-DD) as it is, or an instant's date in Asia/Shanghai.
export function toCalendarDate(value: string): string {
  return CALENDAR_DATE.test(value) ? value : dayjs(value).tz(ZONE).format('YYYY-MM-DD');
}

// 2026年7月1日 in Chinese, Jul 1, 2026 in English.
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) {
    return '—';
  }
  const d = dayjs(toCalendarDate(value));
  return lang === 'zh' ? d.format('YYYY年M月D日') : d.locale('en').format('MMM D, YYYY');
}

export function formatDateTime(value: string | null | undefined, lang: Lang): string {
  if (!value) {
    return '—';
  }
  const d = dayjs(value).tz(ZONE);
  return lang === 'zh' ? d.format('YYYY年M月D日 HH:mm') : d.locale('en').format('MMM D, YYYY HH:mm');
}

// "截止日期：" in Chinese, "Due date: " in English: a label before its value, with the language's colon.
export function labelled(label: string, lang: Lang): string {
  return lang === 'zh' ? `${label}：` : `${label}: `;
}

// 区司法局、区财政局 in Chinese, Justice Bureau, Finance Bureau in English.
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}
