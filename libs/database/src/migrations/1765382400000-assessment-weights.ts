import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table } from 'typeorm';

import { columns } from './schema-helpers';

// 考核: the weights the office sets per year (AssessmentWeightsEntity).
export class AssessmentWeights1765382400000 implements MigrationInterface {
  name = 'AssessmentWeights1765382400000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.createTable(
      new Table({
        name: 'assessment_weights',
        columns: [
          { name: 'year', type: 'int', isPrimary: true },
          c.text('weights'),
          c.str('set_by', 64),
          c.time('set_at'),
          c.text('reason'),
        ],
      }),
    );
    await c.utf8mb4('assessment_weights');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('assessment_weights');
  }
}
