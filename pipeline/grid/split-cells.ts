// Rows with one cell more than the table: the source split one cell of those rows
// into two (a sub-heading such as `产品质量方面` beside the task). The extra cell
// becomes its own grid column; rows without it get an empty cell there.
// Which position is the extra one is decided for the whole table by how well the
// other cells then line up with the regular rows' columns (kind of content per column).
import type { SourceCell, SourceTable } from '../model.ts';
import { cell } from '../model.ts';

type Kind = 'empty' | 'code' | 'date' | 'number' | 'short' | 'long';

function kindOf(c: SourceCell): Kind {
  const t = c.lines.join('').normalize('NFKC').replace(/\s+/g, '');
  if (!t) return 'empty';
  if (/^\d+([.．]\d+)*[.．、]?\S/.test(t) && /^\d+([.．]\d+)+/.test(t)) return 'code';
  if (/^(\d{4}年|每|持续|长期|日常|常态|已完成)/.test(t) && t.length <= 16) return 'date';
  if (/^[\d.%‰≥≤<>]+$/.test(t)) return 'number';
  return t.length <= 12 ? 'short' : 'long';
}

export interface AlignResult {
  value: SourceTable;
  insertedAt: number | null;
  rowsWithExtra: Set<number>;
  notes: { row: number; column: number; message: string }[];
}

/**
 * Row widths and the most common width of a table whose layout came without spans
 * (text extractions): only there do short or long rows mean misplaced cells. Null for
 * tables with real spans or too few rows to tell.
 */
function spanFreeShape(table: SourceTable): { widths: number[]; n: number } | null {
  const spans = table.rows.some((r) => r.cells.some((c) => c.rowSpan > 1 || c.colSpan > 1));
  if (spans || table.rows.length < 4) return null;
  const widths = table.rows.map((r) => r.cells.length);
  const freq = new Map<number, number>();
  for (const w of widths) freq.set(w, (freq.get(w) ?? 0) + 1);
  const n = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  return { widths, n };
}

export function alignSplitRows(table: SourceTable): AlignResult {
  const none: AlignResult = { value: table, insertedAt: null, rowsWithExtra: new Set(), notes: [] };
  const shape = spanFreeShape(table);
  if (!shape) return none;
  const { widths, n } = shape;
  const extraRows = widths.flatMap((w, i) => (w === n + 1 ? [i] : []));
  if (!extraRows.length || n < 3) return none;

  // Majority kind per column among regular rows.
  const majority: Kind[] = [];
  for (let c = 0; c < n; c++) {
    const counts = new Map<Kind, number>();
    table.rows.forEach((r, i) => {
      if (widths[i] !== n) return;
      const k = kindOf(r.cells[c]!);
      if (k !== 'empty') counts.set(k, (counts.get(k) ?? 0) + 1);
    });
    majority.push([...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'empty');
  }
  let bestK = -1;
  let bestScore = -1;
  for (let k = 1; k < n; k++) {
    let score = 0;
    for (const i of extraRows) {
      const cells = table.rows[i]!.cells;
      const without = [...cells.slice(0, k), ...cells.slice(k + 1)];
      without.forEach((c, j) => {
        const kind = kindOf(c);
        if (kind === majority[j] || kind === 'empty') score++;
      });
    }
    if (score > bestScore) {
      bestScore = score;
      bestK = k;
    }
  }
  const rowsWithExtra = new Set(extraRows);
  const rows = table.rows.map((r, i) => {
    if (widths[i] !== n) return r;
    const cells = [...r.cells];
    cells.splice(bestK, 0, cell([], 1, 1, r.cells[0]?.page ?? null));
    return { ...r, cells };
  });
  return {
    value: { ...table, rows },
    insertedAt: bestK,
    rowsWithExtra,
    notes: extraRows.map((i) => ({
      row: i + 1,
      column: bestK + 1,
      message: `Row ${i + 1} has one cell more than the table; its cell ${bestK + 1} was kept as an extra column.`,
    })),
  };
}

/**
 * A row that holds two items because the source nested a small table inside it
 * (001's 19.1/19.2): written flat, it comes out as a short row (the hierarchy
 * cells) followed by a row whose cells run past the table width. Joined, the cells
 * hold a block of m cells repeated right after itself (code, text, …; code, text, …).
 * The second block becomes a row of its own under the first.
 */
export function unnestRows(table: SourceTable): AlignResult {
  const none: AlignResult = { value: table, insertedAt: null, rowsWithExtra: new Set(), notes: [] };
  const shape = spanFreeShape(table);
  if (!shape) return none;
  const { widths, n } = shape;
  if (n < 4) return none;
  const rows = [...table.rows];
  const notes: AlignResult['notes'] = [];
  for (let i = 0; i + 1 < rows.length; i++) {
    const a = rows[i]!;
    const b = rows[i + 1]!;
    if (a.cells.length >= n || b.cells.length > n) continue;
    const joined = [...a.cells, ...b.cells];
    const m = joined.length - n;
    if (m < 2 || m >= n) continue;
    // find p where [p, p+m) and [p+m, p+2m) have the same kinds and start with a code
    let p = -1;
    for (let q = a.cells.length; q + 2 * m <= joined.length; q++) {
      const k1 = joined.slice(q, q + m).map(kindOf);
      const k2 = joined.slice(q + m, q + 2 * m).map(kindOf);
      if (k1[0] !== 'code' || k2[0] !== 'code') continue;
      if (k1.every((k, j) => k === k2[j] || k2[j] === 'empty' || k === 'empty')) {
        p = q;
        break;
      }
    }
    if (p < 0) continue;
    const first = [...joined.slice(0, p + m), ...joined.slice(p + 2 * m)];
    const second = [...Array(p)].map(() => cell([])).concat(joined.slice(p + m, p + 2 * m));
    while (second.length < n) second.push(cell([]));
    if (first.length !== n) continue;
    rows.splice(i, 2, { ...a, cells: first }, { ...b, cells: second });
    notes.push({ row: i + 1, column: p + 1, message: `Rows ${i + 1}–${i + 2} held two items written as one (a nested table); the second item became its own row.` });
    i++;
  }
  if (!notes.length) return none;
  return { value: { ...table, rows }, insertedAt: null, rowsWithExtra: new Set(), notes };
}
