// SQL for both targets, generated from the shared table descriptions in tables.ts.
// Both DuckDB and PostgreSQL accept `$n` placeholders, `CREATE TABLE IF NOT EXISTS`,
// CHECK constraints and `INSERT … ON CONFLICT (…) DO UPDATE SET x = excluded.x`,
// so one loader drives both; only the type names differ.
import { randomUUID, createHash } from 'node:crypto';
import type { Dataset } from '../../schemas/dataset.ts';
import { ALL_TABLES, datasetRows, LOAD_RUNS, type ColumnType, type Row, type TableDef, type Value } from './tables.ts';

export type Dialect = 'duckdb' | 'postgres';

const TYPES: Record<Dialect, Record<ColumnType, string>> = {
  duckdb: { text: 'VARCHAR', integer: 'INTEGER', double: 'DOUBLE', boolean: 'BOOLEAN', json: 'JSON', timestamp: 'TIMESTAMP' },
  postgres: { text: 'TEXT', integer: 'INTEGER', double: 'DOUBLE PRECISION', boolean: 'BOOLEAN', json: 'JSONB', timestamp: 'TIMESTAMPTZ' },
};

/** Identifiers come from tables.ts only, never from data; quoting keeps reserved words (`position`, `value`) safe. */
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function createTableSql(t: TableDef, dialect: Dialect): string {
  const cols = t.columns.map((c) => {
    const parts = [ident(c.name), TYPES[dialect][c.type]];
    if (!c.nullable) parts.push('NOT NULL');
    if (c.values) parts.push(`CHECK (${ident(c.name)} IN (${c.values.map(literal).join(', ')}))`);
    return parts.join(' ');
  });
  cols.push(`PRIMARY KEY (${ident(t.primaryKey)})`);
  return `CREATE TABLE IF NOT EXISTS ${ident(t.name)} (\n  ${cols.join(',\n  ')}\n)`;
}

/** DDL for every table; PostgreSQL also gets indexes for the per-document deletes and joins. */
export function schemaSql(dialect: Dialect): string[] {
  const out = ALL_TABLES.map((t) => createTableSql(t, dialect));
  if (dialect === 'postgres') {
    for (const t of ALL_TABLES) {
      if (t.documentColumn && t.documentColumn !== t.primaryKey) out.push(`CREATE INDEX IF NOT EXISTS ${ident(`${t.name}_${t.documentColumn}_idx`)} ON ${ident(t.name)} (${ident(t.documentColumn)})`);
    }
    out.push(`CREATE INDEX IF NOT EXISTS "departments_record_id_idx" ON "departments" ("record_id")`);
  }
  return out;
}

/** Multi-row INSERT; `upsert` adds ON CONFLICT on the primary key. */
export function insertSql(t: TableDef, rowCount: number, upsert: boolean): string {
  const names = t.columns.map((c) => ident(c.name));
  const n = t.columns.length;
  const tuples: string[] = [];
  for (let r = 0; r < rowCount; r++) tuples.push(`(${t.columns.map((_, i) => `$${r * n + i + 1}`).join(', ')})`);
  let sql = `INSERT INTO ${ident(t.name)} (${names.join(', ')}) VALUES ${tuples.join(', ')}`;
  if (upsert) {
    const set = t.columns.filter((c) => c.name !== t.primaryKey).map((c) => `${ident(c.name)} = excluded.${ident(c.name)}`);
    sql += ` ON CONFLICT (${ident(t.primaryKey)}) DO UPDATE SET ${set.join(', ')}`;
  }
  return sql;
}

export function rowValues(t: TableDef, row: Row): Value[] {
  return t.columns.map((c) => {
    const v = row[c.name];
    return v === undefined ? null : v;
  });
}

