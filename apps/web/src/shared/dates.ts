import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

// The one place the console turns a deadline into words. The API sends two kinds of deadline: a calendar date
// (YYYY-MM-DD: a matter's due date, a campaign's) meaning "done by the end of that day", and an instant (ackDueAt,
// progressDueAt, predictedBreachAt) which is the end of the last day, i.e. the following midnight in Beijing. Both
// are shown as the last day that may still be used, with its weekday: 12月4日（周五）前.
type Lang = 'zh' | 'en';

const ZONE = 'Asia/Shanghai';
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
