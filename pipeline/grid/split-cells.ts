// Rows with one cell more than the table: the source split one cell of those rows
// into two (a sub-heading such as `产品质量方面` beside the task). The extra cell
// becomes its own grid column; rows without it get an empty cell there.
// Which position is the extra one is decided for the whole table by how well the
// other cells then line up with the regular rows' columns (kind of content per column).
import type { SourceCell, SourceTable } from '../model.ts';
import { cell } from '../model.ts';

type Kind = 'empty' | 'code' | 'date' | 'number' | 'short' | 'long';

function kindOf(c: SourceCell): Kind {
  const t = c.lines.join('').replace(/\s+/g, '');
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

export function alignSplitRows(table: SourceTable): AlignResult {
  const none: AlignResult = { value: table, insertedAt: null, rowsWithExtra: new Set(), notes: [] };
  const spans = table.rows.some((r) => r.cells.some((c) => c.rowSpan > 1 || c.colSpan > 1));
  if (spans || table.rows.length < 4) return none;
  const widths = table.rows.map((r) => r.cells.length);
  const freq = new Map<number, number>();
  for (const w of widths) freq.set(w, (freq.get(w) ?? 0) + 1);
  const n = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
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
