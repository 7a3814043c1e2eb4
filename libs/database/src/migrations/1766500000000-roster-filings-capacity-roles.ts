import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn } from 'typeorm';

import { columns } from './schema-helpers';

// Issue 12. The roster becomes a filing a unit makes (报备) and the office records or refuses (备案), with the
// seat a filing vacates and when a recorded change was applied to the named account's unit role. The rows before
// this were entered by the office, so they are recorded. And matter_events keeps the roles within the capacity
// the person acted in (the workflow's events carried them; the table did not).
export class RosterFilingsCapacityRoles1766500000000 implements MigrationInterface {
  name = 'RosterFilingsCapacityRoles1766500000000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.addColumns('unit_contacts', [
      new TableColumn({ ...c.str('status', 16), default: "'recorded'" }),
      new TableColumn(c.bool('vacates')),
      new TableColumn(c.str('decided_by', 64, true)),
      new TableColumn(c.time('decided_at', true)),
      new TableColumn(c.str('decision_reason', 500, true)),
      new TableColumn(c.time('roles_applied_at', true)),
    ]);
    // Recorded by whoever entered them, and nothing left to apply to accounts.
    await qr.query(
      'UPDATE unit_contacts SET decided_by = filed_by, decided_at = filed_at, roles_applied_at = filed_at',
    );
    await qr.addColumn('matter_events', new TableColumn(c.text('actor_capacity_roles', true)));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('matter_events', 'actor_capacity_roles');
    for (const name of ['roles_applied_at', 'decision_reason', 'decided_at', 'decided_by', 'vacates', 'status']) {
      await qr.dropColumn('unit_contacts', name);
    }
  }
}
