import type { Pool } from 'mysql2/promise';

export interface RawRow {
  workflowId: string;
  kind: string;
  seq: number;
  dueMs: number | null;
}

export interface RawActivities {
  recordRow(row: RawRow): Promise<void>;
}

export const RAW_TABLE_SQL =
  'CREATE TABLE IF NOT EXISTS bench_raw (id BIGINT AUTO_INCREMENT PRIMARY KEY, workflow_id VARCHAR(64) NOT NULL, ' +
  'kind VARCHAR(16) NOT NULL, seq INT NOT NULL, due_ms BIGINT NULL, at_ms BIGINT NOT NULL, KEY (kind, workflow_id))';

// One INSERT per activity: the least any projection can cost.
export function createRawActivities(pool: Pool): RawActivities {
  return {
    async recordRow(row: RawRow): Promise<void> {
      await pool.execute('INSERT INTO bench_raw (workflow_id, kind, seq, due_ms, at_ms) VALUES (?, ?, ?, ?, ?)', [
        row.workflowId,
        row.kind,
        row.seq,
        row.dueMs,
        Date.now(),
      ]);
    },
  };
}
