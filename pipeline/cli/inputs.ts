// Expands the command line's files and folders into a sorted list of input files.
import { open, readdir, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { INPUT_EXTENSIONS } from '../../parsers/detect.ts';
import { ALLOCATION_COLUMNS, RECORD_COLUMNS } from '../output/csv.ts';

// govtables' own CSV outputs, recognised by their header line (after the BOM): a folder
// walk must not read a previous run's records.csv/allocations.csv as input tables.
const OUTPUT_HEADERS = [RECORD_COLUMNS.join(','), ALLOCATION_COLUMNS.join(',')];

async function isOwnOutput(file: string): Promise<boolean> {
  const fh = await open(file, 'r').catch(() => null);
  if (!fh) return false;
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
    const first = head.split(/\r?\n/, 1)[0] ?? '';
    return OUTPUT_HEADERS.includes(first);
  } finally {
    await fh.close();
  }
}

/**
 * Files of the command line, folders walked (sorted, hidden entries left out). A CSV
 * found in a folder that is one of govtables' own outputs (records.csv, allocations.csv)
 * is listed in `skipped`, not converted; a file named on the command line is always taken.
 */
export async function expandInputs(paths: string[]): Promise<{ files: string[]; missing: string[]; skipped: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
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
        else if (s && INPUT_EXTENSIONS.includes(extname(e).toLowerCase())) {
          if (extname(e).toLowerCase() === '.csv' && (await isOwnOutput(full))) skipped.push(full);
          else files.push(full);
        }
      }
    } else files.push(p);
  }
  for (const p of paths) await walk(p);
  return { files: [...new Set(files)], missing, skipped: [...new Set(skipped)] };
}
