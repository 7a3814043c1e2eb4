import type { MigrationInterface, QueryRunner, TableColumnOptions } from 'typeorm';
import { Table, TableIndex } from 'typeorm';

// Written with TypeORM's schema builder, not raw SQL, so it runs on MySQL 8, MariaDB 10.11 and SQLite.
export class InitialSchema1764086400000 implements MigrationInterface {
  name = 'InitialSchema1764086400000';

  async up(qr: QueryRunner): Promise<void> {
    const mysql = qr.connection.driver.options.type === 'mysql';
    const big = mysql ? 'longtext' : 'text';
    const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    });
    const time = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'datetime',
      precision: 3,
      isNullable: nullable,
    });
    const int = (name: string, dflt?: number): TableColumnOptions => ({ name, type: 'int', default: dflt });
    const text = (name: string, nullable = false, type = 'text'): TableColumnOptions => ({
      name,
      type,
      isNullable: nullable,
    });

    await qr.createTable(
      new Table({
        name: 'member_units',
        columns: [
          { ...str('code', 64), isPrimary: true },
          int('ordinal'),
          str('name_zh', 128),
          str('name_en', 160),
          { name: 'is_lead_unit', type: 'boolean', default: false },
          text('duty_zh'),
          text('duty_keywords'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'meetings',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('kind', 16),
          str('title', 200),
          str('held_on', 10),
          str('chair', 100),
          text('attendees'),
          str('location', 200, true),
          text('notes', true, big),
          str('created_by', 64),
          str('updated_by', 64),
          time('created_at'),
          time('updated_at'),
          int('version'),
        ],
        indices: [new TableIndex({ name: 'idx_meetings_held_on', columnNames: ['held_on'] })],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'matters',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('code', 32),
          str('title', 200),
          text('description', false, big),
          str('meeting_id', 36, true),
          str('source', 200, true),
          str('lead_unit_code', 64),
          text('co_unit_codes'),
          str('due_date', 10),
          str('original_due_date', 10),
          str('priority', 16),
          int('year'),
          str('status', 32),
          str('light', 16),
          { name: 'extension_pending', type: 'boolean', default: false },
          int('extension_count', 0),
          str('created_by', 64),
          time('created_at'),
          time('closed_at', true),
          time('cancelled_at', true),
          time('updated_at'),
          int('seq'),
          text('state_json', false, big),
        ],
        indices: [
          new TableIndex({ name: 'uq_matters_code', columnNames: ['code'], isUnique: true }),
          new TableIndex({ name: 'idx_matters_status_due', columnNames: ['status', 'due_date'] }),
          new TableIndex({ name: 'idx_matters_lead_status', columnNames: ['lead_unit_code', 'status'] }),
          new TableIndex({ name: 'idx_matters_meeting', columnNames: ['meeting_id', 'status'] }),
          new TableIndex({ name: 'idx_matters_light', columnNames: ['light', 'status'] }),
          new TableIndex({ name: 'idx_matters_created', columnNames: ['created_at'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'matter_assignments',
        columns: [
          { ...str('matter_id', 36), isPrimary: true },
          { ...int('position'), isPrimary: true },
          str('unit_code', 64),
          str('role', 8),
          str('status', 32),
          str('matter_status', 32),
          str('due_date', 10),
          int('percent', 0),
          int('return_count', 0),
          time('assigned_at'),
          time('acknowledged_at', true),
          time('last_progress_at', true),
          time('completed_at', true),
          int('seq'),
        ],
        indices: [
          new TableIndex({ name: 'idx_assignments_unit_status', columnNames: ['unit_code', 'status', 'due_date'] }),
          new TableIndex({ name: 'idx_assignments_unit_matter_status', columnNames: ['unit_code', 'matter_status'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'matter_events',
        columns: [
          { ...str('matter_id', 36), isPrimary: true },
          { ...int('seq'), isPrimary: true },
          str('type', 64),
          time('at'),
          str('actor_user_id', 64),
          str('actor_role', 16),
          str('actor_unit_code', 64, true),
          str('unit_code', 64, true),
          text('reason', true),
          text('data', false, big),
        ],
        indices: [
          new TableIndex({ name: 'idx_events_at', columnNames: ['at'] }),
          new TableIndex({ name: 'idx_events_unit_at', columnNames: ['unit_code', 'at'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'matter_codes',
        columns: [{ ...str('code', 32), isPrimary: true }, str('matter_id', 36), time('reserved_at')],
      }),
    );
    if (mysql) {
      // Chinese text needs utf8mb4 whatever the server's default character set is.
      for (const table of [
        'member_units',
        'meetings',
        'matters',
        'matter_assignments',
        'matter_events',
        'matter_codes',
      ]) {
        await qr.query(`ALTER TABLE \`${table}\` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      }
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'matter_codes',
      'matter_events',
      'matter_assignments',
      'matters',
      'meetings',
      'member_units',
    ]) {
      await qr.dropTable(table);
    }
  }
}
