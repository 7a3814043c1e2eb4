import type { QueryRunner, TableColumnOptions } from 'typeorm';

// Column builders shared by the migrations, so each stays portable across MySQL 8, MariaDB 10.11 and SQLite.
export function columns(qr: QueryRunner) {
  const mysql = qr.connection.driver.options.type === 'mysql';
  return {
    mysql,
    big: mysql ? 'longtext' : 'text',
    str: (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    }),
    time: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'datetime',
      precision: 3,
      isNullable: nullable,
    }),
    int: (name: string, dflt?: number): TableColumnOptions => ({ name, type: 'int', default: dflt }),
    bool: (name: string, dflt = false): TableColumnOptions => ({ name, type: 'boolean', default: dflt }),
    text: (name: string, nullable = false, type = 'text'): TableColumnOptions => ({ name, type, isNullable: nullable }),
    autoId: (name: string): TableColumnOptions => ({
      name,
      type: mysql ? 'bigint' : 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    }),
    // Chinese text needs utf8mb4 whatever the server's default character set is.
    utf8mb4: async (table: string): Promise<void> => {
      if (mysql) {
        await qr.query(`ALTER TABLE \`${table}\` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      }
    },
  };
}
