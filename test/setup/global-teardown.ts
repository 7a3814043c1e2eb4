import { createConnection } from 'mysql2/promise';

import type { DevServer } from '../../scripts/dev-stack/temporal-dev-server';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __TEMPORAL__?: DevServer }).__TEMPORAL__?.stop();
  const database = process.env.TEST_DATABASE;
  if (database && process.env.KEEP_TEST_DATABASE !== 'true') {
    const conn = await createConnection(process.env.TEST_MYSQL_ROOT_URL!);
    await conn.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await conn.end();
  }
}
