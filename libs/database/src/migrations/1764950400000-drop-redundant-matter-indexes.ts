import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableIndex } from 'typeorm';

// Two indexes of the first schemas are leading prefixes of wider ones the supervision views added
// (idx_matters_meeting_status_due, idx_matters_status_closed_ontime): every query they served, the wider ones
// serve, and each write to `matters` paid for both. idx_matters_light stays: (light, status) answers a filter on
// the light alone, which (status, light) does not on MariaDB (no skip scan).
const DROPPED = [
  { name: 'idx_matters_meeting', columnNames: ['meeting_id', 'status'] },
  { name: 'idx_matters_status_closed', columnNames: ['status', 'closed_at'] },
];

export class DropRedundantMatterIndexes1764950400000 implements MigrationInterface {
  name = 'DropRedundantMatterIndexes1764950400000';

  async up(qr: QueryRunner): Promise<void> {
    for (const index of DROPPED) {
      await qr.dropIndex('matters', index.name);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const index of DROPPED) {
      await qr.createIndex('matters', new TableIndex(index));
    }
  }
}
