// Streaming form of writeDataset: files are added one at a time (already in output
// order) and never held together, so memory stays flat however large the batch.
// The bytes are the same as writeDataset(dir, assemble(results)): dataset.json is
// JSON.stringify(ds, null, 2) rebuilt piecewise, the CSVs are fast-csv chunks.
//
// Everything is written inside a private temp folder in the output folder (same
// file system) and only renamed into place by finish(), one rename per file after
// all four are complete, so an interrupted run leaves the previous dataset intact.
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { writeToString } from '@fast-csv/format';
import { SCHEMA_VERSION } from '../../schemas/dataset.ts';
import type { FileResult } from '../convert.ts';
import { ALLOCATION_COLUMNS, allocationRow, RECORD_COLUMNS, recordRow, toCsv } from './csv.ts';
import { VERSION } from './write.ts';

export const DATASET_FILES = ['dataset.json', 'records.jsonl', 'records.csv', 'allocations.csv'] as const;

const ARRAYS = ['documents', 'records', 'allocations', 'diagnostics'] as const;
type ArrayName = (typeof ARRAYS)[number];
const CSV_OPTIONS = { quoteColumns: false, rowDelimiter: '\r\n', includeEndRowDelimiter: true } as const;
const FLUSH_AT = 1 << 20;

/** Appends text or bytes to a file, buffering up to ~1 MB between writes. */
class Sink {
  private buf: Buffer[] = [];
  private size = 0;
  count = 0;
  constructor(private fh: FileHandle) {}
  static async create(path: string): Promise<Sink> {
    return new Sink(await open(path, 'w'));
  }
  async push(s: string | Uint8Array): Promise<void> {
    if (!s.length) return;
    const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s.buffer, s.byteOffset, s.byteLength);
    this.buf.push(b);
    this.size += b.length;
    if (this.size >= FLUSH_AT) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.buf.length) return;
    const b = this.buf.length === 1 ? this.buf[0]! : Buffer.concat(this.buf, this.size);
    this.buf = [];
    this.size = 0;
    await this.fh.write(b);
  }
  async close(): Promise<void> {
    await this.flush();
    await this.fh.close();
  }
}

const WRAP_HEAD = '{\n  "a": [\n';
const WRAP_TAIL = '\n  ]\n}';

/**
 * The elements of a top-level array as JSON.stringify(ds, null, 2) prints them (depth 2,
 * separated by `,\n`): the array is printed inside a one-key object, so V8 indents it
 * at the right depth in one call, and the wrapper's first and last lines are cut off.
 * (Printing each element and re-indenting its lines with a regex took 6 % of a worker.)
 */
function elements(list: readonly unknown[]): string {
  if (list.length === 0) return '';
  const s = JSON.stringify({ a: list }, null, 2);
  return s.slice(WRAP_HEAD.length, s.length - WRAP_TAIL.length);
}

/**
 * One file's share of each output file, rendered as the writer would print it.
 * Batch workers render their own files, so the main thread only concatenates:
 * serialising is most of the writing work and would otherwise run on one core.
 * The parts are text, or the same text's UTF-8 bytes (as batch/rendered.ts reads
 * them back from a worker's spool file without decoding).
 */
export const FRAGMENT_PARTS = ['documents', 'records', 'allocations', 'diagnostics', 'jsonl', 'recordsCsv', 'allocationsCsv'] as const;
export type FragmentPart = (typeof FRAGMENT_PARTS)[number];
export type Fragments = { counts: Record<ArrayName, number> } & Record<FragmentPart, string | Uint8Array>;

export async function renderFragments(r: FileResult): Promise<Fragments & Record<FragmentPart, string>> {
  const arrays: Record<ArrayName, unknown[]> = { documents: [r.document], records: r.records, allocations: r.allocations, diagnostics: r.diagnostics };
  const f = { counts: {} } as Fragments & Record<FragmentPart, string>;
  for (const a of ARRAYS) {
    f.counts[a] = arrays[a].length;
    f[a] = elements(arrays[a]);
  }
  f.jsonl = r.records.map((x) => JSON.stringify(x) + '\n').join('');
  // writeToString([]) would still print a row delimiter: empty stays empty.
  f.recordsCsv = r.records.length ? await writeToString(r.records.map(recordRow), CSV_OPTIONS) : '';
  f.allocationsCsv = r.allocations.length ? await writeToString(r.allocations.map(allocationRow), CSV_OPTIONS) : '';
  return f;
}

