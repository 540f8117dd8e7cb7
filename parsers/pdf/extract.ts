// Reads one pdfjs page into plain geometry: text runs and ruling segments, both
// in page points with the origin at the TOP-left of the (rotated) page as it is
// displayed. Everything downstream works on these types only.
//
// Text layers of producers we do not print with ourselves, and what is read of them:
// - Fake bold (WPS/Word 仿粗体): the same text drawn two to four times, each copy
//   shifted by a fraction of a point. pdfjs reports every copy, per glyph merged
//   into runs such as `市` `市场` `场监`…; a character drawn again on top of the same
//   character (same code point, within OVERPRINT of its position) is read once
//   (`readOnce`). Fill+stroke (render mode 2) draws the text once and needs nothing.
// - Invisible text (render mode 3: the OCR layer over a scanned image) is read like
//   any text; it is often the only text a page has. Text placed outside the page is
//   not reported by pdfjs and so never reaches a cell.
// - White text (fill, and stroke when stroked, white or near white) on the bare page
//   is hidden text (keywords, a copy left behind) and is left out (`pageMarks` finds
//   it, `withoutHidden` drops the run drawn there); white text on a non-white fill or
//   an image painted before it (a shaded heading cell) is read.
// - Letter-spaced text (character spacing `Tc` of a tenth of an em or more: 字符间距加宽,
//   distributed cells, dates spread over a column): pdfjs puts a space between the
//   letters (`2 0 2 4`) or, past 0.6 em, makes every letter a run of its own. Such a
//   piece of text without space glyphs is one word: the runs drawn along its baseline
//   are joined back into one run without those spaces (`joinSpaced`).
// - Images: the share of the page they cover is measured (`imageCover`), so that a
//   page without text that is one scanned image can be named in a warning.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { MarkedBegin, PdfSource } from './actualtext.ts';
import { BAND as FURNITURE_BAND, isPageNumber } from './furniture.ts';
import { groupLines, lineText } from './lines.ts';
import { pdfjs } from './pdfjs.ts';

export type Matrix = [number, number, number, number, number, number];

/** One run of text as pdfjs reports it, placed on the displayed page. */
export interface TextRun {
  str: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Font size in points (the run's height). */
  size: number;
  /** Baseline direction: true when the run reads left to right on the displayed page. */
  horizontal: boolean;
  /** Set on the pieces of a run that was cut at a column boundary. */
  cut?: boolean;
  /** The font the run is set in (pdfjs's name for it, unique in the document). */
  font?: string;
  /** Drawn inside an `/Artifact` marked-content sequence (a tagged PDF's running header, footer, page number, watermark). */
  artifact?: true;
}

/** How close (points, and share of the font size) a second copy of a character must lie to be an overprint. */
const OVERPRINT = { min: 0.8, share: 0.1, max: 0.3 };

/** An axis-aligned ruling segment. For horizontal ones y0 === y1; for vertical ones x0 === x1. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  horizontal: boolean;
}

export interface PageGeometry {
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  segments: Segment[];
  /**
   * Clockwise quarter turns applied on top of the displayed page because its
   * text reads sideways or upside down there (a table printed sideways); 0 when none.
   */
  turned: 0 | 1 | 2 | 3;
  /** Characters drawn again over themselves (fake bold) and read once. */
  overprinted: number;
  /** Share of the page (0–1) painted with images: about 1 for a scanned page. */
  imageCover: number;
  /** Characters drawn in white on the bare page (hidden text), left out. */
  hidden: number;
  /** Lines of text marked as artifacts (page furniture in a tagged PDF), left out. */
  artifacts: string[];
  /** Page numbers printed upright on a page read turned (a sideways table on a portrait page), left out. */
  pageNumbers: string[];
}

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * Letter-spaced text: character spacing of at least `min` of the font size (pdfjs puts a space
 * between letters from about a tenth of an em); a kerning step over `jump` thousandths of an em
 * in the same text moves to another place (a cell), so that text is not one word.
 */
const LETTER_SPACED = { min: 0.09, jump: 500 };

/** A filled rectangle thinner than this (points) is a ruling line drawn as a fill. */
const THIN_FILL = 3;
/** Segments shorter than this are dots, arrows or glyph pieces, not rulings. */
const MIN_SEGMENT = 3;
/** How far from axis-aligned a segment may be (points over its length). */
const SKEW = 1;

