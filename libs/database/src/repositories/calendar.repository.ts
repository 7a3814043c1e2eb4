import type { DataSource } from 'typeorm';
import { IsNull } from 'typeorm';

import { CalendarAdjustmentEntity, CalendarYearEntity } from '../entities';

// The office's calendar: local adjustments (revoked, never deleted) and hand-entered State Council years.
export class CalendarRepository {
  constructor(private readonly ds: DataSource) {}

  listActiveAdjustments(): Promise<CalendarAdjustmentEntity[]> {
    return this.ds.getRepository(CalendarAdjustmentEntity).find({
      where: { revokedAt: IsNull() },
      order: { date: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  findAdjustment(id: string): Promise<CalendarAdjustmentEntity | null> {
    return this.ds.getRepository(CalendarAdjustmentEntity).findOneBy({ id });
  }

  async insertAdjustment(adjustment: CalendarAdjustmentEntity): Promise<void> {
    await this.ds.getRepository(CalendarAdjustmentEntity).insert(adjustment);
  }

  // Revokes the adjustment if it is still active; false if it was already revoked (or never existed).
  async revokeAdjustment(id: string, by: string): Promise<boolean> {
    const result = await this.ds
      .getRepository(CalendarAdjustmentEntity)
      .update({ id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedBy: by });
    return (result.affected ?? 0) > 0;
  }

  // Changes whenever an adjustment is filed or revoked, or a year is entered or edited (adjustments are never
  // deleted): one small aggregate read instead of both tables, for a cache to know it is still current.
  async revision(): Promise<string> {
    const [row] = await this.ds.query<Record<string, unknown>[]>(
      'SELECT (SELECT COUNT(*) FROM calendar_adjustments) AS a, (SELECT COUNT(revoked_at) FROM calendar_adjustments) AS r, ' +
        '(SELECT MAX(created_at) FROM calendar_adjustments) AS c, (SELECT MAX(revoked_at) FROM calendar_adjustments) AS v, ' +
        '(SELECT COUNT(*) FROM calendar_years) AS y, (SELECT MAX(entered_at) FROM calendar_years) AS e',
    );
    return ['a', 'r', 'c', 'v', 'y', 'e']
      .map((k) => String(row?.[k] instanceof Date ? row[k].getTime() : row?.[k]))
      .join('|');
  }

  listYears(): Promise<CalendarYearEntity[]> {
    return this.ds.getRepository(CalendarYearEntity).find({ order: { year: 'ASC' } });
  }

  findYear(year: number): Promise<CalendarYearEntity | null> {
    return this.ds.getRepository(CalendarYearEntity).findOneBy({ year });
  }

  saveYear(year: CalendarYearEntity): Promise<CalendarYearEntity> {
    return this.ds.getRepository(CalendarYearEntity).save(year);
  }
}
