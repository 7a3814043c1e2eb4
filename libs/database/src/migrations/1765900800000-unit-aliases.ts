import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table } from 'typeorm';

import { columns } from './schema-helpers';

// The office's edits of each unit's short names and aliases (the unit pickers and the minutes parser match them).
export class UnitAliases1765900800000 implements MigrationInterface {
  name = 'UnitAliases1765900800000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.createTable(
      new Table({
        name: 'unit_aliases',
        columns: [
          { ...c.str('unit_code', 64), isPrimary: true },
          c.text('aliases'),
          c.str('updated_by', 64),
          c.time('updated_at'),
        ],
      }),
    );
    await c.utf8mb4('unit_aliases');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('unit_aliases');
  }
}
