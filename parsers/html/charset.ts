// Bytes → text for web pages. The bytes decide between UTF-8 and GBK as for text files
// (parsers/txt/decode.ts: a page that is valid UTF-8 is UTF-8, else GB18030), because the
// declared charset is often wrong: CMSs convert old GB2312 pages to UTF-8 and keep the
// `<meta … charset=gb2312>`, or declare UTF-8 over GBK bytes. The declaration is honoured
// where the bytes cannot tell: a page in another legacy encoding (Big5, Shift_JIS, …) that
// is not UTF-8. A declaration the bytes contradict is said in an info diagnostic.
import type { Diagnostic, Result } from '../../pipeline/model.ts';
import { diag } from '../../pipeline/model.ts';
import { decodeText } from '../txt/decode.ts';

const GB = /^(gb2312|gb_2312(-80)?|gbk|x-gbk|gb18030|cp936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58)$/;
const UTF8 = /^(utf-?8|unicode-1-1-utf-8)$/;

/** The charset a page declares in its first 4 KiB: `<meta charset>`, `http-equiv Content-Type`, or an XML declaration. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const c = /charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(m[0]);
    if (c) return c[1]!.toLowerCase();
  }
  const x = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(head);
  return x ? x[1]!.toLowerCase() : null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(GB.test(label) ? 'gb18030' : label, { fatal: true });
  } catch {
    return null; // a label TextDecoder does not know
  }
}

/**
 * Decodes a page. `declared` is the charset the container names (an .mht part header);
 * without it the page's own declaration is read.
 */
export function decodeHtml(bytes: Uint8Array, documentId: string, declared: string | null = null): Result<string | null> {
  const label = (declared ?? declaredCharset(bytes))?.toLowerCase() ?? null;
  const base = decodeText(bytes, documentId);
  if (label === null) return base;
  if (base.value === null) {
    // neither UTF-8 nor GB18030: a declared legacy encoding may still read it
    const dec = base.diagnostics.some((d) => d.code === 'unknown-encoding') && !GB.test(label) && !UTF8.test(label) ? decoderFor(label) : null;
    try {
      if (dec) return { value: dec.decode(bytes), diagnostics: [] };
    } catch {
      // the declaration is wrong too
    }
    return base;
  }
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (hasBom) return base;
  const readAsGb = base.diagnostics.some((d) => d.code === 'encoding-gb18030');
  const nonAscii = bytes.some((b) => b >= 0x80);
  const diagnostics: Diagnostic[] = [...base.diagnostics];
  if (!readAsGb) {
    // Valid UTF-8. A page declaring another charset with non-ASCII bytes that are valid UTF-8 is
    // UTF-8 in practice (legacy multibyte text is almost never valid UTF-8).
    if (nonAscii && !UTF8.test(label)) diagnostics.push(diag(documentId, 'info', 'html-charset-mismatch', `The page declares charset ${label}, but its bytes are UTF-8; it was read as UTF-8.`));
    return { value: base.value, diagnostics };
  }
  if (UTF8.test(label)) {
    diagnostics.push(diag(documentId, 'info', 'html-charset-mismatch', `The page declares charset ${label}, but its bytes are not UTF-8; it was read as GB18030 (GBK).`));
    return { value: base.value, diagnostics };
  }
  if (GB.test(label)) return base;
  // Another legacy encoding, declared and not contradicted by the bytes: honour it.
  const dec = decoderFor(label);
  if (!dec) {
    diagnostics.push(diag(documentId, 'info', 'html-charset-unknown', `The page declares charset ${label}, which is not known; it was read as GB18030 (GBK).`));
    return { value: base.value, diagnostics };
  }
  try {
    return { value: dec.decode(bytes), diagnostics: [] };
  } catch {
    diagnostics.push(diag(documentId, 'info', 'html-charset-mismatch', `The page declares charset ${label}, but its bytes are not ${label}; it was read as GB18030 (GBK).`));
    return { value: base.value, diagnostics };
  }
}
