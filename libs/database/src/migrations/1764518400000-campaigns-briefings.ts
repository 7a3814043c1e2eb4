import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableIndex } from 'typeorm';

import { columns } from './schema-helpers';

// Annual summary campaigns (年度工作总结) with their per-unit projection, and work briefings (工作简报).
export class CampaignsBriefings1764518400000 implements MigrationInterface {
  name = 'CampaignsBriefings1764518400000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.createTable(
      new Table({
        name: 'campaigns',
        columns: [
          { ...c.str('id', 64), isPrimary: true },
          c.str('kind', 16),
          c.int('year'),
          c.str('due_date', 10),
          c.str('status', 16),
          c.text('policy'),
          c.str('started_by', 64),
          c.time('started_at'),
          c.time('completed_at', true),
          c.int('seq'),
        ],
        indices: [new TableIndex({ name: 'uq_campaigns_kind_year', columnNames: ['kind', 'year'], isUnique: true })],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'campaign_units',
        columns: [
          { ...c.str('campaign_id', 64), isPrimary: true },
          { ...c.str('unit_code', 64), isPrimary: true },
          c.str('status', 16),
          c.text('summary_text', true, c.big),
          c.text('attachments'),
          c.time('submitted_at', true),
          c.str('submitted_by', 64, true),
          c.time('returned_at', true),
          c.text('return_reason', true),
          c.time('accepted_at', true),
          c.int('revisions'),
          c.str('escalation_level', 16, true),
          c.text('reminders'),
          c.int('seq'),
        ],
        indices: [new TableIndex({ name: 'idx_campaign_units_status', columnNames: ['campaign_id', 'status'] })],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'briefings',
        columns: [
          { ...c.str('id', 36), isPrimary: true },
          c.int('year'),
          c.int('number'),
          c.str('title', 200),
          c.str('status', 16),
          c.text('content', false, c.big),
          c.str('created_by', 64),
          c.time('created_at'),
          c.time('updated_at'),
          c.time('published_at', true),
          c.str('published_by', 64, true),
          c.int('notices_sent', 0),
        ],
        indices: [
          new TableIndex({ name: 'uq_briefings_year_number', columnNames: ['year', 'number'], isUnique: true }),
        ],
      }),
    );
    for (const table of ['campaigns', 'campaign_units', 'briefings']) {
      await c.utf8mb4(table);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('briefings');
    await qr.dropTable('campaign_units');
    await qr.dropTable('campaigns');
  }
}
