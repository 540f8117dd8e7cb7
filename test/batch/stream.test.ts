// The streaming writer must give the very bytes writeDataset(assemble(...)) gives,
// so that a batch (and a merge) is byte-identical to the in-memory path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile, defaultOptions, type FileResult } from '../../pipeline/convert.ts';
import { DatasetStreamWriter, DATASET_FILES } from '../../pipeline/output/stream.ts';
import { assemble, writeDataset } from '../../pipeline/output/write.ts';
import { splitDataset } from '../../pipeline/batch/merge.ts';
import { decodeRendered, encodeRendered, renderResult } from '../../pipeline/batch/rendered.ts';
import { hasShared, tempDir } from '../helpers.ts';
import { seedFiles, writeBadFiles } from './corpus.ts';

async function viaStream(dir: string, results: FileResult[], bom = true): Promise<void> {
  const w = await DatasetStreamWriter.open(dir, join(dir, '.tmp-test'), { bom });
  for (const r of assemble(results).documents.map((d) => results.find((x) => x.document.file === d.file)!)) await w.add(r);
  await w.finish();
}

function same(a: string, b: string): void {
  for (const f of DATASET_FILES) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
}

describe.skipIf(!hasShared)('DatasetStreamWriter', () => {
  it('writes the same bytes as writeDataset(assemble()) for the seeds and failed files', async () => {
    const bad = tempDir('govtables-bad-');
    writeBadFiles(bad);
    const files = [...seedFiles(), join(bad, 'empty.txt'), join(bad, 'corrupt.pdf')];
    const results = await Promise.all(files.map((f) => convertFile(f, defaultOptions())));
    expect(results.filter((r) => r.document.status === 'ok').length).toBe(seedFiles().length);
    expect(results.reduce((n, r) => n + r.records.length, 0)).toBeGreaterThan(100);
    const a = tempDir();
    const b = tempDir();
    await writeDataset(a, assemble(results));
    await viaStream(b, results);
    same(a, b);
    const c = tempDir();
    const d = tempDir();
    await writeDataset(c, assemble(results), { bom: false });
    await viaStream(d, results, false);
    same(c, d);
  });

  it('gives the same bytes from workers\' spool entries (encoded, read back as bytes), and refuses torn entries', async () => {
    const results = await Promise.all(seedFiles().map((f) => convertFile(f, defaultOptions())));
    const a = tempDir();
    await writeDataset(a, assemble(results));
    const b = tempDir();
    const w = await DatasetStreamWriter.open(b, join(b, '.tmp-test'));
    for (const d of assemble(results).documents) {
      const bytes = encodeRendered(await renderResult(results.find((x) => x.document.file === d.file)!));
      const back = decodeRendered(bytes);
      expect(back?.stats.records).toBe(results.find((x) => x.document.file === d.file)!.records.length);
      // A write cut short, or a stray file of another format, is no entry.
      expect(decodeRendered(bytes.subarray(0, bytes.length - 1))).toBeNull();
      expect(decodeRendered(Buffer.from('{"documents":[]}'))).toBeNull();
      await w.addFragments(back!.fragments);
    }
    await w.finish();
    same(a, b);
  });

  it('writes empty arrays and header-only CSVs the same way', async () => {
    const bad = tempDir('govtables-bad-');
    writeBadFiles(bad);
    const results = [await convertFile(join(bad, 'empty.txt'), defaultOptions())];
    const a = tempDir();
    const b = tempDir();
    await writeDataset(a, assemble(results));
    await viaStream(b, results);
    same(a, b);
    expect(readFileSync(join(b, 'dataset.json'), 'utf8')).toContain('"records": []');
  });

  it('splitDataset gives back each file its own documents, records, allocations and diagnostics', async () => {
    const results = await Promise.all(seedFiles().slice(0, 3).map((f) => convertFile(f, defaultOptions())));
    const ds = JSON.parse(JSON.stringify(assemble(results)));
    const { results: back, problem } = splitDataset(ds);
    expect(problem).toBeNull();
    expect(back).toEqual(assemble(results).documents.map((d) => JSON.parse(JSON.stringify(results.find((r) => r.document.file === d.file)))));
    const orphan = { ...ds, records: [{ ...ds.records[0], provenance: { ...ds.records[0].provenance, file: '/elsewhere.txt' } }] };
    expect(splitDataset(orphan).problem).toMatch(/belongs to no document/);
  });
});
