// A run killed mid-way (SIGKILL) and rerun with --incremental ends with the bytes
// of an uninterrupted run; Ctrl-C leaves the previous dataset as it was; adding
// files to a folder costs only the new files; the cache key follows the options.
import { copyFileSync, cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { optionsFingerprint } from '../../pipeline/batch/fingerprint.ts';
import { hasShared, tempDir } from '../helpers.ts';
import { cli, cliAsync, filesEqual, seedFiles, writeSeedCopies } from './corpus.ts';

/** Complete cache entries (`<key>.bin`; temp files being written end in `.tmp-…`). */
function cacheCount(out: string): number {
  const dir = join(out, '.cache');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bin')).length : 0;
}

/** Starts the CLI, waits until `atLeast` results are cached, sends `signal`; resolves with how it ended. */
function interrupt(args: string[], out: string, atLeast: number, signal: NodeJS.Signals) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; cachedAtKill: number; stderr: string }>((resolve, reject) => {
    const child = cliAsync(args);
    let stderr = '';
    let cachedAtKill = -1;
    child.stderr!.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      const n = cacheCount(out);
      if (n >= atLeast && cachedAtKill < 0) {
        cachedAtKill = n;
        child.kill(signal);
      }
    }, 20);
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, cachedAtKill, stderr });
    });
  });
}

function summaryOf(stderr: string) {
  return JSON.parse(stderr.trim().split('\n').filter((l) => l.includes('"event":"summary"')).pop()!);
}

describe.skipIf(!hasShared)('resumable runs', () => {
  const input = tempDir('govtables-resume-');
  const total = writeSeedCopies(input, 4).length;
  const full = tempDir('govtables-full-');
  beforeAll(() => {
    expect(cli(['convert', input, '-o', full, '--jobs', '2']).status).toBe(0);
  });

  it('a run killed with SIGKILL, rerun with --incremental, gives the bytes of an uninterrupted run', async () => {
    const out = tempDir('govtables-killed-');
    const args = ['convert', input, '-o', out, '--jobs', '1', '--incremental', '--log', 'json'];
    const killed = await interrupt(args, out, 3, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.cachedAtKill).toBeGreaterThanOrEqual(3);
    // Killed before the end: no dataset, only cache entries (each complete: written by rename).
    expect(existsSync(join(out, 'dataset.json'))).toBe(false);
    expect(cacheCount(out)).toBeLessThan(total);

    const rerun = cli(args);
    expect(rerun.status).toBe(0);
    const s = summaryOf(rerun.stderr);
    expect(s.cached).toBeGreaterThanOrEqual(killed.cachedAtKill);
    expect(s.files).toBe(total);
    expect(filesEqual(out, full)).toBe(true);
    // The killed run's temp folder is gone, the cache holds one entry per file.
    expect(readdirSync(out).filter((f) => f.startsWith('.govtables-tmp-'))).toEqual([]);
    expect(cacheCount(out)).toBe(total);

    // Adding files: only they are converted, and the bytes equal a full run over the larger folder.
    const added = seedFiles().slice(1, 3).map((s, i) => {
      copyFileSync(s, join(input, `added-${i}.txt`));
      return s;
    });
    const more = cli(args);
    expect(more.status).toBe(0);
    expect(summaryOf(more.stderr)).toMatchObject({ files: total + added.length, cached: total });
    const full2 = tempDir('govtables-full2-');
    expect(cli(['convert', input, '-o', full2, '--jobs', '2']).status).toBe(0);
    expect(filesEqual(out, full2)).toBe(true);
  });

  it('Ctrl-C (SIGINT) exits 130, removes its temp files and leaves the previous dataset untouched', async () => {
    const out = tempDir('govtables-sigint-');
    cpSync(full, out, { recursive: true });
    const extra = tempDir('govtables-sigint-in-');
    writeSeedCopies(extra, 3);
    const r = await interrupt(['convert', extra, '-o', out, '--jobs', '1', '--incremental', '--log', 'json'], out, 2, 'SIGINT');
    expect(r.code).toBe(130);
    expect(summaryOf(r.stderr)).toMatchObject({ interrupted: true, written: [] });
    expect(filesEqual(out, full)).toBe(true);
    expect(readdirSync(out).filter((f) => f.startsWith('.govtables-tmp-'))).toEqual([]);
  });
});

describe('cache fingerprint', () => {
  it('changes with the dictionary file content, the region and the size limit', () => {
    const dir = tempDir();
    const dict = join(dir, 'extra.csv');
    writeFileSync(dict, 'as_written,canonical\n质监局,市场监管局\n');
    const a = optionsFingerprint({ departments: dict });
    expect(optionsFingerprint({ departments: dict })).toBe(a);
    writeFileSync(dict, 'as_written,canonical\n质监局,市场监督管理局\n');
    expect(optionsFingerprint({ departments: dict })).not.toBe(a);
    const base = optionsFingerprint({});
    expect(optionsFingerprint({ region: '广东省/江门市' })).not.toBe(base);
    expect(optionsFingerprint({ maxBytes: 1024 })).not.toBe(base);
    expect(optionsFingerprint({})).toBe(base);
  });
});
