// `govtables report <dir>`: a static review site in <dir>/report/ built from
// <dir>/dataset.json and the source files it names. index.html (+ index-N.html)
// lists documents 100 per page; docs/<n>-<id>.html shows each document's repaired
// grids beside its records, and its diagnostics linked to their cells;
// diagnostics.html (+ -N) lists every diagnostic, 500 per page.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Dataset, DocumentInfo, IndicatorRecord, Allocation } from '../../schemas/dataset.ts';
import { DatasetSchema } from '../../schemas/dataset.ts';
import type { Diagnostic } from '../model.ts';
import { documentGrids, MARK_LEGEND, slotMarks, type Mark, type ReportInputs, type ReportTable } from './grids.ts';
import { anchorId, controls, esc, page, pager } from './html.ts';
import { normalizeText } from '../normalize/text.ts';

export type { ReportInputs } from './grids.ts';

export const DOCS_PER_PAGE = 100;
export const DIAGNOSTICS_PER_PAGE = 500;

export interface ReportSummary {
  /** Path of report/index.html. */
  index: string;
  pages: number;
  documents: number;
  /** Documents whose source file could not be re-read (grids not drawn). */
  missingSources: number;
}

interface DocEntry {
  doc: DocumentInfo;
  /** 1-based position in dataset.documents. */
  n: number;
  page: string;
  records: IndicatorRecord[];
  allocations: Allocation[];
  diagnostics: Diagnostic[];
}

export const unknownDepartment = (r: IndicatorRecord) => r.departments.some((d) => !d.known);
/** A deadline cell was there but no date could be read from it. */
export const unparsedDeadline = (r: IndicatorRecord) => r.deadline !== null && r.deadline.kind === 'unspecified';

const safeId = (s: string) => s.replace(/[^0-9A-Za-z_-]/g, '_').slice(0, 40);
const indexName = (n: number) => (n === 1 ? 'index.html' : `index-${n}.html`);
const diagName = (n: number) => (n === 1 ? 'diagnostics.html' : `diagnostics-${n}.html`);

function groupEntries(ds: Dataset): DocEntry[] {
  const entries: DocEntry[] = ds.documents.map((doc, i) => ({
    doc,
    n: i + 1,
    page: `docs/${String(i + 1).padStart(4, '0')}-${safeId(doc.documentId)}.html`,
    records: [],
    allocations: [],
    diagnostics: [],
  }));
  // Rows are matched to documents by file path (unique per document; ids repeat for failed files).
  const byFile = new Map<string, DocEntry>();
  for (const e of entries) if (!byFile.has(e.doc.file)) byFile.set(e.doc.file, e);
  const byId = new Map<string, DocEntry>();
  for (const e of entries) if (!byId.has(e.doc.documentId)) byId.set(e.doc.documentId, e);
  const find = (file: string | null | undefined, id: string | null | undefined) => (file ? byFile.get(file) : undefined) ?? (id ? byId.get(id) : undefined);
  for (const r of ds.records) find(r.provenance?.file, r.documentId)?.records.push(r);
  for (const a of ds.allocations) find(a.provenance?.file, a.documentId)?.allocations.push(a);
  for (const d of ds.diagnostics) find(d.file, d.documentId)?.diagnostics.push(d as Diagnostic);
  return entries;
}

function counts(diags: Diagnostic[]) {
  return {
    error: diags.filter((d) => d.severity === 'error').length,
    warning: diags.filter((d) => d.severity === 'warning').length,
    info: diags.filter((d) => d.severity === 'info').length,
  };
}

function regionText(doc: DocumentInfo): string {
  return [doc.region.province, doc.region.city, doc.region.county].filter(Boolean).join(' ');
}

function locationText(d: Diagnostic): string {
  const l = d.location ?? {};
  const parts: string[] = [];
  if (l.table) parts.push(`table ${l.table}`);
  if (l.row) parts.push(`row ${l.row}`);
  if (l.column) parts.push(`col ${l.column}`);
  if (l.page) parts.push(`p. ${l.page}`);
  return parts.join(', ');
}

