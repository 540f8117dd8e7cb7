// Bytes → string for plain-text inputs: UTF-8 (with or without BOM), UTF-16 with
// BOM, else GB18030 (a superset of GBK/GB2312). Binary files are refused.
import type { Result } from '../../pipeline/model.ts';
import { diag } from '../../pipeline/model.ts';

export function decodeText(bytes: Uint8Array, documentId: string): Result<string | null> {
  if (bytes.length === 0) {
    return { value: null, diagnostics: [diag(documentId, 'error', 'empty-file', 'The file is empty.')] };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { value: new TextDecoder('utf-8').decode(bytes.subarray(3)), diagnostics: [] };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { value: new TextDecoder(enc).decode(bytes.subarray(2)), diagnostics: [] };
  }
  if (looksBinary(bytes)) {
    return {
      value: null,
      diagnostics: [diag(documentId, 'error', 'binary-file', 'The file is binary data, not text; check its real format.')],
    };
  }
  try {
    return { value: new TextDecoder('utf-8', { fatal: true }).decode(bytes), diagnostics: [] };
  } catch {
    // Not UTF-8: Chinese government text files are GBK/GB18030 in practice.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return {
      value: text,
      diagnostics: [diag(documentId, 'info', 'encoding-gb18030', 'The file is not UTF-8; it was read as GB18030 (GBK).')],
    };
  } catch {
    return {
      value: null,
      diagnostics: [diag(documentId, 'error', 'unknown-encoding', 'The text is neither UTF-8 nor GBK/GB18030 and cannot be read.')],
    };
  }
}

/** NUL bytes or many control characters in the first 8 KiB mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.05;
}
