// Writes small PDFs by hand for the parser tests: text in Helvetica (Latin) or
// in the non-embedded Adobe-GB1 font STSong-Light with the UniGB-UCS2-H CMap
// (Chinese, UTF-16 code units), stroked lines, filled or stroked rectangles,
// optional encryption dictionary. Coordinates are given with the origin at the
// TOP-left (as the parser reports them) and flipped to PDF space here. Pages are
// A4 portrait (595 × 842) unless a PageSpec gives another MediaBox, a /Rotate or
// a `cm` the content is drawn through.
//
// Producer quirks (test/pdf/producer-quirks.test.ts): a text op may set a render
// mode (`Tr`: 2 fill+stroke, 3 invisible) and a fill gray (1 = white); `tj` writes
// one TJ array (strings and kerning numbers, as Word and printers do); `cids` writes
// glyph ids in an Identity-H font with no ToUnicode map (text that cannot be read);
// `image` paints a small gray image (a scanned page). The extra font and image
// objects are only written when a page uses them.
//
// Office producers (test/pdf/office-producers.test.ts): a text op may set character
// and word spacing (`tc`, `tw`: justified lines); `glyphs` writes one text object
// with every glyph placed by a `Td` of its own (WPS); `marked` wraps ops in a
// marked-content sequence (`/Span <</ActualText …>> BDC … EMC`, `/Artifact BMC …
// EMC`: tagged PDFs from Word); `eo` fills a rectangle with `f*` (Word's borders);
// a PageSpec with `yDown` draws through `1 0 0 -1 0 H cm` with top-left
// coordinates and text matrices `1 0 0 -1 x y Tm` (WPS's page setup).

import { deflateSync } from 'node:zlib';

export const PAGE_W = 595;
export const PAGE_H = 842;

export type Op =
  /** `up`: the text reads bottom to top from (x, y) (a vertical label). */
  | { text: string; x: number; y: number; size?: number; up?: true; render?: 0 | 1 | 2 | 3; gray?: number; tc?: number; tw?: number }
  /** One TJ array at (x, y): strings are drawn, numbers move the pen back by n/1000 of the size. */
  | { tj: (string | number)[]; x: number; y: number; size?: number }
  /** Glyph ids drawn in a font without a ToUnicode map (Identity-H, ordering Identity). */
  | { cids: number[]; x: number; y: number; size?: number }
  /** A gray image filling [x0, y0, x1, y1] (top-left origin). */
  | { image: [number, number, number, number] }
  | { line: [number, number, number, number]; width?: number }
  /** One text object, each glyph placed `step` after the one before by a `Td` of its own. */
  | { glyphs: string; x: number; y: number; step: number; size?: number }
  /** Ops in a marked-content sequence: `/tag <<props>> BDC … EMC`, or `/tag BMC … EMC` without props. */
  | { marked: string; props?: string; ops: readonly Op[] }
  | { rect: [number, number, number, number]; fill: true; eo?: true }
  /** A rectangle drawn with `re` and stroked (a cell box). */
  | { box: [number, number, number, number]; width?: number };

/**
 * A page with its own geometry. Ops are placed in a drawing frame of
 * `frame` = [width, height] (top-left origin, default: the MediaBox), flipped to
 * PDF space with the frame's height, then mapped by `cm` (written before them
 * in the content stream). `rotate` is the page's /Rotate.
 */
export interface PageSpec {
  ops: readonly Op[];
  mediaBox?: [number, number];
  frame?: [number, number];
  cm?: [number, number, number, number, number, number];
  rotate?: 0 | 90 | 180 | 270;
  /** Content drawn through `1 0 0 -1 0 H cm` (y down), text through `1 0 0 -1 x y Tm`. */
  yDown?: true;
  /** Ops drawn after the others, outside `cm`, in the MediaBox's own frame (a page number upright on a page printed sideways). */
  upright?: readonly Op[];
}

/** Marked-content properties carrying `text` as ActualText (UTF-16BE with its byte-order mark). */
export function actualText(text: string): string {
  return `<< /ActualText <FEFF${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}> >>`;
}

/** Text beyond Latin-1 (ideographs, CJK punctuation, dashes) is written in the CJK font; Helvetica with WinAnsi has no code for it. */
const CJK = /[^\u0000-\u00FF]/;

