// Tables drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘, double ╔═╦═╗ ║ too) or
// ASCII grids (+---+---+ and |), as terminals, tabulate/psql-style exporters and hand
// editors write them.
//
// Positions are display columns (an ideograph takes two), as the drawing tools align them;
// East Asian ambiguous characters (“”, box lines) are tried both one and two columns wide,
// and the width that makes the bars line up is used. Column boundaries are where any rule
// line has a junction or any text line a bar; a text line without a bar at a boundary is a
// cell spanning columns; a rule line blank over a column is a cell spanning rows; the lines
// of text between two rules are the lines of a row's cells (multi-line cells). A grid
// without rules between its rows (only under the header) has one row per text line.
import type { Block, Diagnostic, SourceCell, SourceRow, SourceTable } from '../../pipeline/model.ts';
import { cell, diag } from '../../pipeline/model.ts';

const H = '─━═-=';
const V = '│┃║|';
const J = '┌┐└┘├┤┬┴┼╋╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫┏┓┗┛┣┫┳┻+';
const esc = (s: string) => s.replace(/[-\\\]^|]/g, '\\$&');
const RULE = new RegExp(`^\\s*[${esc(J + V)}][${esc(J + H + V)} :]*[${esc(J + V)}]\\s*$`);
const TEXT = new RegExp(`^\\s*[${esc(V)}].*[${esc(V)}]\\s*$`);
const HAS_RULE = new RegExp(`[${esc(H)}]`);
const hasRule = (s: string) => HAS_RULE.test(s);

/** True when the text holds a drawn grid: a rule line with a junction followed by a text line with bars. */
export function looksLikeBoxTable(text: string): boolean {
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    if (!RULE.test(a) || !hasRule(a) || !/[┌├┬┼╔╠╦╬+┏┣┳╒╞╤]/.test(a)) continue;
    if (/^\s*\+/.test(a) && !/^\s*\+[-=+]+\+\s*$/.test(a.replace(/[ :]/g, ''))) continue;
    if (TEXT.test(lines[i + 1]!) || RULE.test(lines[i + 1]!)) return true;
  }
  return false;
}

