import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table } from 'typeorm';

import { columns } from './schema-helpers';

// 事项编号: the pattern of matter codes the office sets (MatterCodePatternEntity; none: the default).
export class MatterCodePattern1766200000000 implements MigrationInterface {
  name = 'MatterCodePattern1766200000000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.createTable(
      new Table({
        name: 'matter_code_pattern',
        columns: [
          { ...c.str('id', 16), isPrimary: true },
          c.str('pattern', 64),
          c.str('set_by', 64),
          c.time('set_at'),
          c.text('reason'),
        ],
      }),
    );
    await c.utf8mb4('matter_code_pattern');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('matter_code_pattern');
  }
}
