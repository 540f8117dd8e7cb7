// Bytes → SourceDocument for every supported format.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Diagnostic, Parser, Result, SourceDocument } from '../pipeline/model.ts';
import { diag } from '../pipeline/model.ts';
import { detectFormat, type Detected } from './detect.ts';

export function documentIdOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

// Parsers are loaded on first use: pdfjs, mammoth and cheerio take ≈0.4 s to load,
// and a worker that only sees text files never needs them.
const txt = async (): Promise<Parser> => (await import('./txt/index.ts')).parseTxt;
const libreOffice = async (): Promise<Parser> => (await import('./doc/index.ts')).parseViaLibreOffice;
const LOADERS: Partial<Record<Detected, () => Promise<Parser>>> = {
  txt,
  // Markdown is read by the text reader (pipe tables, TSV rows, headings); only the format differs.
  md: async () => {
    const parseTxt = await txt();
    return async (bytes, ctx) => {
      const r = await parseTxt(bytes, ctx);
      return r.value ? { ...r, value: { ...r.value, format: 'md' } } : r;
    };
  },
  docx: async () => (await import('./docx/index.ts')).parseDocx,
  doc: libreOffice,
  wps: libreOffice,
  odt: libreOffice,
  pdf: async () => (await import('./pdf/index.ts')).parsePdf,
  html: async () => (await import('./html/index.ts')).parseHtml,
  xlsx: async () => (await import('./xlsx/index.ts')).parseXlsx,
  // Excel 97–2003 and WPS spreadsheets: SheetJS reads them as it reads .xlsx.
  xls: async () => (await import('./xlsx/index.ts')).parseXlsx,
};
const loaded = new Map<Detected, Promise<Parser>>();
function parserFor(format: Detected): Promise<Parser> | null {
  const load = LOADERS[format];
  if (!load) return null;
  let p = loaded.get(format);
  if (!p) loaded.set(format, (p = load()));
  return p;
}

export async function parseBytes(bytes: Uint8Array, file: string): Promise<Result<SourceDocument | null> & { documentId: string; detected: Detected }> {
  const documentId = documentIdOf(bytes);
  const detected = detectFormat(bytes, file);
  // An empty file says so whatever its name, rather than failing as a broken .docx or .pdf.
  if (bytes.byteLength === 0) return { value: null, diagnostics: [diag(documentId, 'error', 'empty-file', 'The file is empty.')], documentId, detected };
  const loading = parserFor(detected);
  if (!loading) {
    const d: Diagnostic = diag(documentId, 'error', 'unsupported-format', `The file's format (${detected}) is not supported; convert it to .docx, .pdf or .txt.`);
    return { value: null, diagnostics: [d], documentId, detected };
  }
  try {
    const parser = await loading;
    const res = await parser(bytes, { file, documentId });
    return { ...res, documentId, detected };
  } catch (err) {
    // Parsers must not throw for bad data; if one does, the file still fails alone.
    const msg = err instanceof Error ? err.message : String(err);
    return {
      value: null,
      diagnostics: [diag(documentId, 'error', 'parser-crashed', `The ${detected} parser failed on this file: ${msg.split('\n')[0]}`)],
      documentId,
      detected,
    };
  }
}

/** Reads and parses one file; an unreadable file is an error diagnostic, never a throw. */
export async function parseFile(file: string): Promise<Result<SourceDocument | null>> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
    return { value: null, diagnostics: [diag(null, 'error', 'file-unreadable', `The file cannot be read (${code}).`)] };
  }
  return parseBytes(bytes, file);
}
