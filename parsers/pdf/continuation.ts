// Where a ruled table continues on the next page, word processors leave three
// traces that are layout, not content, and are undone here:
// - the header rows printed again at the top of the page (kept: the next
//   stages drop rows equal to the header; here they are only recognised so the
//   row after them can be examined);
// - a row cut by the page break (Word and LibreOffice let rows break across
//   pages): its second piece holds the rest of the cells' text and is joined
//   back into the row above;
// - a merged cell running over the break: its piece on the next page is a cell
//   of its own, and when it held part of the text (a vertically centred label
//   split in two) that text goes back to the piece above.
import type { TextRun } from './extract.ts';
import { brokenWord, groupLines, isCjkChar, leadWidth, lineText, type TextLine } from './lines.ts';
import type { GridCell, PageTable } from './table.ts';

function rowKey(t: PageTable, r: number): string {
  return t.cells
    .filter((c) => c.r === r)
    .map((c) => `${c.c}:${c.cs}:${c.lines.join('')}`)
    .join('|');
}

/**
 * Number of leading rows of `next` that repeat the leading rows of `first`
 * (the header printed again on each page). A repeated row must have at least
 * two filled cells, so a table of identical short data rows is not taken for one.
 * The header ends on a row boundary no cell crosses: in a two-row header the
 * cells merged over both rows (序号 beside 责任单位 over 牵头/配合) end with the second.
 */
export function repeatedHeaderRows(first: PageTable, next: PageTable): number {
  const R = next.ys.length - 1;
  const F = first.ys.length - 1;
  const crossed = (k: number) => next.cells.some((c) => c.r < k && c.r + c.rs > k);
  let header = 0;
  for (let k = 0; k < R - 1 && k < F; k++) {
    const filled = first.cells.filter((c) => c.r === k && c.lines.length > 0).length;
    if (filled < 2 || rowKey(first, k) !== rowKey(next, k)) break;
    if (!crossed(k + 1)) header = k + 1;
  }
  return header;
}

/** Cells of a part's row, indexed by the columns they cover. */
function rowCells(t: PageTable, r: number): (GridCell | null)[] {
  const C = t.xs.length - 1;
  const out: (GridCell | null)[] = new Array(C).fill(null);
  for (const c of t.cells) if (c.r <= r && r < c.r + c.rs) for (let j = c.c; j < c.c + c.cs && j < C; j++) out[j] = c;
  return out;
}

function textLines(runs: readonly TextRun[]): TextLine[] {
  return groupLines(runs.filter((r) => r.horizontal));
}

/** List numbering at the start of a text: `43.3城市`, `2．`, `2、`, `(3)`, `（一）`, `一、` (not `5.2%`, `1.36‰`). */
export function startsItem(text: string): boolean {
  const t = text.trim();
  return (
    /^\d{1,3}(?:[.．]\d{1,3})+(?![\d.．%‰])/.test(t) ||
    /^\d{1,3}[.．、](?![\d%‰])/.test(t) ||
    /^[（(][一二三四五六七八九十\d]{1,3}[)）]/.test(t) ||
    /^[一二三四五六七八九十]{1,3}、/.test(t)
  );
}

/**
 * The cell's last line was wrapped, not ended: the first word of `cont` (the
 * text continuing on the next page) would not have fitted after it. The right
 * limit is the cell's right edge less the padding the text keeps on the left.
 */
export function endsWrapped(above: GridCell, cont: GridCell): boolean {
  const lines = textLines(above.runs);
  const next = textLines(cont.runs)[0];
  if (!lines.length || !next) return false;
  // A numbered item (`43.3城市…`, `2、`, `（一）`) starts a paragraph even after a full line.
  if (startsItem(cont.lines[0] ?? '')) return false;
  const last = lines[lines.length - 1]!;
  const pad = Math.min(10, Math.max(0, Math.min(...lines.map((l) => l.x0 - above.bbox[0]))));
  const limit = above.bbox[2] - pad;
  return last.x1 + leadWidth(next) > limit - 0.5;
}

/**
 * A stream cell's box is its text's extent, so its last line always reaches its right
 * edge: measured against the right end of the text in its column (all rows) instead.
 * That end is where the longest line stopped, not a border: a line whose next word
 * would end exactly there had room for it (one point more than the end).
 */
function withColumnEdge(t: PageTable, c: GridCell): GridCell {
  const right = Math.max(c.bbox[2], ...t.cells.filter((o) => o.c === c.c && o.cs === c.cs && o.lines.length).map((o) => o.bbox[2]));
  return { ...c, bbox: [c.bbox[0], c.bbox[1], right + 1, c.bbox[3]] };
}

