// Debug aid: prints the blocks a parser produces for a file (paragraphs and tables with row cell counts).
import { readFileSync } from 'node:fs';
import { readTabCellText } from '../parsers/txt/index.ts';
const file = process.argv[2]!;
const blocks = readTabCellText(readFileSync(file, 'utf8'));
for (const b of blocks) {
  if (b.kind === 'paragraph') console.log('P', b.text.slice(0, 60));
  else {
    console.log('TABLE rows', b.rows.length, 'counts', JSON.stringify(b.rows.map((r) => r.cells.length)));
    for (const r of b.rows.slice(0, Number(process.argv[3] ?? 3))) console.log('  |', r.cells.map((c) => c.lines.join('⏎').slice(0, 18)).join(' | '));
  }
}
