// `govtables inspect <file>`: each repaired table as a terminal grid, with its
// header mapping and the repairs made (merged ↓, split ⇥, collapsed repeats ⟲).
import { readFile } from 'node:fs/promises';
import { parseBytes } from '../../parsers/index.ts';
import { buildGrid, type GridCell } from '../grid/index.ts';
import { stitchTables } from '../grid/stitch.ts';
import { detectLayout } from '../layout/index.ts';
import { normalizeText } from '../normalize/text.ts';

const WIDTH = 16;

/** Display width: CJK characters take two columns. */
function dispWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uFFFF]/.test(ch) ? 2 : 1;
  return w;
}

function fit(s: string, w: number): string {
  let out = '';
  for (const ch of s) {
    if (dispWidth(out + ch) > w) {
      out = out.slice(0, -1) + '…';
      break;
    }
    out += ch;
  }
  return out + ' '.repeat(Math.max(0, w - dispWidth(out)));
}

function mark(g: GridCell, r: number, c: number): string {
  if (g.r !== r || g.c !== c) return g.r !== r ? '↓' : '→';
  if (g.flags.includes('repeated-text-collapsed')) return '⟲';
  if (g.flags.includes('split-column-empty')) return '⇥';
  return ' ';
}

export async function inspectCommand(file: string): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    process.stderr.write(`govtables: ${file}: cannot read the file\n`);
    return 1;
  }
  const parsed = await parseBytes(bytes, file);
  if (!parsed.value) {
    for (const d of parsed.diagnostics) process.stderr.write(`govtables: ${file}: ${d.message}\n`);
    return 1;
  }
  const { blocks, diagnostics } = stitchTables(parsed.value.blocks, parsed.documentId);
  const out: string[] = [`${file} (${parsed.value.format}, document ${parsed.documentId})`];
  for (const d of diagnostics) out.push(`  [${d.severity}] ${d.code}: ${d.message}`);
  let index = 0;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      out.push(`¶ ${normalizeText(b.text).slice(0, 70)}`);
      continue;
    }
    index++;
    const g = buildGrid(b, { documentId: parsed.documentId, table: index });
    const grid = g.value;
    const layout = detectLayout(grid);
    out.push('', `Table ${index}: ${grid.rows} rows × ${grid.cols} columns, mode ${grid.mode}, kind ${layout.kind}, mapped by ${layout.mappedBy}, header rows ${layout.headerRows}`);
    out.push('  columns: ' + layout.columns.map((m, c) => `${c + 1}=${m ? m.field + (m.role ? `(${m.role})` : '') : '—'}`).join('  '));
    for (const d of g.diagnostics) out.push(`  [${d.severity}] ${d.code} r${d.location.row ?? '-'}c${d.location.column ?? '-'}: ${d.message}`);
    out.push('  legend: ↓ filled from the merged cell above, → from the left, ⟲ repeated text collapsed, ⇥ empty cell of a split column');
    for (let r = 0; r < grid.rows; r++) {
      const cells = grid.at[r]!.map((cell, c) => mark(cell, r, c) + fit(normalizeText(cell.lines), WIDTH));
      const tag = r < layout.headerRows ? 'H' : String(r + 1);
      out.push(`${tag.padStart(4)} │${cells.join('│')}│`);
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