/** The little a loader needs from a database connection. */
export interface Executor {
  dialect: Dialect;
  run(sql: string, params?: Value[]): Promise<void>;
  all(sql: string, params?: Value[]): Promise<Record<string, unknown>[]>;
  /**
   * Optional fast path for plain inserts (no upsert) inside the open transaction; constraints
   * must still be checked. DuckDB's appender is ~20× faster than multi-row VALUES with parameters.
   */
  append?(t: TableDef, rows: Row[]): Promise<void>;
}

export interface LoadSummary {
  runId: string;
  documents: number;
  records: number;
  departments: number;
  allocations: number;
  diagnostics: number;
  duplicateDocuments: string[];
}

export interface LoadOptions {
  /** dataset.json path, recorded in load_runs. */
  source: string;
  /** sha256 of the dataset bytes, recorded in load_runs. */
  datasetSha256?: string;
  /** Rows per INSERT statement. */
  batch?: number;
}

async function insertRows(ex: Executor, t: TableDef, rows: Row[], upsert: boolean, batch: number): Promise<void> {
  // Keep each statement under PostgreSQL's 65,535 bind parameters.
  const size = Math.max(1, Math.min(batch, Math.floor(60000 / t.columns.length)));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await ex.run(insertSql(t, chunk.length, upsert), chunk.flatMap((r) => rowValues(t, r)));
  }
}

/**
 * Writes a dataset into the tables inside the caller's transaction. Documents are
 * upserted by id; each loaded document's records, departments, allocations and
 * diagnostics are replaced (deleted, then inserted), so loading the same output
 * twice leaves the same rows and a re-converted document leaves no stale rows.
 * A row violating a constraint throws; the caller rolls back.
 */
export async function writeDataset(ex: Executor, ds: Dataset, opts: LoadOptions): Promise<LoadSummary> {
  for (const sql of schemaSql(ex.dialect)) await ex.run(sql);
  const rows = datasetRows(ds);
  const batch = opts.batch ?? 100;
  const keys = rows.documentKeys;
  for (const { table, rows: data } of rows.tables) {
    if (table.primaryKey === table.documentColumn) {
      await insertRows(ex, table, data, true, batch);
      continue;
    }
    for (let i = 0; i < keys.length; i += 500) {
      const part = keys.slice(i, i + 500);
      await ex.run(`DELETE FROM ${ident(table.name)} WHERE ${ident(table.documentColumn!)} IN (${part.map((_, j) => `$${j + 1}`).join(', ')})`, part);
    }
    if (ex.append) await ex.append(table, data);
    else await insertRows(ex, table, data, false, batch);
  }
  const count = (name: string) => rows.tables.find((t) => t.table.name === name)!.rows.length;
  const summary: LoadSummary = {
    runId: randomUUID(),
    documents: count('documents'),
    records: count('records'),
    departments: count('departments'),
    allocations: count('allocations'),
    diagnostics: count('diagnostics'),
    duplicateDocuments: rows.duplicateDocuments,
  };
  const run: Row = {
    run_id: summary.runId,
    // UTC; DuckDB's TIMESTAMP has no zone, PostgreSQL's TIMESTAMPTZ is told it is UTC.
    loaded_at: new Date().toISOString().replace('T', ' ').replace('Z', ex.dialect === 'postgres' ? '+00' : ''),
    source: opts.source,
    dataset_sha256: opts.datasetSha256 ?? createHash('sha256').update(JSON.stringify(ds)).digest('hex'),
    generator_version: ds.generator?.version ?? '',
    documents: summary.documents,
    records: summary.records,
    departments: summary.departments,
    allocations: summary.allocations,
    diagnostics: summary.diagnostics,
  };
  await insertRows(ex, LOAD_RUNS, [run], false, 1);
  return summary;
}

/** Runs `fn` inside one transaction: COMMIT when it returns, ROLLBACK (and rethrow) when it throws. */
export async function inTransaction<T>(ex: Executor, begin: string, fn: () => Promise<T>): Promise<T> {
  await ex.run(begin);
  try {
    const value = await fn();
    await ex.run('COMMIT');
    return value;
  } catch (err) {
    await ex.run('ROLLBACK');
    throw err;
  }
}
