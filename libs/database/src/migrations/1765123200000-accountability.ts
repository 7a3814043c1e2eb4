import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn, TableIndex } from 'typeorm';

import { columns } from './schema-helpers';

const OPEN_MATTER = "('in_progress', 'awaiting_verification')";
const OPEN_ASSIGNMENT = "('awaiting_ack', 'in_progress', 'decline_requested', 'submitted', 'returned')";

const indexes = (): Record<string, TableIndex[]> => ({
  matters: [
    // The overdue lists and counts: charged_due_date < today, by lead unit.
    new TableIndex({ name: 'idx_matters_charged_due', columnNames: ['charged_due_date', 'lead_unit_code'] }),
    // Per-meeting overdue counts.
    new TableIndex({ name: 'idx_matters_meeting_charged', columnNames: ['meeting_id', 'status', 'charged_due_date'] }),
  ],
  matter_assignments: [
    // A unit's charged assignments (scorecard, lights).
    new TableIndex({ name: 'idx_assignments_unit_charged', columnNames: ['unit_code', 'charged_due_date', 'duty'] }),
  ],
});

// What the accountability model (libs/domain/src/accountability) says each assignment and matter is charged
// with, stored by the projection so that every view counts "overdue" one way: charged_due_date < today. A
// matter the office holds (awaiting verification, a pending extension decision) has no charged date; a co-unit
// that contributed has no duty left.
//
// The backfill is the model's answer for rows projected before it, from what the rows hold: the lead is charged
// against the effective due date unless its clock is paused, a co-unit against the due date. Rows whose credit
// the new fair-clock rules change (a wait that began after the due date, credit kept across an extension) get
// their exact dates at their next projection, or at once with the re-projection command.
export class Accountability1765123200000 implements MigrationInterface {
  name = 'Accountability1765123200000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.addColumns('matters', [
      new TableColumn(c.str('charged_due_date', 10, true)),
      new TableColumn(c.str('answerable_unit_code', 64, true)),
    ]);
    await qr.addColumns('matter_assignments', [
      new TableColumn({ ...c.str('duty', 16), default: "'none'" }),
      new TableColumn(c.str('charged_due_date', 10, true)),
    ]);
    await qr.query(
      `UPDATE matter_assignments SET
         duty = CASE WHEN role = 'lead' AND unit_code = (SELECT m.lead_unit_code FROM matters m WHERE m.id = matter_assignments.matter_id)
                THEN 'complete' ELSE 'contribute' END,
         charged_due_date = CASE WHEN clock_paused THEN NULL
                WHEN role = 'lead' THEN (SELECT COALESCE(m.effective_due_date, m.due_date) FROM matters m WHERE m.id = matter_assignments.matter_id)
                ELSE (SELECT m.due_date FROM matters m WHERE m.id = matter_assignments.matter_id) END
       WHERE status IN ${OPEN_ASSIGNMENT}
         AND matter_id IN (SELECT m.id FROM matters m WHERE m.status IN ${OPEN_MATTER})`,
    );
    await qr.query(
      `UPDATE matters SET
         charged_due_date = (SELECT a.charged_due_date FROM matter_assignments a
           WHERE a.matter_id = matters.id AND a.duty = 'complete' AND a.unit_code = matters.lead_unit_code
           ORDER BY a.position DESC LIMIT 1),
         answerable_unit_code = lead_unit_code
       WHERE status = 'in_progress'`,
    );
    // The office answers while its clock runs on the lead's request.
    await qr.query(
      `UPDATE matters SET answerable_unit_code = NULL WHERE status = 'in_progress' AND charged_due_date IS NULL`,
    );
    for (const [table, list] of Object.entries(indexes())) {
      await qr.createIndices(table, list);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const [table, list] of Object.entries(indexes())) {
      for (const index of list) {
        await qr.dropIndex(table, index.name!);
      }
    }
    await qr.dropColumns('matter_assignments', ['duty', 'charged_due_date']);
    await qr.dropColumns('matters', ['charged_due_date', 'answerable_unit_code']);
  }
}
