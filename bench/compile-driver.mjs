// Child process of bench/compile-work.ts: converts a list of files one after the other
// exactly as one batch worker does (pipeline/batch/worker.ts convertTask: convert,
// render, write the result to a spool file), in this one isolate, from the compiled
// dist/. Run with V8 trace flags; the parent parses what V8 prints on stdout.
//
//   node --trace-opt --trace-deopt --trace-file-names bench/compile-driver.mjs LIST SPOOL
//
// LIST: a file with one input path a line, in the order to convert them. Before each file
// it writes `[govtables-bench file I]` to stdout.
import { readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const [listFile, spool] = process.argv.slice(2);
if (!listFile || !spool) {
  console.error('usage: compile-driver.mjs LIST SPOOL');
  process.exit(2);
}
const { convertTask, workerOptions } = await import('../dist/pipeline/batch/worker.js');
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
// What the CLI sends a worker without --departments/--region/--incremental.
const init = { fingerprint: 'compile-work', cacheDir: null };
const opts = workerOptions(init);
let records = 0;
for (let i = 0; i < files.length; i++) {
  // A marker in V8's trace (stdout, line-buffered by the parent through stdbuf when it can),
  // so compile work can be told apart by how far into the batch it happened.
  writeSync(1, `[govtables-bench file ${i}]\n`);
  const r = await convertTask({ id: i, file: files[i], spool: join(spool, `${i}.bin`) }, init, opts);
  records += r.stats.records ?? 0;
}
console.error(JSON.stringify({ files: files.length, records }));
