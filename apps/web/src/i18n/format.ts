import type { Lang } from './i18n-context';

// The conference's dates and times are formatted in one place, apps/web/src/shared/dates.ts; re-exported here for
// the callers that import them with the other formatters.
export { formatDate, formatDateTime, toCalendarDate, ZONE } from '@web/shared/dates';

// "截止日期：" in Chinese, "Due date: " in English: a label before its value, with the language's colon.
export function labelled(label: string, lang: Lang): string {
  return lang === 'zh' ? `${label}：` : `${label}: `;
}

// 区司法局、区财政局 in Chinese, Justice Bureau, Finance Bureau in English.
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}
