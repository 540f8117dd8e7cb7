// Reads one pdfjs page into plain geometry: text runs and ruling segments, both
// in page points with the origin at the TOP-left of the (rotated) page as it is
// displayed. Everything downstream works on these types only.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
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
}

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

/** Ruling segments of a page in displayed coordinates (viewport transform applied). */
export async function pageSegments(page: PDFPageProxy, viewport: Matrix): Promise<Segment[]> {
  const { OPS } = await pdfjs();
  const list = await page.getOperatorList();
  const out: Segment[] = [];
  let ctm: Matrix = viewport;
  let fill: unknown = '#000000';
  let stroke: unknown = '#000000';
  const stack: { ctm: Matrix; fill: unknown; stroke: unknown }[] = [];
  const STROKE = new Set([OPS.stroke, OPS.closeStroke]);
  const FILL = new Set([OPS.fill, OPS.eoFill]);
  const BOTH = new Set([OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, fill, stroke });
        break;
      case OPS.restore: {
        const s = stack.pop();
        if (s) ({ ctm, fill, stroke } = s);
        break;
      }
      case OPS.transform:
        ctm = multiply(ctm, args as unknown as Matrix);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ctm, fill, stroke });
        const m = args[0] as number[] | null;
        if (m && m.length === 6) ctm = multiply(ctm, m as Matrix);
        break;
      }
      case OPS.paintFormXObjectEnd: {
        const s = stack.pop();
        if (s) ({ ctm, fill, stroke } = s);
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
        pathSegments(data, ctm, stroked, filled, out);
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** Text runs of a page in displayed coordinates, with their reading direction (dx, dy); empty runs are dropped. */
export async function pageRuns(page: PDFPageProxy, viewport: Matrix): Promise<(TextRun & { dx: number; dy: number })[]> {
  const content = await page.getTextContent();
  const runs: (TextRun & { dx: number; dy: number })[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
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
    runs.push({
      str,
      x0: Math.min(...xs),
      x1: Math.max(...xs),
      y0: Math.min(...ys),
      y1: Math.max(...ys),
      size: h,
      horizontal: Math.abs(dy) < 0.2 * Math.abs(dx) && dx > 0,
      dx,
      dy,
    });
  }
  return runs;
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

export async function readPage(page: PDFPageProxy, pageNo: number): Promise<PageGeometry> {
  const vp = page.getViewport({ scale: 1 });
  let viewport = vp.transform as Matrix;
  let [width, height] = [vp.width, vp.height];
  let runs = await pageRuns(page, viewport);
  const turned = readingTurn(runs);
  if (turned) {
    viewport = multiply(turnMatrix(turned, width, height), viewport);
    if (turned !== 2) [width, height] = [height, width];
    runs = await pageRuns(page, viewport);
  }
  const segments = await pageSegments(page, viewport);
  return { page: pageNo, width, height, runs: runs.map(({ dx: _dx, dy: _dy, ...r }) => r), segments, turned };
}
