// Word (.docx) parser: bytes → SourceDocument.
//
// Order of work, cheapest refusal first: size, container kind (an encrypted
// Office file or a Word 97 .doc is an OLE container, not a zip), the zip's
// central directory (truncation, missing Word part, zip-bomb limits — see
// zip.ts), the main part inflated under a hard cap, table markup that mammoth
// would mishandle rewritten (fix-tables.ts), then mammoth → HTML → blocks.
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { diag, type Block, type Diagnostic, type Parser, type ParseContext, type Result, type SourceDocument, type SourceTable } from '../../pipeline/model.ts';
import { readCfb, isCfb } from './cfb.ts';
import { fixTables, flattenNoteTables, mayNeedTableFix, type TableFix } from './fix-tables.ts';
import { mayNeedTextFix } from './fix-text.ts';
import { embeddedSheetNote, markEmbeddedSheets, spliceEmbeddedSheets, type EmbeddedSheet } from './embedded.ts';
import { htmlToBlocks } from './html-to-blocks.ts';
import { readNumbering } from './numbering.ts';
import { readStyles } from './styles.ts';
import { inflateEntry, isZip, MAX_COMPRESSED_BYTES, MAX_DOCUMENT_XML_BYTES, readZipDirectory, sizeLimitBreach, type ZipEntry } from './zip.ts';

export { MAX_COMPRESSED_BYTES, MAX_DOCUMENT_XML_BYTES, MAX_RATIO, MAX_RATIO_MIN_BYTES } from './zip.ts';

const RELS_MAX_BYTES = 1024 * 1024;
/** styles.xml / numbering.xml larger than this are not read (real ones are well under 1 MB). */
const MAX_PART_BYTES = 16 * 1024 * 1024;

/**
 * mammoth messages that change no text, so they are not reported: styles it has no mapping
 * for, image types (images are never read), and embedded objects (reported by the parser itself).
 */
const IGNORED_MESSAGE = /^Unrecognised (paragraph|run|table|numbering)? ?style|^Image of type .* is unlikely to display in web browsers|^An unrecognised element was ignored: \{urn:schemas-microsoft-com:office:office\}OLEObject/i;

function fail(ctx: ParseContext, code: string, message: string): Result<SourceDocument | null> {
  return { value: null, diagnostics: [{ ...diag(ctx.documentId, 'error', code, message), file: ctx.file }] };
}

/** The main document part named by _rels/.rels (the officeDocument relationship), else the usual path. */
function mainPartName(bytes: Uint8Array, entries: readonly ZipEntry[]): string {
  const rels = entries.find((e) => e.name === '_rels/.rels');
  if (rels) {
    const r = inflateEntry(bytes, rels, RELS_MAX_BYTES);
    if (r.ok) {
      const xml = new TextDecoder('utf-8').decode(r.data);
      for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
        const tag = m[0];
        if (/Type="[^"]*\/officeDocument"/.test(tag)) {
          const target = /Target="([^"]+)"/.exec(tag)?.[1];
          if (target) return target.replace(/^\/+/, '');
        }
      }
    }
  }
  return 'word/document.xml';
}

/** Parts related to the main part by type (styles, numbering), resolved from its .rels, else the usual paths. */
function relatedPart(bytes: Uint8Array, entries: readonly ZipEntry[], main: string, type: string): string | null {
  return relatedPartNamed(bytes, entries, main, type)?.xml ?? null;
}

/** relatedPart with the part's name in the zip. */
function relatedPartNamed(bytes: Uint8Array, entries: readonly ZipEntry[], main: string, type: string): { name: string; xml: string } | null {
  const slash = main.lastIndexOf('/');
  const dir = slash < 0 ? '' : main.slice(0, slash + 1);
  const relsName = `${dir}_rels/${main.slice(slash + 1)}.rels`;
  const rels = entries.find((e) => e.name === relsName);
  let name = `${dir}${type}.xml`;
  if (rels) {
    const r = inflateEntry(bytes, rels, RELS_MAX_BYTES);
    if (r.ok) {
      const xml = new TextDecoder('utf-8').decode(r.data);
      for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
        if (!new RegExp(`Type="[^"]*/${type}"`).test(m[0])) continue;
        const target = /Target="([^"]+)"/.exec(m[0])?.[1];
        if (target) name = target.startsWith('/') ? target.slice(1) : dir + target;
      }
    }
  }
  const entry = entries.find((e) => e.name === name);
  if (!entry) return null;
  const r = inflateEntry(bytes, entry, MAX_PART_BYTES);
  return r.ok ? { name, xml: new TextDecoder('utf-8').decode(r.data) } : null;
}

