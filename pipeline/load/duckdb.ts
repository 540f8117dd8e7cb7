// Loads a dataset into an embedded DuckDB file (created when missing) in one transaction.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Dataset } from '../../schemas/dataset.ts';
import { inTransaction, writeDataset, type Executor, type LoadOptions, type LoadSummary } from './sql.ts';
import type { Row, TableDef, Value } from './tables.ts';

export function duckdbExecutor(conn: DuckDBConnection): Executor {
  return {
    dialect: 'duckdb',
    async run(sql: string, params: Value[] = []) {
      await conn.run(sql, params.length ? params : undefined);
    },
    async all(sql: string, params: Value[] = []) {
      const r = await conn.runAndReadAll(sql, params.length ? params : undefined);
      return r.getRowObjectsJS() as Record<string, unknown>[];
    },
    async append(t: TableDef, rows: Row[]) {
      if (!rows.length) return;
      const app = await conn.createAppender(t.name);
      try {
        for (const row of rows) {
          for (const c of t.columns) {
            const v = row[c.name];
            if (v === null || v === undefined) app.appendNull();
            else if (c.type === 'integer') app.appendInteger(Number(v));
            else if (c.type === 'double') app.appendDouble(Number(v));
            else if (c.type === 'boolean') app.appendBoolean(Boolean(v));
            else app.appendVarchar(String(v)); // text, json (a VARCHAR alias), timestamp text
          }
          app.endRow();
        }
        // Constraints (NOT NULL, CHECK, primary key) are checked here and throw into the transaction.
        app.flushSync();
        app.closeSync();
      } catch (err) {
        // Closing an appender whose flush failed throws "transaction is aborted"; keep the real cause.
        try {
          app.closeSync();
        } catch {
          /* already reported */
        }
        throw err;
      }
    },
  };
}

/** Opens (or creates) the file, runs `fn` with a connection, always closes. */
export async function withDuckdb<T>(file: string, fn: (ex: Executor) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(file);
  const conn = await instance.connect();
  try {
    return await fn(duckdbExecutor(conn));
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

export async function loadDuckdb(file: string, ds: Dataset, opts: LoadOptions): Promise<LoadSummary> {
  return withDuckdb(file, (ex) => inTransaction(ex, 'BEGIN TRANSACTION', () => writeDataset(ex, ds, opts)));
}
