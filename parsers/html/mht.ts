// Single-file web pages (.mht/.mhtml, "Web Archive"): a MIME message (RFC 2557) whose
// text/html part is the page, quoted-printable or base64, its charset in the part's header.
// Word ("Single File Web Page"), Internet Explorer and Chromium ("Save as MHTML") write them.

const latin1 = new TextDecoder('latin1');

/** A MIME message: header lines (`MIME-Version:`, `Content-Type: multipart/related`, …) at the start. */
export function looksLikeMime(bytes: Uint8Array): boolean {
  const head = latin1.decode(bytes.subarray(0, 4096));
  if (!/^\s*[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n/.test(head)) return false;
  const headers = head.split(/\r?\n\r?\n/)[0]!;
  return /^mime-version\s*:/im.test(headers) || /^content-type\s*:\s*(multipart\/related|text\/html)/im.test(headers);
}

interface Headers {
  [name: string]: string;
}

/** Header block → lower-case names, folded lines joined. */
function parseHeaders(block: string): Headers {
  const out: Headers = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([A-Za-z0-9-]+)\s*:\s*(.*)$/.exec(line);
    if (m && !(m[1]!.toLowerCase() in out)) out[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  return out;
}

function param(value: string | undefined, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function splitHead(s: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(s);
  return m ? { head: s.slice(0, m.index), body: s.slice(m.index + m[0].length) } : { head: s, body: '' };
}

/** Quoted-printable → bytes (soft line breaks dropped). */
function quotedPrintable(s: string): Uint8Array {
  const out: number[] = [];
  const t = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if (ch === 0x3d && /^[0-9A-Fa-f]{2}$/.test(t.slice(i + 1, i + 3))) {
      out.push(parseInt(t.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(ch & 0xff);
  }
  return new Uint8Array(out);
}

function decodeBody(body: string, encoding: string): Uint8Array {
  if (encoding === 'quoted-printable') return quotedPrintable(body);
  if (encoding === 'base64') return new Uint8Array(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
  return Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff); // 7bit, 8bit, binary: the bytes as they are
}

export interface HtmlPart {
  bytes: Uint8Array;
  charset: string | null;
  encoding: string;
}

/** The page of a MIME single-file web page: the root part (`start`), else the first text/html part. */
export function htmlPartOf(bytes: Uint8Array): HtmlPart | null {
  // latin1 keeps every byte as one char, so 8bit parts come back byte for byte
  const { head, body } = splitHead(latin1.decode(bytes));
  const top = parseHeaders(head);
  const type = top['content-type'] ?? '';
  const part = (h: Headers, b: string): HtmlPart => {
    const encoding = (h['content-transfer-encoding'] ?? '8bit').toLowerCase();
    return { bytes: decodeBody(b, encoding), charset: param(h['content-type'], 'charset')?.toLowerCase() ?? null, encoding };
  };
  if (/^text\/html/i.test(type)) return part(top, body);
  const boundary = param(type, 'boundary');
  if (!boundary) return null;
  const start = param(type, 'start');
  const parts = body
    .split(`--${boundary}`)
    .slice(1)
    .filter((p) => !p.startsWith('--'))
    .map((p) => {
      const s = splitHead(p.replace(/^\r?\n/, ''));
      return { h: parseHeaders(s.head), b: s.body };
    });
  const html = parts.filter((p) => /^text\/html/i.test(p.h['content-type'] ?? ''));
  const root = (start && html.find((p) => p.h['content-id'] === start)) || html[0];
  return root ? part(root.h, root.b) : null;
}
