import { randomUUID } from 'node:crypto';

// Points DATABASE_URL at a database of the file's own. A module of its own, importing nothing of the apps: the apps'
// configuration (ConfigModule.forRoot) is read when @app/database is first imported, so the variable must be set
// before that import is evaluated (own-database.ts imports this first).
const root = process.env.TEST_MYSQL_ROOT_URL ?? 'mysql://root@127.0.0.1:3306';
const name = `${process.env.TEST_DATABASE ?? 'jc_test'}_own_${randomUUID().slice(0, 8)}`;
const runDatabaseUrl = process.env.DATABASE_URL;
process.env.DATABASE_URL = `${root}/${name}`;

export const ownDatabase = { root, name, runDatabaseUrl };
