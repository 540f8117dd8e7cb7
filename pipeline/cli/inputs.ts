// Expands the command line's files and folders into a sorted list of input files.
import { readdir, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { INPUT_EXTENSIONS } from '../../parsers/detect.ts';

export async function expandInputs(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  async function walk(p: string): Promise<void> {
    let st;
    try {
      st = await stat(p);
    } catch {
      missing.push(p);
      return;
    }
    if (st.isDirectory()) {
      const entries = (await readdir(p)).sort();
      for (const e of entries) {
        if (e.startsWith('.')) continue;
        const full = join(p, e);
        const s = await stat(full).catch(() => null);
        if (s?.isDirectory()) await walk(full);
        else if (s && INPUT_EXTENSIONS.includes(extname(e).toLowerCase())) files.push(full);
      }
    } else files.push(p);
  }
  for (const p of paths) await walk(p);
  return { files: [...new Set(files)], missing };
}
