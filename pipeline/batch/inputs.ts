// Input files with the root they were found under (for --shard), in the same order
// and with the same de-duplication as the CLI's expandInputs.
import { basename, relative } from 'node:path';
import { stat } from 'node:fs/promises';
import { expandInputs } from '../cli/inputs.ts';

export interface InputFile {
  file: string;
  /** Path relative to the command-line argument it came from (the base name for a file argument). */
  relative: string;
}

export async function collectInputs(paths: string[]): Promise<{ files: InputFile[]; missing: string[]; skipped: string[] }> {
  const seen = new Set<string>();
  const files: InputFile[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    const ex = await expandInputs([p]);
    missing.push(...ex.missing);
    skipped.push(...ex.skipped);
    const isDir = ex.files.length ? (await stat(p).catch(() => null))?.isDirectory() ?? false : false;
    for (const f of ex.files) {
      if (seen.has(f)) continue;
      seen.add(f);
      files.push({ file: f, relative: isDir ? relative(p, f) : basename(f) });
    }
  }
  return { files, missing, skipped };
}
