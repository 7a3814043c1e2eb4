import type { DataSource } from 'typeorm';

import { MemberUnitEntity, UnitAliasesEntity } from '../entities';

export class UnitRepository {
  constructor(private readonly ds: DataSource) {}

  listAll(): Promise<MemberUnitEntity[]> {
    return this.ds.getRepository(MemberUnitEntity).find({ order: { ordinal: 'ASC' } });
  }

  findByCode(code: string): Promise<MemberUnitEntity | null> {
    return this.ds.getRepository(MemberUnitEntity).findOneBy({ code });
  }

  // The office's alias lists, by unit code (units it never edited are absent).
  async listAliases(): Promise<Map<string, string[]>> {
    const rows = await this.ds.getRepository(UnitAliasesEntity).find();
    return new Map(rows.map((r) => [r.unitCode, r.aliases]));
  }

  async saveAliases(unitCode: string, aliases: string[], updatedBy: string): Promise<void> {
    await this.ds.getRepository(UnitAliasesEntity).save({ unitCode, aliases, updatedBy, updatedAt: new Date() });
  }

  async ping(): Promise<void> {
    await this.ds.query('SELECT 1');
  }
}
