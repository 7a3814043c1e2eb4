import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableIndex } from 'typeorm';

import { columns } from './schema-helpers';

// Leaders following matters (关注): the primary key (matter_id, user_id) keeps one follow per person and matter.
export class MatterFollows1765814400000 implements MigrationInterface {
  name = 'MatterFollows1765814400000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.createTable(
      new Table({
        name: 'matter_follows',
        columns: [
          { ...c.str('matter_id', 36), isPrimary: true },
          { ...c.str('user_id', 36), isPrimary: true },
          c.time('since'),
          c.str('reason', 16),
        ],
      }),
    );
    await qr.createIndex(
      'matter_follows',
      new TableIndex({ name: 'idx_matter_follows_user_since', columnNames: ['user_id', 'since'] }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('matter_follows');
  }
}
