// ActualText of marked content (`/Span <</ActualText (…)>> BDC … EMC`): the text a tagged
// PDF says the glyphs inside stand for. Word writes it where a glyph's own code does not
// give the text (a glyph of a font without a Unicode map, a ligature, a symbol). pdfjs reads
// the glyphs only and passes marked content on without its properties, so the page's
// content streams are read here for their marked-content operators (BMC, BDC) and the
// ActualText of each, in drawing order; pageRuns (extract.ts) pairs them with pdfjs's
// marked-content items one by one, and only when both give the same sequence of tags (a
// page whose marked content sits in form XObjects, or a stream this reader cannot decode,
// is read without ActualText, as before).
//
// Reads objects stored plainly and in object streams; content streams unfiltered or
// FlateDecode (without predictors). Anything else: null, never an exception.
import { inflateSync, constants } from 'node:zlib';

export interface MarkedBegin {
  tag: string;
  /** The ActualText of a BDC's properties, decoded. */
  actualText?: string;
}

/** The bytes of a PDF as a latin-1 string, with an index of where its objects are (built on first use). */
export class PdfSource {
  private text: string | null = null;
  private objects: Map<string, string> | null = null;
  constructor(private readonly bytes: Uint8Array) {}

  private str(): string {
    this.text ??= Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString('latin1');
    return this.text;
  }

  /** Object number → its text from after `obj` (the last definition wins: incremental updates). */
  private index(): Map<string, string> {
    if (this.objects) return this.objects;
    const s = this.str();
    const offsets = new Map<string, number>();
    for (const m of s.matchAll(/(?<=^|\s)(\d+)\s+(\d+)\s+obj\b/g)) offsets.set(`${m[1]} ${m[2]}`, m.index! + m[0].length);
    const objects = new Map<string, string>();
    for (const [k, at] of offsets) {
      let end = s.indexOf('endobj', at);
      // A stream's data may hold the bytes `endobj`: a stream ends where its direct /Length says.
      const stream = /\bstream\r?\n/.exec(s.slice(at, end < 0 ? s.length : end));
      const length = stream ? /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(s.slice(at, at + stream.index)) : null;
      if (stream && length) {
        const dataEnd = at + stream.index + stream[0].length + Number(length[1]);
        if (dataEnd > end) end = s.indexOf('endobj', dataEnd);
      }
      objects.set(k, s.slice(at, end < 0 ? s.length : end));
    }
    // Objects inside object streams (PDF 1.5): `/Type /ObjStm`, N pairs of number and offset from /First.
    for (const body of [...objects.values()]) {
      if (!/\/Type\s*\/ObjStm\b/.test(body)) continue;
      const data = this.streamData(body);
      if (data === null) continue;
      const n = Number(/\/N\s+(\d+)/.exec(body)?.[1] ?? NaN);
      const first = Number(/\/First\s+(\d+)/.exec(body)?.[1] ?? NaN);
      if (!Number.isFinite(n) || !Number.isFinite(first)) continue;
      const head = data.slice(0, first).trim().split(/\s+/).map(Number);
      for (let i = 0; i < n && 2 * i + 1 < head.length; i++) {
        const key = `${head[2 * i]} 0`;
        if (objects.has(key)) continue;
        const from = first + head[2 * i + 1]!;
        const to = 2 * i + 3 < head.length ? first + head[2 * i + 3]! : data.length;
        objects.set(key, data.slice(from, to));
      }
    }
    this.objects = objects;
    return objects;
  }

  private object(num: number, gen: number): string | undefined {
    return this.index().get(`${num} ${gen}`);
  }

