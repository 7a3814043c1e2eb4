import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableIndex } from 'typeorm';

// The board list (GET /api/matters) at 100,000 matters. Sorted by due date or by last update, it sorted every
// matching row (filesort) before taking a page of 20: (due_date) and (updated_at) give the rows in order, so a
// page reads about as many rows as it shows. Its text search (LIKE '%…%', which no B-tree can seek) scanned the
// whole table with each row's state JSON: (title, code) lets it scan that narrow index instead (see
// MatterReadRepository.list and docs/performance.md).
const ADDED = [
  { name: 'idx_matters_due', columnNames: ['due_date'] },
  { name: 'idx_matters_updated', columnNames: ['updated_at'] },
  { name: 'idx_matters_search', columnNames: ['title', 'code'] },
];

export class BoardListIndexes1765209600000 implements MigrationInterface {
  name = 'BoardListIndexes1765209600000';

  async up(qr: QueryRunner): Promise<void> {
    for (const index of ADDED) {
      await qr.createIndex('matters', new TableIndex(index));
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const index of ADDED) {
      await qr.dropIndex('matters', index.name);
    }
  }
}
