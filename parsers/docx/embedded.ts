// Spreadsheets embedded in a Word file as objects (Insert → Object, or Paste Special →
// Excel worksheet object): Word shows a picture of the sheet, and the workbook itself is
// stored in the package (word/embeddings/*.xlsx, or an OLE .bin holding a .xls). Many
// government documents carry their indicator table this way. The workbook is read
// (parsers/xlsx: the sheet Word shows, and only its shown range) and its blocks take
// the object's place in the document.
//
// How: before mammoth, each such <w:object> in document.xml is replaced by a marker text
// run, so the object's position survives into the HTML; after it, a paragraph holding a
// marker is split there and the workbook's blocks are put in between.
import type { Block, Diagnostic } from '../../pipeline/model.ts';
import { diag } from '../../pipeline/model.ts';
import { inflateEntry, type ZipEntry } from './zip.ts';

/** ProgIDs of spreadsheet objects: Excel (Excel.Sheet.8/.12, Excel.SheetMacroEnabled.12) and WPS (KET.Sheet, ET.Sheet …). */
const SPREADSHEET_PROGID = /^(?:Excel\.Sheet|Excel\.SheetMacroEnabled|Excel\.SheetBinaryMacroEnabled|KET\.Sheet|ET\.Sheet)/i;
const MAX_EMBEDDED_BYTES = 50 * 1024 * 1024;

const MARK_OPEN = '\uE000govtables-object-';
const MARK_CLOSE = '\uE001';
const MARK = /\uE000govtables-object-(\d+)\uE001/g;

export interface EmbeddedSheet {
  /** 1-based order in the document. */
  n: number;
  progId: string;
  part: string;
  bytes: Uint8Array;
}

/** Relationship id → target part name, of the main part's .rels. */
function relationships(bytes: Uint8Array, entries: readonly ZipEntry[], main: string): Map<string, string> {
  const slash = main.lastIndexOf('/');
  const dir = slash < 0 ? '' : main.slice(0, slash + 1);
  const rels = entries.find((e) => e.name === `${dir}_rels/${main.slice(slash + 1)}.rels`);
  const out = new Map<string, string>();
  const r = rels ? inflateEntry(bytes, rels, 4 * 1024 * 1024) : null;
  if (!r?.ok) return out;
  for (const m of new TextDecoder('utf-8').decode(r.data).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target && !/TargetMode="External"/.test(m[0])) out.set(id, target.startsWith('/') ? target.slice(1) : dir + target);
  }
  return out;
}

/**
 * Replaces each spreadsheet object of document.xml whose workbook is in the package by a
 * marker; returns the new XML (unchanged when there is none) and the workbooks' bytes.
 */
export function markEmbeddedSheets(xml: string, bytes: Uint8Array, entries: readonly ZipEntry[], main: string): { xml: string; sheets: EmbeddedSheet[] } {
  if (!xml.includes('<w:object')) return { xml, sheets: [] };
  const rels = relationships(bytes, entries, main);
  const sheets: EmbeddedSheet[] = [];
  const out = xml.replace(/<w:object\b[^>]*>[\s\S]*?<\/w:object>/g, (obj) => {
    const ole = /<o:OLEObject\b[^>]*>/.exec(obj)?.[0];
    const progId = ole && /\bProgID="([^"]+)"/.exec(ole)?.[1];
    const rid = ole && /\br:id="([^"]+)"/.exec(ole)?.[1];
    if (!progId || !rid || !SPREADSHEET_PROGID.test(progId) || /\bType="Link"/.test(ole)) return obj;
    const part = rels.get(rid);
    const entry = part ? entries.find((e) => e.name === part) : undefined;
    const data = entry ? inflateEntry(bytes, entry, MAX_EMBEDDED_BYTES) : null;
    if (!part || !data?.ok) return obj;
    const n = sheets.length + 1;
    sheets.push({ n, progId, part, bytes: data.data });
    return `<w:t xml:space="preserve">${MARK_OPEN}${n}${MARK_CLOSE}</w:t>`;
  });
  return { xml: sheets.length ? out : xml, sheets };
}

export interface SheetRead {
  blocks: Block[];
  diagnostics: Diagnostic[];
}

/**
 * Puts each marked object's blocks in place of its marker. `read` reads an object (null when
 * its workbook cannot be read: the object is then only named in the returned `unread`).
 * A marker inside a table cell cannot hold a table: it is removed and the object is unread.
 */
export function spliceEmbeddedSheets(
  blocks: Block[],
  sheets: EmbeddedSheet[],
  read: (s: EmbeddedSheet, firstTable: number) => SheetRead | null,
): { blocks: Block[]; diagnostics: Diagnostic[]; unread: EmbeddedSheet[]; tableShift: (table: number) => number } {
  if (!sheets.length) return { blocks, diagnostics: [], unread: [], tableShift: (t) => t };
  const byN = new Map(sheets.map((s) => [s.n, s]));
  const done = new Set<number>();
  const out: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  // Original table number → how many embedded tables were put before it.
  const shifts: number[] = [];
  let original = 0;
  let inserted = 0;
  for (const b of blocks) {
    if (b.kind === 'table') {
      original++;
      shifts[original] = inserted;
      for (const row of b.rows) for (const c of row.cells) if (c.lines.some((l) => l.includes(MARK_OPEN))) c.lines = c.lines.map((l) => l.replace(MARK, '')).filter((l, i, all) => l.trim() || all.length === 1);
      out.push(b);
      continue;
    }
    if (!b.text.includes(MARK_OPEN)) {
      out.push(b);
      continue;
    }
    let at = 0;
    for (const m of b.text.matchAll(MARK)) {
      const before = b.text.slice(at, m.index);
      if (before.trim()) out.push({ ...b, text: before });
      at = m.index! + m[0].length;
      const s = byN.get(Number(m[1]));
      if (!s) continue;
      const firstTable = original + inserted + 1;
      const r = read(s, firstTable);
      if (!r) continue;
      done.add(s.n);
      out.push(...r.blocks);
      diagnostics.push(...r.diagnostics);
      inserted += r.blocks.filter((x) => x.kind === 'table').length;
    }
    const after = b.text.slice(at);
    if (after.trim()) out.push({ ...b, text: after });
  }
  return { blocks: out, diagnostics, unread: sheets.filter((s) => !done.has(s.n)), tableShift: (t) => t + (shifts[t] ?? inserted) };
}

export function embeddedSheetNote(documentId: string, s: EmbeddedSheet, sheetNames: string[], tables: number[]): Diagnostic {
  const where = tables.length ? `table ${tables.join(', ')}` : 'no table';
  return diag(
    documentId,
    'info',
    'docx-embedded-workbook',
    `A spreadsheet embedded as an object (${s.progId}), which Word shows as a picture, was read from its workbook (${s.part}, sheet ${sheetNames.join(', ') || '?'}): ${where} of the document.`,
    tables.length ? { table: tables[0]! } : {},
  );
}
