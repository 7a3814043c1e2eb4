import { MEMBER_UNITS, unitReferenceOf } from '@app/domain';
import type { DataSource } from 'typeorm';

import { MemberUnitEntity } from './entities';

// Idempotent: inserts the 21 member units or refreshes their names and duty texts.
export async function seedReferenceData(ds: DataSource): Promise<number> {
  const rows = MEMBER_UNITS.map((u) => Object.assign(new MemberUnitEntity(), unitReferenceOf(u)));
  await ds.getRepository(MemberUnitEntity).upsert(rows, ['code']);
  return rows.length;
}

export async function migrateAndSeed(ds: DataSource): Promise<void> {
  await ds.runMigrations({ transaction: 'each' });
  await seedReferenceData(ds);
}
