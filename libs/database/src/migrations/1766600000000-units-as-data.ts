import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableColumn, TableIndex } from 'typeorm';

import { columns } from './schema-helpers';

// Issue 12, units as data: the office renames, merges or adds a member unit after a reorganisation (机构改革). A
// unit's code never changes (past matters, figures and accounts keep it); its status says whether it still takes
// work, a merged unit names the unit it went into, and member_unit_names keeps each former name with the dates it
// was in use. Dates are YYYY-MM-DD strings (Asia/Shanghai), as everywhere else.
export class UnitsAsData1766600000000 implements MigrationInterface {
  name = 'UnitsAsData1766600000000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.addColumns('member_units', [
      new TableColumn({ ...c.str('status', 16), default: "'active'" }),
      new TableColumn(c.str('merged_into', 64, true)),
      // Joined the conference (null: a founding unit of the 2023 rules); stopped taking work (merged, dissolved).
      new TableColumn(c.str('effective_from', 10, true)),
      new TableColumn(c.str('effective_to', 10, true)),
      // The current name is in use since (null: since the unit joined).
      new TableColumn(c.str('name_since', 10, true)),
      // Moves on every change the office makes: the directory's caches compare it (with the row count).
      new TableColumn(c.time('updated_at', true)),
    ]);
    await qr.createTable(
      new Table({
        name: 'member_unit_names',
        columns: [
          c.autoId('id'),
          c.str('unit_code', 64),
          c.str('name_zh', 128),
          c.str('name_en', 160),
          // [valid_from, valid_to): valid_from null is since the unit joined.
          c.str('valid_from', 10, true),
          c.str('valid_to', 10),
          c.str('recorded_by', 64),
          c.time('recorded_at'),
          c.str('reason', 500),
        ],
      }),
    );
    await qr.createIndex(
      'member_unit_names',
      new TableIndex({ name: 'idx_member_unit_names_unit', columnNames: ['unit_code', 'valid_to'] }),
    );
    await c.utf8mb4('member_unit_names');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('member_unit_names');
    for (const name of ['updated_at', 'name_since', 'effective_to', 'effective_from', 'merged_into', 'status']) {
      await qr.dropColumn('member_units', name);
    }
  }
}
