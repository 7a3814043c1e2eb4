import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableIndex } from 'typeorm';

import { columns } from './schema-helpers';

// 申诉: units' contests of charges against them and the office's decisions (see ChargeContestEntity).
export class ChargeContests1765296000000 implements MigrationInterface {
  name = 'ChargeContests1765296000000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.createTable(
      new Table({
        name: 'charge_contests',
        columns: [
          { ...c.str('id', 36), isPrimary: true },
          c.str('matter_id', 36),
          c.str('charge_kind', 16),
          { name: 'escalation_seq', type: 'int', isNullable: true },
          c.str('unit_code', 64),
          c.str('open_key', 160, true),
          c.str('filed_by', 64),
          c.str('filed_capacity', 32),
          c.time('filed_at'),
          c.text('reason'),
          c.text('attachments'),
          c.str('status', 16),
          c.str('decided_by', 64, true),
          c.str('decided_capacity', 32, true),
          c.time('decided_at', true),
          c.text('decision_reason', true),
        ],
      }),
    );
    await c.utf8mb4('charge_contests');
    await qr.createIndex(
      'charge_contests',
      new TableIndex({ name: 'uq_charge_contests_open_key', columnNames: ['open_key'], isUnique: true }),
    );
    for (const [name, columnNames] of [
      ['idx_charge_contests_matter', ['matter_id', 'filed_at']],
      ['idx_charge_contests_status', ['status', 'filed_at']],
      ['idx_charge_contests_unit', ['unit_code', 'filed_at']],
      ['idx_charge_contests_charge', ['matter_id', 'charge_kind', 'unit_code', 'status']],
    ] as const) {
      await qr.createIndex('charge_contests', new TableIndex({ name, columnNames: [...columnNames] }));
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('charge_contests');
  }
}
