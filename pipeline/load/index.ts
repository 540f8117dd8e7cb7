// `govtables load <dir>`: reads <dir>/dataset.json and loads it into DuckDB and/or PostgreSQL.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatasetSchema, type Dataset } from '../../schemas/dataset.ts';
import type { LoadSummary } from './sql.ts';

export { loadDuckdb, withDuckdb } from './duckdb.ts';
export { loadPostgres, withPostgres } from './postgres.ts';
export { ALL_TABLES, DATA_TABLES, datasetRows } from './tables.ts';
export { schemaSql, writeDataset, type Executor, type LoadSummary } from './sql.ts';

export interface ReadDataset {
  dataset: Dataset | null;
  path: string;
  sha256: string;
  /** One sentence when the file is missing or not a valid dataset. */
  error: string | null;
}

/** Reads and validates <dir>/dataset.json (a path to the file itself is accepted too). */
export async function readDataset(dirOrFile: string): Promise<ReadDataset> {
  const path = dirOrFile.endsWith('.json') ? dirOrFile : join(dirOrFile, 'dataset.json');
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { dataset: null, path, sha256: '', error: `${path} cannot be read; run govtables convert first.` };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { dataset: null, path, sha256, error: `${path} is not valid JSON.` };
  }
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { dataset: null, path, sha256, error: `${path} does not match the dataset schema (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).` };
  }
  return { dataset: parsed.data, path, sha256, error: null };
}

export function describeLoad(target: string, s: LoadSummary): string {
  const dup = s.duplicateDocuments.length ? `, ${s.duplicateDocuments.length} duplicate documents skipped` : '';
  return `${target}: documents ${s.documents}, records ${s.records}, departments ${s.departments}, allocations ${s.allocations}, diagnostics ${s.diagnostics}${dup} (run ${s.runId})`;
}
