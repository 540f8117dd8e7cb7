// Bytes → SourceDocument for every supported format.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Diagnostic, Parser, Result, SourceDocument } from '../pipeline/model.ts';
import { diag } from '../pipeline/model.ts';
import { detectFormat, type Detected } from './detect.ts';
import { parseTxt } from './txt/index.ts';
import { parseDocx } from './docx/index.ts';
import { parseViaLibreOffice } from './doc/index.ts';
import { parsePdf } from './pdf/index.ts';
import { parseHtml } from './html/index.ts';

export function documentIdOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

const PARSERS: Partial<Record<Detected, Parser>> = {
  txt: parseTxt,
  // Markdown is read by the text reader (pipe tables, TSV rows, headings); only the format differs.
  md: async (bytes, ctx) => {
    const r = await parseTxt(bytes, ctx);
    return r.value ? { ...r, value: { ...r.value, format: 'md' } } : r;
  },
  docx: parseDocx,
  doc: parseViaLibreOffice,
  wps: parseViaLibreOffice,
  odt: parseViaLibreOffice,
  pdf: parsePdf,
  html: parseHtml,
};

export async function parseBytes(bytes: Uint8Array, file: string): Promise<Result<SourceDocument | null> & { documentId: string; detected: Detected }> {
  const documentId = documentIdOf(bytes);
  const detected = detectFormat(bytes, file);
  const parser = PARSERS[detected];
  if (!parser) {
    const d: Diagnostic = diag(documentId, 'error', 'unsupported-format', `The file's format (${detected}) is not supported; convert it to .docx, .pdf or .txt.`);
    return { value: null, diagnostics: [d], documentId, detected };
  }
  try {
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
