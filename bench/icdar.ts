// ICDAR 2013 table-structure measurement: parses every PDF of the competition
// subset with the PDF parser, writes one `govtables tables --json` object per
// document into a temporary folder and scores it with icdar_score.py.
//
//   npx tsx bench/icdar.ts [--dataset DIR] [--keep DIR] [--span]
//
// --span lays tables out with the plain span algorithm instead of the grid stage.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePdf } from '../parsers/pdf/index.ts';
import { layoutTables, spanLayout } from '../pipeline/cli/tables.ts';
import type { SourceTable } from '../pipeline/model.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataset = path.resolve(opt('--dataset') ?? path.join(repo, '..', 'shared', 'external', 'icdar2013'));
const scorer = path.join(dataset, '..', '..', 'tools', 'icdar_score.py');

if (!existsSync(dataset) || !existsSync(scorer)) {
  console.error(`ICDAR 2013 set or scorer not found (looked for ${dataset} and ${scorer}).`);
  process.exit(2);
}

const keep = opt('--keep');
const out = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'icdar-'));
mkdirSync(out, { recursive: true });
const started = Date.now();
for (const f of readdirSync(dataset).filter((f) => f.endsWith('.pdf')).sort()) {
  const bytes = new Uint8Array(readFileSync(path.join(dataset, f)));
  const documentId = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const res = await parsePdf(bytes, { file: f, documentId });
  for (const d of res.diagnostics.filter((d) => d.severity === 'error')) console.error(`${f}: ${d.code}: ${d.message}`);
  const tables = !res.value
    ? []
    : args.includes('--span')
      ? res.value.blocks.filter((b): b is SourceTable => b.kind === 'table').map(spanLayout)
      : layoutTables(res.value);
  writeFileSync(path.join(out, f.replace(/\.pdf$/, '.json')), JSON.stringify({ file: f, format: 'pdf', tables }) + '\n');
}
const parseMs = Date.now() - started;
const report = execFileSync('python3', [scorer, dataset, out], { encoding: 'utf8' });
process.stdout.write(report);
console.log(`parse time ${parseMs} ms for the set`);
if (!keep) rmSync(out, { recursive: true, force: true });
