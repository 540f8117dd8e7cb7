// The result of a file whose worker died (uncaught exception, out of memory,
// timeout): a failed document with one error diagnostic, like convertFile's own
// failures, so the batch goes on and the file is named in the dataset.
import { readFile, stat } from 'node:fs/promises';
import { documentIdOf } from '../../parsers/index.ts';
import { detectFormat } from '../../parsers/detect.ts';
import type { DocumentInfo } from '../../schemas/dataset.ts';
import type { FileResult } from '../convert.ts';
import { diag } from '../model.ts';

const FORMATS: DocumentInfo['format'][] = ['docx', 'pdf', 'txt', 'md', 'html', 'doc', 'xlsx'];

export async function crashedResult(file: string, code: string, message: string, maxBytes: number): Promise<FileResult> {
  let documentId = 'unknown';
  let format: DocumentInfo['format'] = 'txt';
  try {
    if ((await stat(file)).size <= maxBytes) {
      const bytes = new Uint8Array(await readFile(file));
      documentId = documentIdOf(bytes);
      const d = detectFormat(bytes, file);
      format = FORMATS.includes(d as DocumentInfo['format']) ? (d as DocumentInfo['format']) : d === 'unknown' ? 'txt' : 'doc';
    }
  } catch {
    // Unreadable now: keep the placeholders, the diagnostic says what happened.
  }
  return {
    document: { documentId, file, format, title: null, region: { province: null, city: null, county: null }, year: null, yearEnd: null, fields: {}, tables: 0, status: 'failed' },
    records: [],
    allocations: [],
    diagnostics: [{ ...diag(documentId === 'unknown' ? null : documentId, 'error', code, message), file }],
  };
}
