// One file → its part of the dataset. Parsers produce a SourceDocument; everything
// from here on is format-blind.
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Allocation, Deadline, DocumentInfo, IndicatorRecord } from '../schemas/dataset.ts';
import { parseBytes, documentIdOf } from '../parsers/index.ts';
import { runChecks, checkStatedTotal } from './checks/index.ts';
import { documentTitle, tableFurniture, tableTitles } from './document.ts';
import { buildGrid, type Grid } from './grid/index.ts';
import { stitchTables } from './grid/stitch.ts';
import { detectLayout, type TableLayout } from './layout/index.ts';
import type { Diagnostic, SourceDocument } from './model.ts';
import { DEFAULT_MAX_BYTES } from './limits.ts';
import { diag } from './model.ts';
import { parseDeadlineNote } from './normalize/deadline.ts';
import { loadDepartmentDictionary, roleNoteFirstIsLead, type DepartmentDictionary } from './normalize/departments.ts';
import { detectRegion, documentYear } from './normalize/region.ts';
import { normalizeText } from './normalize/text.ts';
import { formFields } from './records/form.ts';
import { buildIndicatorRecords } from './records/indicators.ts';
import { buildAllocations } from './records/matrix.ts';
import { buildUnitAllocations } from './records/unit-targets.ts';

export interface ConvertOptions {
  dictionary: DepartmentDictionary;
  /** `--region` override, e.g. `广东省/江门市`. */
  region?: string;
  /** Files larger than this are refused (bytes). */
  maxBytes?: number;
}

export interface FileResult {
  document: DocumentInfo;
  records: IndicatorRecord[];
  allocations: Allocation[];
  diagnostics: Diagnostic[];
}

export { DEFAULT_MAX_BYTES };

let defaultDictionary: DepartmentDictionary | null = null;
export function defaultOptions(): ConvertOptions {
  defaultDictionary ??= loadDepartmentDictionary().value;
  return { dictionary: defaultDictionary };
}

function failed(file: string, documentId: string, format: DocumentInfo['format'], diagnostics: Diagnostic[]): FileResult {
  return {
    document: { documentId, file, format, title: null, region: { province: null, city: null, county: null }, year: null, yearEnd: null, fields: {}, tables: 0, status: 'failed' },
    records: [],
    allocations: [],
    diagnostics: diagnostics.map((d) => ({ ...d, file })),
  };
}

function tooLarge(file: string, size: number, max: number): FileResult {
  return failed(file, 'unknown', 'txt', [diag(null, 'error', 'file-too-large', `The file is ${Math.round(size / 1048576)} MB, over the ${Math.round(max / 1048576)} MB limit (--max-size).`)]);
}

function unreadable(file: string, err: unknown): FileResult {
  const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
  return failed(file, 'unknown', 'txt', [diag(null, 'error', 'file-unreadable', `The file cannot be read (${code}).`)]);
}

export async function convertFile(file: string, opts: ConvertOptions = defaultOptions()): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    const st = await stat(file);
    const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (st.size > max) return tooLarge(file, st.size, max);
    bytes = new Uint8Array(await readFile(file));
  } catch (err) {
    return unreadable(file, err);
  }
  return convertBytes(bytes, file, opts);
}

/**
 * convertFile with the file read synchronously, for batch workers: a worker thread
 * has nothing else to do while its file is read, and an async read of a small file
 * costs a round trip through libuv's pool in which the thread sits idle (≈20 % of a
 * worker's time on 2,000 small text files, measured with --cpu-prof).
 */
export async function convertFileReadSync(file: string, opts: ConvertOptions = defaultOptions()): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    const st = statSync(file);
    const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (st.size > max) return tooLarge(file, st.size, max);
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    return unreadable(file, err);
  }
  return convertBytes(bytes, file, opts);
}

