import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableColumn, TableIndex } from 'typeorm';

import { columns } from './schema-helpers';

export class Supervision1764259200000 implements MigrationInterface {
  name = 'Supervision1764259200000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.addColumns('matters', [
      new TableColumn(c.str('effective_due_date', 10, true)),
      new TableColumn(c.time('predicted_breach_at', true)),
      new TableColumn(c.str('escalation_level', 16, true)),
      new TableColumn(c.bool('deadline_provisional')),
      new TableColumn({ name: 'closed_on_time', type: 'boolean', isNullable: true }),
      new TableColumn({ name: 'close_working_days', type: 'int', isNullable: true }),
    ]);
    await qr.createIndices('matters', [
      new TableIndex({ name: 'idx_matters_status_closed', columnNames: ['status', 'closed_at'] }),
      new TableIndex({ name: 'idx_matters_status_escalation', columnNames: ['status', 'escalation_level'] }),
    ]);
    await qr.addColumns('matter_assignments', [
      new TableColumn(c.time('ack_due_at', true)),
      new TableColumn(c.time('progress_due_at', true)),
      new TableColumn({ name: 'ack_working_days', type: 'int', isNullable: true }),
      new TableColumn({ name: 'acknowledged_on_time', type: 'boolean', isNullable: true }),
      new TableColumn(c.bool('clock_paused')),
    ]);
    await qr.createTable(
      new Table({
        name: 'calendar_adjustments',
        columns: [
          { ...c.str('id', 36), isPrimary: true },
          c.str('date', 10),
          c.str('kind', 8),
          c.str('unit_code', 64, true),
          c.str('reason', 500),
          c.str('document_number', 100, true),
          c.str('created_by', 64),
          c.time('created_at'),
          c.str('revoked_by', 64, true),
          c.time('revoked_at', true),
        ],
        indices: [new TableIndex({ name: 'idx_calendar_adjustments_date', columnNames: ['date'] })],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'calendar_years',
        columns: [
          { ...c.int('year'), isPrimary: true },
          c.text('holidays'),
          c.text('makeup_workdays'),
          c.str('document_number', 100, true),
          c.str('entered_by', 64),
          c.time('entered_at'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'escalations',
        columns: [
          { ...c.str('matter_id', 36), isPrimary: true },
          { ...c.int('seq'), isPrimary: true },
          c.str('level', 16),
          c.str('reason', 32),
          c.str('origin', 8),
          c.str('unit_code', 64, true),
          c.time('at'),
          c.str('notice_no', 32, true),
          c.text('notified'),
        ],
        indices: [
          new TableIndex({ name: 'idx_escalations_level_at', columnNames: ['level', 'at'] }),
          new TableIndex({ name: 'idx_escalations_unit_level', columnNames: ['unit_code', 'level', 'at'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'notice_numbers',
        columns: [
          { ...c.str('notice_key', 200), isPrimary: true },
          c.int('year'),
          c.int('number'),
          c.str('matter_id', 36),
          c.time('allocated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_notice_numbers_year_no', columnNames: ['year', 'number'], isUnique: true }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'notifications',
        columns: [
          { ...c.str('id', 36), isPrimary: true },
          c.str('source_key', 200),
          c.str('recipient_key', 100),
          c.str('user_id', 36, true),
          c.str('unit_code', 64, true),
          c.str('kind', 32),
          c.str('title', 200),
          c.text('body'),
          c.str('matter_id', 36, true),
          c.time('created_at'),
          c.time('read_at', true),
          c.time('sent_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'uq_notifications_source',
            columnNames: ['source_key', 'recipient_key'],
            isUnique: true,
          }),
          new TableIndex({ name: 'idx_notifications_user_read', columnNames: ['user_id', 'read_at', 'created_at'] }),
          new TableIndex({ name: 'idx_notifications_unit_read', columnNames: ['unit_code', 'read_at', 'created_at'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'notification_preferences',
        columns: [
          { ...c.str('user_id', 36), isPrimary: true },
          c.bool('daily_digest'),
          c.str('email', 200, true),
          c.time('updated_at'),
        ],
      }),
    );
    for (const table of [
      'calendar_adjustments',
      'calendar_years',
      'escalations',
      'notice_numbers',
      'notifications',
      'notification_preferences',
    ]) {
      await c.utf8mb4(table);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'notification_preferences',
      'notifications',
      'notice_numbers',
      'escalations',
      'calendar_years',
      'calendar_adjustments',
    ]) {
      await qr.dropTable(table);
    }
    await qr.dropColumns('matter_assignments', [
      'ack_due_at',
      'progress_due_at',
      'ack_working_days',
      'acknowledged_on_time',
      'clock_paused',
    ]);
    await qr.dropIndex('matters', 'idx_matters_status_escalation');
    await qr.dropIndex('matters', 'idx_matters_status_closed');
    await qr.dropColumns('matters', [
      'effective_due_date',
      'predicted_breach_at',
      'escalation_level',
      'deadline_provisional',
      'closed_on_time',
      'close_working_days',
    ]);
  }
}
