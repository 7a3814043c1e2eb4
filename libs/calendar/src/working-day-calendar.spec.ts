import { addDays } from './calendar-date';
import { StatutorySchedule } from './holiday-schedule';
import type { LocalAdjustment } from './working-day-calendar';
import { MAX_SCAN_DAYS, WorkingDayCalendar } from './working-day-calendar';

const statutory = new StatutorySchedule();
const calendar = new WorkingDayCalendar(statutory, []);

describe('WorkingDayCalendar on the statutory schedule', () => {
  describe('2025 Spring Festival (01-28..02-04 off; Sunday 01-26 and Saturday 02-08 worked)', () => {
    it.each([
      ['2025-01-24', 1, '2025-01-26'],
      ['2025-01-24', 2, '2025-01-27'],
      ['2025-01-24', 3, '2025-02-05'],
      ['2025-01-27', 1, '2025-02-05'],
      ['2025-01-28', 1, '2025-02-05'],
      ['2025-02-05', 3, '2025-02-08'],
      ['2025-02-05', 4, '2025-02-10'],
    ])('%s + %i working days = %s', (date, n, expected) => {
      expect(calendar.addWorkingDays(date, n)).toEqual({ date: expected, provisional: false });
    });

    it.each([
      ['2025-02-05', 1, '2025-01-27'],
      ['2025-02-05', 2, '2025-01-26'],
      ['2025-02-05', 3, '2025-01-24'],
      ['2025-02-10', 1, '2025-02-08'],
    ])('%s - %i working days = %s', (date, n, expected) => {
      expect(calendar.subtractWorkingDays(date, n)).toEqual({ date: expected, provisional: false });
    });

    it('counts working days across the period', () => {
      expect(calendar.workingDaysBetween('2025-01-24', '2025-02-10')).toBe(7);
      expect(calendar.workingDaysBetween('2025-01-27', '2025-02-04')).toBe(0);
      expect(calendar.workingDaysBetween('2025-01-27', '2025-02-05')).toBe(1);
      expect(calendar.workingDaysBetween('2025-01-25', '2025-01-26')).toBe(1);
    });
  });

  // The holidays after it, each as its deadlines moved over the days off (date + n working days), its working-day
  // counts and, where a due date falls right after it, the day its yellow light turns on (3 working days before).
  describe.each([
    {
      name: '2025 National Day (10-01..10-08 off; Sunday 09-28 and Saturday 10-11 worked)',
      adds: [
        ['2025-09-26', 1, '2025-09-28'],
        ['2025-09-26', 4, '2025-10-09'],
        ['2025-09-30', 1, '2025-10-09'],
        ['2025-09-30', 3, '2025-10-11'],
        ['2025-09-30', 4, '2025-10-13'],
      ],
      counts: [
        ['2025-09-26', '2025-10-12', 6],
        ['2025-09-30', '2025-10-08', 0],
      ],
      // Due Thursday 10-09: back over eight days off to 09-30, 09-29 and the Sunday make-up day 09-28.
      yellow: { due: '2025-10-09', on: '2025-09-28' },
    },
    {
      name: '2026 Spring Festival (02-15..02-23 off; Saturdays 02-14 and 02-28 worked)',
      adds: [
        ['2026-02-13', 1, '2026-02-14'],
        ['2026-02-13', 2, '2026-02-24'],
        ['2026-02-14', 1, '2026-02-24'],
        ['2026-02-24', 4, '2026-02-28'],
        ['2026-02-24', 5, '2026-03-02'],
      ],
      counts: [
        ['2026-02-13', '2026-03-01', 6],
        ['2026-02-14', '2026-02-23', 0],
      ],
      yellow: { due: '2026-02-25', on: '2026-02-13' },
    },
    {
      name: '2026 National Day and Mid-Autumn (09-25..09-27 and 10-01..10-07 off; 09-20 and 10-10 worked)',
      adds: [
        ['2026-09-18', 1, '2026-09-20'],
        ['2026-09-24', 1, '2026-09-28'],
        ['2026-09-30', 1, '2026-10-08'],
        ['2026-09-30', 3, '2026-10-10'],
        ['2026-09-30', 4, '2026-10-12'],
      ],
      counts: [['2026-09-18', '2026-10-11', 11]],
      yellow: null,
    },
  ] as {
    name: string;
    adds: [string, number, string][];
    counts: [string, string, number][];
    yellow: { due: string; on: string } | null;
  }[])('$name', ({ adds, counts, yellow }) => {
    it('moves deadlines over the days off', () => {
      for (const [date, n, expected] of adds) {
        expect([date, n, calendar.addWorkingDays(date, n).date]).toEqual([date, n, expected]);
      }
    });

    it('counts working days across the period', () => {
      for (const [from, to, expected] of counts) {
        expect([from, to, calendar.workingDaysBetween(from, to)]).toEqual([from, to, expected]);
      }
    });

    if (yellow) {
      it('turns the yellow light on 3 working days before a due date right after it', () => {
        expect(calendar.subtractWorkingDays(yellow.due, 3)).toEqual({ date: yellow.on, provisional: false });
      });
    }
  });

  it('treats the 2026 New Year make-up Sunday as a working day', () => {
    expect(calendar.isWorkingDay('2026-01-04')).toBe(true);
    expect(calendar.addWorkingDays('2025-12-31', 1).date).toBe('2026-01-04');
  });

  describe('ordinary weeks', () => {
    it('lands an acknowledgement due 2 working days after a Friday dispatch on Tuesday', () => {
      expect(calendar.addWorkingDays('2026-03-06', 2)).toEqual({ date: '2026-03-10', provisional: false });
    });

    it('skips weekends both ways', () => {
      expect(calendar.addWorkingDays('2026-03-06', 1).date).toBe('2026-03-09');
      expect(calendar.addWorkingDays('2026-03-07', 1).date).toBe('2026-03-09');
      expect(calendar.addWorkingDays('2026-03-02', 10).date).toBe('2026-03-16');
      expect(calendar.subtractWorkingDays('2026-03-09', 1).date).toBe('2026-03-06');
      expect(calendar.nextWorkingDay('2026-03-06')).toBe('2026-03-09');
      expect(calendar.previousWorkingDay('2026-03-09')).toBe('2026-03-06');
      expect(calendar.isWorkingDay('2026-03-07')).toBe(false);
    });

    it('counts (from, to]', () => {
      expect(calendar.workingDaysBetween('2026-03-06', '2026-03-13')).toBe(5);
      expect(calendar.workingDaysBetween('2026-03-06', '2026-03-06')).toBe(0);
      expect(calendar.workingDaysBetween('2026-03-13', '2026-03-06')).toBe(0);
    });

    it('is consistent: n working days after d are n working days later', () => {
      for (const [from, n] of [
        ['2025-01-20', 15],
        ['2025-09-22', 12],
        ['2026-02-10', 20],
        ['2026-09-15', 30],
      ] as const) {
        const { date } = calendar.addWorkingDays(from, n);
        expect(calendar.workingDaysBetween(from, date)).toBe(n);
        expect(calendar.subtractWorkingDays(date, n).date <= from).toBe(true);
      }
    });
  });

  describe('n = 0', () => {
    it('returns the day itself when it is a working day', () => {
      expect(calendar.addWorkingDays('2026-02-14', 0).date).toBe('2026-02-14');
      expect(calendar.subtractWorkingDays('2026-02-13', 0).date).toBe('2026-02-13');
    });

    it('otherwise rolls to the nearest working day in the direction of travel', () => {
      expect(calendar.addWorkingDays('2026-02-15', 0).date).toBe('2026-02-24');
      expect(calendar.subtractWorkingDays('2026-02-15', 0).date).toBe('2026-02-14');
    });
  });

  describe('uncovered years', () => {
    it('marks results that examine 2027 as provisional', () => {
      expect(calendar.addWorkingDays('2026-12-28', 2)).toEqual({ date: '2026-12-30', provisional: false });
      expect(calendar.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-01', provisional: true });
      expect(calendar.subtractWorkingDays('2027-01-04', 2)).toEqual({ date: '2026-12-31', provisional: true });
      expect(calendar.statusOf('2027-01-01')).toMatchObject({ kind: 'workday', working: true, provisional: true });
    });

    it('uses a manual 2027 schedule once entered, and is no longer provisional', () => {
      const with2027 = new WorkingDayCalendar(
        new StatutorySchedule({
          manualYears: [
            {
              year: 2027,
              holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'].map((date) => ({
                date,
                name: '元旦',
              })),
              makeupWorkdays: [{ date: '2027-01-09', name: '元旦' }],
            },
          ],
        }),
        [],
      );
      expect(with2027.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-05', provisional: false });
      expect(with2027.addWorkingDays('2027-01-08', 1)).toEqual({ date: '2027-01-09', provisional: false });
      expect(with2027.workingDaysBetween('2026-12-31', '2027-01-10')).toBe(5);
      expect(calendar.workingDaysBetween('2026-12-31', '2027-01-10')).toBe(6);
    });
  });

  describe('guards', () => {
    it.each([
      ['a negative count', () => calendar.addWorkingDays('2026-03-06', -1)],
      ['a fractional count', () => calendar.addWorkingDays('2026-03-06', 1.5)],
      ['NaN', () => calendar.subtractWorkingDays('2026-03-06', Number.NaN)],
      ['an invalid date', () => calendar.addWorkingDays('2026-02-30', 1)],
      ['a badly formatted date', () => calendar.isWorkingDay('2026/03/06')],
      ['an empty unit code', () => calendar.isWorkingDay('2026-03-06', '')],
      ['more working days than the scan limit', () => calendar.addWorkingDays('2026-03-06', MAX_SCAN_DAYS)],
      ['a range longer than the count limit', () => calendar.workingDaysBetween('1900-01-01', '2026-01-01')],
      ['an invalid range end', () => calendar.workingDaysBetween('2026-01-01', '2026-13-01')],
    ])('throws on %s', (_label, call) => {
      expect(call).toThrow(RangeError);
    });

    it('gives up when no working day exists within the scan limit', () => {
      const everythingOff: LocalAdjustment[] = [];
      for (let n = 0; n <= MAX_SCAN_DAYS + 10; n++) {
        everythingOff.push({ date: addDays('2030-01-01', n), kind: 'off', scope: 'district', reason: 'test' });
      }
      const closed = new WorkingDayCalendar(statutory, everythingOff);
      expect(() => closed.addWorkingDays('2030-01-01', 1)).toThrow(/within 3660 days/);
    });
  });
});

