import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableColumn, TableIndex } from 'typeorm';

import { columns } from './schema-helpers';

// Topics (议题) with their events, meetings held (minutes, attendance, status), and filings
// (重大事项抄送 / 信息报送) with their events.
export class ConferenceTopicsFilings1764432000000 implements MigrationInterface {
  name = 'ConferenceTopicsFilings1764432000000';

  async up(qr: QueryRunner): Promise<void> {
    const c = columns(qr);
    await qr.addColumns('meetings', [
      new TableColumn({ ...c.str('status', 16), default: "'planned'" }),
      new TableColumn(c.text('minutes', true, c.big)),
      new TableColumn(c.text('attendance', true)),
      new TableColumn(c.str('held_by', 64, true)),
      new TableColumn(c.time('held_at', true)),
      new TableColumn(c.str('hold_key', 160, true)),
    ]);
    await qr.createTable(
      new Table({
        name: 'topics',
        columns: [
          { ...c.str('id', 36), isPrimary: true },
          c.str('unit_code', 64),
          c.str('title', 200),
          c.text('background', false, c.big),
          c.text('proposal', false, c.big),
          c.str('desired_meeting_kind', 16, true),
          c.str('status', 16),
          c.str('meeting_id', 36, true),
          { name: 'agenda_order', type: 'int', isNullable: true },
          c.text('decision_note', true),
          c.str('proposed_by', 64),
          c.time('proposed_at'),
          c.str('decided_by', 64, true),
          c.time('decided_at', true),
          c.time('updated_at'),
          c.int('version'),
        ],
        indices: [
          new TableIndex({ name: 'idx_topics_status_proposed', columnNames: ['status', 'proposed_at'] }),
          new TableIndex({ name: 'idx_topics_unit_proposed', columnNames: ['unit_code', 'proposed_at'] }),
          new TableIndex({ name: 'idx_topics_meeting_order', columnNames: ['meeting_id', 'agenda_order'] }),
        ],
      }),
    );
    await qr.createTable(eventsTable(c, 'topic_events', 'topic_id'));
    await qr.createTable(
      new Table({
        name: 'filings',
        columns: [
          { ...c.str('id', 36), isPrimary: true },
          c.str('kind', 16),
          c.str('unit_code', 64),
          c.str('title', 200),
          c.text('content', false, c.big),
          c.str('category', 64),
          c.text('attachments'),
          c.str('event_date', 10),
          c.str('status', 16),
          c.text('review_comment', true),
          c.bool('selected_for_briefing'),
          c.str('filed_by', 64),
          c.time('filed_at'),
          c.str('reviewed_by', 64, true),
          c.time('reviewed_at', true),
          c.time('updated_at'),
          c.int('version'),
        ],
        indices: [
          new TableIndex({ name: 'idx_filings_kind_status_filed', columnNames: ['kind', 'status', 'filed_at'] }),
          new TableIndex({ name: 'idx_filings_unit_filed', columnNames: ['unit_code', 'filed_at'] }),
          new TableIndex({
            name: 'idx_filings_kind_selected_date',
            columnNames: ['kind', 'selected_for_briefing', 'event_date'],
          }),
        ],
      }),
    );
    await qr.createTable(eventsTable(c, 'filing_events', 'filing_id'));
    for (const table of ['topics', 'topic_events', 'filings', 'filing_events']) {
      await c.utf8mb4(table);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of ['filing_events', 'filings', 'topic_events', 'topics']) {
      await qr.dropTable(table);
    }
    for (const column of ['hold_key', 'held_at', 'held_by', 'attendance', 'minutes', 'status']) {
      await qr.dropColumn('meetings', column);
    }
  }
}

function eventsTable(c: ReturnType<typeof columns>, name: string, owner: string): Table {
  return new Table({
    name,
    columns: [
      c.autoId('id'),
      c.str(owner, 36),
      c.str('type', 32),
      c.time('at'),
      c.str('actor_user_id', 64),
      c.str('actor_role', 16),
      c.str('actor_unit_code', 64, true),
      c.text('reason', true),
      c.text('data'),
    ],
    indices: [new TableIndex({ name: `idx_${name}_owner`, columnNames: [owner, 'id'] })],
  });
}
