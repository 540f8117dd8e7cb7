// `govtables report <dir>` and `govtables load <dir>`; registered by main.ts through
// registerExtraCommands so these commands live apart from the conversion CLI.
// Exit codes follow main.ts: 0 done, 1 failed (database left as it was), 2 usage errors.
import { join } from 'node:path';
import type { Command } from 'commander';

function fail(msg: string): void {
  process.stderr.write(`govtables: ${msg}\n`);
}

export async function reportCommand(dir: string): Promise<number> {
  const { writeReport } = await import('../report/index.ts');
  try {
    const s = await writeReport(dir, join(dir, 'dataset.json'));
    process.stderr.write(`report: ${s.index} (${s.documents} documents, ${s.pages} pages${s.missingSources ? `, ${s.missingSources} sources missing` : ''})\n`);
    return 0;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `${join(dir, 'dataset.json')} cannot be read; run govtables convert first.` : (err as Error).message);
    return 1;
  }
}

export async function loadCommand(dir: string, o: { duckdb?: string; postgres?: string }): Promise<number> {
  if (!o.duckdb && !o.postgres) {
    fail('load needs --duckdb <file> and/or --postgres <url>');
    return 2;
  }
  const load = await import('../load/index.ts');
  const read = await load.readDataset(dir);
  if (!read.dataset) {
    fail(read.error ?? 'cannot read the dataset');
    return 1;
  }
  const opts = { source: read.path, datasetSha256: read.sha256 };
  let code = 0;
  if (o.duckdb) {
    try {
      process.stderr.write(load.describeLoad(`duckdb ${o.duckdb}`, await load.loadDuckdb(o.duckdb, read.dataset, opts)) + '\n');
    } catch (err) {
      fail(`duckdb ${o.duckdb}: load failed and was rolled back: ${(err as Error).message.split('\n')[0]}`);
      code = 1;
    }
  }
  if (o.postgres) {
    // The URL may hold a password: never echo it.
    const target = 'postgres';
    try {
      process.stderr.write(load.describeLoad(target, await load.loadPostgres(o.postgres, read.dataset, opts)) + '\n');
    } catch (err) {
      fail(`${target}: load failed and was rolled back: ${(err as Error).message.split('\n')[0]}`);
      code = 1;
    }
  }
  return code;
}

/** Adds `report` and `load`; actions store their exit code through `setCode`. */
export function registerExtraCommands(program: Command, setCode: (code: number) => void = (c) => (process.exitCode = c)): void {
  program
    .command('report')
    .description('write <dir>/report/index.html: a static review site of the converted dataset with repaired grids')
    .argument('<dir>', 'output folder of convert (holds dataset.json)')
    .action(async (dir: string) => {
      setCode(await reportCommand(dir));
    });
  program
    .command('load')
    .description('load <dir>/dataset.json into DuckDB and/or PostgreSQL (idempotent; one transaction)')
    .argument('<dir>', 'output folder of convert (holds dataset.json)')
    .option('--duckdb <file>', 'DuckDB database file (created when missing)')
    .option('--postgres <url>', 'PostgreSQL connection URL, e.g. postgres://user@127.0.0.1:5432/db')
    .action(async (dir: string, o: { duckdb?: string; postgres?: string }) => {
      setCode(await loadCommand(dir, o));
    });
}