function isWhite(color: unknown): boolean {
  return typeof color === 'string' && /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i.test(color);
}

function pushSegment(out: Segment[], ax: number, ay: number, bx: number, by: number): void {
  const dx = Math.abs(bx - ax);
  const dy = Math.abs(by - ay);
  if (dy <= SKEW && dx >= MIN_SEGMENT) {
    const y = (ay + by) / 2;
    out.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: y, y1: y, horizontal: true });
  } else if (dx <= SKEW && dy >= MIN_SEGMENT) {
    const x = (ax + bx) / 2;
    out.push({ x0: x, x1: x, y0: Math.min(ay, by), y1: Math.max(ay, by), horizontal: false });
  }
}

/**
 * Turns one constructPath into ruling segments. Stroked paths give their
 * straight pieces; filled paths give a line only when they are thin rectangles
 * (a ruling drawn as a fill) or, for wider rectangles, their four edges (cell
 * shading whose edges are where borders are drawn in many generators).
 */
function pathSegments(path: ArrayLike<number>, ctm: Matrix, stroked: boolean, filled: boolean, out: Segment[]): void {
  const subpaths: number[][] = [];
  let cur: number[] = [];
  for (let k = 0; k < path.length; ) {
    const op = path[k++];
    if (op === 0) {
      if (cur.length) subpaths.push(cur);
      const [x, y] = apply(ctm, path[k]!, path[k + 1]!);
      cur = [x, y];
      k += 2;
    } else if (op === 1) {
      const [x, y] = apply(ctm, path[k]!, path[k + 1]!);
      cur.push(x, y);
      k += 2;
    } else if (op === 2) {
      // A curve breaks the straight run: start a new subpath at its end point.
      if (cur.length) subpaths.push(cur);
      const [x, y] = apply(ctm, path[k + 4]!, path[k + 5]!);
      cur = [x, y];
      k += 6;
    } else if (op === 3) {
      if (cur.length) subpaths.push(cur);
      const [x, y] = apply(ctm, path[k + 2]!, path[k + 3]!);
      cur = [x, y];
      k += 4;
    } else if (op === 4) {
      if (cur.length >= 4) cur.push(cur[0]!, cur[1]!);
    } else {
      break; // unknown draw code: stop rather than misread coordinates
    }
  }
  if (cur.length) subpaths.push(cur);

  for (const sp of subpaths) {
    const n = sp.length / 2;
    if (filled && !stroked) {
      // Filled shape: take its bounding box when it is (close to) a rectangle.
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (let i = 0; i < n; i++) {
        minX = Math.min(minX, sp[2 * i]!);
        maxX = Math.max(maxX, sp[2 * i]!);
        minY = Math.min(minY, sp[2 * i + 1]!);
        maxY = Math.max(maxY, sp[2 * i + 1]!);
      }
      const w = maxX - minX;
      const h = maxY - minY;
      if (n < 2 || n > 6) continue;
      if (h <= THIN_FILL && w >= MIN_SEGMENT) {
        pushSegment(out, minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
      } else if (w <= THIN_FILL && h >= MIN_SEGMENT) {
        pushSegment(out, (minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
      } else if (w > THIN_FILL && h > THIN_FILL) {
        pushSegment(out, minX, minY, maxX, minY);
        pushSegment(out, minX, maxY, maxX, maxY);
        pushSegment(out, minX, minY, minX, maxY);
        pushSegment(out, maxX, minY, maxX, maxY);
      }
      continue;
    }
    for (let i = 0; i + 1 < n; i++) {
      pushSegment(out, sp[2 * i]!, sp[2 * i + 1]!, sp[2 * i + 2]!, sp[2 * i + 3]!);
    }
  }
}

/** Where a piece of text was drawn that nobody can see: its baseline from (x0, y0) to (x1, y1), displayed coordinates. */
export interface HiddenText {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The characters drawn there (the glyphs' Unicode values). */
  text?: string;
}

/** Text state kept by the operator-list walk (graphics state: saved and restored with it). */
interface TextState {
  mode: number;
  size: number;
  /** The font's matrix scale: glyph widths are in units of 1/this of the size (1000 for most fonts). */
  unit: number;
  hscale: number;
  charSpacing: number;
  wordSpacing: number;
  leading: number;
  rise: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The bounding box of a path's points (curve control points included), displayed coordinates. */
function pathBox(path: ArrayLike<number>, ctm: Matrix): [number, number, number, number] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  const take = (k: number, n: number) => {
    for (let j = 0; j < n; j++) {
      const [x, y] = apply(ctm, path[k + 2 * j]!, path[k + 2 * j + 1]!);
      xs.push(x);
      ys.push(y);
    }
  };
  for (let k = 0; k < path.length; ) {
    const op = path[k++];
    if (op === 0 || op === 1) (take(k, 1), (k += 2));
    else if (op === 2) (take(k, 3), (k += 6));
    else if (op === 3) (take(k, 2), (k += 4));
    else if (op === 4) continue;
    else break;
  }
  if (!xs.length) return null;
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * Ruling segments of a page in displayed coordinates (viewport transform applied),
 * the area its images cover (in square points, overlaps counted twice), and the
 * text drawn in white (or near white: fill and stroke both) where nothing but the
 * page lies under it — hidden text, not the white heading of a shaded cell.
 * Invisible text (render modes 3 and 7, an OCR layer) is not hidden text: it is read.
 */
export async function pageMarks(page: PDFPageProxy, viewport: Matrix): Promise<{ segments: Segment[]; imageArea: number; hidden: HiddenText[]; spaced: HiddenText[] }> {
  const { OPS } = await pdfjs();
  const list = await page.getOperatorList();
  const out: Segment[] = [];
  let imageArea = 0;
  const hidden: HiddenText[] = [];
  const spaced: HiddenText[] = [];
  /** What was painted so far that text could stand on (non-white fills, images). */
  const painted: [number, number, number, number][] = [];
  let ts: TextState = { mode: 0, size: 0, unit: 0.001, hscale: 1, charSpacing: 0, wordSpacing: 0, leading: 0, rise: 0 };
  let tm: Matrix = IDENTITY;
  let tx = 0, ty = 0, lx = 0, ly = 0;
  const fontUnit = (name: unknown): number => {
    try {
      const f = page.commonObjs.get(name as string) as { fontMatrix?: number[] } | null;
      return f?.fontMatrix?.[0] || 0.001;
    } catch {
      return 0.001;
    }
  };
  const IMAGE = new Set([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintSolidColorImageMask,
  ]);
  let ctm: Matrix = viewport;
  let fill: unknown = '#000000';
  let stroke: unknown = '#000000';
  const stack: { ctm: Matrix; fill: unknown; stroke: unknown; ts: TextState }[] = [];
  const STROKE = new Set([OPS.stroke, OPS.closeStroke]);
  const FILL = new Set([OPS.fill, OPS.eoFill]);
  const BOTH = new Set([OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, fill, stroke, ts: { ...ts } });
        break;
      case OPS.restore: {
        const s = stack.pop();
        if (s) ({ ctm, fill, stroke, ts } = s);
        break;
      }
      case OPS.beginText:
        tm = IDENTITY;
        tx = ty = lx = ly = 0;
        break;
      case OPS.setTextMatrix: {
        const m = (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? args[0] : args) as ArrayLike<number>;
        tm = [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
        tx = ty = lx = ly = 0;
        break;
      }
      case OPS.moveText:
      case OPS.setLeadingMoveText:
        if (fn === OPS.setLeadingMoveText) ts.leading = args[1] as number;
        tx = lx += args[0] as number;
        ty = ly += args[1] as number;
        break;
      case OPS.nextLine:
        tx = lx;
        ty = ly += ts.leading;
        break;
      case OPS.setLeading:
        ts.leading = -(args[0] as number);
        break;
      case OPS.setFont:
        ts.size = Math.abs(args[1] as number);
        ts.unit = fontUnit(args[0]);
        break;
      case OPS.setTextRenderingMode:
        ts.mode = args[0] as number;
        break;
      case OPS.setHScale:
        ts.hscale = (args[0] as number) / 100;
        break;
      case OPS.setCharSpacing:
        ts.charSpacing = args[0] as number;
        break;
      case OPS.setWordSpacing:
        ts.wordSpacing = args[0] as number;
        break;
      case OPS.setTextRise:
        ts.rise = args[0] as number;
        break;
      case OPS.showText: {
        const glyphs = (args[0] ?? []) as (number | { width?: number; isSpace?: boolean })[];
        let adv = 0;
        let letters = 0;
        let apart = false;
        for (const g of glyphs) {
          if (typeof g === 'number') {
            adv -= (g * ts.size) / 1000;
            if (Math.abs(g) > LETTER_SPACED.jump) apart = true;
          } else {
            adv += (g.width ?? 0) * ts.size * ts.unit + (g.isSpace ? ts.wordSpacing : 0) + ts.charSpacing;
            if (g.isSpace) apart = true;
            else letters++;
          }
        }
        const m = multiply(ctm, tm);
        if (letters >= 2 && !apart && ts.size > 0 && ts.charSpacing >= LETTER_SPACED.min * ts.size && (ts.mode & 3) !== 3) {
          const [x0, y0] = apply(m, tx, ty + ts.rise);
          // The spacing after the last letter is no part of the text.
          const [x1, y1] = apply(m, tx + (adv - ts.charSpacing) * ts.hscale, ty + ts.rise);
          spaced.push({ x0, y0, x1, y1 });
        }
        const shown = (ts.mode & 3) === 0 || (ts.mode & 3) === 2 ? !isWhite(fill) : false;
        const stroked = (ts.mode & 3) === 1 || (ts.mode & 3) === 2 ? !isWhite(stroke) : false;
        if ((ts.mode & 3) !== 3 && !shown && !stroked && ts.size > 0) {
          // White text shows only on something painted under it (a shaded cell, a picture).
          const [cx, cy] = apply(m, tx + (adv * ts.hscale) / 2, ty + ts.rise + 0.3 * ts.size);
          if (!painted.some(([x0, y0, x1, y1]) => cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1)) {
            const [x0, y0] = apply(m, tx, ty + ts.rise);
            const [x1, y1] = apply(m, tx + adv * ts.hscale, ty + ts.rise);
            const text = glyphs.map((g) => (typeof g === 'number' ? '' : ((g as { unicode?: string }).unicode ?? ''))).join('');
            hidden.push({ x0, y0, x1, y1, text });
          }
        }
        tx += adv * ts.hscale;
        break;
      }
      case OPS.transform:
        ctm = multiply(ctm, args as unknown as Matrix);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ctm, fill, stroke, ts: { ...ts } });
        const m = args[0] as number[] | null;
        if (m && m.length === 6) ctm = multiply(ctm, m as Matrix);
        break;
      }
      case OPS.paintFormXObjectEnd: {
        const s = stack.pop();
        if (s) ({ ctm, fill, stroke, ts } = s);
        break;
      }
      case OPS.setFillRGBColor:
      case OPS.setFillGray:
      case OPS.setFillCMYKColor:
      case OPS.setFillColor:
      case OPS.setFillColorN:
        fill = args[0];
        break;
      case OPS.setStrokeRGBColor:
      case OPS.setStrokeGray:
      case OPS.setStrokeCMYKColor:
      case OPS.setStrokeColor:
      case OPS.setStrokeColorN:
        stroke = args[0];
        break;
      case OPS.constructPath: {
        const paintOp = args[0] as number;
        const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
        if (!data) break;
        // White paint erases rather than rules; it never marks a border.
        const stroked = (STROKE.has(paintOp) || BOTH.has(paintOp)) && !isWhite(stroke);
        const filled = (FILL.has(paintOp) || BOTH.has(paintOp)) && !isWhite(fill);
        if (!stroked && !filled) break;
        if (filled) {
          const box = pathBox(data, ctm);
          if (box && box[2] - box[0] > THIN_FILL && box[3] - box[1] > THIN_FILL) painted.push(box);
        }
        pathSegments(data, ctm, stroked, filled, out);
        break;
      }
      default:
        if (IMAGE.has(fn)) {
          // An image fills the unit square of its matrix.
          const c = [apply(ctm, 0, 0), apply(ctm, 1, 0), apply(ctm, 0, 1), apply(ctm, 1, 1)];
          const xs = c.map((p) => p[0]);
          const ys = c.map((p) => p[1]);
          imageArea += (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
          painted.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
        }
        break;
    }
  }
  return { segments: out, imageArea, hidden, spaced };
}

/**
 * Runs with every character drawn again on top of an earlier copy of itself left
 * out (fake bold: the same text printed two to four times a fraction of a point
 * apart). Runs are cut where they lose characters; a run's width is shared out
 * evenly over its characters to place them. Returns the runs kept and how many
 * characters were dropped.
 */
export function readOnce<R extends TextRun>(runs: readonly R[]): { runs: R[]; dropped: number } {
  const seen = new Map<string, { x: number; y: number; size: number }[]>();
  const out: R[] = [];
  let dropped = 0;
  const near = (ch: string, x: number, y: number, size: number) => {
    const tol = Math.min(OVERPRINT.max * size, Math.max(OVERPRINT.min, OVERPRINT.share * size));
    return (seen.get(ch) ?? []).some((p) => Math.abs(p.x - x) <= tol && Math.abs(p.y - y) <= tol && Math.abs(p.size - size) <= tol);
  };
  const remember = (ch: string, x: number, y: number, size: number) => {
    const list = seen.get(ch);
    if (list) list.push({ x, y, size });
    else seen.set(ch, [{ x, y, size }]);
  };
  for (const r of runs) {
    if (!r.horizontal) {
      // Text not reading left to right: a whole run drawn again on itself.
      const key = '\u0000' + r.str;
      if (near(key, r.x0, r.y0, r.size) && near(key, r.x1, r.y1, r.size)) {
        dropped += [...r.str].length;
        continue;
      }
      remember(key, r.x0, r.y0, r.size);
      remember(key, r.x1, r.y1, r.size);
      out.push(r);
      continue;
    }
    const chars = [...r.str];
    const cw = (r.x1 - r.x0) / Math.max(1, chars.length);
    const keep = chars.map((ch, i) => /\s/.test(ch) || !near(ch, r.x0 + i * cw, r.y0, r.size));
    chars.forEach((ch, i) => {
      if (!/\s/.test(ch)) remember(ch, r.x0 + i * cw, r.y0, r.size);
    });
    if (keep.every(Boolean)) {
      out.push(r);
      continue;
    }
    // Pieces of consecutive kept characters, each placed where its characters are.
    let start = -1;
    for (let i = 0; i <= chars.length; i++) {
      if (i < chars.length && keep[i]) {
        if (start < 0) start = i;
        continue;
      }
      if (i < chars.length && !/\s/.test(chars[i]!)) dropped++;
      if (start >= 0) {
        const str = chars.slice(start, i).join('');
        if (str.trim()) out.push({ ...r, str, x0: r.x0 + start * cw, x1: r.x0 + i * cw });
        start = -1;
      }
    }
  }
  return { runs: out, dropped };
}

/** A run as read from pdfjs: its reading direction (dx, dy) and its baseline from `base[0], base[1]` to `base[2], base[3]`. */
type RawRun = TextRun & { dx: number; dy: number; base: [number, number, number, number] };

/** Text runs of a page in displayed coordinates, with their reading direction (dx, dy); empty runs are dropped. */
export async function pageRuns(page: PDFPageProxy, viewport: Matrix, readMarks: (() => readonly MarkedBegin[] | null) | null = null): Promise<RawRun[]> {
  const content = await page.getTextContent({ includeMarkedContent: true });
  const runs: RawRun[] = [];
  const isBegin = (t: string) => t === 'beginMarkedContent' || t === 'beginMarkedContentProps';
  const tagOf = (item: object) => (item as { tag?: string | null }).tag ?? '';
  // The content streams' marked content pairs with pdfjs's one by one, only when the tags agree.
  const tags = content.items.flatMap((item) => (!('str' in item) && isBegin(item.type) ? [tagOf(item)] : []));
  // Only marked content with properties (BDC) can carry ActualText: the streams are read for pages that have some.
  const marks = readMarks && content.items.some((item) => !('str' in item) && item.type === 'beginMarkedContentProps') ? readMarks() : null;
  const paired = marks && marks.length === tags.length && marks.every((m, k) => m.tag === tags[k]) ? marks : null;
  // Open marked-content sequences, innermost last: text inside an Artifact is page furniture.
  const open: string[] = [];
  let begins = 0;
  /** The outermost open sequence with ActualText: its text, where its runs start, its depth. */
  let actual: { text: string; from: number; depth: number } | null = null;
  for (const item of content.items) {
    if (!('str' in item)) {
      if (isBegin(item.type)) {
        open.push(tagOf(item));
        const text = paired?.[begins]?.actualText;
        if (text !== undefined && !actual) actual = { text, from: runs.length, depth: open.length };
        begins++;
      } else if (item.type === 'endMarkedContent') {
        if (actual && open.length === actual.depth) {
          const glyphs = runs.splice(actual.from);
          const text = actual.text.replace(/\s+/g, ' ').trim();
          // The same letters in another case (small capitals drawn as lowercase glyphs, their
          // ActualText the capitals) keep the letters printed; other text stands for the glyphs.
          const fold = (t: string) => t.replace(/\s+/g, '').toLowerCase();
          if (glyphs.length && fold(text) === fold(glyphs.map((g) => g.str).join(''))) runs.push(...glyphs);
          else if (glyphs.length && text) runs.push(asActualText(glyphs, text));
          actual = null;
        }
        open.pop();
      }
      continue;
    }
    const str = item.str;
    if (!str || !str.trim()) continue;
    const t = item.transform as Matrix;
    // The run's box in PDF space: origin at the baseline start, advancing along
    // the text direction (a, b) by `width` and rising along (c, d) by `height`.
    const ux = t[0], uy = t[1], vx = t[2], vy = t[3];
    const ul = Math.hypot(ux, uy) || 1;
    const vl = Math.hypot(vx, vy) || 1;
    const w = item.width;
    const h = item.height || vl;
    // Glyphs descend a little below the baseline; count a fifth of the size.
    const desc = 0.2 * h;
    const ox = t[4] - (vx / vl) * desc, oy = t[5] - (vy / vl) * desc;
    const corners = [
      [ox, oy],
      [ox + (ux / ul) * w, oy + (uy / ul) * w],
      [ox + (vx / vl) * h, oy + (vy / vl) * h],
      [ox + (ux / ul) * w + (vx / vl) * h, oy + (uy / ul) * w + (vy / vl) * h],
    ].map(([x, y]) => apply(viewport, x!, y!));
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    // Direction on the displayed page decides whether this reads horizontally.
    const [dx, dy] = [viewport[0] * ux + viewport[2] * uy, viewport[1] * ux + viewport[3] * uy];
    const [bx0, by0] = apply(viewport, t[4], t[5]);
    const [bx1, by1] = apply(viewport, t[4] + (ux / ul) * w, t[5] + (uy / ul) * w);
    runs.push({
      str,
      x0: Math.min(...xs),
      x1: Math.max(...xs),
      y0: Math.min(...ys),
      y1: Math.max(...ys),
      size: h,
      horizontal: Math.abs(dy) < 0.2 * Math.abs(dx) && dx > 0,
      ...(item.fontName ? { font: item.fontName } : {}),
      ...(open.includes('Artifact') ? { artifact: true as const } : {}),
      dx,
      dy,
      base: [bx0, by0, bx1, by1],
    });
  }
  return runs;
}

/** The runs of a marked-content sequence read as its ActualText: one run over them all. */
function asActualText(glyphs: readonly RawRun[], text: string): RawRun {
  const first = glyphs[0]!;
  const last = glyphs[glyphs.length - 1]!;
  return {
    ...first,
    str: text,
    x0: Math.min(...glyphs.map((r) => r.x0)),
    x1: Math.max(...glyphs.map((r) => r.x1)),
    y0: Math.min(...glyphs.map((r) => r.y0)),
    y1: Math.max(...glyphs.map((r) => r.y1)),
    size: Math.max(...glyphs.map((r) => r.size)),
    base: [first.base[0], first.base[1], last.base[2], last.base[3]],
  };
}

/**
 * Runs without those drawn as hidden text: a run whose baseline starts and ends where a
 * piece of hidden text does (one run for each piece, the first in drawing order). From a run
 * pdfjs merged of hidden and visible text, the hidden characters are cut out.
 */
function withoutHidden(runs: readonly RawRun[], hidden: readonly HiddenText[]): { runs: RawRun[]; dropped: number } {
  if (!hidden.length) return { runs: [...runs], dropped: 0 };
  const gone = new Set<RawRun>();
  /** Runs with hidden text cut out of them: the run pdfjs merged, and what is left of it. */
  const cut = new Map<RawRun, RawRun>();
  let dropped = 0;
  const rest: HiddenText[] = [];
  for (const h of hidden) {
    const r = runs.find((q) => {
      if (gone.has(q)) return false;
      const tol = Math.max(0.5, 0.1 * q.size);
      const [a, b, c, d] = q.base;
      return Math.abs(a - h.x0) <= tol && Math.abs(b - h.y0) <= tol && Math.abs(c - h.x1) <= tol && Math.abs(d - h.y1) <= tol;
    });
    if (r) {
      gone.add(r);
      dropped += r.str.replace(/\s/g, '').length;
    } else rest.push(h);
  }
  // A piece pdfjs merged into one run with visible text drawn right before or after it (on the
  // same baseline, within the run): its characters are cut out of the run where they were drawn.
  for (const h of rest) {
    const text = (h.text ?? '').trim();
    if (!text) continue;
    for (const q of runs) {
      if (gone.has(q) || !q.horizontal) continue;
      const r = cut.get(q) ?? q;
      const tol = Math.max(0.5, 0.1 * r.size);
      const [a, b, c, d] = r.base;
      if (Math.abs(b - h.y0) > tol || Math.abs(d - h.y1) > tol || h.x0 < a - tol || h.x1 > c + tol) continue;
      // The occurrence of the text nearest where it was drawn (the run's width shared out by character).
      const chars = [...r.str];
      const want = [...text];
      const cw = (c - a) / Math.max(1, chars.length);
      let best = -1;
      for (let k = 0; k + want.length <= chars.length; k++) {
        if (chars.slice(k, k + want.length).join('') !== text) continue;
        if (best < 0 || Math.abs(a + k * cw - h.x0) < Math.abs(a + best * cw - h.x0)) best = k;
      }
      if (best < 0) continue;
      const left = chars.slice(0, best).join('');
      const right = chars.slice(best + want.length).join('');
      dropped += want.filter((ch) => !/\s/.test(ch)).length;
      if (!(left + right).trim()) {
        gone.add(q);
        break;
      }
      const kept: RawRun = { ...r, str: left + right };
      // Hidden text at an end of the run moves that end; inside it, the run keeps its extent.
      if (!left.trim()) Object.assign(kept, { x0: h.x1, base: [h.x1, r.base[1], r.base[2], r.base[3]] });
      else if (!right.trim()) Object.assign(kept, { x1: h.x0, base: [r.base[0], r.base[1], h.x0, r.base[3]] });
      cut.set(q, kept);
      break;
    }
  }
  return { runs: runs.filter((r) => !gone.has(r)).map((r) => cut.get(r) ?? r), dropped };
}

/**
 * Runs with each letter-spaced piece of text (its baseline from (x0, y0) to (x1, y1)) read as
 * one run: the runs whose baselines lie along it, joined without the spaces pdfjs put between
 * its letters. Runs overlapping each other there (the same text drawn twice: fake bold) are
 * left to readOnce.
 */
function joinSpaced(runs: readonly RawRun[], spaced: readonly HiddenText[]): RawRun[] {
  if (!spaced.length) return [...runs];
  const joined = new Map<RawRun, RawRun | null>();
  for (const s of spaced) {
    if (Math.abs(s.y1 - s.y0) > 0.5 || s.x1 <= s.x0) continue; // only text reading left to right on the displayed page
    const along = runs
      .filter((r) => {
        if (joined.has(r) || !r.horizontal) return false;
        const tol = 0.5 * r.size;
        const [a, b, c, d] = r.base;
        return Math.abs(b - s.y0) <= 0.2 * r.size && Math.abs(d - s.y0) <= 0.2 * r.size && a >= s.x0 - tol && c <= s.x1 + tol;
      })
      .sort((p, q) => p.x0 - q.x0);
    if (!along.length) continue;
    // The text's own runs: from the one starting nearest its start, each after the one before
    // (a copy drawn over it a fraction of a point away overlaps them and is left for its own text).
    const first = along.reduce((a, r) => (Math.abs(r.base[0] - s.x0) < Math.abs(a.base[0] - s.x0) ? r : a));
    const on = [first];
    for (const r of along) {
      const prev = on[on.length - 1]!;
      if (r.x0 > first.x0 && prev.x1 - r.x0 <= 0.3 * Math.min(r.x1 - r.x0, prev.x1 - prev.x0)) on.push(r);
    }
    if (on.length === 1 && !/\s/.test(first.str.trim())) continue;
    const last = on[on.length - 1]!;
    joined.set(on[0]!, {
      ...on[0]!,
      str: on.map((r) => r.str.replace(/\s+/g, '')).join(''),
      x1: Math.max(...on.map((r) => r.x1)),
      y0: Math.min(...on.map((r) => r.y0)),
      y1: Math.max(...on.map((r) => r.y1)),
      base: [on[0]!.base[0], on[0]!.base[1], last.base[2], last.base[3]],
    });
    for (const r of on.slice(1)) joined.set(r, null);
  }
  const out: RawRun[] = [];
  for (const r of runs) {
    const j = joined.get(r);
    if (j === undefined) out.push(r);
    else if (j) out.push(j);
  }
  return out;
}

/** Reading direction of a run on the displayed page: 0 right, 1 down, 2 left, 3 up (y grows downwards). */
function direction(r: TextRun & { dx: number; dy: number }): number {
  if (Math.abs(r.dx) >= Math.abs(r.dy)) return r.dx >= 0 ? 0 : 2;
  return r.dy >= 0 ? 1 : 3;
}

/**
 * The quarter turns that make most of a page's text read left to right:
 * a page whose text mostly reads downwards, upwards or upside down (content
 * drawn through a rotating `cm`, or a /Rotate that does not match it) is read
 * in the text's own direction, as a reader would turn the paper. Only a clear
 * majority counts, so a portrait page with a few vertical labels is left alone.
 */
function readingTurn(runs: readonly (TextRun & { dx: number; dy: number })[]): 0 | 1 | 2 | 3 {
  const chars = [0, 0, 0, 0];
  for (const r of runs) chars[direction(r)]! += [...r.str.trim()].length;
  const total = chars.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let d = 1; d < 4; d++) if (chars[d]! > chars[best]!) best = d;
  if (best === 0 || chars[best]! < 10 || chars[best]! < 0.7 * total) return 0;
  // Text reading down needs a quarter turn counter-clockwise (3 clockwise), reading up one clockwise.
  return best === 1 ? 3 : best === 3 ? 1 : 2;
}

/** Matrix turning a W × H page (top-left origin, y down) by `turns` clockwise quarter turns, onto its new top-left origin. */
function turnMatrix(turns: 1 | 2 | 3, w: number, h: number): Matrix {
  if (turns === 1) return [0, 1, -1, 0, h, 0]; // (x, y) → (h − y, x): upward text now reads rightward
  if (turns === 3) return [0, -1, 1, 0, 0, w]; // (x, y) → (y, w − x): downward text now reads rightward
  return [-1, 0, 0, -1, w, h];
}

export async function readPage(page: PDFPageProxy, pageNo: number, source?: PdfSource): Promise<PageGeometry> {
  const vp = page.getViewport({ scale: 1 });
  let viewport = vp.transform as Matrix;
  let [width, height] = [vp.width, vp.height];
  let read: readonly MarkedBegin[] | null | undefined;
  const marks = source ? () => (read === undefined ? (read = source.markedContent(page.ref)) : read) : null;
  let runs = await pageRuns(page, viewport, marks);
  const turned = readingTurn(runs);
  let pageNumbers: string[] = [];
  if (turned) {
    // The page as printed keeps its own page number upright in its top or bottom margin (a
    // landscape table printed sideways on a portrait page, `— 3 —` under it): read turned, it
    // stands on its side at the page's edge. Found on the page as printed, it is left out.
    const upright = runs.filter((r) => r.horizontal && (r.y1 < height * FURNITURE_BAND || r.y0 > height * (1 - FURNITURE_BAND)));
    const numbers = groupLines(upright).filter((l) => isPageNumber(lineText(l)));
    const drop = new Set(numbers.flatMap((l) => l.runs.map((r) => runs.indexOf(r as RawRun))));
    pageNumbers = numbers.map(lineText);
    viewport = multiply(turnMatrix(turned, width, height), viewport);
    if (turned !== 2) [width, height] = [height, width];
    // pageRuns reads the same items in the same order: the same index is the same run.
    runs = (await pageRuns(page, viewport, marks)).filter((_, i) => !drop.has(i));
  }
  const { segments, imageArea, hidden, spaced } = await pageMarks(page, viewport);
  // A tagged PDF marks its page furniture as artifacts: left out, unless the page has no other text.
  const marked = runs.filter((r) => r.artifact);
  const artifacts = marked.length < runs.length ? groupLines(marked).map(lineText).filter((t) => t) : [];
  if (artifacts.length) runs = runs.filter((r) => !r.artifact);
  const shown = withoutHidden(runs, hidden);
  const once = readOnce(joinSpaced(shown.runs, spaced).map(({ dx: _dx, dy: _dy, base: _base, ...r }) => r));
  const imageCover = Math.min(1, imageArea / Math.max(1, width * height));
  return { page: pageNo, width, height, runs: once.runs, segments, turned, overprinted: once.dropped, imageCover, hidden: shown.dropped, artifacts, pageNumbers };
}
