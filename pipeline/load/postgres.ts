// Loads a dataset into PostgreSQL in one transaction: a failure leaves the database as it was.
import pg from 'pg';
import type { Dataset } from '../../schemas/dataset.ts';
import { inTransaction, writeDataset, type Executor, type LoadOptions, type LoadSummary } from './sql.ts';
import type { Value } from './tables.ts';

export function postgresExecutor(client: pg.ClientBase): Executor {
  return {
    dialect: 'postgres',
    async run(sql: string, params: Value[] = []) {
      await client.query(sql, params);
    },
    async all(sql: string, params: Value[] = []) {
      return (await client.query(sql, params)).rows as Record<string, unknown>[];
    },
  };
}

export async function withPostgres<T>(url: string, fn: (ex: Executor) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(postgresExecutor(client));
  } finally {
    await client.end();
  }
}

export async function loadPostgres(url: string, ds: Dataset, opts: LoadOptions): Promise<LoadSummary> {
  return withPostgres(url, (ex) =>
    inTransaction(ex, 'BEGIN', async () => {
      // Concurrent loads of the same documents would interleave deletes and inserts; serialize them.
      await ex.run('SELECT pg_advisory_xact_lock(727274)');
      return writeDataset(ex, ds, opts);
    }),
  );
}
