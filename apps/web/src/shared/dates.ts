import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

// The one place the console turns a deadline into words. The API sends two kinds of deadline: a calendar date
// (YYYY-MM-DD: a matter's due date, a campaign's) meaning "done by the end of that day", and an instant (ackDueAt,
// progressDueAt, predictedBreachAt) which is the end of the last day, i.e. the following midnight in Beijing. Both
// are shown as the last day that may still be used, with its weekday: 12月4日（周五）前.
type Lang = 'zh' | 'en';

// The conference works on Beijing time: instants are shown there whatever the browser's zone.
export const ZONE = 'Asia/Shanghai';
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

// The last day a deadline leaves (YYYY-MM-DD): the date itself, or the day before the instant's midnight.
export function lastDayOf(value: string): string {
  if (CALENDAR_DATE.test(value)) {
    return value;
  }
  return dayjs(value).subtract(1, 'millisecond').tz(ZONE).format('YYYY-MM-DD');
}

function todayYear(now: Date): number {
  return Number(dayjs(now).tz(ZONE).format('YYYY'));
}

// 12月4日（周五）, or 2027年1月4日（周一） when the year is not this year; Fri, Dec 4 / Mon, Jan 4, 2027.
export function formatDay(value: string | null | undefined, lang: Lang, now: Date = new Date()): string {
  if (!value) {
    return '—';
  }
  const day = dayjs(lastDayOf(value));
  const sameYear = day.year() === todayYear(now);
  if (lang === 'zh') {
    const weekday = WEEKDAY_ZH[day.day()] ?? '';
    return `${sameYear ? '' : `${day.year()}年`}${day.month() + 1}月${day.date()}日（${weekday}）`;
  }
  return day.locale('en').format(sameYear ? 'ddd, MMM D' : 'ddd, MMM D, YYYY');
}

// 12月4日（周五）前 / by Fri, Dec 4: the last day that may be used, for a deadline standing on its own.
export function formatDeadline(value: string | null | undefined, lang: Lang, now: Date = new Date()): string {
  if (!value) {
    return '—';
  }
  return lang === 'zh' ? `${formatDay(value, lang, now)}前` : `by ${formatDay(value, lang, now)}`;
}

// A calendar date (YYYY-MM-DD) as it is, or an instant's date in Asia/Shanghai.
export function toCalendarDate(value: string): string {
  return CALENDAR_DATE.test(value) ? value : dayjs(value).tz(ZONE).format('YYYY-MM-DD');
}

// 2026年7月1日 in Chinese, Jul 1, 2026 in English: a date in a record (not a deadline).
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) {
    return '—';
  }
  const d = dayjs(toCalendarDate(value));
  return lang === 'zh' ? d.format('YYYY年M月D日') : d.locale('en').format('MMM D, YYYY');
}

// 2026年7月1日 14:30 in Beijing time.
export function formatDateTime(value: string | null | undefined, lang: Lang): string {
  if (!value) {
    return '—';
  }
  const d = dayjs(value).tz(ZONE);
  return lang === 'zh' ? d.format('YYYY年M月D日 HH:mm') : d.locale('en').format('MMM D, YYYY HH:mm');
}

const DATE_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})\b/g;

// The calendar dates a server-written sentence carries as YYYY-MM-DD (an assessment finding: 按期办结（2026-03-02）),
// in the console's words: 按期办结（2026年3月2日）.
export function formatDatesIn(text: string, lang: Lang): string {
  return text.replace(DATE_IN_TEXT, (date: string) => formatDate(date, lang));
}
