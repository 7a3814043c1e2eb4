// Before anything that imports the apps' configuration (@app/database does): see own-database-env.ts.
import { ownDatabase } from './own-database-env';

import { dataSourceOptions, migrateAndSeed } from '@app/database';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';

// For a test file that changes reference data every other file relies on (it renames, merges and adds member
// units): its apps use a database of their own, so the files sharing the run's database keep their 21 units.
// Import it before the apps (their configuration is read when they are imported): it points DATABASE_URL at the
// new database; prepareOwnDatabase() creates, migrates and seeds it, dropOwnDatabase() removes it.
const { root, name, runDatabaseUrl } = ownDatabase;

export async function prepareOwnDatabase(): Promise<void> {
  const conn = await createConnection(root);
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  const ds = new DataSource(dataSourceOptions({ type: 'mysql', url: process.env.DATABASE_URL!, logging: false }));
  await ds.initialize();
  try {
    await migrateAndSeed(ds);
  } finally {
    await ds.destroy();
  }
}

export async function dropOwnDatabase(): Promise<void> {
  // Back to the run's database for whatever this jest worker runs next (test/setup/per-file-env.ts does so too).
  process.env.DATABASE_URL = runDatabaseUrl;
  if (process.env.KEEP_TEST_DATABASE === 'true') {
    return;
  }
  const conn = await createConnection(root);
  await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await conn.end();
}
