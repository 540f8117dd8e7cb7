// Format detection from the bytes (magic numbers), the extension only breaking ties.
import type { Format } from '../pipeline/model.ts';

export type Detected = Format | 'wps' | 'odt' | 'xls' | 'unknown';

/** Whether the bytes hold this ASCII name (a zip's file names and an OLE directory's UTF-16 names are stored plainly). */
function holds(b: Uint8Array, name: string, utf16 = false): boolean {
  const needle = Buffer.from(name, utf16 ? 'utf16le' : 'latin1');
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(needle);
}

export function detectFormat(bytes: Uint8Array, file: string): Detected {
  const ext = (file.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '') as string;
  const b = bytes;
  if (b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d) return 'pdf'; // %PDF-
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07)) {
    // A zip: docx, xlsx or odt; the parser checks the parts inside.
    if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
    if (ext === 'odt') return 'odt';
    if (ext !== 'docx' && holds(b, 'xl/workbook') && !holds(b, 'word/document')) return 'xlsx';
    return 'docx';
  }
  if (b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    // OLE compound file: Word 97–2003, WPS, Excel 97–2003 / WPS spreadsheet, or an encrypted OOXML package.
    if (ext === 'docx') return 'docx';
    if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx'; // an encrypted workbook: the spreadsheet reader says so
    if (ext === 'wps') return 'wps';
    if (ext === 'xls' || ext === 'et') return 'xls';
    if (ext !== 'doc' && !holds(b, 'WordDocument', true) && (holds(b, 'Workbook', true) || holds(b, 'Book', true))) return 'xls';
    return 'doc';
  }
  if (ext === 'pdf') return 'pdf'; // truncated header: the PDF parser explains
  if (ext === 'docx') return 'docx';
  if (ext === 'doc') return 'doc';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx'; // not a zip: the spreadsheet reader explains
  // Sites often serve an HTML table named .xls (Excel opens it): read it as the web page it is.
  if ((ext === 'xls' || ext === 'et') && looksLikeHtml(b)) return 'html';
  if (ext === 'xls' || ext === 'et') return 'xls';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'mht' || ext === 'mhtml') return 'html'; // a saved web page (MIME); parsers/html takes its HTML part
  if (ext === 'txt' || ext === 'tsv' || ext === 'csv' || ext === 'text' || ext === '') return 'txt';
  // Unknown extension: sniff for text.
  const head = b.subarray(0, 512);
  if (head.includes(0)) return 'unknown';
  const s = new TextDecoder('utf-8').decode(head).trimStart().toLowerCase();
  if (s.startsWith('<!doctype html') || s.startsWith('<html')) return 'html';
  return 'txt';
}

/** An HTML page or bare HTML table (what sites serve as .xls). */
function looksLikeHtml(b: Uint8Array): boolean {
  const s = new TextDecoder('utf-8').decode(b.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return s.startsWith('<!doctype html') || s.startsWith('<html') || s.startsWith('<table') || (s.startsWith('<meta') && s.includes('<table'));
}

/** Extensions a folder walk picks up. */
export const INPUT_EXTENSIONS = ['.txt', '.csv', '.md', '.docx', '.doc', '.wps', '.odt', '.pdf', '.html', '.htm', '.mht', '.mhtml', '.xlsx', '.xlsm', '.xls', '.et'];
