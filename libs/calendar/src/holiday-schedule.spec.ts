import chineseDays from 'chinese-days';
import { addDays } from './calendar-date';
import type { ManualYearSchedule } from './holiday-schedule';
import { StatutorySchedule } from './holiday-schedule';

const MADE_UP_2027: ManualYearSchedule = {
  year: 2027,
  documentNumber: '国办发明电〔2026〕99号',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-01-02', name: '元旦' },
    { date: '2027-01-03', name: '元旦' },
    { date: '2027-01-04', name: '元旦' },
  ],
  makeupWorkdays: [{ date: '2027-01-09', name: '元旦' }],
};

describe('StatutorySchedule from the chinese-days data', () => {
  const schedule = new StatutorySchedule();

  it('covers exactly the years the package has holidays for', () => {
    const years = schedule.coveredYears();
    expect(years[0]).toBe(2004);
    expect(years[years.length - 1]).toBe(2026);
    expect(years).toHaveLength(2026 - 2004 + 1);
    expect(schedule.isCovered('2026-12-31')).toBe(true);
    expect(schedule.isCovered('2027-01-01')).toBe(false);
    expect(schedule.isCovered('2003-12-31')).toBe(false);
    expect(schedule.sourceOf(2026)).toEqual({ source: 'package', documentNumber: undefined });
    expect(schedule.sourceOf(2027)).toBeUndefined();
  });

  it('knows the 2025 Spring Festival: 01-28..02-04 off, Sunday 01-26 and Saturday 02-08 worked', () => {
    expect(schedule.kindOf('2025-01-26')).toEqual({ kind: 'makeup_workday', name: '春节', provisional: false });
    expect(schedule.kindOf('2025-01-27')).toEqual({ kind: 'workday', provisional: false });
    for (let n = 0; n < 8; n++) {
      expect(schedule.kindOf(addDays('2025-01-28', n))).toEqual({ kind: 'holiday', name: '春节', provisional: false });
    }
    expect(schedule.kindOf('2025-02-05').kind).toBe('workday');
    expect(schedule.kindOf('2025-02-08')).toEqual({ kind: 'makeup_workday', name: '春节', provisional: false });
    expect(schedule.kindOf('2025-02-09').kind).toBe('weekend');
  });

  it('knows the 2025 National Day, with Mid-Autumn on 10-06 inside it', () => {
    expect(schedule.kindOf('2025-09-28')).toEqual({ kind: 'makeup_workday', name: '国庆节', provisional: false });
    expect(schedule.kindOf('2025-10-01')).toEqual({ kind: 'holiday', name: '国庆节', provisional: false });
    expect(schedule.kindOf('2025-10-06')).toEqual({ kind: 'holiday', name: '中秋', provisional: false });
    expect(schedule.kindOf('2025-10-08')).toEqual({ kind: 'holiday', name: '国庆节', provisional: false });
    expect(schedule.kindOf('2025-10-09').kind).toBe('workday');
    expect(schedule.kindOf('2025-10-11')).toEqual({ kind: 'makeup_workday', name: '国庆节', provisional: false });
  });

  it('knows the 2026 schedule as published in the package', () => {
    const holidays2026 = [
      ['2026-01-01', '2026-01-03', '元旦'],
      ['2026-02-15', '2026-02-23', '春节'],
      ['2026-04-04', '2026-04-06', '清明'],
      ['2026-05-01', '2026-05-05', '劳动节'],
      ['2026-06-19', '2026-06-21', '端午'],
      ['2026-09-25', '2026-09-27', '中秋'],
      ['2026-10-01', '2026-10-07', '国庆节'],
    ] as const;
    for (const [first, last, name] of holidays2026) {
      for (let date: string = first; date <= last; date = addDays(date, 1)) {
        expect(schedule.kindOf(date)).toEqual({ kind: 'holiday', name, provisional: false });
      }
    }
    const makeups2026 = [
      ['2026-01-04', '元旦'],
      ['2026-02-14', '春节'],
      ['2026-02-28', '春节'],
      ['2026-05-09', '劳动节'],
      ['2026-09-20', '国庆节'],
      ['2026-10-10', '国庆节'],
    ] as const;
    for (const [date, name] of makeups2026) {
      expect(schedule.kindOf(date)).toEqual({ kind: 'makeup_workday', name, provisional: false });
    }
  });

  it('classifies ordinary days by the day of the week', () => {
    expect(schedule.kindOf('2026-03-06')).toEqual({ kind: 'workday', provisional: false });
    expect(schedule.kindOf('2026-03-07')).toEqual({ kind: 'weekend', provisional: false });
    expect(schedule.kindOf('2026-03-08')).toEqual({ kind: 'weekend', provisional: false });
  });

  it('agrees with chinese-days on every day it covers', () => {
    const mismatches: string[] = [];
    for (let date = '2004-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      const { kind } = schedule.kindOf(date);
      const working = kind === 'workday' || kind === 'makeup_workday';
      if (working !== chineseDays.isWorkday(date)) {
        mismatches.push(date);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('flags 2027 as provisional where the package silently guesses', () => {
    expect(chineseDays.isWorkday('2027-01-01')).toBe(true);
    expect(schedule.kindOf('2027-01-01')).toEqual({ kind: 'workday', provisional: true });
    expect(schedule.kindOf('2027-01-02')).toEqual({ kind: 'weekend', provisional: true });
  });
});

describe('StatutorySchedule with a manual year', () => {
  it('covers the manual year and clears provisional', () => {
    const schedule = new StatutorySchedule({ manualYears: [MADE_UP_2027] });
    expect(schedule.coveredYears().slice(-2)).toEqual([2026, 2027]);
    expect(schedule.isCovered('2027-06-01')).toBe(true);
    expect(schedule.sourceOf(2027)).toEqual({ source: 'manual', documentNumber: '国办发明电〔2026〕99号' });
    expect(schedule.kindOf('2027-01-04')).toEqual({ kind: 'holiday', name: '元旦', provisional: false });
    expect(schedule.kindOf('2027-01-09')).toEqual({ kind: 'makeup_workday', name: '元旦', provisional: false });
    expect(schedule.kindOf('2027-01-05')).toEqual({ kind: 'workday', provisional: false });
    expect(schedule.kindOf('2027-01-10')).toEqual({ kind: 'weekend', provisional: false });
    expect(schedule.isCovered('2028-01-01')).toBe(false);
  });

  it('replaces the package data for that year entirely', () => {
    const schedule = new StatutorySchedule({
      manualYears: [{ year: 2026, holidays: [{ date: '2026-01-01', name: '元旦' }], makeupWorkdays: [] }],
    });
    expect(schedule.kindOf('2026-01-01').kind).toBe('holiday');
    expect(schedule.kindOf('2026-01-02')).toEqual({ kind: 'workday', provisional: false });
    expect(schedule.kindOf('2026-02-16')).toEqual({ kind: 'workday', provisional: false });
    expect(schedule.kindOf('2026-02-14')).toEqual({ kind: 'weekend', provisional: false });
    expect(schedule.kindOf('2025-01-26').kind).toBe('makeup_workday');
  });

  it('can work from custom package data alone', () => {
    const schedule = new StatutorySchedule({
      packageData: { holidays: { '2030-01-01': "New Year's Day,元旦,1" }, workdays: { '2031-01-04': 'x,元旦,1' } },
    });
    // 2031 has a make-up day but no holidays: a fragment, not a covered year.
    expect(schedule.coveredYears()).toEqual([2030]);
    expect(schedule.kindOf('2030-01-01')).toEqual({ kind: 'holiday', name: '元旦', provisional: false });
    expect(schedule.kindOf('2031-01-04')).toEqual({ kind: 'weekend', provisional: true });
  });

  it('keeps a package name that is not in the usual three-part form', () => {
    const schedule = new StatutorySchedule({ packageData: { holidays: { '2030-01-01': '元旦' }, workdays: {} } });
    expect(schedule.kindOf('2030-01-01').name).toBe('元旦');
  });

  it.each<[string, ManualYearSchedule]>([
    ['a date outside the year', { ...MADE_UP_2027, holidays: [{ date: '2026-12-31', name: '元旦' }] }],
    ['an invalid date', { ...MADE_UP_2027, holidays: [{ date: '2027-02-30', name: '春节' }] }],
    [
      'a duplicate holiday',
      { ...MADE_UP_2027, holidays: [...MADE_UP_2027.holidays.slice(0, 1), ...MADE_UP_2027.holidays.slice(0, 1)] },
    ],
    ['no holidays at all', { ...MADE_UP_2027, holidays: [], makeupWorkdays: [] }],
    ['a weekday make-up day', { ...MADE_UP_2027, makeupWorkdays: [{ date: '2027-01-06', name: '元旦' }] }],
    ['a day both off and worked', { ...MADE_UP_2027, makeupWorkdays: [{ date: '2027-01-02', name: '元旦' }] }],
    ['a nonsense year', { ...MADE_UP_2027, year: 27 }],
  ])('rejects %s', (_label, manual) => {
    expect(() => new StatutorySchedule({ manualYears: [manual] })).toThrow(RangeError);
  });

  it('rejects two manual schedules for the same year', () => {
    expect(() => new StatutorySchedule({ manualYears: [MADE_UP_2027, MADE_UP_2027] })).toThrow(/Two manual/);
  });

  it('throws on an invalid date query', () => {
    expect(() => new StatutorySchedule().kindOf('2026-02-29')).toThrow(RangeError);
    expect(() => new StatutorySchedule().isCovered('tomorrow')).toThrow(RangeError);
  });
});