export class DatasetStreamWriter {
  private closed = false;
  private constructor(
    readonly dir: string,
    private readonly tmp: string,
    private readonly parts: Record<ArrayName, Sink>,
    private readonly jsonl: Sink,
    private readonly recordsCsv: Sink,
    private readonly allocationsCsv: Sink,
  ) {}

  /** `tmp` must be a fresh folder on the same file system as `dir` (it is removed by finish/abort). */
  static async open(dir: string, tmp: string, opts: { bom?: boolean } = {}): Promise<DatasetStreamWriter> {
    await mkdir(dir, { recursive: true });
    await mkdir(tmp, { recursive: true });
    const parts = {} as Record<ArrayName, Sink>;
    for (const a of ARRAYS) parts[a] = await Sink.create(join(tmp, `${a}.part`));
    const w = new DatasetStreamWriter(
      dir,
      tmp,
      parts,
      await Sink.create(join(tmp, 'records.jsonl')),
      await Sink.create(join(tmp, 'records.csv')),
      await Sink.create(join(tmp, 'allocations.csv')),
    );
    await w.recordsCsv.push(await toCsv(RECORD_COLUMNS, [], opts.bom ?? true));
    await w.allocationsCsv.push(await toCsv(ALLOCATION_COLUMNS, [], opts.bom ?? true));
    return w;
  }

  /** Adds one file's result; call in output order (assemble's order: by document file path). */
  async add(r: FileResult): Promise<void> {
    await this.addFragments(await renderFragments(r));
  }

  /** Adds one file's pre-rendered output (renderFragments, run in a batch worker); same bytes as add(). */
  async addFragments(f: Fragments): Promise<void> {
    for (const a of ARRAYS) {
      if (!f.counts[a]) continue;
      const p = this.parts[a];
      if (p.count) await p.push(',\n');
      await p.push(f[a]);
      p.count += f.counts[a];
    }
    await this.jsonl.push(f.jsonl);
    await this.recordsCsv.push(f.recordsCsv);
    await this.allocationsCsv.push(f.allocationsCsv);
  }

  /** Writes dataset.json from the parts, then renames the four files into place. */
  async finish(beforeRename?: () => void): Promise<string[]> {
    for (const s of [...Object.values(this.parts), this.jsonl, this.recordsCsv, this.allocationsCsv]) await s.close();
    const head = JSON.stringify({ schemaVersion: SCHEMA_VERSION, generator: { name: 'govtables', version: VERSION } }, null, 2);
    const out = await Sink.create(join(this.tmp, 'dataset.json'));
    await out.push(head.slice(0, head.lastIndexOf('\n}')));
    for (const a of ARRAYS) {
      const n = this.parts[a].count;
      await out.push(`,\n  "${a}": ${n ? '[\n' : '[]'}`);
      if (n) {
        await out.flush();
        for await (const chunk of createReadStream(join(this.tmp, `${a}.part`), { highWaterMark: FLUSH_AT })) await out.push(chunk as Buffer);
        await out.push('\n  ]');
      }
    }
    await out.push('\n}\n');
    await out.close();
    beforeRename?.();
    // The renames are the only step that touches the visible dataset; they follow each other immediately.
    for (const f of DATASET_FILES) await rename(join(this.tmp, f), join(this.dir, f));
    this.closed = true;
    await rm(this.tmp, { recursive: true, force: true });
    return DATASET_FILES.map((f) => join(this.dir, f));
  }

  async abort(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const s of [...Object.values(this.parts), this.jsonl, this.recordsCsv, this.allocationsCsv]) await s.close().catch(() => undefined);
    await rm(this.tmp, { recursive: true, force: true });
  }
}
