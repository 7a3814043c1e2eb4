import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn } from 'typeorm';

import { columns } from './schema-helpers';

// The unit's handler (承办人) on its assignment row (issue 12), so that the papers that list matters (the overdue
// workbook, 超期事项督办台账) name who handles each one without reading every matter's state JSON. The projection
// writes both columns from now on; the rows of matters whose handler was named before are filled here from the
// state the projection last wrote.
const BATCH = 500;

export class AssignmentHandler1766800000000 implements MigrationInterface {
  name = 'AssignmentHandler1766800000000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.addColumn('matter_assignments', new TableColumn(c.str('handler_name', 50, true)));
    await qr.addColumn('matter_assignments', new TableColumn(c.str('handler_phone', 64, true)));
    for (let after = ''; ;) {
      const rows = (await qr.query(
        'SELECT id, state_json FROM matters WHERE id > ? AND state_json LIKE \'%"handler":%\' ORDER BY id LIMIT ?',
        [after, BATCH],
      )) as { id: string; state_json: string }[];
      for (const row of rows) {
        const state = JSON.parse(row.state_json) as {
          assignments?: { handler?: { name?: unknown; phone?: unknown } }[];
        };
        for (const [position, a] of (state.assignments ?? []).entries()) {
          if (typeof a.handler?.name === 'string') {
            await qr.query(
              'UPDATE matter_assignments SET handler_name = ?, handler_phone = ? WHERE matter_id = ? AND position = ?',
              [a.handler.name, typeof a.handler.phone === 'string' ? a.handler.phone : null, row.id, position],
            );
          }
        }
      }
      if (rows.length < BATCH) {
        break;
      }
      after = rows[rows.length - 1]!.id;
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('matter_assignments', 'handler_phone');
    await qr.dropColumn('matter_assignments', 'handler_name');
  }
}
