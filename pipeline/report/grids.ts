// Recomputes a document's repaired grids for the report, with the same stages
// convert uses (parse → stitch → buildGrid → detectLayout), and decides how each
// grid slot is marked: merged, repeated, split, inherited, padded.
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { IndicatorRecord } from '../../schemas/dataset.ts';
import { parseBytes } from '../../parsers/index.ts';
import { buildGrid, type Grid } from '../grid/index.ts';
import { stitchTables } from '../grid/stitch.ts';
import { detectLayout, type TableLayout } from '../layout/index.ts';

export interface ReportInputs {
  /** Source bytes already in memory, by the file path recorded in the dataset (convert --report passes these). */
  sources?: ReadonlyMap<string, Uint8Array>;
  /** Folder relative source paths are resolved against when they are not found from the working folder. */
  baseDir?: string;
}

export interface ReportTable {
  index: number;
  grid: Grid;
  layout: TableLayout;
  /** `split-cell-aligned` locations (0-based r,c) — the extra cells of split rows. */
  splitCells: Set<string>;
}

export interface DocumentGrids {
  tables: ReportTable[];
  /** One sentence when the grids could not be drawn (file gone, unreadable, changed). */
  problem: string | null;
  /** True when the file's bytes are not the ones converted (grids drawn, but may not match). */
  changed: boolean;
}

async function readSource(file: string, inputs: ReportInputs): Promise<Uint8Array | null> {
  const mem = inputs.sources?.get(file);
  if (mem) return mem;
  const candidates = [file];
  if (!isAbsolute(file) && inputs.baseDir) candidates.push(resolve(inputs.baseDir, file));
  for (const p of candidates) {
    try {
      return new Uint8Array(await readFile(p));
    } catch {
      /* try the next place */
    }
  }
  return null;
}

export async function documentGrids(file: string, documentId: string, inputs: ReportInputs = {}): Promise<DocumentGrids> {
  const bytes = await readSource(file, inputs);
  if (!bytes) return { tables: [], problem: 'The source file is no longer there, so its repaired grids cannot be drawn; records and diagnostics are listed from dataset.json.', changed: false };
  const parsed = await parseBytes(bytes, file);
  if (!parsed.value) return { tables: [], problem: `The source file could not be parsed again (${parsed.diagnostics[0]?.message ?? 'unknown reason'}).`, changed: false };
  const changed = documentId !== 'unknown' && parsed.documentId !== documentId;
  const { blocks } = stitchTables(parsed.value.blocks, parsed.documentId);
  const tables: ReportTable[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    const index = tables.length + 1;
    const g = buildGrid(b, { documentId: parsed.documentId, table: index });
    const splitCells = new Set<string>();
    for (const d of g.diagnostics) {
      if (d.code === 'split-cell-aligned' && d.location.row && d.location.column) splitCells.add(`${d.location.row - 1},${d.location.column - 1}`);
    }
    tables.push({ index, grid: g.value, layout: detectLayout(g.value), splitCells });
  }
  return {
    tables,
    problem: changed ? 'The source file has changed since it was converted (its hash differs); the grids below are of the current file and may not match the records.' : null,
    changed,
  };
}

export type Mark = 'merged' | 'repeated' | 'split' | 'inherited' | 'padded';

export const MARK_LEGEND: Record<Mark, { symbol: string; text: string }> = {
  merged: { symbol: '↓', text: 'slot covered by a merged cell (its text repeated here)' },
  repeated: { symbol: '⟲', text: 'repeated text collapsed (a merged cell printed again after a page break)' },
  split: { symbol: '⇥', text: 'split cell: a row with one cell more was aligned into its own column' },
  inherited: { symbol: '⇡', text: 'empty cell whose value a record inherited from above' },
  padded: { symbol: '∅', text: 'slot padded into a ragged row' },
};

/** Field key as recorded in provenance.cells (`departments:lead`, `deadline`). */
function fieldKey(m: TableLayout['columns'][number]): string | null {
  return m ? m.field + (m.role ? `:${m.role}` : '') : null;
}

/**
 * Marks per slot `r,c` (0-based). Inherited: an empty slot of a record's row in a
 * mapped column whose value the record still has (provenance.cells names it, or the
 * record is flagged department-/deadline-inherited). `inheritedText` receives the
 * inherited value per slot when provenance names it, so the report can show it faded.
 */
export function slotMarks(t: ReportTable, records: IndicatorRecord[], inheritedText?: Map<string, string>): Map<string, Mark[]> {
  const out = new Map<string, Mark[]>();
  const add = (r: number, c: number, m: Mark) => {
    const k = `${r},${c}`;
    const list = out.get(k) ?? [];
    if (!list.includes(m)) list.push(m);
    out.set(k, list);
  };
  const { grid, layout } = t;
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      const g = grid.at[r]![c]!;
      if (g.rs > 1 || g.cs > 1) add(r, c, 'merged');
      if (g.flags.includes('repeated-text-collapsed') && g.r === r && g.c === c) add(r, c, 'repeated');
      if (g.flags.includes('split-column-empty') || t.splitCells.has(`${r},${c}`)) add(r, c, 'split');
      if (g.flags.includes('padded')) add(r, c, 'padded');
    }
  }
  for (const rec of records) {
    const r = (rec.provenance.rows?.[0] ?? 0) - 1;
    if (r < 0 || r >= grid.rows) continue;
    for (let c = 0; c < grid.cols; c++) {
      const g = grid.at[r]![c]!;
      if (g.r !== r || g.c !== c || g.lines.join('').trim()) continue;
      const m = layout.columns[c];
      const key = fieldKey(m);
      if (!m || !key) continue;
      const inherited =
        key in rec.provenance.cells ||
        (m.field === 'departments' && rec.flags.includes('department-inherited')) ||
        (m.field === 'deadline' && rec.flags.includes('deadline-inherited'));
      if (inherited) {
        add(r, c, 'inherited');
        const v = rec.provenance.cells[key];
        if (v && inheritedText) inheritedText.set(`${r},${c}`, v);
      }
    }
  }
  return out;
}