/** Link to the diagnostic's cell (or row, or table) on its document page. */
function diagLink(d: Diagnostic, pagePrefix: string, hasGrid: (table: number) => boolean): string {
  const l = d.location ?? {};
  const id = l.table && hasGrid(l.table) ? anchorId(l.table, l.row, l.column) : null;
  const text = locationText(d) || '—';
  return id ? `<a class="cell-link" href="${esc(pagePrefix)}#${id}">${esc(text)}</a>` : esc(text);
}

function diagnosticsTable(tableId: string, diags: Diagnostic[], link: (d: Diagnostic) => string, docLabel?: (d: Diagnostic) => string): string {
  const rows = diags.map((d) => {
    const doc = docLabel ? `<td>${docLabel(d)}</td>` : '';
    return `<tr data-sev="${esc(d.severity)}" data-code="${esc(d.code)}"${docLabel ? ` data-doc="${esc(d.file ?? d.documentId ?? '')}"` : ''}>${doc}<td class="sev-${esc(d.severity)}">${esc(d.severity)}</td><td><code>${esc(d.code)}</code></td><td>${esc(d.message)}</td><td>${link(d)}</td></tr>`;
  });
  return `<table id="${esc(tableId)}" class="diags"><thead><tr>${docLabel ? '<th>document</th>' : ''}<th>severity</th><th>code</th><th>message</th><th>location</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function severityOptions() {
  return ['error', 'warning', 'info'].map((s) => ({ value: s, label: s }));
}

function codeOptions(diags: Diagnostic[]) {
  return [...new Set(diags.map((d) => d.code))].sort().map((c) => ({ value: c, label: c }));
}

// ---------------------------------------------------------------- index pages

function indexPage(entries: DocEntry[], all: DocEntry[], pageNo: number, pages: number, ds: Dataset): string {
  const diags = ds.diagnostics as Diagnostic[];
  const c = counts(diags);
  const unknown = ds.records.filter(unknownDepartment).length;
  const unparsed = ds.records.filter(unparsedDeadline).length;
  const failed = ds.documents.filter((d) => d.status === 'failed').length;
  const totals = `<table class="totals"><tbody>
<tr><th>documents</th><td class="num" data-total="documents">${ds.documents.length}</td><th>failed</th><td class="num" data-total="failed">${failed}</td></tr>
<tr><th>records</th><td class="num" data-total="records">${ds.records.length}</td><th>allocations</th><td class="num" data-total="allocations">${ds.allocations.length}</td></tr>
<tr><th>errors</th><td class="num" data-total="error">${c.error}</td><th>warnings</th><td class="num" data-total="warning">${c.warning}</td></tr>
<tr><th>info</th><td class="num" data-total="info">${c.info}</td><th>diagnostics</th><td class="num" data-total="diagnostics">${diags.length}</td></tr>
<tr><th>records with unknown departments</th><td class="num" data-total="unknown-departments">${unknown}</td><th>records with unparsed deadlines</th><td class="num" data-total="unparsed-deadlines">${unparsed}</td></tr>
</tbody></table>`;
  const rows = entries.map((e) => {
    const k = counts(e.diagnostics);
    const u = e.records.filter(unknownDepartment).length;
    const p = e.records.filter(unparsedDeadline).length;
    const worst = k.error ? 'error' : k.warning ? 'warning' : k.info ? 'info' : 'none';
    return `<tr data-doc-id="${esc(e.doc.documentId)}" data-status="${esc(e.doc.status)}" data-worst="${worst}" data-haserror="${k.error ? 1 : 0}" data-haswarning="${k.warning ? 1 : 0}" data-unknown="${u ? 1 : 0}" data-unparsed="${p ? 1 : 0}">
<td class="num">${e.n}</td><td><a href="${esc(e.page)}">${esc(e.doc.title ?? e.doc.file)}</a><div class="muted">${esc(e.doc.file)}</div></td><td>${esc(regionText(e.doc))}</td><td>${esc(e.doc.format)}</td><td class="status-${esc(e.doc.status)}">${esc(e.doc.status)}</td>
<td class="num" data-count="tables">${e.doc.tables}</td><td class="num" data-count="records">${e.records.length}</td><td class="num" data-count="allocations">${e.allocations.length}</td>
<td class="num sev-error" data-count="error">${k.error}</td><td class="num sev-warning" data-count="warning">${k.warning}</td><td class="num" data-count="info">${k.info}</td>
<td class="num" data-count="unknown-departments">${u}</td><td class="num" data-count="unparsed-deadlines">${p}</td></tr>`;
  });
  const body = `<h1>Review report</h1>
<p class="muted">generated by govtables ${esc(ds.generator.version)} from dataset.json (schema ${esc(ds.schemaVersion)}). <a href="${diagName(1)}">All diagnostics</a></p>
${totals}
<h2>Documents ${(pageNo - 1) * DOCS_PER_PAGE + 1}–${(pageNo - 1) * DOCS_PER_PAGE + entries.length} of ${all.length}</h2>
${pager(pageNo, pages, indexName)}
${controls('documents', [
  { key: 'status', label: 'status', kind: 'select', options: [{ value: 'ok', label: 'ok' }, { value: 'failed', label: 'failed' }] },
  { key: 'haserror', label: 'with errors', kind: 'checkbox' },
  { key: 'haswarning', label: 'with warnings', kind: 'checkbox' },
  { key: 'unknown', label: 'unknown departments', kind: 'checkbox' },
  { key: 'unparsed', label: 'unparsed deadlines', kind: 'checkbox' },
  { key: 'q', label: 'search', kind: 'search' },
])}
<table id="documents"><thead><tr><th>#</th><th>document</th><th>region</th><th>format</th><th>status</th><th>tables</th><th>records</th><th>allocations</th><th>errors</th><th>warnings</th><th>info</th><th>unknown depts</th><th>unparsed deadlines</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
${pager(pageNo, pages, indexName)}`;
  return page(pageNo === 1 ? 'govtables review report' : `govtables review report — page ${pageNo}`, body, { root: '' });
}

function diagnosticsPage(all: { d: Diagnostic; e: DocEntry | undefined }[], pageNo: number, pages: number, hasGrid: (e: DocEntry, t: number) => boolean): string {
  const diags = all.map((x) => x.d);
  const entryOf = new Map(all.map((x) => [x.d, x.e]));
  const docs = [...new Map(all.filter((x) => x.e).map((x) => [x.e!.doc.file, x.e!])).values()];
  const body = `<h1>Diagnostics</h1>
${pager(pageNo, pages, diagName)}
${controls('all-diagnostics', [
  { key: 'doc', label: 'document', kind: 'select', options: docs.map((e) => ({ value: e.doc.file, label: `${e.n}. ${e.doc.title ?? e.doc.file}`.slice(0, 60) })) },
  { key: 'sev', label: 'severity', kind: 'select', options: severityOptions() },
  { key: 'code', label: 'code', kind: 'select', options: codeOptions(diags) },
  { key: 'q', label: 'search', kind: 'search' },
])}
${diagnosticsTable(
  'all-diagnostics',
  diags,
  (d) => {
    const e = entryOf.get(d);
    return e ? diagLink(d, e.page, (t) => hasGrid(e, t)) : esc(locationText(d));
  },
  (d) => {
    const e = entryOf.get(d);
    return e ? `<a href="${esc(e.page)}">${e.n}. ${esc((e.doc.title ?? e.doc.file).slice(0, 40))}</a>` : esc(d.file ?? '');
  },
)}
${pager(pageNo, pages, diagName)}`;
  return page(`Diagnostics ${pageNo}`, body, { root: '' });
}

// ---------------------------------------------------------------- document pages

function cellText(lines: string[]): string {
  return normalizeText(lines);
}

function gridHtml(t: ReportTable, records: IndicatorRecord[], recordRows: Map<number, IndicatorRecord[]>): string {
  const inheritedText = new Map<string, string>();
  const marks = slotMarks(t, records, inheritedText);
  const { grid, layout } = t;
  const head = `<tr><th></th>${layout.columns.map((m, c) => `<th>${c + 1}${m ? `<div class="muted">${esc(m.field + (m.role ? `:${m.role}` : ''))}</div>` : ''}</th>`).join('')}</tr>`;
  const rows: string[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const recs = recordRows.get(r + 1) ?? [];
    const rowLabel = recs.length ? recs.map((x) => `<a href="#rec-${esc(x.id)}">${r + 1}</a>`).join('') : String(r + 1);
    const tds: string[] = [`<td class="rowno">${rowLabel}</td>`];
    for (let c = 0; c < grid.cols; c++) {
      const g = grid.at[r]![c]!;
      const ms = marks.get(`${r},${c}`) ?? [];
      const cover = g.r !== r || g.c !== c;
      const cls = [r < layout.headerRows ? 'head' : '', ...ms.map((m) => `m-${m}`), cover ? 'cover' : ''].filter(Boolean).join(' ');
      const symbols = ms
        .map((m) => (m === 'merged' && !cover ? '' : m === 'merged' ? (g.r !== r ? '↓' : '→') : MARK_LEGEND[m].symbol))
        .filter(Boolean)
        .map((s) => `<span class="mk">${s}</span>`)
        .join('');
      const origin = cover ? ` title="${esc(`from the merged cell at row ${g.r + 1}, column ${g.c + 1}`)}"` : ms.length ? ` title="${esc(ms.join(', '))}"` : '';
      const inh = inheritedText.get(`${r},${c}`);
      const text = inh && !cellText(g.lines) ? `<span class="inh">${esc(normalizeText([inh]))}</span>` : esc(cellText(g.lines));
      tds.push(`<td id="t${t.index}-r${r + 1}-c${c + 1}"${cls ? ` class="${cls}"` : ''} data-marks="${ms.join(' ')}"${origin}>${symbols}${text}</td>`);
    }
    rows.push(`<tr id="t${t.index}-r${r + 1}">${tds.join('')}</tr>`);
  }
  return `<table class="grid" id="grid-t${t.index}"><thead>${head}</thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function legend(): string {
  return `<div class="legend muted">legend:${(Object.keys(MARK_LEGEND) as Mark[]).map((m) => `<span class="sw m-${m}"></span>${MARK_LEGEND[m].symbol} ${esc(m)} — ${esc(MARK_LEGEND[m].text)}`).join('')}</div>`;
}

function recordSummary(r: IndicatorRecord): string {
  const parts: [string, string | null][] = [
    ['dimension', r.dimension],
    ['indicator', [r.indicatorCode, r.indicator].filter(Boolean).join(' ') || null],
    ['criterion', r.criterion],
    ['aspect', r.aspect],
    ['task', [r.taskCode, r.task].filter(Boolean).join(' ') || null],
    ['baseline', r.baseline],
    ['target', r.target],
    ['points', [r.dimensionPoints, r.indicatorPoints, r.criterionPoints].some((x) => x !== null) ? [r.dimensionPoints, r.indicatorPoints, r.criterionPoints].map((x) => x ?? '–').join(' / ') : null],
    ['notes', r.notes],
  ];
  return parts
    .filter(([, v]) => v)
    .map(([k, v]) => `<div><span class="muted">${k}:</span> ${esc(v)}</div>`)
    .join('');
}

function recordsTable(tableId: string, recs: IndicatorRecord[]): string {
  const rows = recs.map((r) => {
    const depts = r.departments.map((d) => `<span${d.known ? '' : ' class="sev-error" title="not in the department dictionary"'}>${esc(d.name)}<span class="muted">(${esc(d.role)})</span></span>`).join('、');
    const dl = r.deadline ? `${esc(r.deadline.raw)}<div class="muted">${esc(r.deadline.kind)}${r.deadline.end ? ` → ${esc(r.deadline.end)}` : ''}</div>` : '';
    const row = r.provenance.rows?.[0];
    const cls = [unknownDepartment(r) ? 'unknown-dept' : '', unparsedDeadline(r) ? 'unparsed' : ''].filter(Boolean).join(' ');
    return `<tr id="rec-${esc(r.id)}"${cls ? ` class="${cls}"` : ''} data-unknown="${unknownDepartment(r) ? 1 : 0}" data-unparsed="${unparsedDeadline(r) ? 1 : 0}">
<td class="num">${row ? `<a href="#t${r.table}-r${row}">${r.seq}</a>` : r.seq}</td><td>${recordSummary(r)}</td><td class="depts">${depts}</td><td class="deadline">${dl}</td><td>${r.flags.map((f) => `<code>${esc(f)}</code>`).join(' ')}</td></tr>`;
  });
  return `<table id="${esc(tableId)}" class="records"><thead><tr><th>seq</th><th>record</th><th>departments</th><th>deadline</th><th>flags</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function allocationsTable(allocs: Allocation[]): string {
  if (!allocs.length) return '';
  const rows = allocs.map((a) => `<tr><td class="num"><a href="#t${a.table}-r${a.provenance.rows[0]}">${a.seq}</a></td><td>${esc(a.metric)}</td><td>${esc(a.assignee)}</td><td class="num">${esc(a.comparator ?? '')}${esc(a.value ?? '')}</td><td>${esc(a.unit ?? '')}</td><td>${esc(a.raw)}</td></tr>`);
  return `<h3>Allocations (${allocs.length})</h3><table class="allocations"><thead><tr><th>seq</th><th>metric</th><th>assignee</th><th>value</th><th>unit</th><th>raw</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function documentPage(e: DocEntry, grids: Awaited<ReturnType<typeof documentGrids>>, indexPageNo: number): string {
  const d = e.doc;
  const k = counts(e.diagnostics);
  const tablesDrawn = new Set(grids.tables.map((t) => t.index));
  const recTables = new Set([...e.records.map((r) => r.table), ...e.allocations.map((a) => a.table), ...grids.tables.map((t) => t.index)]);
  const sections: string[] = [];
  for (const ti of [...recTables].sort((a, b) => a - b)) {
    const t = grids.tables.find((x) => x.index === ti);
    const recs = e.records.filter((r) => r.table === ti);
    const allocs = e.allocations.filter((a) => a.table === ti);
    const recordRows = new Map<number, IndicatorRecord[]>();
    for (const r of recs) {
      const row = r.provenance.rows?.[0];
      if (row) recordRows.set(row, [...(recordRows.get(row) ?? []), r]);
    }
    const title = recs[0]?.tableTitle;
    const about = t ? `${t.grid.rows} rows × ${t.grid.cols} columns, ${esc(t.grid.mode)}, read as <b>${esc(t.layout.kind)}</b> (mapped by ${esc(t.layout.mappedBy)}), header rows ${t.layout.headerRows}` : 'grid not available';
    const gridPart = t ? `<div class="gridwrap">${gridHtml(t, recs, recordRows)}</div>` : `<div class="gridwrap problem">The repaired grid of this table is not available.</div>`;
    const recPart = `<div class="recwrap"><h3>Records from table ${ti} (${recs.length})</h3>${
      recs.length
        ? `${controls(`records-t${ti}`, [
            { key: 'unknown', label: 'unknown departments', kind: 'checkbox' },
            { key: 'unparsed', label: 'unparsed deadlines', kind: 'checkbox' },
            { key: 'q', label: 'search', kind: 'search' },
          ])}${recordsTable(`records-t${ti}`, recs)}`
        : '<p class="muted">none</p>'
    }${allocationsTable(allocs)}</div>`;
    sections.push(`<section id="t${ti}"><h2>Table ${ti}${title ? ` — ${esc(title)}` : ''}</h2><p class="muted">${about}</p>${t ? legend() : ''}<div class="pair">${gridPart}${recPart}</div></section>`);
  }
  const body = `<h1>${esc(d.title ?? d.file)}</h1>
<table class="meta"><tbody>
<tr><th>file</th><td>${esc(d.file)}</td></tr>
<tr><th>document id</th><td><code>${esc(d.documentId)}</code></td></tr>
<tr><th>region</th><td>${esc(regionText(d))}</td></tr>
<tr><th>year</th><td>${esc(d.year ?? '')}${d.yearEnd && d.yearEnd !== d.year ? `–${esc(d.yearEnd)}` : ''}</td></tr>
<tr><th>format</th><td>${esc(d.format)}</td></tr>
<tr><th>status</th><td class="status-${esc(d.status)}" data-doc="status">${esc(d.status)}</td></tr>
<tr><th>counts</th><td>tables <b data-doc="tables">${d.tables}</b>, records <b data-doc="records">${e.records.length}</b>, allocations <b data-doc="allocations">${e.allocations.length}</b>, errors <b data-doc="error">${k.error}</b>, warnings <b data-doc="warning">${k.warning}</b>, info <b data-doc="info">${k.info}</b></td></tr>
${Object.entries(d.fields)
  .map(([f, v]) => `<tr><th>${esc(f)}</th><td>${esc(v)}</td></tr>`)
  .join('\n')}
</tbody></table>
${grids.problem ? `<div class="problem" data-problem>${esc(grids.problem)}</div>` : ''}
<h2>Diagnostics (${e.diagnostics.length})</h2>
${controls('doc-diagnostics', [
  { key: 'sev', label: 'severity', kind: 'select', options: severityOptions() },
  { key: 'code', label: 'code', kind: 'select', options: codeOptions(e.diagnostics) },
  { key: 'q', label: 'search', kind: 'search' },
])}
${diagnosticsTable('doc-diagnostics', e.diagnostics, (x) => diagLink(x, '', (t) => tablesDrawn.has(t)))}
${sections.join('\n')}`;
  return page(d.title ?? d.file, body, { root: '../', nav: `<a href="../${indexName(indexPageNo)}">documents</a>` });
}

// ---------------------------------------------------------------- entry

async function readDatasetFile(path: string): Promise<Dataset> {
  const json = JSON.parse(await readFile(path, 'utf8')) as unknown;
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`${path} does not match the dataset schema (${i?.path.join('.')}: ${i?.message})`);
  }
  return parsed.data;
}

