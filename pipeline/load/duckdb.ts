// Loads a dataset into an embedded DuckDB file (created when missing) in one transaction.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Dataset } from '../../schemas/dataset.ts';
import { writeDataset, type Executor, type LoadOptions, type LoadSummary } from './sql.ts';
import type { Value } from './tables.ts';

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
  return withDuckdb(file, async (ex) => {
    await ex.run('BEGIN TRANSACTION');
    try {
      const s = await writeDataset(ex, ds, opts);
      await ex.run('COMMIT');
      return s;
    } catch (err) {
      await ex.run('ROLLBACK');
      throw err;
    }
  });
}