export async function convertBytes(bytes: Uint8Array, file: string, opts: ConvertOptions = defaultOptions()): Promise<FileResult> {
  const parsed = await parseBytes(bytes, file);
  // The schema's formats: a spreadsheet of any kind (.xls, .et) is xlsx, a word processor's file LibreOffice converts is doc.
  const fmt = (['docx', 'pdf', 'txt', 'md', 'html', 'doc', 'xlsx'].includes(parsed.detected) ? parsed.detected : parsed.detected === 'unknown' ? 'txt' : parsed.detected === 'xls' ? 'xlsx' : 'doc') as DocumentInfo['format'];
  if (!parsed.value) return failed(file, documentIdOf(bytes), fmt, parsed.diagnostics);
  const res = convertDocument(parsed.value, opts);
  res.diagnostics.unshift(...parsed.diagnostics.map((d) => ({ ...d, file })));
  return res;
}

/** SourceDocument → records, allocations, document fields. */
export function convertDocument(src: SourceDocument, opts: ConvertOptions): FileResult {
  const diagnostics: Diagnostic[] = [];
  const id = src.documentId;
  const stitched = stitchTables(src.blocks, id);
  diagnostics.push(...stitched.diagnostics);
  const blocks = stitched.blocks;
  const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  const titles = tableTitles(blocks);
  const title = documentTitle(blocks);

  // Grids and layouts first: forms feed the region and fields.
  const tables: { grid: Grid; layout: TableLayout; index: number; before: string[]; after: string[] }[] = [];
  let before: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      before.push(b.text);
      const last = tables[tables.length - 1];
      if (last) last.after.push(b.text);
      continue;
    }
    const index = tables.length + 1;
    const g = buildGrid(b, { documentId: id, table: index });
    diagnostics.push(...g.diagnostics);
    tables.push({ grid: g.value, layout: detectLayout(g.value), index, before, after: [] });
    before = [];
  }
  const fields: Record<string, string> = {};
  for (const t of tables) {
    if (t.layout.kind !== 'form') continue;
    const f = formFields(t.grid);
    Object.assign(fields, f.fields);
    // Section labels and option lists are not field values; they are kept here, not dropped.
    for (const o of f.other) diagnostics.push(diag(id, 'info', 'form-text-kept', `Form table ${t.index} holds "${o}", which is a section label or the options of a choice, not a field value.`, { table: t.index }));
  }
  // A table's own furniture (a title row, `填报单位：…`, `单位：万元`, `填表人：…` rows): its pairs are document fields.
  const furnitureTitles = tables.map((t) => {
    const f = tableFurniture(t.grid, t.layout, t.index, fields);
    Object.assign(fields, f.fields);
    return f.title;
  });

  const tableTexts = tables.slice(0, 3).flatMap((t) => t.grid.cells.slice(0, 60).map((c) => normalizeText(c.lines)).filter(Boolean));
  const reg = detectRegion({ title, paragraphs: paragraphs.slice(0, 30), fields, tableTexts, documentId: id }, opts.region);
  diagnostics.push(...reg.diagnostics);
  const yr = documentYear([title ?? '', ...paragraphs.slice(0, 15)]);

  // Document-level deadline note (`注：以上工作要求在2017年4月前全部完成`).
  let noteDeadline: Deadline | null = null;
  for (const p of paragraphs) {
    const d = parseDeadlineNote(p);
    if (d) {
      noteDeadline = d;
      diagnostics.push(diag(id, 'info', 'deadline-note', `The note "${normalizeText(p).slice(0, 40)}" sets the deadline of rows that state none.`, {}));
      break;
    }
  }

  const records: IndicatorRecord[] = [];
  const allocations: Allocation[] = [];
  const deptTables = new Set<number>();
  for (const t of tables) {
    const loc = { table: t.index };
    // Rows above the header inside the table are its caption: the table title, or kept in a diagnostic.
    let caption: string | null = null;
    for (let r = 0; r < (t.layout.captionRows ?? 0); r++) {
      const text = [...new Set(t.grid.at[r]!.map((g) => normalizeText(g.lines)).filter(Boolean))].join(' ');
      if (!text) continue;
      caption ??= text;
      diagnostics.push(diag(id, 'info', 'caption-row', `Row ${r + 1} of table ${t.index} is a caption above the header: "${text.slice(0, 80)}".`, { table: t.index, row: r + 1 }));
    }
    if (t.layout.kind === 'indicator') {
      const firstIsLead = [...t.before, ...t.after.slice(0, 2)].some((p) => roleNoteFirstIsLead(p, opts.dictionary));
      if (t.layout.columns.some((m) => m?.field === 'departments')) deptTables.add(t.index);
      const out = buildIndicatorRecords(t.grid, t.layout, {
        documentId: id,
        file: src.file,
        format: src.format,
        table: t.index,
        tableTitle: titles[t.index - 1] ?? furnitureTitles[t.index - 1] ?? caption,
        region: reg.region,
        level: reg.level ?? '市',
        dictionary: opts.dictionary,
        firstIsLead,
        noteDeadline,
        year: yr.year,
      });
      for (const r of out.records) r.provenance.mode = t.grid.mode;
      records.push(...out.records);
      diagnostics.push(...out.diagnostics);
      // targets one column per unit give allocations too, as a matrix does
      const units = buildUnitAllocations(t.grid, t.layout, out.records, { documentId: id, file: src.file, format: src.format, table: t.index, dictionary: opts.dictionary });
      allocations.push(...units.allocations);
      diagnostics.push(...units.diagnostics);
      diagnostics.push(diag(id, 'info', 'table-mapped', `Table ${t.index} read as an indicator table (${t.layout.mappedBy === 'header' ? 'by its header' : 'by content, no header row'}): ${out.records.length} records; columns ${columnSummary(t.grid, t.layout)}.`, loc));
    } else if (t.layout.kind === 'matrix') {
      const out = buildAllocations(t.grid, t.layout, { documentId: id, file: src.file, format: src.format, table: t.index });
      allocations.push(...out.allocations);
      diagnostics.push(...out.diagnostics);
      diagnostics.push(diag(id, 'info', 'table-mapped', `Table ${t.index} read as a matrix of targets per unit: ${out.allocations.length} allocations; columns ${columnSummary(t.grid, t.layout)}.`, loc));
    } else if (t.layout.kind === 'form') {
      diagnostics.push(diag(id, 'info', 'table-mapped', `Table ${t.index} read as a form: its pairs are document fields.`, loc));
    } else {
      const texts = t.grid.cells.map((c) => normalizeText(c.lines)).filter(Boolean);
      diagnostics.push(
        diag(id, 'warning', 'table-not-understood', `Table ${t.index} (${t.grid.rows}×${t.grid.cols}) is neither an indicator list, a matrix nor a form; its ${texts.length} cells are kept here: ${texts.join(' | ').slice(0, 2000)}`, loc),
      );
    }
  }
  diagnostics.push(...runChecks(records, (table) => deptTables.has(table)));
  diagnostics.push(...checkStatedTotal(records, paragraphs, id));
  if (!tables.length) diagnostics.push(diag(id, 'info', 'no-tables', 'The document holds no table; only its paragraphs were read.', {}));

  const document: DocumentInfo = {
    documentId: id,
    file: src.file,
    format: src.format,
    title,
    region: reg.region,
    year: yr.year,
    yearEnd: yr.yearEnd,
    fields,
    tables: tables.length,
    status: 'ok',
  };
  return { document, records, allocations, diagnostics: diagnostics.map((d) => ({ ...d, file: src.file })) };
}

/** `1 "指标项" → dimension, 2 "牵头部门" → departments (lead), …`: the header cells themselves, kept. */
function columnSummary(grid: Grid, layout: TableLayout): string {
  const parts: string[] = [];
  for (let c = 0; c < grid.cols; c++) {
    const head = [...new Set(Array.from({ length: layout.headerRows }, (_, r) => normalizeText(grid.at[r]![c]!.lines)).filter(Boolean))].join(' / ');
    const m = layout.columns[c];
    const target = m ? `${m.field}${m.role ? ` (${m.role})` : ''}` : 'unmapped';
    parts.push(`${c + 1}${head ? ` "${head}"` : ''} → ${target}`);
  }
  return parts.join(', ');
}
