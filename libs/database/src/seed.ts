import { MEMBER_UNITS, unitReferenceOf } from '@app/domain';
import type { DataSource } from 'typeorm';

import { MemberUnitEntity } from './entities';

// Idempotent: inserts those of the 21 member units of the 2023 rules that the table lacks. Units are data from then
// on (issue 12): a unit the office renamed or merged keeps the office's record, and is never written back here.
export async function seedReferenceData(ds: DataSource): Promise<number> {
  const rows = MEMBER_UNITS.map((u) =>
    Object.assign(new MemberUnitEntity(), unitReferenceOf(u), { status: 'active', mergedInto: null }),
  );
  await ds.createQueryBuilder().insert().into(MemberUnitEntity).values(rows).orIgnore().updateEntity(false).execute();
  return rows.length;
}

export async function migrateAndSeed(ds: DataSource): Promise<void> {
  await ds.runMigrations({ transaction: 'each' });
  await seedReferenceData(ds);
}