/** A PDF string operand for `text` in its font: UTF-16 hex for CJK (F2), a literal for Latin (F1). */
function encode(text: string, cjk: boolean): string {
  if (cjk) return `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
  return `(${text.replace(/[\\()]/g, (m) => '\\' + m)})`;
}

/** Where a top-left `y` goes in the content stream: flipped by the frame's height, or as it is under a y-down `cm`. */
type YMap = { y: (y: number) => number; down: boolean };

function textOp(text: string, x: number, y: number, size: number, Y: YMap, up = false, state = ''): string {
  // Baseline at y (top-left origin) → PDF y = H - y.
  const yy = Y.y(y);
  if (up && Y.down) throw new Error('make-pdf: upward text on a y-down page is not supported');
  const at = Y.down ? `1 0 0 -1 ${x} ${yy} Tm` : up ? `0 1 -1 0 ${x} ${yy} Tm` : `${x} ${yy} Td`;
  const cjk = CJK.test(text);
  return `BT ${state}/F${cjk ? 2 : 1} ${size} Tf ${at} ${encode(text, cjk)} Tj ET`;
}

function pageContent(ops: readonly Op[], Y: YMap): string {
  const at = (x: number, y: number) => (Y.down ? `1 0 0 -1 ${x} ${Y.y(y)} Tm` : `${x} ${Y.y(y)} Td`);
  return ops
    .map((o) => {
      if ('text' in o) {
        const state =
          (o.render !== undefined ? `${o.render} Tr ` : '') + (o.gray !== undefined ? `${o.gray} g ` : '') + (o.tc !== undefined ? `${o.tc} Tc ` : '') + (o.tw !== undefined ? `${o.tw} Tw ` : '');
        const op = textOp(o.text, o.x, o.y, o.size ?? 10, Y, o.up, state);
        return state ? `q ${op} Q` : op;
      }
      if ('tj' in o) {
        const cjk = o.tj.some((p) => typeof p === 'string' && CJK.test(p));
        const arr = o.tj.map((p) => (typeof p === 'number' ? String(p) : encode(p, cjk))).join(' ');
        return `BT /F${cjk ? 2 : 1} ${o.size ?? 10} Tf ${at(o.x, o.y)} [${arr}] TJ ET`;
      }
      if ('glyphs' in o) {
        const cjk = CJK.test(o.glyphs);
        const moves = [...o.glyphs].map((ch, i) => `${i ? `${o.step} 0 Td ` : ''}${encode(ch, cjk)} Tj`).join(' ');
        return `BT /F${cjk ? 2 : 1} ${o.size ?? 10} Tf ${at(o.x, o.y)} ${moves} ET`;
      }
      if ('marked' in o) {
        return `/${o.marked} ${o.props ? `${o.props} BDC` : 'BMC'}\n${pageContent(o.ops, Y)}\nEMC`;
      }
      if ('cids' in o) {
        const hex = o.cids.map((c) => c.toString(16).padStart(4, '0')).join('');
        return `BT /F3 ${o.size ?? 10} Tf ${at(o.x, o.y)} <${hex}> Tj ET`;
      }
      // Rectangles: the corner whose y is the lower one in the content stream's space, and a positive height.
      const box = ([x0, y0, x1, y1]: readonly number[]) => `${x0} ${Y.down ? y0! : Y.y(y1!)} ${x1! - x0!} ${y1! - y0!}`;
      if ('image' in o) {
        const [x0, y0, x1, y1] = o.image;
        return Y.down ? `q ${x1 - x0} 0 0 ${y0 - y1} ${x0} ${y1} cm /Im1 Do Q` : `q ${x1 - x0} 0 0 ${y1 - y0} ${x0} ${Y.y(y1)} cm /Im1 Do Q`;
      }
      if ('line' in o) {
        const [x0, y0, x1, y1] = o.line;
        return `${o.width ?? 0.5} w ${x0} ${Y.y(y0)} m ${x1} ${Y.y(y1)} l S`;
      }
      if ('box' in o) return `${o.width ?? 0.5} w ${box(o.box)} re S`;
      return `${box(o.rect)} re ${o.eo ? 'f*' : 'f'}`;
    })
    .join('\n');
}

export interface PdfOptions {
  /** Adds a standard-security encryption dictionary whose user password is not empty. */
  encrypted?: boolean;
  /** Content streams compressed (FlateDecode), as every office producer writes them. */
  compress?: boolean;
}

export function makePdf(pages: readonly (readonly Op[] | PageSpec)[], opts: PdfOptions = {}): Uint8Array {
  const objs: string[] = [];
  // 1 catalog, 2 pages, 3 Helvetica, 4 Type0 CJK font, 5 CIDFont, then page/content pairs.
  const pageIds = pages.map((_, i) => 6 + 2 * i);
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objs[4] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>';
  objs[5] =
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >> /DW 1000 >>';
  const specs: PageSpec[] = pages.map((p) => ('ops' in p ? (p as PageSpec) : { ops: p as readonly Op[] }));
  // Objects only some tests need come after the pages, so the others' bytes stay as they were.
  let extra = 6 + 2 * pages.length;
  const flat = (ops: readonly Op[]): Op[] => ops.flatMap((o) => ('marked' in o ? flat(o.ops) : [o]));
  const uses = (k: string) => specs.some((s) => flat([...s.ops, ...(s.upright ?? [])]).some((o) => k in o));
  let resources = '/Font << /F1 3 0 R /F2 4 0 R >>';
  if (uses('cids')) {
    const font = extra++;
    const cid = extra++;
    objs[font] = `<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H /DescendantFonts [${cid} 0 R] >>`;
    objs[cid] =
      '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >> /DW 1000 /CIDToGIDMap /Identity >>';
    resources = `/Font << /F1 3 0 R /F2 4 0 R /F3 ${font} 0 R >>`;
  }
  if (uses('image')) {
    const img = extra++;
    const px = '8040c0ff';
    objs[img] = `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${px.length + 1} >>\nstream\n${px}>\nendstream`;
    resources += ` /XObject << /Im1 ${img} 0 R >>`;
  }
  specs.forEach((spec, i) => {
    const [mw, mh] = spec.mediaBox ?? [PAGE_W, PAGE_H];
    const frameH = spec.frame?.[1] ?? mh;
    const body = pageContent(spec.ops, spec.yDown ? { y: (y) => y, down: true } : { y: (y) => frameH - y, down: false });
    const cm = spec.cm ?? (spec.yDown ? [1, 0, 0, -1, 0, frameH] : undefined);
    let content = cm ? `q ${cm.join(' ')} cm\n${body}\nQ` : body;
    if (spec.upright) content += `\n${pageContent(spec.upright, { y: (y) => mh - y, down: false })}`;
    const rotate = spec.rotate ? ` /Rotate ${spec.rotate}` : '';
    objs[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${mw} ${mh}]${rotate} /Resources << ${resources} >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    const data = opts.compress ? deflateSync(Buffer.from(content, 'latin1')).toString('latin1') : content;
    objs[pageIds[i]! + 1] = `<< /Length ${Buffer.byteLength(data, 'latin1')}${opts.compress ? ' /Filter /FlateDecode' : ''} >>\nstream\n${data}\nendstream`;
  });
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objs.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objs[id]}\nendobj\n`;
  }
  let encrypt = '';
  if (opts.encrypted) {
    const id = objs.length;
    offsets[id] = Buffer.byteLength(out, 'latin1');
    const o = '<' + '3'.repeat(64) + '>';
    const u = '<' + '7'.repeat(64) + '>';
    out += `${id} 0 obj\n<< /Filter /Standard /V 1 /R 2 /O ${o} /U ${u} /P -44 >>\nendobj\n`;
    encrypt = ` /Encrypt ${id} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  const n = offsets.length;
  out += `xref\n0 ${n}\n0000000000 65535 f \n`;
  for (let id = 1; id < n; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${n} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Ops for a ruled grid: horizontal rules at `ys`, vertical rules at `xs`, each over the whole table. */
export function grid(xs: number[], ys: number[]): Op[] {
  const ops: Op[] = [];
  for (const y of ys) ops.push({ line: [xs[0]!, y, xs[xs.length - 1]!, y] });
  for (const x of xs) ops.push({ line: [x, ys[0]!, x, ys[ys.length - 1]!] });
  return ops;
}