function wide(ch: string, ambiguousWide: boolean): boolean {
  const c = ch.codePointAt(0)!;
  if ((c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000) return true;
  if (!ambiguousWide) return false;
  return (c >= 0x2010 && c <= 0x203a) || (c >= 0x2460 && c <= 0x24ff) || (c >= 0x2500 && c <= 0x257f) || (c >= 0x25a0 && c <= 0x26ff) || c === 0x00b7 || c === 0x2030;
}

/** A line as display cells: each cell holds the character starting there ('' for the second half of a wide one). */
function cellsOfLine(line: string, ambiguousWide: boolean): string[] {
  const out: string[] = [];
  for (const ch of line.replace(/\t/g, '    ')) {
    out.push(ch);
    if (wide(ch, ambiguousWide)) out.push('');
  }
  return out;
}

interface Grid {
  lines: string[][];
  rules: boolean[];
  xs: number[];
  fit: number;
}

function layout(raw: string[], ambiguousWide: boolean): Grid {
  const lines = raw.map((l) => cellsOfLine(l, ambiguousWide));
  const rules = raw.map((l) => RULE.test(l) && hasRule(l));
  const xs = new Set<number>();
  const anyRule = rules.some(Boolean);
  lines.forEach((l, i) => {
    l.forEach((ch, x) => {
      if ((rules[i] && J.includes(ch) && ch !== '') || (!anyRule && !rules[i] && V.includes(ch) && ch !== '')) xs.add(x);
    });
  });
  const sorted = [...xs].sort((a, b) => a - b);
  // How well the bars line up: bars of text lines that sit on a rule junction.
  const junction = new Set<number>();
  lines.forEach((l, i) => rules[i] && l.forEach((ch, x) => ch !== '' && J.includes(ch) && junction.add(x)));
  let fit = 0;
  lines.forEach((l, i) => !rules[i] && l.forEach((ch, x) => ch !== '' && V.includes(ch) && (fit += junction.has(x) ? 1 : -1)));
  return { lines, rules, xs: sorted, fit };
}

/** Reads the drawn tables of a text; other lines are paragraphs. */
export function readBoxText(text: string, documentId: string | null = null): { blocks: Block[]; diagnostics: Diagnostic[] } {
  const all = text.split('\n');
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = 0;
  while (i < all.length) {
    const l = all[i]!;
    if (RULE.test(l) || (TEXT.test(l) && i + 1 < all.length && (RULE.test(all[i + 1]!) || TEXT.test(all[i + 1]!)))) {
      let j = i;
      while (j < all.length && (RULE.test(all[j]!) || TEXT.test(all[j]!))) j++;
      const table = readGrid(all.slice(i, j), documentId, diagnostics, blocks.filter((b) => b.kind === 'table').length + 1);
      if (table) blocks.push(table);
      else for (const t of all.slice(i, j)) if (t.trim()) blocks.push({ kind: 'paragraph', text: t.trim(), page: null });
      i = j;
      continue;
    }
    if (l.trim()) blocks.push({ kind: 'paragraph', text: l.trim().replace(/\s{2,}/g, ' '), page: null });
    i++;
  }
  return { blocks, diagnostics };
}

function readGrid(raw: string[], documentId: string | null, diagnostics: Diagnostic[], index: number): SourceTable | null {
  const a = layout(raw, false);
  const b = layout(raw, true);
  const g = b.fit > a.fit ? b : a;
  const xs = g.xs;
  const ncols = xs.length - 1;
  if (ncols < 1) return null;
  // Bands of text lines between rules.
  const bands: number[][] = [];
  let cur: number[] = [];
  const ruleAfter: number[] = [];
  g.lines.forEach((_, i) => {
    if (g.rules[i]) {
      if (cur.length) {
        bands.push(cur);
        ruleAfter.push(i);
      }
      cur = [];
    } else cur.push(i);
  });
  if (cur.length) {
    bands.push(cur);
    ruleAfter.push(-1);
  }
  if (!bands.length) return null;
  // A grid ruled only under its header: each text line below is a row.
  const innerRules = ruleAfter.filter((r, k) => r >= 0 && k < bands.length - 1).length;
  if (innerRules <= 1 && bands.some((bd, k) => k > 0 && bd.length > 1)) {
    const split: number[][] = [];
    const after: number[] = [];
    bands.forEach((bd, k) => {
      if (k === 0) {
        split.push(bd);
        after.push(ruleAfter[k]!);
      } else
        bd.forEach((line, m) => {
          split.push([line]);
          after.push(m === bd.length - 1 ? ruleAfter[k]! : -1);
        });
    });
    bands.splice(0, bands.length, ...split);
    ruleAfter.splice(0, ruleAfter.length, ...after);
    diagnostics.push(diag(documentId, 'info', 'txt-box-rows-by-line', `Table ${index} has no rules between its rows; each line of text was read as a row.`, { table: index }));
  }
  const at = (line: number, x: number) => g.lines[line]![x] ?? ' ';
  // Each text line's bars, snapped to the nearest boundary (hand-drawn grids drift a column or two).
  const bars = new Map<number, Map<number, number>>();
  const barsOf = (line: number): Map<number, number> => {
    let m = bars.get(line);
    if (m) return m;
    m = new Map();
    const l = g.lines[line]!;
    for (let x = 0; x < l.length; x++) {
      if (l[x] === '' || !V.includes(l[x]!)) continue;
      let best = -1;
      for (let k = 0; k < xs.length; k++) if (Math.abs(xs[k]! - x) <= 3 && (best < 0 || Math.abs(xs[k]! - x) < Math.abs(xs[best]! - x))) best = k;
      if (best >= 0 && !m.has(best)) m.set(best, x);
    }
    bars.set(line, m);
    return m;
  };
  // Union-find over band × column slots.
  const id = (r: number, c: number) => r * ncols + c;
  const parent = Array.from({ length: bands.length * ncols }, (_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  const union = (p: number, q: number) => {
    const a1 = find(p);
    const b1 = find(q);
    if (a1 !== b1) parent[Math.max(a1, b1)] = Math.min(a1, b1);
  };
  bands.forEach((bd, r) => {
    for (let c = 0; c + 1 < ncols; c++) {
      // no bar at the boundary on any line of the band: the cell spans it
      if (bd.every((line) => !barsOf(line).has(c + 1))) union(id(r, c), id(r, c + 1));
    }
    if (r + 1 < bands.length && ruleAfter[r]! >= 0) {
      const rule = ruleAfter[r]!;
      for (let c = 0; c < ncols; c++) {
        let ruled = false;
        for (let x = xs[c]! + 1; x < xs[c + 1]!; x++) if (H.includes(at(rule, x)) && at(rule, x) !== '') ruled = true;
        if (!ruled) union(id(r, c), id(r + 1, c));
      }
    } else if (r + 1 < bands.length) {
      // rows split by line (no rule): never merged
    }
  });
  // Each group: its bounding box and its text.
  const groups = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < bands.length; r++)
    for (let c = 0; c < ncols; c++) {
      const k = find(id(r, c));
      const gr = groups.get(k);
      if (!gr) groups.set(k, { r0: r, r1: r, c0: c, c1: c });
      else {
        gr.r1 = Math.max(gr.r1, r);
        gr.c1 = Math.max(gr.c1, c);
        gr.c0 = Math.min(gr.c0, c);
      }
    }
  const rows: SourceRow[] = bands.map(() => ({ cells: [], header: false, pageBreakBefore: false }));
  for (const gr of [...groups.values()].sort((p, q) => p.r0 - q.r0 || p.c0 - q.c0)) {
    const lines: string[] = [];
    for (let r = gr.r0; r <= gr.r1; r++) {
      // the rule between merged bands is blank over the cell: a paragraph break
      if (r > gr.r0 && lines.length) lines.push('');
      for (const line of bands[r]!) {
        const m = barsOf(line);
        const from = m.get(gr.c0) ?? xs[gr.c0]!;
        const to = m.get(gr.c1 + 1) ?? xs[gr.c1 + 1]!;
        lines.push(g.lines[line]!.slice(from + 1, to).join('').trim());
      }
    }
    rows[gr.r0]!.cells.push(cell(trimEdges(lines), gr.r1 - gr.r0 + 1, gr.c1 - gr.c0 + 1) satisfies SourceCell);
  }
  // The first band above a double rule (═, =) is the header.
  const firstRule = ruleAfter[0]!;
  if (firstRule >= 0 && /[═=━]/.test(raw[firstRule]!)) rows[0]!.header = true;
  const spans = [...groups.values()].filter((gr) => gr.r1 > gr.r0 || gr.c1 > gr.c0).length;
  diagnostics.push(diag(documentId, 'info', 'txt-box-table', `Table ${index} was read from a drawn grid: ${ncols} columns, ${bands.length} rows${spans ? `, ${spans} merged cell(s)` : ''}.`, { table: index }));
  return { kind: 'table', rows, pages: [], mode: 'text' };
}

function trimEdges(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a]) a++;
  while (b > a && !lines[b - 1]) b--;
  // blank lines inside a cell collapse to one (a paragraph break)
  return lines.slice(a, b).filter((l, k, arr) => l || arr[k - 1]);
}
