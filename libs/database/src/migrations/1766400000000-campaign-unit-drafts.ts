import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn } from 'typeorm';

import { columns } from './schema-helpers';

// Work inside a unit for the annual summary: the liaison's draft waiting for the unit's leader, and the steps of
// drafting, returning and approving (who, capacity, when, text, note). Shown to the unit only.
export class CampaignUnitDrafts1766400000000 implements MigrationInterface {
  name = 'CampaignUnitDrafts1766400000000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.addColumns('campaign_units', [
      new TableColumn(c.text('draft', true, c.big)),
      new TableColumn(c.text('draft_steps', true, c.big)),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('campaign_units', 'draft_steps');
    await qr.dropColumn('campaign_units', 'draft');
  }
}
