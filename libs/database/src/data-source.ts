import * as fs from 'node:fs';
import * as path from 'node:path';

import type { DatabaseConfig } from '@app/config';
import type { DataSourceOptions } from 'typeorm';
import { DataSource } from 'typeorm';

import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, logging: config.logging };
  if (config.type === 'mysql') {
    return {
      ...common,
      type: 'mysql',
      url: config.url,
      charset: 'utf8mb4_unicode_ci',
      // Dates are stored and read as UTC; calendar dates are kept as YYYY-MM-DD strings.
      timezone: 'Z',
      extra: { connectionLimit: 10 },
    };
  }
  fs.mkdirSync(path.dirname(path.resolve(config.path)), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.path,
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
    },
  };
}

// Opens a connection, applies pending migrations and the reference-data seed.
export async function openDatabase(config: DatabaseConfig): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(config));
  await ds.initialize();
  return ds;
}
