// Word (.docx) parser: bytes → SourceDocument.
//
// Order of work, cheapest refusal first: size, container kind (an encrypted
// Office file or a Word 97 .doc is an OLE container, not a zip), the zip's
// central directory (truncation, missing Word part, zip-bomb limits — see
// zip.ts), the main part inflated under a hard cap, table markup that mammoth
// would mishandle rewritten (fix-tables.ts), then mammoth → HTML → blocks.
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { diag, type Diagnostic, type Parser, type ParseContext, type Result, type SourceDocument } from '../../pipeline/model.ts';
import { readCfb, isCfb } from './cfb.ts';
import { fixTables, mayNeedTableFix, type TableFix } from './fix-tables.ts';
import { htmlToBlocks } from './html-to-blocks.ts';
import { inflateEntry, isZip, MAX_COMPRESSED_BYTES, MAX_DOCUMENT_XML_BYTES, readZipDirectory, sizeLimitBreach, type ZipEntry } from './zip.ts';

export { MAX_COMPRESSED_BYTES, MAX_DOCUMENT_XML_BYTES, MAX_RATIO, MAX_RATIO_MIN_BYTES } from './zip.ts';

const RELS_MAX_BYTES = 1024 * 1024;

/** mammoth warnings about styles it has no mapping for: they change no text, so they are not reported. */
const IGNORED_MESSAGE = /^Unrecognised (paragraph|run|table|numbering)? ?style/i;

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

function notWordMessage(file: string, entries: readonly ZipEntry[]): string {
  const has = (prefix: string) => entries.some((e) => e.name.startsWith(prefix));
  const what = has('xl/') ? 'an Excel workbook' : has('ppt/') ? 'a PowerPoint presentation' : has('content.xml') ? 'an OpenDocument file' : 'a zip archive';
  return `${file} is ${what}, not a Word document: it has no word/document.xml part.`;
}

/** Fixes that change nothing the user wrote (a false header flag, a legacy merge made a span, a page break made a line break) are not reported. */
const SILENT_FIXES = new Set<TableFix['kind']>(['header-off', 'h-merge', 'line-break']);

function fixDiagnostic(ctx: ParseContext, f: TableFix): Diagnostic {
  const location = { table: f.table, row: f.row, column: f.column };
  const d =
    f.kind === 'merged-text'
      ? diag(ctx.documentId, 'warning', 'docx-merged-cell-text', `A merged cell continuation holds text ("${f.text}") that would otherwise be lost; it was appended to the merged cell.`, location)
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

export const parseDocx: Parser = async (bytes, ctx) => {
  if (bytes.length > MAX_COMPRESSED_BYTES)
    return fail(ctx, 'docx-too-large', `${ctx.file} is ${Math.round(bytes.length / 1048576)} MB, over the ${MAX_COMPRESSED_BYTES / 1048576} MB limit for Word files.`);

  if (isCfb(bytes)) {
    const info = readCfb(bytes);
    if (!info) return fail(ctx, 'docx-corrupt', `${ctx.file} is a damaged Office container that cannot be read.`);
    if (info.encrypted) return fail(ctx, 'docx-encrypted', `${ctx.file} is password-protected; save an unprotected copy and convert that.`);
    if (info.wordBinary) return fail(ctx, 'docx-legacy-doc', `${ctx.file} is a Word 97–2003 (.doc) file, which is read through LibreOffice, not as .docx.`);
    return fail(ctx, 'docx-not-word', `${ctx.file} is an Office container without a Word document in it.`);
  }
  if (!isZip(bytes)) return fail(ctx, 'docx-corrupt', `${ctx.file} is not a Word document: its bytes do not start like a .docx (zip) file.`);

  const dir = readZipDirectory(bytes);
  if (!dir.ok) return fail(ctx, 'docx-corrupt', `${ctx.file} cannot be read as a Word document: ${dir.reason}.`);
  const main = mainPartName(bytes, dir.entries);
  const mainEntry = dir.entries.find((e) => e.name === main);
  if (!mainEntry || /^(xl|ppt)\//.test(main)) return fail(ctx, 'docx-not-word', notWordMessage(ctx.file, dir.entries));
  const breach = sizeLimitBreach(bytes.length, dir.entries, main);
  if (breach) return fail(ctx, 'docx-too-large', `${ctx.file} is refused as too large: ${breach}.`);

  // Inflate the main part ourselves under a hard cap: declared sizes can lie.
  const inflated = inflateEntry(bytes, mainEntry, MAX_DOCUMENT_XML_BYTES);
  if (!inflated.ok)
    return inflated.tooLarge
      ? fail(ctx, 'docx-too-large', `${ctx.file} is refused as too large: ${inflated.reason}.`)
      : fail(ctx, 'docx-corrupt', `${ctx.file} cannot be read as a Word document: ${inflated.reason}.`);

  const diagnostics: Diagnostic[] = [];
  let input: Buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const xml = new TextDecoder('utf-8').decode(inflated.data);
  try {
    if (mayNeedTableFix(xml)) {
      const fixed = fixTables(xml);
      if (fixed.fixes.length > 0) {
        const zip = await JSZip.loadAsync(input);
        zip.file(main, fixed.xml);
        input = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
        // Dropping a false header flag changes nothing the user wrote: not reported.
        diagnostics.push(...fixed.fixes.filter((f) => !SILENT_FIXES.has(f.kind)).map((f) => fixDiagnostic(ctx, f)));
      }
    }
  } catch (err) {
    return fail(ctx, 'docx-corrupt', `${ctx.file} cannot be read as a Word document: ${oneLine(err)}.`);
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
      const structural = /table|cell|row|merg/i.test(m.message);
      const d = diag(ctx.documentId, structural || m.type === 'error' ? 'warning' : 'info', structural ? 'docx-table-structure' : 'docx-converter-note', sentence(m.message));
      diagnostics.push({ ...d, file: ctx.file });
    }
  } catch (err) {
    return fail(ctx, 'docx-corrupt', `${ctx.file} cannot be read as a Word document: ${oneLine(err)}.`);
  }

  // mammoth reads tracked changes as accepted (w:del text left out, w:ins kept, deleted rows dropped).
  if (/<w:(del|ins|moveFrom|moveTo)\b/.test(xml))
    diagnostics.push({ ...diag(ctx.documentId, 'info', 'docx-tracked-changes', `${ctx.file} has tracked changes; they were read as accepted: deleted text left out, inserted text kept.`), file: ctx.file });
  for (const part of headerFooterTables(bytes, dir.entries))
    diagnostics.push({ ...diag(ctx.documentId, 'info', 'docx-header-table-ignored', `${part} (a page header or footer) holds a table, which is page furniture and is not read as one of the document's tables.`), file: ctx.file });

  const blocks = htmlToBlocks(html);
  if (!blocks.some((b) => b.kind === 'table'))
    diagnostics.push({ ...diag(ctx.documentId, 'info', 'docx-no-tables', `${ctx.file} contains no tables.`), file: ctx.file });
  return {
    value: { documentId: ctx.documentId, file: ctx.file, format: 'docx', blocks, pages: null },
    diagnostics,
  };
};

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]!.replace(/[.\s]+$/, '');
}

function sentence(msg: string): string {
  const s = msg.split('\n')[0]!.trim().replace(/[.\s]+$/, '');
  return `mammoth: ${s}.`;
}
