// A folder mixing good files with broken ones: every good file is converted, every
// bad one is named (status failed, an error diagnostic with its file, a line on
// stderr), the exit code is 1, and the bytes do not depend on --jobs.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../pipeline/cli/main.ts';
import { hasShared, tempDir } from '../helpers.ts';
import { cli, filesEqual, sampleDocx, seedFiles, writeBadFiles } from './corpus.ts';

interface Doc { file: string; status: string }
interface Diag { file: string; severity: string; code: string }

describe.skipIf(!hasShared)('convert: a batch with bad files', () => {
  const input = tempDir('govtables-mixed-');
  const good = [...seedFiles(), ...sampleDocx(1)].map((f) => {
    copyFileSync(f, join(input, basename(f)));
    return basename(f);
  });
  // A Word file named .pdf is good: the format comes from the bytes.
  for (const d of sampleDocx(1)) {
    copyFileSync(d, join(input, 'word-named.pdf'));
    good.push('word-named.pdf');
  }
  const bad = writeBadFiles(input);
  const out2 = tempDir('govtables-j2-');
  const out1 = tempDir('govtables-j1-');
  let run2: ReturnType<typeof cli>;
  let run1: ReturnType<typeof cli>;
  beforeAll(() => {
    run2 = cli(['convert', input, '-o', out2, '--jobs', '2', '--max-size', '1', '--log', 'json']);
    run1 = cli(['convert', input, '-o', out1, '--jobs', '1', '--max-size', '1']);
  });

  it('exits 1 and still writes the dataset', () => {
    expect(run2.status).toBe(1);
    expect(run1.status).toBe(1);
    expect(existsSync(join(out2, 'dataset.json'))).toBe(true);
  });

  it('converts every good file', () => {
    const ds = JSON.parse(readFileSync(join(out2, 'dataset.json'), 'utf8'));
    for (const g of good) expect(ds.documents.find((d: Doc) => basename(d.file) === g)?.status, g).toBe('ok');
    expect(ds.records.length).toBeGreaterThan(100);
    expect(ds.documents).toHaveLength(good.length + Object.keys(bad).length);
  });

  it('names every bad file with its error code, in the dataset and in the JSON log', () => {
    const ds = JSON.parse(readFileSync(join(out2, 'dataset.json'), 'utf8'));
    const events = run2.stderr.trim().split('\n').map((l) => JSON.parse(l));
    for (const [name, code] of Object.entries(bad)) {
      expect(ds.documents.find((d: Doc) => basename(d.file) === name)?.status, name).toBe('failed');
      expect(ds.diagnostics.some((d: Diag) => basename(d.file) === name && d.severity === 'error' && d.code === code), `${name} ${code}`).toBe(true);
      const ev = events.find((e) => e.event === 'file' && basename(e.file) === name);
      expect(ev?.status, name).toBe('failed');
      expect(typeof ev?.error).toBe('string');
    }
    const summary = events.find((e) => e.event === 'summary');
    expect(summary).toMatchObject({ files: good.length + Object.keys(bad).length, failed: Object.keys(bad).length, interrupted: false });
  });

  it('writes a text line per failed file and a summary when stderr is not a terminal', () => {
    for (const name of Object.keys(bad)) expect(run1.stderr).toContain(`${join(input, name)}: `);
    expect(run1.stderr).toMatch(/files: \d+ \(\d+ failed, 0 cached\), records: \d+, allocations: \d+, warnings: \d+, errors: \d+, unknown departments: \d+, time: /);
  });

  it('gives the same bytes with --jobs 1 and --jobs 2', () => {
    expect(filesEqual(out1, out2)).toBe(true);
  });

  it('--fail-fast stops at the first failure, exits 1 and writes nothing', () => {
    const out = tempDir('govtables-ff-');
    const r = cli(['convert', input, '-o', out, '--jobs', '1', '--max-size', '1', '--fail-fast']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/stopped at the first failure/);
    expect(existsSync(join(out, 'dataset.json'))).toBe(false);
  });

  it('exits 2 on usage errors', async () => {
    // In-process: these stop before any worker starts.
    const out = tempDir();
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      for (const args of [['--jobs', '0'], ['--jobs', 'two'], ['--shard', '3/2'], ['--shard', 'x'], ['--log', 'xml'], ['--max-size', '-1'], ['--timeout', 'soon']]) {
        expect(await main(['node', 'govtables', 'convert', input, '-o', out, ...args]), args.join(' ')).toBe(2);
      }
      expect(await main(['node', 'govtables', 'convert', join(input, 'missing-folder'), '-o', out])).toBe(2);
    } finally {
      err.mockRestore();
    }
    expect(existsSync(join(out, 'dataset.json'))).toBe(false);
  });
});
