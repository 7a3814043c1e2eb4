import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableIndex } from 'typeorm';

// Leadership's briefings tile: published issues of a year (counted from the index alone) and the latest
// published issue (the index read backwards within status). The (year, number) unique index cannot serve the
// status filter, and on a small table the optimizer then reads every row.
const INDEX = 'idx_briefings_status_year_number';

export class BriefingsPublishedIndex1764777600000 implements MigrationInterface {
  name = 'BriefingsPublishedIndex1764777600000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createIndex('briefings', new TableIndex({ name: INDEX, columnNames: ['status', 'year', 'number'] }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('briefings', INDEX);
  }
}
