import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableIndex } from 'typeorm';

import { columns } from './schema-helpers';

// The outbox of outbound notices (see NotificationOutboxEntity): the command path writes, the worker sends.
export class NotificationOutbox1765036800000 implements MigrationInterface {
  name = 'NotificationOutbox1765036800000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.createTable(
      new Table({
        name: 'notification_outbox',
        columns: [
          { ...c.str('notification_id', 36), isPrimary: true },
          c.str('address', 200),
          c.str('subject', 200),
          c.text('body'),
          c.int('attempts', 0),
          c.time('next_attempt_at'),
          c.time('claimed_until', true),
          c.str('claim_token', 36, true),
          c.str('last_error', 500, true),
          c.time('created_at'),
          c.time('sent_at', true),
        ],
        indices: [new TableIndex({ name: 'idx_notification_outbox_due', columnNames: ['sent_at', 'next_attempt_at'] })],
      }),
    );
    await c.utf8mb4('notification_outbox');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('notification_outbox');
  }
}
