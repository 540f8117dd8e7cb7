// Writes the dataset files: dataset.json, records.jsonl, records.csv, allocations.csv.
// Every file is written to a temp name and renamed, so a crash never leaves half a file.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../schemas/dataset.ts';
import { SCHEMA_VERSION } from '../../schemas/dataset.ts';
import type { FileResult } from '../convert.ts';
import { ALLOCATION_COLUMNS, allocationRow, RECORD_COLUMNS, recordRow, toCsv } from './csv.ts';

/** govtables' package.json: the nearest one above this module, from the sources or from dist/. */
function ownPackageJson(): { version: string } {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'govtables') return pkg;
    } catch {
      // none here: look one folder up
    }
    if (new URL('../', dir).href === dir.href) throw new Error('govtables: package.json not found above ' + import.meta.url);
  }
}

export const VERSION: string = ownPackageJson().version;

/** Documents in a stable order (by file path), so output bytes do not depend on scheduling. */
export function assemble(results: FileResult[]): Dataset {
  const sorted = [...results].sort((a, b) => (a.document.file < b.document.file ? -1 : a.document.file > b.document.file ? 1 : 0));
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'govtables', version: VERSION },
    documents: sorted.map((r) => r.document),
    records: sorted.flatMap((r) => r.records),
    allocations: sorted.flatMap((r) => r.allocations),
    diagnostics: sorted.flatMap((r) => r.diagnostics),
  };
}

export async function writeAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export async function writeDataset(dir: string, ds: Dataset, opts: { bom?: boolean } = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = {
    'dataset.json': JSON.stringify(ds, null, 2) + '\n',
    'records.jsonl': ds.records.map((r) => JSON.stringify(r)).join('\n') + (ds.records.length ? '\n' : ''),
    'records.csv': await toCsv(RECORD_COLUMNS, ds.records.map(recordRow), opts.bom ?? true),
    'allocations.csv': await toCsv(ALLOCATION_COLUMNS, ds.allocations.map(allocationRow), opts.bom ?? true),
  };
  for (const [name, data] of Object.entries(files)) await writeAtomic(join(dir, name), data);
  return Object.keys(files).map((f) => join(dir, f));
}
