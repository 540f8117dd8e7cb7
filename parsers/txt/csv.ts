// CSV text ("export to CSV" from a spreadsheet or a Word table): one row per record, fields
// separated by commas (or semicolons/tabs when the header says so), quoted fields holding
// commas, quotes and line breaks. Parsed with fast-csv; each field becomes a cell whose
// lines are the field's lines. Ragged rows are padded to the widest row, with a diagnostic.
import { parseString } from 'fast-csv';
import type { Block, Diagnostic, SourceTable } from '../../pipeline/model.ts';
import { cell, diag } from '../../pipeline/model.ts';

/** The delimiter of the first line: the one of `,` `;` TAB it holds most of (outside quotes). */
function delimiterOf(text: string): string {
  const first = text.split('\n', 1)[0]!.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

export async function readCsvText(text: string, documentId: string | null = null): Promise<{ blocks: Block[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const rows: string[][] = [];
  const body = text.replace(/^\uFEFF/, '');
  await new Promise<void>((resolve) => {
    parseString<string[], string[]>(body, { delimiter: delimiterOf(body), ignoreEmpty: true, discardUnmappedColumns: false, strictColumnHandling: false, trim: false })
      .on('error', (e: Error) => {
        diagnostics.push(diag(documentId, 'warning', 'csv-parse-error', `The CSV text could not be read past row ${rows.length + 1} (${e.message.split('\n')[0]}); the rest is kept as paragraphs.`, { row: rows.length + 1 }));
        resolve();
      })
      .on('data', (r: string[]) => rows.push(r))
      .on('end', () => resolve());
  });
  const blocks: Block[] = [];
  // What fast-csv could not read (an unclosed quote) is kept as paragraphs: nothing is lost.
  if (diagnostics.length) {
    const readLines = rows.reduce((n, r) => n + Math.max(1, ...r.map((f) => f.split('\n').length)), 0);
    for (const l of body.split('\n').slice(readLines)) if (l.trim()) blocks.push({ kind: 'paragraph', text: l.trim(), page: null });
  }
  // Drop a last field empty in every row (a trailing delimiter), then pad ragged rows.
  const trimmed = rows.map((r) => [...r]);
  while (trimmed.length && trimmed.every((r) => r.length > 1 && r.length === trimmed[0]!.length && r[r.length - 1]!.trim() === '')) for (const r of trimmed) r.pop();
  // Leading rows of one field above wider rows are the sheet's title lines: paragraphs.
  const lead: string[] = [];
  while (trimmed.length > 1 && trimmed[0]!.length === 1 && Math.max(...trimmed.slice(1).map((r) => r.length)) > 1) lead.push(trimmed.shift()![0]!);
  const width = Math.max(0, ...trimmed.map((r) => r.length));
  blocks.unshift(...lead.filter((t) => t.trim()).map((t): Block => ({ kind: 'paragraph', text: t.replace(/\s+/g, ' ').trim(), page: null })));
  if (!width) return { blocks, diagnostics };
  const ragged = trimmed.filter((r) => r.length !== width).length;
  if (ragged) diagnostics.push(diag(documentId, 'info', 'csv-ragged-rows', `${ragged} CSV row(s) have fewer fields than the widest row (${width}); they were padded with empty cells.`, { table: 1 }));
  const table: SourceTable = {
    kind: 'table',
    mode: 'text',
    pages: [],
    rows: trimmed.map((r) => ({
      cells: Array.from({ length: width }, (_, k) => {
        const f = (r[k] ?? '').replace(/\r\n?/g, '\n');
        const lines = f.split('\n').map((x) => x.trim());
        return cell(lines.some((x) => x) ? lines : []);
      }),
      header: false,
      pageBreakBefore: false,
    })),
  };
  blocks.splice(lead.filter((t) => t.trim()).length, 0, table);
  return { blocks, diagnostics };
}
