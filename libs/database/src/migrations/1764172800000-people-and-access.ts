import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableIndex } from 'typeorm';

import { columns } from './schema-helpers';

export class PeopleAndAccess1764172800000 implements MigrationInterface {
  name = 'PeopleAndAccess1764172800000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.createTable(
      new Table({
        name: 'users',
        columns: [
          { ...c.str('id', 36), isPrimary: true },
          c.str('username', 64),
          c.str('display_name', 100),
          c.str('password_hash', 100),
          c.text('roles'),
          c.str('unit_code', 64, true),
          c.bool('disabled'),
          c.bool('is_demo'),
          c.int('failed_logins', 0),
          c.time('locked_until', true),
          c.time('last_login_at', true),
          c.str('created_by', 64),
          c.time('created_at'),
          c.time('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_users_username', columnNames: ['username'], isUnique: true }),
          new TableIndex({ name: 'idx_users_unit', columnNames: ['unit_code'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'refresh_tokens',
        columns: [
          { ...c.str('id', 36), isPrimary: true },
          c.str('token_hash', 64),
          c.str('family_id', 36),
          c.str('user_id', 36),
          c.time('issued_at'),
          c.time('expires_at'),
          c.time('revoked_at', true),
          c.str('revoked_reason', 32, true),
        ],
        indices: [
          new TableIndex({ name: 'idx_refresh_family', columnNames: ['family_id'] }),
          new TableIndex({ name: 'idx_refresh_user', columnNames: ['user_id'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          c.autoId('id'),
          c.time('at'),
          c.str('action', 64),
          c.str('outcome', 16),
          c.str('actor_user_id', 64, true),
          c.str('ip', 64, true),
          c.str('target', 200, true),
          c.text('detail', false, c.big),
        ],
        indices: [
          new TableIndex({ name: 'idx_audit_at', columnNames: ['at'] }),
          new TableIndex({ name: 'idx_audit_actor_at', columnNames: ['actor_user_id', 'at'] }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'unit_contacts',
        columns: [
          { ...c.str('id', 36), isPrimary: true },
          c.str('unit_code', 64),
          c.str('kind', 32),
          c.str('person_name', 64),
          c.str('title', 100, true),
          c.str('phone', 32, true),
          c.str('user_id', 36, true),
          c.str('effective_from', 10),
          c.str('reason', 500),
          c.str('filed_by', 64),
          c.time('filed_at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_unit_contacts_unit_kind', columnNames: ['unit_code', 'kind', 'effective_from'] }),
        ],
      }),
    );
    for (const table of ['users', 'refresh_tokens', 'audit_log', 'unit_contacts']) {
      await c.utf8mb4(table);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of ['unit_contacts', 'audit_log', 'refresh_tokens', 'users']) {
      await qr.dropTable(table);
    }
  }
}
