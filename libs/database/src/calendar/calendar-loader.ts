import type { LocalAdjustment, ManualYearSchedule } from '@app/calendar';
import { StatutorySchedule, WorkingDayCalendar } from '@app/calendar';

import type { CalendarAdjustmentEntity, CalendarYearEntity } from '../entities';
import type { CalendarRepository } from '../repositories/calendar.repository';
import { RevisionCache } from '../revision-cache';

export interface CalendarSnapshot {
  calendar: WorkingDayCalendar;
  schedule: StatutorySchedule;
  adjustments: CalendarAdjustmentEntity[];
  years: CalendarYearEntity[];
}

export function toLocalAdjustment(row: CalendarAdjustmentEntity): LocalAdjustment {
  return {
    date: row.date,
    // An unknown kind in the table is left for WorkingDayCalendar to refuse, loudly.
    kind: row.kind as LocalAdjustment['kind'],
    scope: row.unitCode === null ? 'district' : { unitCode: row.unitCode },
    reason: row.reason,
    ...(row.documentNumber === null ? {} : { documentNumber: row.documentNumber }),
  };
}

export function toManualYear(row: CalendarYearEntity): ManualYearSchedule {
  return {
    year: row.year,
    holidays: row.holidays.map(({ date, name }) => ({ date, name })),
    makeupWorkdays: row.makeupWorkdays.map(({ date, name }) => ({ date, name })),
    ...(row.documentNumber === null ? {} : { documentNumber: row.documentNumber }),
  };
}

// Throws RangeError on anything the calendar library refuses: the API builds a candidate this way before saving.
export function buildCalendar(
  years: readonly CalendarYearEntity[],
  adjustments: readonly CalendarAdjustmentEntity[],
): { schedule: StatutorySchedule; calendar: WorkingDayCalendar } {
  const schedule = new StatutorySchedule({ manualYears: years.map(toManualYear) });
  return { schedule, calendar: new WorkingDayCalendar(schedule, adjustments.map(toLocalAdjustment)) };
}

// Two requests racing past the API's duplicate check could leave two active rows for one day and scope; the
// first filed wins (rows come ordered by creation) so that one stray row cannot stop every deadline computation.
function firstPerDayAndScope(rows: readonly CalendarAdjustmentEntity[]): CalendarAdjustmentEntity[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.date}|${row.unitCode ?? ''}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

// The working-day calendar as stored now, rebuilt only when the stored calendar changed. Every load asks the
// database for the calendar's revision (one aggregate SELECT: CalendarRepository.revision), so a change filed
// through the API is seen by the very next read, in the API and in every worker process alike, with no
// invalidation message to lose; what is saved is reading both tables and rebuilding the calendar (~3 ms of CPU) on
// every command, view and activity. The snapshot is shared: callers read it, never change it.
export class CalendarLoader {
  private readonly cache: RevisionCache<CalendarSnapshot>;

  constructor(private readonly repo: CalendarRepository) {
    this.cache = new RevisionCache(
      () => repo.revision(),
      () => this.read(),
    );
  }

  async load(): Promise<WorkingDayCalendar> {
    return (await this.snapshot()).calendar;
  }

  snapshot(): Promise<CalendarSnapshot> {
    return this.cache.get();
  }

  private async read(): Promise<CalendarSnapshot> {
    const [adjustments, years] = await Promise.all([this.repo.listActiveAdjustments(), this.repo.listYears()]);
    const active = firstPerDayAndScope(adjustments);
    return { ...buildCalendar(years, active), adjustments: active, years };
  }
}