function notWordMessage(file: string, entries: readonly ZipEntry[]): string {
  const has = (prefix: string) => entries.some((e) => e.name.startsWith(prefix));
  const what = has('xl/') ? 'an Excel workbook' : has('ppt/') ? 'a PowerPoint presentation' : has('content.xml') ? 'an OpenDocument file' : 'a zip archive';
  return `${file} is ${what}, not a Word document: it has no word/document.xml part.`;
}

/** Fixes that change nothing the user wrote (a false header flag, a legacy merge made a span, a page break made a line break) are not reported. */
// (a merge carried on from the table above is marked on its cell and reported where the grid joins the tables)
const SILENT_FIXES = new Set<TableFix['kind']>(['header-off', 'h-merge', 'line-break', 'field', 'symbol', 'hyphen', 'math', 'numbering', 'merge-from-above']);

function fixDiagnostic(ctx: ParseContext, f: TableFix): Diagnostic {
  const location = f.table > 0 ? { table: f.table, row: f.row, column: f.column } : {};
  const d =
    f.kind === 'hidden-text'
      ? diag(ctx.documentId, 'info', 'docx-hidden-text', `Hidden text ("${f.text}"), which Word does not show, was left out.`, location)
      : f.kind === 'placeholder'
        ? diag(ctx.documentId, 'info', 'docx-placeholder-text', `A content control shows its placeholder ("${f.text}"), not content; it was left out.`, location)
        : f.kind === 'merged-text'
      ? diag(ctx.documentId, 'warning', 'docx-merged-cell-text', `A merged cell continuation holds text ("${f.text}") that would otherwise be lost; it was appended to the merged cell.`, location)
      : f.kind === 'nested-table'
        ? diag(ctx.documentId, 'info', 'docx-nested-table', `A table nested in this cell was read into the cell's text, one line per row, its cells separated by spaces ("${f.text}").`, location)
      : f.kind === 'textbox-table'
        ? diag(ctx.documentId, 'info', 'docx-textbox-table', 'This table sits inside a text box; it is read after the paragraph the text box is anchored to, which may not be where it shows on the page.', { table: f.table })
        : diag(ctx.documentId, 'info', 'docx-grid-gap', `The row ${f.kind === 'grid-before' ? 'starts' : 'ends'} with grid columns that have no cell; an empty cell spanning them was added so the other cells keep their columns.`, location);
  return { ...d, file: ctx.file };
}

/** Header/footer parts holding a table with text: mammoth never reads headers and footers, so say what is left out. */
function headerFooterTables(bytes: Uint8Array, entries: readonly ZipEntry[]): string[] {
  const found: string[] = [];
  for (const e of entries) {
    if (!/^word\/(header|footer)\d*\.xml$/.test(e.name)) continue;
    const r = inflateEntry(bytes, e, RELS_MAX_BYTES * 4);
    if (!r.ok) continue;
    const xml = new TextDecoder('utf-8').decode(r.data);
    for (const m of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g))
      if (/<w:t(?:\s[^>]*)?>[^<]*\S/.test(m[0])) {
        found.push(e.name);
        break;
      }
  }
  return found;
}

export interface DocxOptions {
  /**
   * How a Word 97–2003 file named .docx is read (it happens: a .doc renamed, or
   * saved by a tool that kept the wrong extension): by default through
   * LibreOffice like any .doc; null refuses it with an error saying what it is.
   */
  legacyDoc?: Parser | null;
}

const viaLibreOffice: Parser = async (bytes, ctx) => (await import('../doc/index.ts')).parseViaLibreOffice(bytes, ctx);

/** The .docx parser, with the handling of a Word 97–2003 file in disguise chosen. */
export function makeParseDocx(opts: DocxOptions = {}): Parser {
  const legacyDoc = opts.legacyDoc === undefined ? viaLibreOffice : opts.legacyDoc;
  return (bytes, ctx) => parse(bytes, ctx, legacyDoc);
}

export const parseDocx: Parser = makeParseDocx();

