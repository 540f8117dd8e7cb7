// Shared test helpers: where ../shared is, and a one-call conversion to a temp folder.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SHARED = process.env.GOVTABLES_SHARED ?? resolve(ROOT, '..', 'shared');
export const SEEDS = join(SHARED, 'seeds');
export const GOLD = join(SHARED, 'gold');
export const hasShared = existsSync(SEEDS);

export function tempDir(prefix = 'govtables-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
