import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn, TableIndex } from 'typeorm';

import { columns } from './schema-helpers';

// The leadership summary and the scorecard at 100,000 matters (issue 15). Their slowest reads were a unit's own
// light and its overdue count: every open assignment joined to its matter, one primary-key lookup into the wide
// matters rows (with their state JSON) per assignment, only to read the matter's status (already copied on the
// assignment) and light. The light is now copied too, by the same projection in the same transaction, and one
// covering index answers both reads from matter_assignments alone. The overdue list's ids and count read
// (charged_due_date, …) with the status and the dates it is sorted by, instead of a row lookup per overdue matter.
const LIGHTS = 'idx_assignments_open_lights';
const CHARGED = 'idx_matters_charged_due';
const CHARGED_BEFORE = ['charged_due_date', 'lead_unit_code'];
const CHARGED_AFTER = [...CHARGED_BEFORE, 'status', 'effective_due_date', 'due_date'];

export class SupervisionCoveringReads1766700000000 implements MigrationInterface {
  name = 'SupervisionCoveringReads1766700000000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.addColumn('matter_assignments', new TableColumn({ ...c.str('matter_light', 16), default: "'none'" }));
    // Portable (MySQL, MariaDB, SQLite): the light of each assignment's matter as the projection last wrote it.
    await qr.query(
      'UPDATE matter_assignments SET matter_light = (SELECT m.light FROM matters m WHERE m.id = matter_assignments.matter_id)' +
        ' WHERE EXISTS (SELECT 1 FROM matters m WHERE m.id = matter_assignments.matter_id)',
    );
    await qr.createIndex(
      'matter_assignments',
      new TableIndex({
        name: LIGHTS,
        columnNames: ['matter_status', 'unit_code', 'duty', 'status', 'charged_due_date', 'matter_light'],
      }),
    );
    await qr.dropIndex('matters', CHARGED);
    await qr.createIndex('matters', new TableIndex({ name: CHARGED, columnNames: CHARGED_AFTER }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('matters', CHARGED);
    await qr.createIndex('matters', new TableIndex({ name: CHARGED, columnNames: CHARGED_BEFORE }));
    await qr.dropIndex('matter_assignments', LIGHTS);
    await qr.dropColumn('matter_assignments', 'matter_light');
  }
}
