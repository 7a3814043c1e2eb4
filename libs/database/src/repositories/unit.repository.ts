import type { DataSource } from 'typeorm';

import { MemberUnitEntity } from '../entities';

export class UnitRepository {
  constructor(private readonly ds: DataSource) {}

  listAll(): Promise<MemberUnitEntity[]> {
    return this.ds.getRepository(MemberUnitEntity).find({ order: { ordinal: 'ASC' } });
  }

  findByCode(code: string): Promise<MemberUnitEntity | null> {
    return this.ds.getRepository(MemberUnitEntity).findOneBy({ code });
  }

  async ping(): Promise<void> {
    await this.ds.query('SELECT 1');
  }
}
