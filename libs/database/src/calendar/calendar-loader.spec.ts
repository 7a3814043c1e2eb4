import type { CalendarAdjustmentEntity, CalendarYearEntity } from '../entities';
import type { CalendarRepository } from '../repositories/calendar.repository';
import { CalendarLoader, toLocalAdjustment, toManualYear } from './calendar-loader';

const adjustment = (over: Partial<CalendarAdjustmentEntity>): CalendarAdjustmentEntity => ({
  id: 'a1',
  date: '2026-10-12',
  kind: 'off',
  unitCode: null,
  reason: '台风停止办公',
  documentNumber: null,
  createdBy: 'office.li',
  createdAt: new Date('2026-10-11T01:00:00Z'),
  revokedBy: null,
  revokedAt: null,
  ...over,
});

const year2027 = (over: Partial<CalendarYearEntity> = {}): CalendarYearEntity => ({
  year: 2027,
  holidays: [{ date: '2027-01-01', name: '元旦' }],
  makeupWorkdays: [{ date: '2027-02-20', name: '春节' }],
  documentNumber: '国办发明电〔2026〕7号',
  enteredBy: 'office.li',
  enteredAt: new Date('2026-11-20T02:00:00Z'),
  ...over,
});

function fakeRepo(adjustments: CalendarAdjustmentEntity[], years: CalendarYearEntity[]) {
  const repo = {
    listActiveAdjustments: jest.fn(() => Promise.resolve(adjustments)),
    listYears: jest.fn(() => Promise.resolve(years)),
  };
  return { repo, sut: new CalendarLoader(repo as unknown as CalendarRepository) };
}

describe(CalendarLoader.name, () => {
  it('maps a district row (unit code null) to the district scope and drops a null document number', () => {
    expect(toLocalAdjustment(adjustment({}))).toEqual({
      date: '2026-10-12',
      kind: 'off',
      scope: 'district',
      reason: '台风停止办公',
    });
  });

  it('maps a unit row to its unit scope and keeps the document number', () => {
    expect(
      toLocalAdjustment(adjustment({ kind: 'working', unitCode: 'justice', documentNumber: '五司通〔2026〕3号' })),
    ).toEqual({
      date: '2026-10-12',
      kind: 'working',
      scope: { unitCode: 'justice' },
      reason: '台风停止办公',
      documentNumber: '五司通〔2026〕3号',
    });
  });

  it('maps a stored year to a manual schedule', () => {
    expect(toManualYear(year2027({ documentNumber: null }))).toEqual({
      year: 2027,
      holidays: [{ date: '2027-01-01', name: '元旦' }],
      makeupWorkdays: [{ date: '2027-02-20', name: '春节' }],
    });
  });

  it('builds a calendar from the active adjustments and the manual years, reading the tables on every load', async () => {
    const { repo, sut } = fakeRepo(
      [
        adjustment({ date: '2026-10-12' }),
        adjustment({ id: 'a2', date: '2026-10-17', kind: 'working', unitCode: 'justice' }),
      ],
      [year2027()],
    );
    const calendar = await sut.load();
    // 2026-10-12 is a Monday, off for the whole district.
    expect(calendar.statusOf('2026-10-12')).toMatchObject({ working: false, kind: 'workday' });
    expect(calendar.statusOf('2026-10-12', 'finance').working).toBe(false);
    // 2026-10-17 is a Saturday, worked by the justice bureau only.
    expect(calendar.isWorkingDay('2026-10-17', 'justice')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-17')).toBe(false);
    // 2027 comes from the office's entry: New Year's Day off, not provisional.
    expect(calendar.statusOf('2027-01-01')).toMatchObject({ kind: 'holiday', name: '元旦', provisional: false });
    expect(calendar.statusOf('2027-02-20')).toMatchObject({ kind: 'makeup_workday', working: true });
    expect(calendar.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-04', provisional: false });
    await sut.load();
    expect(repo.listActiveAdjustments).toHaveBeenCalledTimes(2);
    expect(repo.listYears).toHaveBeenCalledTimes(2);
  });

  it('leaves a year without an entry provisional', async () => {
    const { sut } = fakeRepo([], []);
    const calendar = await sut.load();
    expect(calendar.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-01', provisional: true });
  });

  it('exposes the schedule and the rows it used in a snapshot', async () => {
    const { sut } = fakeRepo([adjustment({})], [year2027()]);
    const snapshot = await sut.snapshot();
    expect(snapshot.schedule.sourceOf(2027)).toEqual({ source: 'manual', documentNumber: '国办发明电〔2026〕7号' });
    expect(snapshot.schedule.sourceOf(2026)).toEqual({ source: 'package', documentNumber: undefined });
    expect(snapshot.adjustments.map((a) => a.id)).toEqual(['a1']);
  });

  it('keeps the first-filed of two active rows for one day and scope instead of failing every load', async () => {
    const { sut } = fakeRepo(
      [
        adjustment({ id: 'first' }),
        adjustment({ id: 'second', kind: 'working' }),
        adjustment({ id: 'u', unitCode: 'justice', kind: 'working' }),
      ],
      [],
    );
    const snapshot = await sut.snapshot();
    expect(snapshot.adjustments.map((a) => a.id)).toEqual(['first', 'u']);
    expect(snapshot.calendar.isWorkingDay('2026-10-12')).toBe(false);
    expect(snapshot.calendar.isWorkingDay('2026-10-12', 'justice')).toBe(true);
  });

  it('refuses a stored row the calendar cannot accept', async () => {
    const { sut } = fakeRepo([adjustment({ kind: 'holiday' })], []);
    await expect(sut.load()).rejects.toThrow(RangeError);
    const { sut: badYear } = fakeRepo([], [year2027({ holidays: [{ date: '2026-12-31', name: '元旦' }] })]);
    await expect(badYear.load()).rejects.toThrow(/outside that year/);
  });
});
