import type { DataSource, Logger } from 'typeorm';

// Captures the SELECTs a piece of code issues (as a TypeORM logger) and explains them on MySQL/MariaDB, to
// prove that a read path is answered from indexes.

export interface CapturedQuery {
  sql: string;
  parameters: unknown[];
}

export class QueryCapture implements Logger {
  private queries: CapturedQuery[] = [];
  private recording = false;

  // Installs itself as the data source's logger (the data source is then used only for what is measured).
  static attach(ds: DataSource): QueryCapture {
    const capture = new QueryCapture();
    ds.logger = capture;
    return capture;
  }

  async record(fn: () => Promise<unknown>): Promise<CapturedQuery[]> {
    this.queries = [];
    this.recording = true;
    try {
      await fn();
    } finally {
      this.recording = false;
    }
    return this.queries;
  }

  logQuery(query: string, parameters?: unknown[]): void {
    if (this.recording && /^\s*SELECT\b/i.test(query)) {
      this.queries.push({ sql: query, parameters: parameters ?? [] });
    }
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export const BIG_TABLES = ['matters', 'matter_assignments', 'escalations'] as const;

export interface ExplainRow {
  // The alias as EXPLAIN shows it, and the table it stands for.
  alias: string;
  table: string;
  type: string;
  key: string | null;
  rows: number;
  extra: string;
}

export interface ExplainedQuery {
  sql: string;
  plan: ExplainRow[];
  // Plan rows of type ALL (full table scan) on one of BIG_TABLES.
  fullScans: ExplainRow[];
}

// `FROM \`matters\` \`m\`` / `JOIN \`matters\` \`m\``: alias → table.
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, table, alias] of sql.matchAll(/(?:FROM|JOIN)\s+`(\w+)`\s+(?:AS\s+)?`(\w+)`/gi)) {
    if (table && alias) {
      map.set(alias, table);
    }
  }
  return map;
}

export async function explainQuery(ds: DataSource, q: CapturedQuery): Promise<ExplainedQuery> {
  const tables = aliases(q.sql);
  const raw = await ds.query<Record<string, string | number | null>[]>(`EXPLAIN ${q.sql}`, q.parameters);
  const plan = raw.map((r) => {
    const alias = String(r.table);
    return {
      alias,
      table: tables.get(alias) ?? alias,
      type: String(r.type),
      key: r.key === null ? null : String(r.key),
      rows: Number(r.rows ?? 0),
      extra: String(r.Extra ?? ''),
    };
  });
  return {
    sql: q.sql,
    plan,
    fullScans: plan.filter((p) => p.type === 'ALL' && (BIG_TABLES as readonly string[]).includes(p.table)),
  };
}

export async function explainAll(ds: DataSource, queries: CapturedQuery[]): Promise<ExplainedQuery[]> {
  const out: ExplainedQuery[] = [];
  for (const q of queries) {
    out.push(await explainQuery(ds, q));
  }
  return out;
}

export function formatExplain(e: ExplainedQuery): string {
  const lines = e.plan.map(
    (p) =>
      `    ${p.table}${p.alias !== p.table ? ` (${p.alias})` : ''}: type=${p.type} key=${p.key ?? '-'} rows=${p.rows}` +
      (p.extra ? ` [${p.extra}]` : ''),
  );
  return [`  ${e.sql.replace(/\s+/g, ' ')}`, ...lines].join('\n');
}
