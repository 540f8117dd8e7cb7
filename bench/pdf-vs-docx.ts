// PDF against Word on generated task tables: each variant (page size, a 牵头单位 merged per
// group, long cells, no repeated header, no 序号 column) is built as .docx
// (scripts/word-builder.ts, rows from bench/size.ts taskRows), printed to PDF by LibreOffice
// and both are converted; the PDF must give the .docx's records (apart from id, provenance,
// flags). Prints per variant the record counts, how many differ, and the first difference.
// Bench-only (needs /usr/bin/soffice); it found the page-break row join and the order of
// inherited departments fixed on 2026-11-23, then (variants without 序号) a new row after a row
// ending at the page's bottom taken for its cut piece, `20 24年底前` over a cut, and
// (narrowMergeLeadNoNum) a 牵头单位 merged over a whole page lost after the second break
// (records: a department was carried over one break only).
//
//   npx tsx bench/pdf-vs-docx.ts [--out DIR] [--only NAME,NAME]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { taskRows } from './size.ts';
import { A4_LANDSCAPE, A6_NARROW, cont, top, w, wordFile, type WBlock, type WRow, type WPage } from '../scripts/word-builder.ts';
import { convertBytes } from '../pipeline/convert.ts';
const outAt = process.argv.indexOf('--out');
const dir = outAt > 0 ? process.argv[outAt + 1]! : mkdtempSync(path.join(os.tmpdir(), 'govtables-pdf-vs-docx-'));
mkdirSync(dir, { recursive: true });
if (!existsSync('/usr/bin/soffice')) {
  console.log('skipped: LibreOffice (/usr/bin/soffice) is not installed');
  process.exit(0);
}
const content = (r: any) => { const { id, documentId, provenance, flags, ...rest } = r; return JSON.stringify(rest); };
type V = { name: string; n: number; page?: WPage; mergeLead?: boolean; longText?: number; repeatHeader?: boolean; noNum?: boolean; seed?: number };
/** A5 portrait, 1.27 cm margins: between A4 and the narrow A6. */
const A5: WPage = { width: 8391, height: 11906, margin: 720 };
const variants: V[] = [
  { name: 'landscape', n: 150, page: A4_LANDSCAPE },
  { name: 'narrow', n: 60, page: A6_NARROW },
  { name: 'mergeLead', n: 200, mergeLead: true },
  { name: 'long', n: 120, longText: 3 },
  { name: 'noRepeat', n: 200, repeatHeader: false },
  { name: 'longNarrowNoNum', n: 60, page: A6_NARROW, longText: 2, noNum: true },
  // Probes of the page-break row rule without a 序号 column (added 2026-11-23).
  { name: 'narrowNoNum', n: 60, page: A6_NARROW, noNum: true, seed: 5 },
  { name: 'narrowNoRepeatNoNum', n: 60, page: A6_NARROW, longText: 2, noNum: true, repeatHeader: false, seed: 3 },
  { name: 'narrowMergeLeadNoNum', n: 60, page: A6_NARROW, longText: 2, noNum: true, mergeLead: true, seed: 9 },
  { name: 'a5NoNum', n: 100, page: A5, longText: 2, noNum: true, seed: 13 },
  { name: 'a5NoRepeatNoNum', n: 100, page: A5, longText: 3, noNum: true, repeatHeader: false, seed: 17 },
  { name: 'longNoNum', n: 120, longText: 3, noNum: true, seed: 19 },
  // Printed once and committed as test/fixtures/pdf/size/tasks-a6-nonum-26.{docx,pdf} (test/pdf/page-break-unnumbered-rows.test.ts).
  { name: 'tasks-a6-nonum-26', n: 26, page: A6_NARROW, longText: 2, noNum: true, seed: 3 },
  // Printed once and committed as test/fixtures/pdf/size/tasks-a6-merged-lead-24.{docx,pdf} (test/pdf/merged-lead-over-pages.test.ts).
  { name: 'tasks-a6-merged-lead-24', n: 24, page: A6_NARROW, longText: 2, noNum: true, mergeLead: true, seed: 4 },
];
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1]!.split(',') : null;
for (const v of variants) {
  if (only && !only.includes(v.name)) continue;
  const rows = taskRows(v.n, v.seed ?? 11);
  const HEAD = v.noNum ? ['重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'] : ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'];
  const wrows: WRow[] = rows.map((r) => {
    const grp = r.groupLen > 1 ? (r.groupStart ? top(r.group) : cont()) : w(r.group);
    const lead = v.mergeLead && r.groupLen > 1 ? (r.groupStart ? top(r.lead) : cont()) : w(r.lead);
    const measure = w([r.measure, ...Array.from({ length: (v.longText ?? 1) - 1 }, (_, k) => `第${k + 2}阶段由${r.lead}会同${r.assist}组织实施，按季度报送进展情况。`)].join(''));
    const cells = [grp, measure, lead, w(r.assist), w(r.deadline)];
    return { cells: v.noNum ? cells : [w(String(r.no)), ...cells] };
  });
  const widths = v.noNum ? [16, 46, 14, 16, 10] : [6, 16, 40, 14, 16, 10];
  const blocks: WBlock[] = [{ paragraph: '某市质量提升重点任务分解表' }, { widths, rows: [{ header: v.repeatHeader !== false, cells: HEAD.map((h) => w(h)) }, ...wrows] }];
  const docx = await wordFile(blocks, v.page ? { page: v.page } : {});
  writeFileSync(`${dir}/${v.name}.docx`, docx);
  execFileSync('/usr/bin/soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, `${dir}/${v.name}.docx`], { stdio: 'ignore' });
  const a = await convertBytes(docx, `${v.name}.docx`);
  const b = await convertBytes(new Uint8Array(readFileSync(`${dir}/${v.name}.pdf`)), `${v.name}.pdf`);
  const diff = a.records.filter((r, i) => !b.records[i] || content(r) !== content(b.records[i])).length;
  const warnA = a.diagnostics.filter((d) => d.severity !== 'info').length, warnB = b.diagnostics.filter((d) => d.severity !== 'info').length;
  console.log(v.name, 'rows', v.n, 'docx', a.records.length, 'pdf', b.records.length, 'differing', diff, 'warnings', warnA, warnB);
  const first = a.records.findIndex((r, i) => !b.records[i] || content(r) !== content(b.records[i]));
  if (first >= 0 && b.records[first]) {
    const x = JSON.parse(content(a.records[first])), y = JSON.parse(content(b.records[first]));
    for (const k of Object.keys(x)) if (JSON.stringify(x[k]) !== JSON.stringify(y[k])) console.log('   first diff seq', first + 1, k, '| docx:', JSON.stringify(x[k]).slice(0, 80), '| pdf:', JSON.stringify(y[k]).slice(0, 80), 'pages', b.records[first].provenance.pages);
  }
}
