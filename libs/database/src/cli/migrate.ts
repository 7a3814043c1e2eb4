import { databaseConfig, validateEnv } from '@app/config';

import { openDatabase } from '../data-source';
import { migrateAndSeed } from '../seed';

// `npm run migration:run`: applies pending migrations and the reference-data seed, then exits.
async function main(): Promise<void> {
  const ds = await openDatabase(databaseConfig(validateEnv(process.env)));
  try {
    await migrateAndSeed(ds);
    console.log(`database ready (${ds.options.type}): migrations applied, 21 member units seeded`);
  } finally {
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
