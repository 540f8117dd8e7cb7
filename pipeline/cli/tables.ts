// `govtables tables <file…>`: shows the tables a parser recovered, before any
// interpretation. `--json` prints one JSON object per file per line (the shape
// ../shared/tools/icdar_score.py reads); without it, a readable text grid.
import type { BBox, Result, SourceDocument, SourceTable } from '../model.ts';
import { parseFile } from '../../parsers/index.ts';
import { stitchTables } from '../grid/stitch.ts';
import { buildGrid, expandSpans, type Grid } from '../grid/index.ts';

export interface LaidOutCell {
  r: number;
  c: number;
  rs: number;
  cs: number;
  text: string;
  page: number | null;
  bbox: BBox | null;
}

export interface LaidOutTable {
  pages: number[];
  mode: SourceTable['mode'];
  rows: number;
  cols: number;
  cells: LaidOutCell[];
}

/**
 * Places a SourceTable's cells on a grid with the HTML table algorithm and no repairs
 * (the raw parser view, for `bench/icdar.ts --span`): the grid stage's own span
 * expansion, without its padding cells.
 */
export function spanLayout(table: SourceTable): LaidOutTable {
  return laidOut(expandSpans(table));
}

function laidOut(grid: Grid): LaidOutTable {
  return {
    pages: grid.pages,
    mode: grid.mode,
    rows: grid.rows,
    cols: grid.cols,
    cells: grid.cells
      .filter((g) => !g.flags.includes('padded'))
      .map((g) => ({ r: g.r, c: g.c, rs: g.rs, cs: g.cs, text: g.lines.join('\n'), page: g.page, bbox: g.bbox })),
  };
}

/** Layout through the shared grid stage (spans expanded, page artifacts removed), as later stages see it. */
function gridLayout(table: SourceTable, documentId: string, index: number): LaidOutTable {
  return laidOut(buildGrid(table, { documentId, table: index }).value);
}

export function layoutTables(doc: SourceDocument): LaidOutTable[] {
  // A table continued after a page break or a 续表 title is one table (as the records see it).
  const blocks = stitchTables(doc.blocks, doc.documentId).blocks;
  const tables = blocks.filter((b): b is SourceTable => b.kind === 'table');
  return tables.map((t, i) => gridLayout(t, doc.documentId, i + 1));
}

function textGrid(t: LaidOutTable): string {
  const at: string[][] = Array.from({ length: t.rows }, () => new Array<string>(t.cols).fill(''));
  for (const c of t.cells) {
    for (let i = c.r; i < c.r + c.rs; i++) {
      for (let j = c.c; j < c.c + c.cs; j++) at[i]![j] = i === c.r && j === c.c ? c.text.replace(/\n/g, '⏎') : '〃';
    }
  }
  return at.map((row, i) => `${String(i + 1).padStart(3)} | ${row.join(' | ')}`).join('\n');
}

export async function tablesCommand(files: string[], opts: { json: boolean }): Promise<number> {
  let status = 0;
  for (const file of files) {
    let res: Result<SourceDocument | null>;
    try {
      res = await parseFile(file);
    } catch (e) {
      process.stderr.write(`${file}: cannot read the file (${(e as Error).message})\n`);
      status = 1;
      continue;
    }
    for (const d of res.diagnostics) {
      if (d.severity === 'error' || !opts.json) process.stderr.write(`${file}: ${d.severity} ${d.code}: ${d.message}\n`);
    }
    if (!res.value) {
      status = 1;
      if (opts.json) process.stdout.write(JSON.stringify({ file, format: null, tables: [] }) + '\n');
      continue;
    }
    const tables = layoutTables(res.value);
    if (opts.json) {
      process.stdout.write(JSON.stringify({ file, format: res.value.format, tables }) + '\n');
    } else {
      process.stdout.write(`${file} (${res.value.format}): ${tables.length} table(s)\n`);
      tables.forEach((t, i) => {
        const pages = t.pages.length ? `, pages ${t.pages.join(', ')}` : '';
        process.stdout.write(`\nTable ${i + 1} (${t.mode}, ${t.rows}×${t.cols}${pages})\n${textGrid(t)}\n`);
      });
      process.stdout.write('\n');
    }
  }
  return status;
}
