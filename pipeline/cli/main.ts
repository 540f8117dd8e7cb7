// The govtables command line. Exit codes: 0 every file converted, 1 some failed
// (the rest are still written), 2 usage errors.
import { Command, CommanderError } from 'commander';
import { datasetJsonSchema } from '../../schemas/dataset.ts';
import { convertFile, defaultOptions, type ConvertOptions, type FileResult } from '../convert.ts';
import { loadDepartmentDictionary } from '../normalize/departments.ts';
import { assemble, VERSION, writeDataset } from '../output/write.ts';
import { expandInputs } from './inputs.ts';
import { inspectCommand } from './inspect.ts';

export interface ConvertCliOptions {
  output: string;
  departments?: string;
  region?: string;
  bom: boolean;
  maxSize?: string;
  quiet?: boolean;
}

function summary(results: FileResult[], ms: number): string {
  const recs = results.reduce((a, r) => a + r.records.length, 0);
  const allocs = results.reduce((a, r) => a + r.allocations.length, 0);
  const diags = results.flatMap((r) => r.diagnostics);
  const failed = results.filter((r) => r.document.status === 'failed').length;
  const unknown = new Set(diags.filter((d) => d.code === 'unknown-department').map((d) => d.message)).size;
  return (
    `files: ${results.length} (${failed} failed), records: ${recs}, allocations: ${allocs}, ` +
    `warnings: ${diags.filter((d) => d.severity === 'warning').length}, errors: ${diags.filter((d) => d.severity === 'error').length}, ` +
    `unknown departments: ${unknown}, time: ${(ms / 1000).toFixed(1)} s`
  );
}

export async function runConvert(inputs: string[], o: ConvertCliOptions): Promise<number> {
  const started = Date.now();
  const { files, missing } = await expandInputs(inputs);
  for (const m of missing) process.stderr.write(`govtables: ${m}: no such file or folder\n`);
  if (!files.length) {
    process.stderr.write('govtables: no input files found\n');
    return 2;
  }
  const opts: ConvertOptions = { ...defaultOptions(), region: o.region };
  if (o.departments) {
    const d = loadDepartmentDictionary(o.departments);
    for (const x of d.diagnostics) process.stderr.write(`govtables: ${o.departments}: ${x.message}\n`);
    if (d.diagnostics.some((x) => x.severity === 'error')) return 2;
    opts.dictionary = d.value;
  }
  if (o.maxSize) opts.maxBytes = Number(o.maxSize) * 1024 * 1024;
  const results: FileResult[] = [];
  for (const f of files) {
    const r = await convertFile(f, opts);
    results.push(r);
    if (r.document.status === 'failed') {
      const err = r.diagnostics.find((d) => d.severity === 'error');
      process.stderr.write(`govtables: ${f}: ${err?.message ?? 'failed'}\n`);
    }
  }
  await writeDataset(o.output, assemble(results), { bom: o.bom });
  if (!o.quiet) process.stderr.write(`${summary(results, Date.now() - started)}\n`);
  return results.some((r) => r.document.status === 'failed') || missing.length ? 1 : 0;
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
    .action(async (inputs: string[], o: ConvertCliOptions) => {
      code = await runConvert(inputs, o);
    });
  program
    .command('schema')
    .description('print the JSON Schema of dataset.json (generated from the zod schema)')
    .action(() => {
      process.stdout.write(JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
    });
  program
    .command('inspect')
    .description('print each repaired table as a grid, with its header mapping and repairs')
    .argument('<file>', 'one input file')
    .action(async (file: string) => {
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
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return code;
}
