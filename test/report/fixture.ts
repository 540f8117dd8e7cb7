// Converts the seeds once into a temp folder (dataset.json etc.) for the report and load tests.
import { existsSync, mkdtempSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertFile, defaultOptions } from '../../pipeline/convert.ts';
import { assemble, writeDataset } from '../../pipeline/output/write.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SEEDS = join(process.env.GOVTABLES_SHARED ?? resolve(ROOT, '..', 'shared'), 'seeds');
export const haveSeeds = existsSync(SEEDS);

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Converts the given files (default: every seed) into a new temp folder; returns it. */
export async function convertSeeds(files?: string[]): Promise<string> {
  const list = files ?? (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
  const opts = defaultOptions();
  const results = [];
  for (const f of list) results.push(await convertFile(f, opts));
  const out = tempDir('govtables-out-');
  await writeDataset(out, assemble(results));
  return out;
}
