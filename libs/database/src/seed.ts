import { MEMBER_UNITS } from '@app/domain';
import type { DataSource } from 'typeorm';

import { MemberUnitEntity } from './entities';

// Idempotent: inserts the 21 member units or refreshes their names and duty texts.
export async function seedReferenceData(ds: DataSource): Promise<number> {
  const rows = MEMBER_UNITS.map((u) =>
    Object.assign(new MemberUnitEntity(), {
      code: u.code,
      ordinal: u.ordinal,
      nameZh: u.nameZh,
      nameEn: u.nameEn,
      isLeadUnit: u.isLeadUnit,
      dutyZh: u.dutyZh,
      dutyKeywords: [...u.dutyKeywords],
    }),
  );
  await ds.getRepository(MemberUnitEntity).upsert(rows, ['code']);
  return rows.length;
}

export async function migrateAndSeed(ds: DataSource): Promise<void> {
  await ds.runMigrations({ transaction: 'each' });
  await seedReferenceData(ds);
}