async function readLegacyDoc(bytes: Uint8Array, ctx: ParseContext, legacyDoc: Parser | null): Promise<Result<SourceDocument | null>> {
  const refuse = (why: string) => fail(ctx, 'docx-legacy-doc', `The file is a Word 97–2003 (.doc) file with a .docx name${why}; rename it to .doc or save it as .docx in Word or WPS.`);
  if (!legacyDoc) return refuse('');
  const r = await legacyDoc(bytes, ctx);
  if (!r.value) return r.diagnostics.some((d) => d.code === 'libreoffice-missing') ? refuse(', and reading one needs LibreOffice (soffice), which is not installed (Debian package libreoffice-writer)') : r;
  const note = { ...diag(ctx.documentId, 'info', 'docx-is-doc', `The file is a Word 97–2003 (.doc) file with a .docx name; it was read as a .doc.`), file: ctx.file };
  return { value: r.value, diagnostics: [note, ...r.diagnostics] };
}

/** ProgIDs of objects embedded from a spreadsheet or word processor (Excel, Word, WPS): a table pasted "as an object" shows as a picture of it. */
function embeddedObjects(xml: string): string[] {
  return [...xml.matchAll(/<o:OLEObject\b[^>]*\bProgID="([^"]+)"/g)].map((m) => m[1]!).filter((id) => /^(Excel|Word|KET|ET|KWPS|WPS)\./i.test(id));
}

/** Pictures the main part shows (each image relationship once: Word writes a picture twice, in mc:Choice and mc:Fallback). */
function pictureCount(xml: string): number {
  const ids = new Set<string>();
  for (const m of xml.matchAll(/<(?:a:blip|v:imagedata)\b[^>]*?\br:(?:embed|id)="([^"]+)"/g)) ids.add(m[1]!);
  return ids.size;
}

