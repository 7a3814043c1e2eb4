import { PlusOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';

import type { CalendarYearEntry, EnterCalendarYear, NamedDate } from '@web/api/conference';
import { calendarYearsApi } from '@web/api/conference';
import type { CalendarCoverage } from '@web/api/endpoints';
import { formatDate, formatDateTime, joinList } from '@web/i18n/format';
import type { Lang, Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import { ListTable } from '@web/shared/ListTable';
import { ErrorAlert } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { Notice } from '@web/shared/Notice';
import { DATE_FORMATS } from './NewMatterPage';

// The State Council's holiday schedule of a year (国务院办公厅关于部分节假日安排的通知), entered by hand when the
// bundled calendar does not have it yet: the card on the calendar page and its dialog.
const FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];
// The API's limits (apps/api/src/calendar/dto/calendar-change.dto.ts).
const MAX_HOLIDAYS = 60;
const MAX_MAKEUP = 20;
const NAME_MAX = 32;

interface HolidayRow {
  name?: string;
  from?: Dayjs | null;
  to?: Dayjs | null;
}

interface MakeupRow {
  name?: string;
  date?: Dayjs | null;
}

interface YearValues {
  year?: number | null;
  documentNumber?: string;
  holidays?: HolidayRow[];
  makeupWorkdays?: MakeupRow[];
}

const ymd = (d: Dayjs): string => d.format('YYYY-MM-DD');
const isWeekendDay = (d: Dayjs): boolean => d.day() === 0 || d.day() === 6;

// Each festival's days off, one by one (a row without an end date is one day).
function expand(v: YearValues): EnterCalendarYear {
  const holidays: NamedDate[] = [];
  for (const row of v.holidays ?? []) {
    const name = row.name?.trim() ?? '';
    if (!row.from) {
      continue;
    }
    const last = row.to ?? row.from;
    // At most a year per row: a mistyped end date makes a long list to refuse, not an endless loop.
    for (let d = row.from.startOf('day'), n = 0; !d.isAfter(last, 'day') && n < 366; d = d.add(1, 'day'), n++) {
      holidays.push({ date: ymd(d), name });
    }
  }
  const makeupWorkdays = (v.makeupWorkdays ?? [])
    .filter((row) => row.date)
    .map((row) => ({ date: ymd(row.date!), name: row.name?.trim() ?? '' }));
  return { holidays, makeupWorkdays };
}

// What the calendar library would refuse, said in the office's words before anything is sent.
function scheduleProblems(t: Translate, lang: Lang, year: number, s: EnterCalendarYear): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  if (s.holidays.length === 0) {
    problems.push(t('calendarYear.noHolidays'));
  }
  if (s.holidays.length > MAX_HOLIDAYS) {
    problems.push(t('calendarYear.tooManyHolidays', { n: s.holidays.length }));
  }
  if (s.makeupWorkdays.length > MAX_MAKEUP) {
    problems.push(t('calendarYear.tooManyMakeup', { n: s.makeupWorkdays.length }));
  }
  for (const { date } of [...s.holidays, ...s.makeupWorkdays]) {
    if (!date.startsWith(`${year}-`)) {
      problems.push(t('calendarYear.outsideYear', { year }));
      break;
    }
  }
  for (const { date } of s.holidays) {
    if (seen.has(date)) {
      problems.push(t('calendarYear.duplicate', { date: formatDate(date, lang) }));
    }
    seen.add(date);
  }
  const makeups = new Set<string>();
  for (const { date } of s.makeupWorkdays) {
    if (seen.has(date)) {
      problems.push(t('calendarYear.makeupIsHoliday', { date: formatDate(date, lang) }));
    }
    if (makeups.has(date)) {
      problems.push(t('calendarYear.makeupTwice', { date: formatDate(date, lang) }));
    }
    makeups.add(date);
  }
  return [...new Set(problems)];
}