/**
 * The lines of a cell cut by the break: `wrapped`, its last line runs on into the piece's first,
 * without a space after an ideograph or a hyphen, or inside a word broken because it is wider than
 * the cell (`20|24年底前` in a column two digits wide: see brokenWord), else with one.
 */
function joinPieces(above: GridCell, piece: GridCell, wrapped: boolean): string[] {
  const last = above.lines[above.lines.length - 1];
  const first = piece.lines[0];
  if (!wrapped || last === undefined || first === undefined) return [...above.lines, ...piece.lines];
  const glue = isCjkChar(last.slice(-1)) || isCjkChar(first[0]) || /[-‐‑–—/]$/.test(last) || splitWord(above, last, piece) ? '' : ' ';
  return [...above.lines.slice(0, -1), last + glue + first, ...piece.lines.slice(1)];
}

/** `last` (the cell's last paragraph) ends in a word the cell was too narrow for, which the piece's first line finishes. */
function splitWord(above: GridCell, last: string, piece: GridCell): boolean {
  const lines = textLines(above.runs);
  const next = textLines(piece.runs)[0];
  if (!lines.length || !next) return false;
  const left = Math.min(...lines.map((l) => l.x0));
  const pad = Math.min(10, Math.max(0, left - above.bbox[0]));
  return brokenWord(last, lines[lines.length - 1]!, lineText(next), next, left, above.bbox[2] - pad);
}

/**
 * Room left in a cell under its last line, in lines (the line pitch of the cell, or 1.2 × the
 * font size for one line), less the room above its first line (its padding; all of the slack
 * when the text is centred or set at the bottom).
 */
function roomLeft(c: GridCell): number {
  const ls = textLines(c.runs);
  if (!ls.length) return 0;
  const first = ls[0]!;
  const last = ls[ls.length - 1]!;
  const pitch = Math.max(first.size, ls.length > 1 ? (last.y0 - first.y0) / (ls.length - 1) : 1.2 * first.size);
  return (c.bbox[3] - last.y1 - Math.max(0, first.y0 - c.bbox[1])) / pitch;
}

/**
 * Free lines that show a cell was not cut by the break: a cut cell's text runs to the bottom of
 * the row's piece, as far as its fullest cell's (the least room of the row's cells: a fraction of a
 * line, and what the bottom padding differs from the top one); widow and orphan control may move
 * one more line on (a paragraph leaves at least two lines on each page), never two.
 */
const ROOM = 1.5;
/**
 * A line of room: a widow or orphan moved on, a cell whose lines are less high than the fullest
 * one's stopped a fraction of its line higher (digits in a Latin font: 0.6 line), or the row
 * ended there. When the piece below fills every column filled above, as a row does, and two of
 * its cells and half of them ended a line or more above the bottom, it is taken for a new row
 * (widow moves in so many cells at once are unlikely; in the PDFs at hand, from LibreOffice and
 * from the unseen documents' producers, no cut cell was short of the bottom by more than 0.6 line).
 */
const ROOM_SOME = 0.85;

/** Characters of the font size that fit on one line of the cell. */
function capacity(c: GridCell): number {
  const size = textLines(c.runs)[0]?.size ?? 10;
  return (c.bbox[2] - c.bbox[0]) / Math.max(1, size);
}

/** A cell holding an item number and nothing else: `35`, `3.5`, `12．3`. */
const BARE_CODE = /^\d{1,3}(?:[.．]\d{1,3})*[.．、]?$/;

/** A column wide enough that a line ending exactly at its edge by chance is unlikely. */
const WIDE = 8;

/**
 * Examines row `at` of `next` (the first row after a repeated header) against
 * the last row of `prev`:
 * - when it is the second piece of that row, cut by the page break, its text
 *   is appended to the cells above; a piece of a cell that spans further rows
 *   (a merged cell continuing) stays as an empty cell over those rows; the row
 *   itself is removed;
 * - otherwise, a cell whose text continues a wrapped line of the cell above (a
 *   merged cell whose text runs over the break) gives its text back to it.
 * Returns true when a row was joined. `titled`: a `续表` line stands between the parts.
 *
 * A second piece has text only under cells that have text above, and either
 * leaves empty most columns filled above (short cells finished on the first
 * page), or continues text cut mid-paragraph (the line above ends at the
 * cell's right edge and the piece does not start a numbered item): in at
 * least half of its wide cells one row high on both sides (where a line
 * ending at the edge by chance is unlikely and a merged cell's text cannot run
 * on), else of its wide cells, else of all its cells.
 */
