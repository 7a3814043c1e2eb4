import type { DataSource } from 'typeorm';

import { UnitContactEntity } from '../entities';

export class RosterRepository {
  constructor(private readonly ds: DataSource) {}

  // Every filing of a unit, newest effective date first.
  history(unitCode: string): Promise<UnitContactEntity[]> {
    return this.ds.getRepository(UnitContactEntity).find({
      where: { unitCode },
      order: { effectiveFrom: 'DESC', filedAt: 'DESC' },
    });
  }

  async insert(contact: UnitContactEntity): Promise<void> {
    await this.ds.getRepository(UnitContactEntity).insert(contact);
  }
}