// An entered year back as form rows: consecutive days of one festival become one row.
function toRows(entry: CalendarYearEntry): YearValues {
  const holidays: HolidayRow[] = [];
  for (const h of [...entry.holidays].sort((a, b) => a.date.localeCompare(b.date))) {
    const day = dayjs(h.date);
    const prev = holidays[holidays.length - 1];
    if (prev && prev.name === h.name && prev.to?.add(1, 'day').isSame(day, 'day')) {
      prev.to = day;
    } else {
      holidays.push({ name: h.name, from: day, to: day });
    }
  }
  return {
    year: entry.year,
    documentNumber: entry.documentNumber ?? undefined,
    holidays: holidays.map((r) => (r.to?.isSame(r.from, 'day') ? { ...r, to: null } : r)),
    makeupWorkdays: entry.makeupWorkdays.map((m) => ({ name: m.name, date: dayjs(m.date) })),
  };
}

// "春节 8 天、国庆节 7 天": a year's days off by festival, in calendar order.
function byFestival(t: Translate, lang: Lang, days: NamedDate[]): string {
  const counts = new Map<string, number>();
  for (const d of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    counts.set(d.name, (counts.get(d.name) ?? 0) + 1);
  }
  return joinList(
    [...counts].map(([name, n]) => `${name} ${t('calendarYear.days', { n })}`),
    lang,
  );
}

const festivalOptions = FESTIVALS.map((f) => ({ value: f }));

interface YearDialogProps {
  initial: YearValues;
  entered: CalendarYearEntry[];
  coverage: CalendarCoverage | undefined;
  onClose: () => void;
  onDone: (entry: CalendarYearEntry, recomputedMatters: number) => void;
}