  /** The decoded data of a stream object (its text from after `obj`), or null when it cannot be decoded here. */
  private streamData(body: string): string | null {
    const at = /\bstream\r?\n/.exec(body);
    if (!at) return null;
    const dict = body.slice(0, at.index);
    let data = body.slice(at.index + at[0].length);
    const length = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dict);
    let n = NaN;
    if (length && length[2] === undefined) n = Number(length[1]);
    else if (length) n = Number(/^\s*(\d+)/.exec(this.object(Number(length[1]), Number(length[2])) ?? '')?.[1] ?? NaN);
    const end = data.lastIndexOf('endstream');
    if (Number.isFinite(n) && n <= data.length) data = data.slice(0, n);
    else if (end >= 0) data = data.slice(0, end);
    const filters = [...(/\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dict)?.[1] ?? '').matchAll(/\/(\w+)/g)].map((m) => m[1]);
    if (!filters.length) return data;
    if (filters.length > 1 || (filters[0] !== 'FlateDecode' && filters[0] !== 'Fl') || /\/DecodeParms/.test(dict)) return null;
    const raw = Buffer.from(data, 'latin1');
    try {
      return inflateSync(raw).toString('latin1');
    } catch {
      try {
        return inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1');
      } catch {
        return null;
      }
    }
  }

  /** The marked-content operators of a page's content streams, in order; null when they cannot be read. */
  markedContent(ref: { num: number; gen: number } | null): MarkedBegin[] | null {
    try {
      if (!ref) return null;
      const page = this.object(ref.num, ref.gen);
      if (!page) return null;
      const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(page)?.[1];
      if (!contents) return [];
      let refs = [...contents.matchAll(/(\d+)\s+(\d+)\s+R/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      // /Contents given as a reference to an array of references.
      if (refs.length === 1) {
        const body = this.object(refs[0]![0], refs[0]![1]);
        if (body && /^\s*\[/.test(body)) refs = [...body.matchAll(/(\d+)\s+(\d+)\s+R/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      }
      const parts: string[] = [];
      for (const [num, gen] of refs) {
        const body = this.object(num, gen);
        const data = body === undefined ? null : this.streamData(body);
        if (data === null) return null;
        parts.push(data);
      }
      const joined = parts.join('\n');
      // Only inline properties are read, so a page whose streams never name ActualText has none to
      // give: the tokenizer (the costly part, most tagged pages carry only MCIDs) is skipped.
      return joined.includes('ActualText') ? scanMarked(joined) : null;
    } catch {
      return null;
    }
  }
}

const WHITE = new Set([0, 9, 10, 12, 13, 32]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

type Value = number | string | { name: string } | Value[] | Map<string, Value> | null;
/** An operator, or a closing delimiter met where a value was expected. */
type Tok = { op: string } | { close: string };
const isTok = (v: unknown): v is Tok => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Map) && ('op' in v || 'close' in v);

/** A PDF text string: UTF-16BE after its byte-order mark, else PDFDocEncoding (read as latin-1). */
function textString(s: string): string {
  if (s.length >= 2 && s.charCodeAt(0) === 0xfe && s.charCodeAt(1) === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < s.length; i += 2) out += String.fromCharCode((s.charCodeAt(i) << 8) | s.charCodeAt(i + 1));
    return out;
  }
  return s;
}

/** BMC and BDC operators of a content stream, with the ActualText of each BDC's inline properties. */
export function scanMarked(s: string): MarkedBegin[] {
  const out: MarkedBegin[] = [];
  let i = 0;
  const n = s.length;
  const skipWhite = () => {
    while (i < n) {
      const c = s.charCodeAt(i);
      if (WHITE.has(c)) i++;
      else if (c === 37) while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
      else break;
    }
  };
  const regular = () => {
    const from = i;
    while (i < n && !WHITE.has(s.charCodeAt(i)) && !DELIM.has(s.charCodeAt(i))) i++;
    return s.slice(from, i);
  };
  const literal = (): string => {
    let depth = 1;
    let out = '';
    i++;
    while (i < n && depth > 0) {
      const c = s[i++]!;
      if (c === '\\') {
        const e = s[i++] ?? '';
        const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
        if (e in esc) out += esc[e];
        else if (/[0-7]/.test(e)) {
          let oct = e;
          while (oct.length < 3 && /[0-7]/.test(s[i] ?? '')) oct += s[i++];
          out += String.fromCharCode(parseInt(oct, 8) & 0xff);
        } else if (e === '\r') {
          if (s[i] === '\n') i++;
        } else if (e !== '\n') out += e;
      } else if (c === '(') {
        depth++;
        out += c;
      } else if (c === ')') {
        depth--;
        if (depth > 0) out += c;
      } else out += c;
    }
    return out;
  };
  const value = (): Value | Tok => {
    skipWhite();
    const c = s[i];
    if (c === undefined) return { op: '' };
    if (c === '(') return literal();
    if (c === '<' && s[i + 1] === '<') {
      i += 2;
      const dict = new Map<string, Value>();
      for (;;) {
        const k = value();
        if (isTok(k)) {
          if (('close' in k && k.close === '>>') || ('op' in k && k.op === '')) break;
          continue;
        }
        if (!k || typeof k !== 'object' || !('name' in k)) continue;
        const v = value();
        if (isTok(v)) {
          if (('close' in v && v.close === '>>') || ('op' in v && v.op === '')) break;
          continue;
        }
        dict.set(k.name, v);
      }
      return dict;
    }
    if (c === '>' && s[i + 1] === '>') {
      i += 2;
      return { close: '>>' };
    }
    if (c === '<') {
      const end = s.indexOf('>', i);
      const hex = s.slice(i + 1, end < 0 ? n : end).replace(/[^0-9a-fA-F]/g, '');
      i = end < 0 ? n : end + 1;
      let out = '';
      for (let k = 0; k < hex.length; k += 2) out += String.fromCharCode(parseInt((hex[k]! + (hex[k + 1] ?? '0')), 16));
      return out;
    }
    if (c === '[') {
      i++;
      const arr: Value[] = [];
      for (;;) {
        const v = value();
        if (isTok(v)) {
          if (('close' in v && v.close === ']') || ('op' in v && v.op === '')) break;
          continue;
        }
        arr.push(v);
      }
      return arr;
    }
    if (c === ']' || c === ')' || c === '>' || c === '{' || c === '}') {
      i++;
      return { close: c };
    }
    if (c === '/') {
      i++;
      return { name: regular().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) };
    }
    const tok = regular();
    if (!tok) {
      i++;
      return null;
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(tok)) return Number(tok);
    return { op: tok };
  };
  let operands: Value[] = [];
  while (i < n) {
    const v = value();
    if (!isTok(v)) {
      operands.push(v);
      continue;
    }
    if ('close' in v) continue;
    if (v.op === '') break;
    if (v.op === 'BI') {
      // Inline image: its data runs from after ID to EI (binary, never tokenized).
      const id = s.indexOf('ID', i);
      const ei = id < 0 ? -1 : s.slice(id + 3).search(/\sEI(?=\s|$)/);
      i = ei < 0 ? n : id + 3 + ei + 3;
    } else if (v.op === 'BMC' || v.op === 'BDC') {
      const tag = operands[v.op === 'BMC' ? operands.length - 1 : operands.length - 2];
      const props = v.op === 'BDC' ? operands[operands.length - 1] : null;
      const begin: MarkedBegin = { tag: tag && typeof tag === 'object' && 'name' in tag ? tag.name : '' };
      const at = props instanceof Map ? props.get('ActualText') : undefined;
      if (typeof at === 'string') begin.actualText = textString(at);
      out.push(begin);
    }
    operands = [];
  }
  return out;
}
