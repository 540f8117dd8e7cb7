// Prints the README's three analyst queries and their output, as markdown, for a
// convert output folder: `npx tsx scripts/analyst-queries.ts output [YYYY-MM]`.
// Loads the folder into a throwaway DuckDB file first (the same loader as `govtables load`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataset, withDuckdb, loadDuckdb } from '../pipeline/load/index.ts';
import { deadlinesInMonth, pointsPerDimension, recordsPerDepartment } from '../pipeline/load/queries.ts';

function table(rows: Record<string, unknown>[]): string {
  if (!rows.length) return '(no rows)\n';
  const cols = Object.keys(rows[0]!);
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/\|/g, '\\|').slice(0, 60));
  return [`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${cols.map((c) => cell(r[c])).join(' | ')} |`)].join('\n') + '\n';
}

const dir = process.argv[2] ?? 'output';
const month = process.argv[3] ?? '2019-08';
const tmp = mkdtempSync(join(tmpdir(), 'govtables-q-'));
const db = join(tmp, 'q.duckdb');
try {
  const read = await readDataset(dir);
  if (!read.dataset) throw new Error(read.error ?? `cannot read ${dir}`);
  await loadDuckdb(db, read.dataset, { source: read.path, datasetSha256: read.sha256 });
  await withDuckdb(db, async (ex) => {
    process.stdout.write(`**Records per canonical department across cities** (top 10)\n\n${table(await recordsPerDepartment(ex, 10))}\n`);
    process.stdout.write(`**Deadlines due in ${month}**\n\n${table(await deadlinesInMonth(ex, month))}\n`);
    process.stdout.write(`**Points per dimension**\n\n${table(await pointsPerDimension(ex))}`);
  });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
