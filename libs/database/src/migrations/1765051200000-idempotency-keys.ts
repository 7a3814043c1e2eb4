import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableIndex } from 'typeorm';

import { columns } from './schema-helpers';

// Idempotency keys scoped to the person, bound to their first request's fingerprint (see IdempotencyKeyEntity).
export class IdempotencyKeys1765051200000 implements MigrationInterface {
  name = 'IdempotencyKeys1765051200000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.createTable(
      new Table({
        name: 'idempotency_keys',
        columns: [
          { ...c.str('person_id', 64), isPrimary: true },
          { ...c.str('idem_key', 128), isPrimary: true },
          c.str('fingerprint', 64),
          c.str('state', 16),
          c.str('claim_id', 36),
          { name: 'status', type: 'int', isNullable: true },
          c.time('created_at'),
          c.time('updated_at'),
        ],
      }),
    );
    await qr.createIndex(
      'idempotency_keys',
      new TableIndex({ name: 'idx_idempotency_keys_created_at', columnNames: ['created_at'] }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('idempotency_keys');
  }
}
