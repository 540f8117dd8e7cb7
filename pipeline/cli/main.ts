// The govtables command line. Exit codes: 0 every file converted, 1 some failed
// (the rest are still written), 2 usage errors.
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { collectInputs } from '../batch/inputs.ts';
import { JsonReporter, TextReporter, TtyReporter, type Reporter } from '../batch/progress.ts';
import { runBatch } from '../batch/run.ts';
import { parseShard, shardOf } from '../batch/shard.ts';
import { VERSION } from '../output/write.ts';
import { registerExtraCommands } from './commands-extra.ts';
import { join } from 'node:path';

export interface ConvertCliOptions {
  output: string;
  departments?: string;
  region?: string;
  bom: boolean;
  maxSize?: string;
  quiet?: boolean;
  jobs?: string;
  incremental?: boolean;
  failFast?: boolean;
  shard?: string;
  log?: 'text' | 'json';
  timeout?: string;
  workerMemory?: string;
  report?: boolean;
}

function usage(message: string): number {
  process.stderr.write(`govtables: ${message}\n`);
  return 2;
}

/** A positive number from an option, or null. */
function positive(v: string | undefined, integer: boolean): number | null {
  const n = Number(v);
  return v !== undefined && Number.isFinite(n) && n > 0 && (!integer || Number.isInteger(n)) ? n : null;
}