describe('WorkingDayCalendar with local adjustments', () => {
  const typhoonDay: LocalAdjustment = {
    date: '2026-03-10',
    kind: 'off',
    scope: 'district',
    reason: '台风停工',
    documentNumber: '五华办发〔2026〕3号',
  };
  const educationSaturday: LocalAdjustment = {
    date: '2026-03-14',
    kind: 'working',
    scope: { unitCode: 'EDU' },
    reason: '开学准备',
  };
  const healthOnDuty: LocalAdjustment = {
    date: '2026-03-10',
    kind: 'working',
    scope: { unitCode: 'HEALTH' },
    reason: '卫健系统照常上班',
  };
  const policeOffOnMakeupDay: LocalAdjustment = {
    date: '2026-02-14',
    kind: 'off',
    scope: { unitCode: 'POLICE' },
    reason: '轮休',
  };
  const local = new WorkingDayCalendar(statutory, [typhoonDay, educationSaturday, healthOnDuty, policeOffOnMakeupDay]);

  it('applies a district-wide day off to everyone without an own adjustment', () => {
    expect(local.isWorkingDay('2026-03-10')).toBe(false);
    expect(local.isWorkingDay('2026-03-10', 'EDU')).toBe(false);
    expect(local.addWorkingDays('2026-03-06', 2).date).toBe('2026-03-11');
    expect(local.statusOf('2026-03-10')).toEqual({
      kind: 'workday',
      provisional: false,
      working: false,
      adjustment: typhoonDay,
    });
  });

  it('applies a unit-scoped working day to that unit only', () => {
    expect(local.isWorkingDay('2026-03-14', 'EDU')).toBe(true);
    expect(local.isWorkingDay('2026-03-14', 'HEALTH')).toBe(false);
    expect(local.isWorkingDay('2026-03-14')).toBe(false);
    expect(local.addWorkingDays('2026-03-13', 1, 'EDU').date).toBe('2026-03-14');
    expect(local.addWorkingDays('2026-03-13', 1).date).toBe('2026-03-16');
    expect(local.workingDaysBetween('2026-03-13', '2026-03-16', 'EDU')).toBe(2);
  });

  it("lets a unit's own adjustment beat the district's", () => {
    expect(local.isWorkingDay('2026-03-10', 'HEALTH')).toBe(true);
    expect(local.statusOf('2026-03-10', 'HEALTH').adjustment).toBe(healthOnDuty);
    expect(local.addWorkingDays('2026-03-09', 1, 'HEALTH').date).toBe('2026-03-10');
    expect(local.addWorkingDays('2026-03-09', 1, 'EDU').date).toBe('2026-03-11');
  });

  it('can take a unit off on a statutory make-up day', () => {
    expect(local.isWorkingDay('2026-02-14', 'POLICE')).toBe(false);
    expect(local.isWorkingDay('2026-02-14')).toBe(true);
    expect(local.addWorkingDays('2026-02-13', 1, 'POLICE').date).toBe('2026-02-24');
  });

  it('rejects duplicate or contradictory adjustments for the same day and scope', () => {
    expect(() => new WorkingDayCalendar(statutory, [typhoonDay, { ...typhoonDay, kind: 'working' }])).toThrow(
      /Two local adjustments for the district/,
    );
    expect(() => new WorkingDayCalendar(statutory, [educationSaturday, educationSaturday])).toThrow(/unit EDU/);
    expect(() => new WorkingDayCalendar(statutory, [typhoonDay, healthOnDuty])).not.toThrow();
  });

  it('rejects malformed adjustments', () => {
    expect(() => new WorkingDayCalendar(statutory, [{ ...typhoonDay, date: '2026-03-32' }])).toThrow(RangeError);
    expect(() => new WorkingDayCalendar(statutory, [{ ...typhoonDay, scope: { unitCode: ' ' } }])).toThrow(RangeError);
    const badKind = { ...typhoonDay, kind: 'holiday' } as unknown as LocalAdjustment;
    expect(() => new WorkingDayCalendar(statutory, [badKind])).toThrow(/unknown kind/);
    const badScope = { ...typhoonDay, scope: 'city' } as unknown as LocalAdjustment;
    expect(() => new WorkingDayCalendar(statutory, [badScope])).toThrow(/invalid scope/);
  });
});

describe('counting over long spans', () => {
  const calendar = new WorkingDayCalendar(statutory);

  it('counts a matter overdue for over ten years instead of throwing (one such row used to fail a whole list)', () => {
    const days = calendar.workingDaysBetween('2001-06-01', '2026-06-01');
    // 25 years of 52 weeks and a day or two: between 5 and 5.25 weekdays a week less the holidays counted.
    expect(days).toBeGreaterThan(25 * 52 * 5 - 25 * 15);
    expect(days).toBeLessThan(25 * 53 * 5);
    expect(days).toBe(
      calendar.workingDaysBetween('2001-06-01', '2013-06-01') + calendar.workingDaysBetween('2013-06-01', '2026-06-01'),
    );
  });
});
