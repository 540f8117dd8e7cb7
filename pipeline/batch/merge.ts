// `govtables merge`: combines the outputs of `convert --shard K/N` runs into the
// bytes one run over all the files gives. Each shard's dataset.json is split back
// into per-file results (documents, records, allocations and diagnostics all carry
// their file), spooled to disk one shard at a time, and written in assemble()'s
// order (by document file path) through the same streaming writer.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../../schemas/dataset.ts';
import { SCHEMA_VERSION } from '../../schemas/dataset.ts';
import type { FileResult } from '../convert.ts';
import { DatasetStreamWriter } from '../output/stream.ts';
import { VERSION } from '../output/write.ts';

export interface MergeResult {
  /** Problems that stopped the merge (nothing written). */
  errors: string[];
  files: number;
  written: string[];
}

/** Splits a dataset into its files' results, in document order. Null when something has no file. */
export function splitDataset(ds: Dataset): { results: FileResult[]; problem: string | null } {
  const byFile = new Map<string, FileResult>();
  for (const d of ds.documents) {
    if (byFile.has(d.file)) return { results: [], problem: `the file ${d.file} appears twice` };
    byFile.set(d.file, { document: d, records: [], allocations: [], diagnostics: [] });
  }
  const owner = (file: string | null | undefined, what: string) => {
    const r = file ? byFile.get(file) : undefined;
    if (!r) throw new Error(`${what} belongs to no document (file ${file ?? 'missing'})`);
    return r;
  };
  try {
    for (const x of ds.records) owner(x.provenance.file, `record ${x.id}`).records.push(x);
    for (const x of ds.allocations) owner(x.provenance.file, `allocation ${x.id}`).allocations.push(x);
    for (const x of ds.diagnostics) owner(x.file, `a diagnostic (${x.code})`).diagnostics.push(x);
  } catch (e) {
    return { results: [], problem: (e as Error).message };
  }
  return { results: [...byFile.values()], problem: null };
}

export async function mergeShards(dirs: string[], output: string, opts: { bom?: boolean } = {}): Promise<MergeResult> {
  const errors: string[] = [];
  await mkdir(output, { recursive: true });
  const tmp = join(output, `.govtables-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(join(tmp, 'spool'), { recursive: true });
  const entries: { file: string; path: string }[] = [];
  const seen = new Map<string, string>();
  try {
    for (const dir of dirs) {
      let ds: Dataset;
      try {
        ds = JSON.parse(await readFile(join(dir, 'dataset.json'), 'utf8')) as Dataset;
      } catch (e) {
        errors.push(`${dir}: no readable dataset.json (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
        continue;
      }
      if (ds.schemaVersion !== SCHEMA_VERSION || ds.generator?.version !== VERSION) {
        errors.push(`${dir}: written by govtables ${ds.generator?.version ?? '?'} (schema ${ds.schemaVersion}); this is ${VERSION} (schema ${SCHEMA_VERSION}): convert it again.`);
        continue;
      }
      const { results, problem } = splitDataset(ds);
      if (problem) {
        errors.push(`${dir}: ${problem}.`);
        continue;
      }
      for (const r of results) {
        const other = seen.get(r.document.file);
        if (other) {
          errors.push(`${r.document.file} is in both ${other} and ${dir}: the shards overlap.`);
          continue;
        }
        seen.set(r.document.file, dir);
        const path = join(tmp, 'spool', `${entries.length}.json`);
        await writeFile(path, JSON.stringify(r));
        entries.push({ file: r.document.file, path });
      }
    }
    if (errors.length) return { errors, files: 0, written: [] };
    entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const writer = await DatasetStreamWriter.open(output, join(tmp, 'write'), opts);
    try {
      for (const e of entries) await writer.add(JSON.parse(await readFile(e.path, 'utf8')) as FileResult);
      return { errors, files: entries.length, written: await writer.finish() };
    } finally {
      await writer.abort();
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
