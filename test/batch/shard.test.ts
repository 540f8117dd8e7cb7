// --shard K/N splits the inputs stably; merging the shards' outputs gives the
// bytes of one run over everything.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeShards } from '../../pipeline/batch/merge.ts';
import { parseShard, shardOf } from '../../pipeline/batch/shard.ts';
import { hasShared, tempDir } from '../helpers.ts';
import { cli, filesEqual, sampleDocx, writeSeedCopies } from './corpus.ts';

describe('shard assignment', () => {
  it('parses K/N and refuses the rest', () => {
    expect(parseShard('1/2')).toEqual({ index: 1, count: 2 });
    expect(parseShard(' 3/3 ')).toEqual({ index: 3, count: 3 });
    for (const bad of ['0/2', '3/2', '1/0', '1', 'a/b', '1/2/3', '-1/2']) expect(parseShard(bad), bad).toBeNull();
  });

  it('depends only on the relative path, with "/" and "\\\\" alike, and spreads files over all shards', () => {
    expect(shardOf('a/b.txt', 4)).toBe(shardOf('a\\b.txt', 4));
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) counts[shardOf(`city-${i}.docx`, 4) - 1]!++;
    for (const c of counts) expect(c).toBeGreaterThan(60);
  });
});

describe.skipIf(!hasShared)('convert --shard and merge', () => {
  const input = tempDir('govtables-shard-');
  writeSeedCopies(input, 2);
  for (const d of sampleDocx(1)) copyFileSync(d, join(input, basename(d)));
  writeFileBad(input);
  const full = tempDir('govtables-shard-full-');
  const s1 = tempDir('govtables-shard1-');
  const s2 = tempDir('govtables-shard2-');
  const merged = tempDir('govtables-merged-');
  beforeAll(() => {
    cli(['convert', input, '-o', full, '--jobs', '2']);
    cli(['convert', input, '-o', s1, '--shard', '1/2', '--jobs', '1']);
    cli(['convert', input, '-o', s2, '--shard', '2/2', '--jobs', '1']);
  });

  it('splits the files into disjoint shards that cover them all', () => {
    const docs = (d: string) => (JSON.parse(readFileSync(join(d, 'dataset.json'), 'utf8')).documents as { file: string }[]).map((x) => x.file);
    const a = docs(s1);
    const b = docs(s2);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((f) => b.includes(f))).toEqual([]);
    expect([...a, ...b].sort()).toEqual(docs(full));
  });

  it('merge of shard 1/2 and 2/2 equals a single run, byte for byte', () => {
    const r = cli(['merge', s2, s1, '-o', merged]);
    expect(r.status).toBe(0);
    expect(filesEqual(merged, full)).toBe(true);
  });

  it('merge refuses overlapping shards and folders without a dataset (nothing written)', async () => {
    const out = tempDir();
    const overlap = await mergeShards([s1, s1], out);
    expect(overlap.errors.join(' ')).toMatch(/the shards overlap/);
    const missing = await mergeShards([s1, tempDir()], out);
    expect(missing.errors.join(' ')).toMatch(/no readable dataset\.json/);
    expect(existsSync(join(out, 'dataset.json'))).toBe(false);
  });
});

/** One failed file, so merge also carries failed documents and their diagnostics. */
function writeFileBad(dir: string): void {
  writeFileSync(join(dir, 'zz-empty.txt'), '');
}
