// The "nothing lost" check shared by test/e2e/nothing-lost.test.ts: every non-empty source
// cell of a parsed document must be found again in the conversion's records (fields or
// provenance), allocations, document fields/title, or diagnostics.
import { parseBytes } from '../../parsers/index.ts';
import { convertDocument, defaultOptions, type FileResult } from '../../pipeline/convert.ts';
import type { SourceDocument } from '../../pipeline/model.ts';
import { normalizeKey } from '../../pipeline/normalize/text.ts';

/** Everything the conversion kept, as one normalized text to search. */
export function haystack(r: FileResult): string {
  // a form field written `label：value` in its cell is kept as the field `<row label>label` = value
  const parts: string[] = [r.document.title ?? '', ...Object.entries(r.document.fields).flatMap(([k, v]) => [k, v, `${k}：${v}`])];
  for (const x of r.records) parts.push(JSON.stringify({ ...x, provenance: undefined }), ...Object.values(x.provenance.cells));
  for (const a of r.allocations) parts.push(JSON.stringify({ ...a, provenance: undefined }), ...Object.values(a.provenance.cells));
  for (const d of r.diagnostics) parts.push(d.message);
  return normalizeKey(parts.join('\n')).replace(/\\n/g, '');
}

/** The non-empty table cells of `src` found nowhere in `res` (normalized, cut to 60 chars). */
export function lostCells(src: SourceDocument, res: FileResult): string[] {
  const hay = haystack(res);
  const lost: string[] = [];
  for (const b of src.blocks) {
    if (b.kind !== 'table') continue;
    for (const row of b.rows) {
      for (const c of row.cells) {
        const key = normalizeKey(c.lines.join('\n'));
        // a cell holding repeated copies of one text is kept once
        const lines = [...new Set(c.lines.map((l) => normalizeKey(l)).filter(Boolean))];
        if (!key || hay.includes(key) || lines.every((l) => hay.includes(l))) continue;
        lost.push(key.slice(0, 60));
      }
    }
  }
  return lost;
}

export type Checked = { failed: false; src: SourceDocument; res: FileResult } | { failed: true; res: FileResult };

/** Parses the bytes once and converts that parse (what convertBytes does, without parsing twice). */
export async function parseAndConvert(bytes: Uint8Array, file: string): Promise<Checked> {
  const parsed = await parseBytes(bytes, file);
  if (!parsed.value) {
    const res: FileResult = {
      document: { documentId: parsed.documentId, file, format: 'txt', title: null, region: { province: null, city: null, county: null }, year: null, yearEnd: null, fields: {}, tables: 0, status: 'failed' },
      records: [],
      allocations: [],
      diagnostics: parsed.diagnostics,
    };
    return { failed: true, res };
  }
  const res = convertDocument(parsed.value, defaultOptions());
  res.diagnostics.unshift(...parsed.diagnostics.map((d) => ({ ...d, file })));
  return { failed: false, src: parsed.value, res };
}