function YearScheduleDialog({ initial, entered, coverage, onClose, onDone }: YearDialogProps) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<YearValues>();
  const values = Form.useWatch([], form) as YearValues | undefined;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [checked, setChecked] = useState(false);

  const year = values?.year ?? initial.year ?? null;
  const schedule = expand(values ?? initial);
  const problems = year ? scheduleProblems(t, lang, year, schedule) : [];
  const source = coverage?.years.find((y) => y.year === year)?.source;
  const manual = entered.some((e) => e.year === year);
  const inYear = (d: Dayjs | null | undefined) => !d || !year || d.year() === year;
  const pickerStart = year ? dayjs(`${year}-01-01`) : undefined;

  const onOk = async () => {
    setChecked(true);
    let v: YearValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const body = expand(v);
    if (!v.year || scheduleProblems(t, lang, v.year, body).length) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const doc = v.documentNumber?.trim();
      const res = await calendarYearsApi.enter(v.year, { ...body, ...(doc ? { documentNumber: doc } : {}) });
      onDone(res.year, res.recomputedMatters);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const dateRule = (required: string) => [
    { required: true, message: required },
    {
      validator: (_: unknown, d: Dayjs | null | undefined) =>
        inYear(d) ? Promise.resolve() : Promise.reject(new Error(t('calendarYear.outsideYear', { year: year ?? '' }))),
    },
  ];
  const nameRules = [
    { required: true, whitespace: true, message: t('calendarYear.festivalRequired') },
    { max: NAME_MAX, message: t('calendarYear.nameTooLong') },
  ];

  return (
    <Modal
      open
      title={t('calendarYear.dialogTitle')}
      onCancel={busy ? undefined : onClose}
      width={760}
      maskClosable={false}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={busy} onClick={() => void onOk()} data-testid="year-submit">
          {t('common.submit')}
        </Button>,
      ]}
    >
      {error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <Form form={form} layout="vertical" disabled={busy} initialValues={initial}>
        <Space wrap align="start">
          <Form.Item
            name="year"
            label={t('calendarYear.year')}
            rules={[{ required: true, type: 'integer', min: 2000, max: 2100, message: t('calendarYear.yearRequired') }]}
          >
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 120 }} data-testid="year-year" />
          </Form.Item>
          <Form.Item name="documentNumber" label={t('calendarYear.docNo')} rules={[{ max: 100 }]}>
            <Input placeholder={t('calendarYear.docNoPlaceholder')} style={{ width: 320 }} data-testid="year-doc" />
          </Form.Item>
        </Space>
        {year && (manual || source) ? (
          <Notice
            type="warning"
            data-testid="year-replaces"
            title={t(manual ? 'calendarYear.replacesManual' : 'calendarYear.replacesBundled', { year })}
          />
        ) : null}
        <div>
          <Typography.Text strong>{t('calendarYear.holidays')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('calendarYear.holidaysHint')}
          </Typography.Paragraph>
        </div>
        <Form.List name="holidays">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} wrap align="start" data-testid="year-holiday-row" style={{ width: '100%' }}>
                  <Form.Item name={[field.name, 'name']} rules={nameRules} style={{ marginBottom: 8 }}>
                    <AutoComplete
                      options={festivalOptions}
                      placeholder={t('calendarYear.festival')}
                      style={{ width: 130 }}
                      data-testid={`year-holiday-name-${i}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'from']}
                    rules={dateRule(t('calendarYear.rangeRequired'))}
                    style={{ marginBottom: 8 }}
                  >
                    <DatePicker
                      format={DATE_FORMATS}
                      placeholder="YYYY-MM-DD"
                      defaultPickerValue={pickerStart}
                      data-testid={`year-holiday-from-${i}`}
                    />
                  </Form.Item>
                  <span style={{ lineHeight: '32px' }}>–</span>
                  <Form.Item
                    name={[field.name, 'to']}
                    dependencies={[['holidays', field.name, 'from']]}
                    rules={[
                      {
                        validator: (_: unknown, d: Dayjs | null | undefined) => {
                          const from = form.getFieldValue(['holidays', field.name, 'from']) as Dayjs | undefined;
                          if (!inYear(d)) {
                            return Promise.reject(new Error(t('calendarYear.outsideYear', { year: year ?? '' })));
                          }
                          return d && from && d.isBefore(from, 'day')
                            ? Promise.reject(new Error(t('calendarYear.rangeRequired')))
                            : Promise.resolve();
                        },
                      },
                    ]}
                    style={{ marginBottom: 8 }}
                  >
                    <DatePicker
                      format={DATE_FORMATS}
                      placeholder={t('calendarYear.toPlaceholder')}
                      defaultPickerValue={pickerStart}
                      style={{ width: 150 }}
                      data-testid={`year-holiday-to-${i}`}
                    />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)} data-testid={`year-holiday-remove-${i}`}>
                    {t('calendarYear.remove')}
                  </Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />} data-testid="year-holiday-add">
                {t('calendarYear.addHoliday')}
              </Button>
            </>
          )}
        </Form.List>
        <div style={{ marginTop: 16 }}>
          <Typography.Text strong>{t('calendarYear.makeup')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('calendarYear.makeupHint')}
          </Typography.Paragraph>
        </div>
        <Form.List name="makeupWorkdays">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} wrap align="start" data-testid="year-makeup-row">
                  <Form.Item name={[field.name, 'name']} rules={nameRules} style={{ marginBottom: 8 }}>
                    <AutoComplete
                      options={festivalOptions}
                      placeholder={t('calendarYear.festival')}
                      style={{ width: 130 }}
                      data-testid={`year-makeup-name-${i}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'date']}
                    rules={[
                      ...dateRule(t('calendarYear.makeupDateRequired')),
                      {
                        validator: (_: unknown, d: Dayjs | null | undefined) =>
                          !d || isWeekendDay(d)
                            ? Promise.resolve()
                            : Promise.reject(
                                new Error(t('calendarYear.notWeekend', { date: formatDate(ymd(d), lang) })),
                              ),
                      },
                    ]}
                    style={{ marginBottom: 8 }}
                  >
                    <DatePicker
                      format={DATE_FORMATS}
                      placeholder="YYYY-MM-DD"
                      defaultPickerValue={pickerStart}
                      data-testid={`year-makeup-date-${i}`}
                    />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)} data-testid={`year-makeup-remove-${i}`}>
                    {t('calendarYear.remove')}
                  </Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />} data-testid="year-makeup-add">
                {t('calendarYear.addMakeup')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 8 }} data-testid="year-summary">
        {t('calendarYear.summary', { h: schedule.holidays.length, m: schedule.makeupWorkdays.length })}
      </Typography.Paragraph>
      {problems.length > 0 && (checked || schedule.holidays.length > 0) ? (
        <Alert
          type="error"
          showIcon
          data-testid="year-problems"
          title={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.slice(0, 8).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Modal>
  );
}

function blankYear(coverage: CalendarCoverage | undefined): YearValues {
  const year = coverage?.provisionalYears[0] ?? (coverage ? Number(coverage.today.slice(0, 4)) + 1 : null);
  return { year, holidays: FESTIVALS.map((name) => ({ name })), makeupWorkdays: [] };
}

// The years entered by hand, and the dialog that enters (or replaces) one.
export function YearSchedules({
  coverage,
  onChanged,
}: {
  coverage: CalendarCoverage | undefined;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const years = useAsync(() => calendarYearsApi.list(), []);
  const [editing, setEditing] = useState<YearValues | null>(null);
  const [saved, setSaved] = useState<{ entry: CalendarYearEntry; recomputed: number } | null>(null);
  const entered = years.data ?? [];
  // The result as the coverage now reports it (the page reloads coverage after each entry).
  const covered = saved ? coverage?.years.find((y) => y.year === saved.entry.year && y.source === 'manual') : undefined;

  const columns: TableProps<CalendarYearEntry>['columns'] = [
    { key: 'year', title: t('calendarYear.col.year'), width: 80, render: (_, y) => y.year },
    { key: 'doc', title: t('calendarYear.col.doc'), width: 190, render: (_, y) => y.documentNumber ?? '—' },
    {
      key: 'holidays',
      title: t('calendarYear.col.holidays'),
      render: (_, y) => (
        <span>
          <Typography.Text strong>{t('calendarYear.days', { n: y.holidays.length })}</Typography.Text>
          <br />
          <span style={{ fontSize: 12 }}>{byFestival(t, lang, y.holidays)}</span>
        </span>
      ),
    },
    {
      key: 'makeup',
      title: t('calendarYear.col.makeup'),
      width: 200,
      render: (_, y) =>
        y.makeupWorkdays.length
          ? [...y.makeupWorkdays]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((m) =>
                lang === 'zh' ? `${formatDate(m.date, lang)}（${m.name}）` : `${formatDate(m.date, lang)} (${m.name})`,
              )
              .join(lang === 'zh' ? '、' : '; ')
          : '—',
    },
    {
      key: 'by',
      title: t('calendarYear.col.by'),
      width: 170,
      responsive: ['lg'],
      render: (_, y) => (
        <span style={{ fontSize: 12 }}>
          {y.enteredBy}
          <br />
          {formatDateTime(y.enteredAt, lang)}
        </span>
      ),
    },
    {
      key: 'actions',
      width: 80,
      render: (_, y) => (
        <Button size="small" onClick={() => setEditing(toRows(y))} data-testid="year-edit">
          {t('calendarYear.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={t('calendarYear.title')}
      data-testid="calendar-years"
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setEditing(blankYear(coverage))} data-testid="year-enter">
          {t('calendarYear.enter')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('calendarYear.hint')}</Typography.Paragraph>
      {saved ? (
        <Notice
          type="success"
          closable={{ onClose: () => setSaved(null) }}
          data-testid="year-saved"
          title={t('calendarYear.saved', {
            year: saved.entry.year,
            h: saved.entry.holidays.length,
            m: saved.entry.makeupWorkdays.length,
            n: saved.recomputed,
          })}
          description={
            covered
              ? t('calendarYear.coveredNow', {
                  year: covered.year,
                  doc: covered.documentNumber ? `（${covered.documentNumber}）` : '',
                })
              : undefined
          }
        />
      ) : null}
      <ListTable<CalendarYearEntry>
        state={years}
        rowKey="year"
        size="small"
        data-testid="year-table"
        columns={columns}
        dataSource={[...entered].sort((a, b) => b.year - a.year)}
        pagination={false}
        scroll={{ x: 760 }}
        onRow={(y) => ({ 'data-testid': 'year-row', 'data-year': y.year }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: years.loading ? ' ' : <Empty description={t('calendarYear.empty')} /> }}
      />
      {editing ? (
        <YearScheduleDialog
          initial={editing}
          entered={entered}
          coverage={coverage}
          onClose={() => setEditing(null)}
          onDone={(entry, recomputed) => {
            setEditing(null);
            setSaved({ entry, recomputed });
            years.reload();
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}

// 工作日历: the office's local adjustments to the statutory calendar, the years it covers (with the State Council
// schedules entered by hand), and a preview.