/**
 * Writes the review site into `<outDir>/report/` and returns where. The dataset is read from
 * `datasetPath`; source files named in it are re-read (or taken from `inputs.sources`) to draw
 * the repaired grids. Output is deterministic: same inputs, same bytes.
 */
export async function writeReport(outDir: string, datasetPath: string, inputs: ReportInputs = {}): Promise<ReportSummary> {
  const ds = await readDatasetFile(datasetPath);
  const root = join(outDir, 'report');
  // Pages of an earlier, larger report would linger and mislead.
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, 'docs'), { recursive: true });
  const base: ReportInputs = { baseDir: inputs.baseDir ?? dirname(datasetPath), ...(inputs.sources ? { sources: inputs.sources } : {}) };
  const entries = groupEntries(ds);
  const pages = Math.max(1, Math.ceil(entries.length / DOCS_PER_PAGE));
  let written = 0;
  let missing = 0;
  const drawn = new Map<DocEntry, Set<number>>();
  for (const e of entries) {
    const grids =
      e.doc.status === 'failed'
        ? { tables: [], problem: 'The file failed to convert; see its diagnostics.', changed: false }
        : await documentGrids(e.doc.file, e.doc.documentId, base);
    if (e.doc.status !== 'failed' && !grids.tables.length && grids.problem) missing++;
    drawn.set(e, new Set(grids.tables.map((t) => t.index)));
    await writeFile(join(root, e.page), documentPage(e, grids, Math.floor((e.n - 1) / DOCS_PER_PAGE) + 1));
    written++;
  }
  for (let p = 1; p <= pages; p++) {
    await writeFile(join(root, indexName(p)), indexPage(entries.slice((p - 1) * DOCS_PER_PAGE, p * DOCS_PER_PAGE), entries, p, pages, ds));
    written++;
  }
  const entryOfDiag = new Map<Diagnostic, DocEntry>();
  for (const e of entries) for (const d of e.diagnostics) entryOfDiag.set(d, e);
  const allDiags = (ds.diagnostics as Diagnostic[]).map((d) => ({ d, e: entryOfDiag.get(d) }));
  const dpages = Math.max(1, Math.ceil(allDiags.length / DIAGNOSTICS_PER_PAGE));
  for (let p = 1; p <= dpages; p++) {
    await writeFile(join(root, diagName(p)), diagnosticsPage(allDiags.slice((p - 1) * DIAGNOSTICS_PER_PAGE, p * DIAGNOSTICS_PER_PAGE), p, dpages, (e, t) => drawn.get(e)?.has(t) ?? false));
    written++;
  }
  return { index: join(root, 'index.html'), pages: written, documents: entries.length, missingSources: missing };
}