async function parse(bytes: Uint8Array, ctx: ParseContext, legacyDoc: Parser | null): Promise<Result<SourceDocument | null>> {
  if (bytes.length > MAX_COMPRESSED_BYTES)
    return fail(ctx, 'docx-too-large', `The file is ${Math.round(bytes.length / 1048576)} MB, over the ${MAX_COMPRESSED_BYTES / 1048576} MB limit for Word files.`);

  if (isCfb(bytes)) {
    const info = readCfb(bytes);
    if (!info) return fail(ctx, 'docx-corrupt', `The file is a damaged Office container that cannot be read.`);
    if (info.encrypted) return fail(ctx, 'docx-encrypted', `The file is password-protected; save an unprotected copy and convert that.`);
    if (info.wordBinary) return readLegacyDoc(bytes, ctx, legacyDoc);
    return fail(ctx, 'docx-not-word', `The file is an Office container without a Word document in it.`);
  }
  if (!isZip(bytes)) return fail(ctx, 'docx-corrupt', `The file is not a Word document: its bytes do not start like a .docx (zip) file.`);

  const dir = readZipDirectory(bytes);
  if (!dir.ok) return fail(ctx, 'docx-corrupt', `The file cannot be read as a Word document: ${dir.reason}.`);
  const main = mainPartName(bytes, dir.entries);
  const mainEntry = dir.entries.find((e) => e.name === main);
  if (!mainEntry || /^(xl|ppt)\//.test(main)) return fail(ctx, 'docx-not-word', notWordMessage(ctx.file, dir.entries));
  const breach = sizeLimitBreach(bytes.length, dir.entries, main);
  if (breach) return fail(ctx, 'docx-too-large', `The file is refused as too large: ${breach}.`);

  // Inflate the main part ourselves under a hard cap: declared sizes can lie.
  const inflated = inflateEntry(bytes, mainEntry, MAX_DOCUMENT_XML_BYTES);
  if (!inflated.ok)
    return inflated.tooLarge
      ? fail(ctx, 'docx-too-large', `The file is refused as too large: ${inflated.reason}.`)
      : fail(ctx, 'docx-corrupt', `The file cannot be read as a Word document: ${inflated.reason}.`);

  const diagnostics: Diagnostic[] = [];
  let input: Buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let mergesFromAbove: TableFix[] = [];
  let embedded: { xml: string; sheets: EmbeddedSheet[] } = { xml: '', sheets: [] };
  const xml = new TextDecoder('utf-8').decode(inflated.data);
  try {
    const styles = readStyles(relatedPart(bytes, dir.entries, main, 'styles'));
    const numbering = readNumbering(relatedPart(bytes, dir.entries, main, 'numbering'), styles);
    embedded = markEmbeddedSheets(xml, bytes, dir.entries, main);
    let docXml = embedded.xml;
    if (mayNeedTableFix(docXml) || mayNeedTextFix(docXml, styles, numbering)) {
      const fixed = fixTables(docXml, { styles, numbering });
      mergesFromAbove = fixed.fixes.filter((f) => f.kind === 'merge-from-above');
      if (fixed.fixes.length > 0) {
        docXml = fixed.xml;
        // Dropping a false header flag changes nothing the user wrote: not reported.
        diagnostics.push(...fixed.fixes.filter((f) => !SILENT_FIXES.has(f.kind)).map((f) => fixDiagnostic(ctx, f)));
        const labels = fixed.fixes.filter((f) => f.kind === 'numbering').map((f) => f.text!);
        if (labels.length > 0) {
          const examples = [...new Set(labels)].slice(0, 3).map((l) => `"${l}"`).join(', ');
          diagnostics.push({ ...diag(ctx.documentId, 'info', 'docx-numbering', `${labels.length} paragraphs carry Word's automatic numbering (${examples}…); the numbers were written into their text as Word shows them.`), file: ctx.file });
        }
      }
    }
    if (docXml !== xml) {
      const zip = await JSZip.loadAsync(input);
      zip.file(main, docXml);
      input = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    }
    // A table in a footnote or endnote is no document table: its rows are kept as note paragraphs.
    for (const type of ['footnotes', 'endnotes']) {
      const part = relatedPartNamed(bytes, dir.entries, main, type);
      const flat = part && flattenNoteTables(part.xml);
      if (!part || !flat) continue;
      const zip = await JSZip.loadAsync(input);
      zip.file(part.name, flat.xml);
      input = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
      const text = flat.lines.join('；');
      diagnostics.push({
        ...diag(ctx.documentId, 'info', 'docx-note-table', `A ${type === 'footnotes' ? 'footnote' : 'endnote'} holds a table; notes are not part of the body, so its rows were kept as lines of the note ("${text.length > 60 ? `${text.slice(0, 60)}…` : text}"), not read as a table.`),
        file: ctx.file,
      });
    }
  } catch (err) {
    return fail(ctx, 'docx-corrupt', `The file cannot be read as a Word document: ${oneLine(err)}.`);
  }

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: input },
      // Images are never read: they carry no table text and would be inflated and base64-encoded.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false },
    );
    html = result.value;
    for (const m of result.messages) {
      if (IGNORED_MESSAGE.test(m.message)) continue;
      const structural = /\b(table|cell|row|merg)/i.test(m.message);
      const d = diag(ctx.documentId, structural || m.type === 'error' ? 'warning' : 'info', structural ? 'docx-table-structure' : 'docx-converter-note', sentence(m.message));
      diagnostics.push({ ...d, file: ctx.file });
    }
  } catch (err) {
    return fail(ctx, 'docx-corrupt', `The file cannot be read as a Word document: ${oneLine(err)}.`);
  }

  // mammoth reads tracked changes as accepted (w:del text left out, w:ins kept, deleted rows dropped).
  if (/<w:(del|ins|moveFrom|moveTo)\b/.test(xml))
    diagnostics.push({ ...diag(ctx.documentId, 'info', 'docx-tracked-changes', `The file has tracked changes; they were read as accepted: deleted text left out, inserted text kept.`), file: ctx.file });
  if (/<w:(footnote|endnote)Reference\b/.test(xml))
    diagnostics.push({ ...diag(ctx.documentId, 'info', 'docx-notes', `The file has footnotes or endnotes; their marks were left out of the text and the notes are read as paragraphs at the end of the document.`), file: ctx.file });
  for (const part of headerFooterTables(bytes, dir.entries))
    diagnostics.push({ ...diag(ctx.documentId, 'info', 'docx-header-table-ignored', `${part} (a page header or footer) holds a table, which is page furniture and is not read as one of the document's tables.`), file: ctx.file });

  const wordBlocks = htmlToBlocks(html);
  markMergesFromAbove(wordBlocks, mergesFromAbove);
  // Embedded workbooks take their object's place; tables after them are numbered on.
  const xlsx = embedded.sheets.length ? await import('../xlsx/index.ts') : null;
  const spliced = spliceEmbeddedSheets(wordBlocks, embedded.sheets, (sheet, firstTable) => {
    const r = xlsx!.readWorkbookBlocks(sheet.bytes, ctx.documentId, { view: xlsx!.workbookView(sheet.bytes), firstTable });
    if (!r.ok || !r.blocks.length) return null;
    const count = r.blocks.filter((b) => b.kind === 'table').length;
    const tables = Array.from({ length: count }, (_, i) => firstTable + i);
    return { blocks: r.blocks, diagnostics: [...r.diagnostics, embeddedSheetNote(ctx.documentId, sheet, r.sheets, tables)].map((d) => ({ ...d, file: ctx.file })) };
  });
  for (const d of diagnostics) if (d.location.table) d.location = { ...d.location, table: spliced.tableShift(d.location.table) };
  diagnostics.push(...spliced.diagnostics);
  const blocks = spliced.blocks;
  // Objects not read (a document embedded from Word, a workbook that cannot be read): say so.
  const objects = embeddedObjects(xml);
  for (const read of embedded.sheets.filter((s) => !spliced.unread.includes(s))) objects.splice(objects.indexOf(read.progId), 1);
  if (objects.length > 0)
    diagnostics.push({
      ...diag(ctx.documentId, 'warning', 'docx-embedded-object', `The file holds ${objects.length === 1 ? 'an object' : `${objects.length} objects`} embedded from another program (${[...new Set(objects)].join(', ')}), which Word shows as ${objects.length === 1 ? 'a picture' : 'pictures'} and which ${objects.length === 1 ? 'is' : 'are'} not read; copy ${objects.length === 1 ? 'it' : 'them'} into the document as tables, or convert the embedded file itself.`),
      file: ctx.file,
    });
  if (!blocks.some((b) => b.kind === 'table')) {
    // An embedded object's preview picture is already accounted for (read, or named in the warning above).
    const pictures = pictureCount(xml) - embeddedObjects(xml).length;
    if (pictures > 0)
      diagnostics.push({ ...diag(ctx.documentId, 'warning', 'docx-picture-only', `The file contains no tables, only ${pictures === 1 ? 'a picture' : `${pictures} pictures`}; a table pasted as a picture cannot be read, so OCR it or ask for the original file.`), file: ctx.file });
    else if (embeddedObjects(xml).length === 0) diagnostics.push({ ...diag(ctx.documentId, 'info', 'docx-no-tables', `The file contains no tables.`), file: ctx.file });
  }
  return {
    value: { documentId: ctx.documentId, file: ctx.file, format: 'docx', blocks, pages: null },
    diagnostics,
  };
}

