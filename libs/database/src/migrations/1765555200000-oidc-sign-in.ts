import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableIndex } from 'typeorm';

import { columns } from './schema-helpers';

// Sign-in through the district's OIDC provider: the sign-ins under way and the administrators' subject links.
export class OidcSignIn1765555200000 implements MigrationInterface {
  name = 'OidcSignIn1765555200000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.createTable(
      new Table({
        name: 'oidc_logins',
        columns: [
          { ...c.str('state_hash', 64), isPrimary: true },
          c.str('browser_hash', 64),
          c.str('nonce', 64),
          c.str('code_verifier', 128),
          c.str('redirect_uri', 500),
          c.time('created_at'),
          c.time('expires_at'),
          c.time('consumed_at', true),
          c.str('handoff_hash', 64, true),
          c.str('user_id', 36, true),
          c.time('handoff_expires_at', true),
          c.time('handoff_used_at', true),
        ],
      }),
    );
    await qr.createIndex(
      'oidc_logins',
      new TableIndex({ name: 'idx_oidc_logins_handoff', columnNames: ['handoff_hash'] }),
    );
    await qr.createIndex(
      'oidc_logins',
      new TableIndex({ name: 'idx_oidc_logins_expires', columnNames: ['expires_at'] }),
    );
    // 255 + 255 characters stay within InnoDB's 3072-byte key in utf8mb4.
    await qr.createTable(
      new Table({
        name: 'oidc_links',
        columns: [
          { ...c.str('issuer', 255), isPrimary: true },
          { ...c.str('subject', 255), isPrimary: true },
          c.str('user_id', 36),
          c.str('created_by', 64),
          c.time('created_at'),
        ],
      }),
    );
    await qr.createIndex(
      'oidc_links',
      new TableIndex({ name: 'uq_oidc_links_user', columnNames: ['issuer', 'user_id'], isUnique: true }),
    );
    await c.utf8mb4('oidc_links');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('oidc_links');
    await qr.dropTable('oidc_logins');
  }
}