export async function runConvert(inputs: string[], o: ConvertCliOptions): Promise<number> {
  const jobs = o.jobs === undefined ? availableParallelism() : positive(o.jobs, true);
  if (jobs === null) return usage(`--jobs must be a whole number of at least 1, not "${o.jobs}"`);
  const shard = o.shard === undefined ? null : parseShard(o.shard);
  if (o.shard !== undefined && !shard) return usage(`--shard must be K/N with 1 <= K <= N, not "${o.shard}"`);
  const maxMb = o.maxSize === undefined ? undefined : positive(o.maxSize, false);
  if (maxMb === null) return usage(`--max-size must be a positive number of MB, not "${o.maxSize}"`);
  const timeout = o.timeout === undefined ? 600 : Number(o.timeout);
  if (!Number.isFinite(timeout) || timeout < 0) return usage(`--timeout must be a number of seconds (0: none), not "${o.timeout}"`);
  const workerMemory = o.workerMemory === undefined ? undefined : positive(o.workerMemory, true);
  if (workerMemory === null) return usage(`--worker-memory must be a whole number of MB, not "${o.workerMemory}"`);

  const { files: found, missing, skipped } = await collectInputs(inputs);
  for (const m of missing) process.stderr.write(`govtables: ${m}: no such file or folder\n`);
  for (const f of skipped) process.stderr.write(`govtables: ${f}: skipped, a govtables output file (name it on the command line to convert it)\n`);
  if (!found.length) return usage('no input files found');
  if (o.departments) {
    // Checked once here so a bad file is a usage error; each worker loads it again for itself.
    const { loadDepartmentDictionary } = await import('../normalize/departments.ts');
    const d = loadDepartmentDictionary(o.departments);
    for (const x of d.diagnostics) process.stderr.write(`govtables: ${o.departments}: ${x.message}\n`);
    if (d.diagnostics.some((x) => x.severity === 'error')) return 2;
  }
  const files = found.filter((f) => !shard || shardOf(f.relative, shard.count) === shard.index).map((f) => f.file);

  const reporter: Reporter =
    o.log === 'json' ? new JsonReporter() : process.stderr.isTTY ? new TtyReporter(Boolean(o.quiet)) : new TextReporter(Boolean(o.quiet));
  // Ctrl-C stops the workers and removes the temp files; the previous dataset stays as it was.
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const s = await runBatch(files, {
      output: o.output,
      jobs,
      incremental: o.incremental,
      failFast: o.failFast,
      departments: o.departments,
      region: o.region,
      maxBytes: maxMb === undefined ? undefined : maxMb * 1024 * 1024,
      bom: o.bom,
      timeoutMs: timeout * 1000,
      workerMemoryMb: workerMemory,
      reporter,
      signal: controller.signal,
    });
    if (s.interrupted) return 130;
    if (o.report && !s.stoppedEarly) {
      const r = await (await import('../report/index.ts')).writeReport(o.output, join(o.output, 'dataset.json'));
      void r;
      if (!o.quiet) process.stderr.write(`report: ${join(o.output, 'report', 'index.html')}\n`);
    }
    return s.failed || s.stoppedEarly || missing.length ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export async function runMerge(dirs: string[], o: { output: string; bom: boolean; quiet?: boolean }): Promise<number> {
  const { mergeShards } = await import('../batch/merge.ts');
  const r = await mergeShards(dirs, o.output, { bom: o.bom });
  for (const e of r.errors) process.stderr.write(`govtables: ${e}\n`);
  if (r.errors.length) return 1;
  if (!o.quiet) process.stderr.write(`merged ${dirs.length} folders: ${r.files} files\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command();
  program
    .name('govtables')
    .description("Turns Chinese cities' indicator tables (Word, PDF, text) into one canonical dataset.")
    .version(VERSION)
    .exitOverride();
  program
    .command('convert')
    .description('convert files or folders into <dir>/dataset.json, records.jsonl, records.csv, allocations.csv')
    .argument('<inputs...>', 'files or folders (.txt .md .docx .doc .pdf)')
    .requiredOption('-o, --output <dir>', 'output folder')
    .option('--departments <file>', 'extra department dictionary (JSON or CSV) that adds or overrides entries')
    .option('--region <region>', 'override the detected region, e.g. 广东省/江门市')
    .option('--no-bom', 'write CSV without a byte-order mark')
    .option('--max-size <MB>', 'refuse input files larger than this many MB (default 200)')
    .option('-q, --quiet', 'no summary line')
    .option('-j, --jobs <n>', 'worker threads converting in parallel (default: number of cores)')
    .option('--incremental', 'reuse results of unchanged files from <dir>/.cache (and keep the cache)')
    .option('--fail-fast', 'stop at the first failed file and write nothing (exit 1)')
    .option('--shard <K/N>', 'convert only shard K of N (by a hash of each path relative to its input folder)')
    .addOption(new Option('--log <format>', 'stderr format when not a terminal: text or json lines').choices(['text', 'json']).default('text'))
    .option('--timeout <s>', 'per-file time limit in seconds, 0 for none (default 600)')
    .option('--worker-memory <MB>', 'heap limit per worker thread; a file that needs more fails alone')
    .option('--report', 'also write the review site <dir>/report/index.html')
    .action(async (inputs: string[], o: ConvertCliOptions) => {
      code = await runConvert(inputs, o);
    });
  program
    .command('merge')
    .description('combine the outputs of convert --shard runs into the dataset one run would write')
    .argument('<dirs...>', 'output folders of the shards')
    .requiredOption('-o, --output <dir>', 'output folder')
    .option('--no-bom', 'write CSV without a byte-order mark')
    .option('-q, --quiet', 'no summary line')
    .action(async (dirs: string[], o: { output: string; bom: boolean; quiet?: boolean }) => {
      code = await runMerge(dirs, o);
    });
  program
    .command('schema')
    .description('print the JSON Schema of dataset.json (generated from the zod schema)')
    .option('--tables', 'print the schema of `govtables tables --json` lines instead')
    .action(async (o: { tables?: boolean }) => {
      const schema = o.tables ? (await import('../../schemas/tables.ts')).tablesJsonSchema() : (await import('../../schemas/dataset.ts')).datasetJsonSchema();
      process.stdout.write(JSON.stringify(schema, null, 2) + '\n');
    });
  program
    .command('inspect')
    .description('print each repaired table as a grid, with its header mapping and repairs')
    .argument('<file>', 'one input file')
    .action(async (file: string) => {
      const { inspectCommand } = await import('./inspect.ts');
      code = await inspectCommand(file);
    });
  program
    .command('tables')
    .description('print every table the parsers and the grid stage recover, before any indicator semantics')
    .argument('<files...>', 'input files')
    .option('--json', 'one JSON object per file per line')
    .action(async (files: string[], o: { json?: boolean }) => {
      const { tablesCommand } = await import('./tables.ts');
      code = await tablesCommand(files, { json: Boolean(o.json) });
    });
  registerExtraCommands(program, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return code;
}