/**
 * Marks the cells that continue a vertical merge of the table above (`continuesAbove`), found
 * by table (document order, nested ones counted, as the blocks are), row and grid column.
 */
function markMergesFromAbove(blocks: Block[], fixes: TableFix[]): void {
  if (!fixes.length) return;
  const tables = blocks.filter((b): b is SourceTable => b.kind === 'table');
  for (const f of fixes) {
    const t = tables[f.table - 1];
    const at = t ? cellAtColumn(t, f.row - 1, f.column - 1) : null;
    if (t && at) t.rows[f.row - 1]!.cells[at] = { ...t.rows[f.row - 1]!.cells[at]!, continuesAbove: true };
  }
}

/** Index in row r's cells of the cell starting at grid column `col` (row spans from above counted), or null. */
function cellAtColumn(t: SourceTable, r: number, col: number): number | null {
  if (r < 0 || r >= t.rows.length) return null;
  const taken: boolean[][] = [];
  for (let i = 0; i <= r; i++) {
    taken[i] ??= [];
    let c = 0;
    const cells = t.rows[i]!.cells;
    for (let k = 0; k < cells.length; k++) {
      while (taken[i]![c]) c++;
      if (i === r && c === col) return k;
      const cell = cells[k]!;
      for (let y = i; y < Math.min(r + 1, i + Math.max(1, cell.rowSpan)); y++) {
        taken[y] ??= [];
        for (let x = c; x < c + Math.max(1, cell.colSpan); x++) taken[y]![x] = true;
      }
      c += Math.max(1, cell.colSpan);
    }
  }
  return null;
}

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]!.replace(/[.\s]+$/, '');
}

function sentence(msg: string): string {
  const s = msg.split('\n')[0]!.trim().replace(/[.\s]+$/, '');
  return `mammoth: ${s}.`;
}
