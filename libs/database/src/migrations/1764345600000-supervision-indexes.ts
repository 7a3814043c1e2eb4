import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableIndex } from 'typeorm';

// Covering indexes for the supervision views, so leadership's summary over the whole read model is answered
// from index ranges (no full table scans on matters, matter_assignments or escalations).
// Built per call: the schema builder may annotate the TableIndex objects it is given.
const supervisionIndexes = (): Record<string, TableIndex[]> => ({
  matters: [
    // Open matters by light.
    new TableIndex({ name: 'idx_matters_status_light', columnNames: ['status', 'light'] }),
    // Overdue and near-due: open matters by (effective) due date, with what the lists filter on.
    new TableIndex({
      name: 'idx_matters_status_effdue',
      columnNames: ['status', 'effective_due_date', 'due_date', 'light', 'lead_unit_code'],
    }),
    // On-time rate and closures per month.
    new TableIndex({
      name: 'idx_matters_status_closed_ontime',
      columnNames: ['status', 'closed_at', 'closed_on_time'],
    }),
    // Closures per lead unit for the scorecard.
    new TableIndex({
      name: 'idx_matters_status_lead_closure',
      columnNames: ['status', 'lead_unit_code', 'closed_on_time', 'close_working_days'],
    }),
    // Per-meeting progress, including the overdue count.
    new TableIndex({
      name: 'idx_matters_meeting_status_due',
      columnNames: ['meeting_id', 'status', 'effective_due_date', 'due_date'],
    }),
  ],
  matter_assignments: [
    // Unit scorecard and lights per unit.
    new TableIndex({
      name: 'idx_assignments_unit_scorecard',
      columnNames: [
        'unit_code',
        'status',
        'matter_status',
        'acknowledged_at',
        'acknowledged_on_time',
        'ack_working_days',
        'return_count',
      ],
    }),
  ],
  escalations: [
    // The escalation list, newest first.
    new TableIndex({ name: 'idx_escalations_at', columnNames: ['at'] }),
    // Escalations per level and unit over a period.
    new TableIndex({ name: 'idx_escalations_level_at_unit', columnNames: ['level', 'at', 'unit_code'] }),
  ],
});

export class SupervisionIndexes1764345600000 implements MigrationInterface {
  name = 'SupervisionIndexes1764345600000';

  async up(qr: QueryRunner): Promise<void> {
    for (const [table, indices] of Object.entries(supervisionIndexes())) {
      await qr.createIndices(table, indices);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const [table, indices] of Object.entries(supervisionIndexes())) {
      for (const index of indices) {
        await qr.dropIndex(table, index.name!);
      }
    }
  }
}