export function joinCutRow(prev: PageTable, next: PageTable, at: number, opts: { titled?: boolean } = {}): boolean {
  const R = next.ys.length - 1;
  // After a `续表` line the table was split by hand into tables, between rows: nothing was
  // cut and no text runs on. Cells left empty under filled ones are the writer's "same as
  // above" (a merged group going on), and a line ending near a narrow cell's edge is chance.
  if (at >= R || opts.titled) return false;
  if (next.cells.some((c) => c.r < at && c.r + c.rs > at)) return false;
  const top = next.cells.filter((c) => c.r === at && c.lines.length > 0);
  const last = rowCells(prev, prev.ys.length - 2);
  const C = prev.xs.length - 1;
  if (!top.length) return false;
  const under = top.map((c) => ({ c, above: last[c.c] ?? null, wrapped: false, wide: false }));
  let orphan = false;
  for (const u of under) {
    for (let j = u.c.c; j < u.c.c + u.c.cs; j++) if (!last[j]?.lines.length) orphan = true;
    if (!u.above?.lines.length) continue;
    u.wrapped = endsWrapped(prev.mode === 'stream' ? withColumnEdge(prev, u.above) : u.above, u.c);
    u.wide = capacity(u.above) >= WIDE;
  }
  // Best evidence: wide cells that are one row high on both sides (a merged cell's text may run on while the row is new).
  // A ruled cell's lines are its paragraphs: a line wrapped at the break runs on into the piece.
  const ruled = prev.mode === 'lattice' && next.mode === 'lattice';
  const plain = under.filter((u) => u.wide && u.c.rs === 1 && u.above?.rs === 1);
  const wide = plain.length ? plain : under.filter((u) => u.wide);
  const wrappedWide = wide.filter((u) => u.wrapped).length;
  const wrapped = under.filter((u) => u.wrapped).length;
  const topAt = rowCells(next, at);
  let emptyBelowFilledAbove = 0;
  for (let j = 0; j < C; j++) if (last[j]?.lines.length && !topAt[j]?.lines.length && topAt[j]?.rs === 1) emptyBelowFilledAbove++;
  const finished = emptyBelowFilledAbove >= 1 && emptyBelowFilledAbove >= top.length;
  const continues = wide.length > 0 ? wrappedWide >= 1 && 2 * wrappedWide >= wide.length : wrapped >= 1 && 2 * wrapped >= top.length;
  // A cell that holds only an item number above and only an item number below (`34` over
  // `35` in a 序号 column): the list goes on in a new row; a number is never cut in two.
  const numbered = under.some((u) => u.above !== null && BARE_CODE.test(u.above.lines.join('').trim()) && BARE_CODE.test(u.c.lines.join('').trim()));
  // A cell one row high on both sides that ended two lines or more above the bottom of its row
  // (its fullest cell's last line, see ROOM), or half the cells of a piece filling every column
  // that ended a line above it (ROOM_SOME): the text below would have fitted there, so it is a
  // new row's (on a narrow page every cell's last line may end at its right edge, and with no
  // 序号 column nothing else tells a new row from the rest of the row above).
  const floor = Math.max(-0.5, Math.min(...[...new Set(last)].filter((c) => c?.lines.length).map((c) => roomLeft(c!))));
  const free = under.filter((u) => u.above?.lines.length && u.above.rs === 1 && u.c.rs === 1).map((u) => roomLeft(u.above!) - floor);
  const roomy = free.some((f) => f >= ROOM) || (emptyBelowFilledAbove === 0 && free.filter((f) => f >= ROOM_SOME).length >= Math.max(2, free.length / 2));
  const cut = !orphan && !numbered && !roomy && (finished || continues);

  if (!cut) {
    // Not a cut row, but a merged cell's text may still run over the break (a wide cell, wrapped above).
    for (const u of under) {
      if (!u.wide || !u.wrapped || !u.above || (u.above.rs === 1 && u.c.rs === 1)) continue;
      u.above.lines = joinPieces(u.above, u.c, ruled);
      u.c.lines = [];
      u.c.runs = [];
    }
    return false;
  }
  for (const u of under) u.above!.lines = joinPieces(u.above!, u.c, ruled && u.wrapped);
  // Remove row `at`: one-row pieces go, pieces of longer merged cells stay, emptied, over the rows below.
  next.cells = next.cells
    .filter((c) => !(c.r === at && c.rs === 1))
    .map((c) => {
      if (c.r === at) return { ...c, rs: c.rs - 1, lines: [], runs: [], bbox: [c.bbox[0], next.ys[at + 1]!, c.bbox[2], c.bbox[3]] };
      return c.r > at ? { ...c, r: c.r - 1 } : c;
    });
  next.ys = [...next.ys.slice(0, at + 1), ...next.ys.slice(at + 2)];
  return true;
}
