// Time against the size of ONE document: the same 任务分解表 layout (groups of tasks with a
// merged 重点任务 cell, 具体措施, 牵头单位, 配合单位, 完成时限) generated at growing row counts
// as .txt (tab-cell format) and .docx (and .pdf with --pdf, via LibreOffice: bench only).
// Each is converted in-process with convertBytes after a warm-up; prints ms per 1,000 rows
// and the time ratio between consecutive sizes (4× rows should cost ≈4× time).
//
//   npx tsx bench/size.ts [--sizes 250,1000,4000] [--pdf] [--formats txt,docx] [--reps 3]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertBytes, defaultOptions } from '../pipeline/convert.ts';
import { cont, top, w, wordFile, type WBlock, type WRow } from '../scripts/word-builder.ts';
import { rng } from './corpus.ts';

const DEPTS = ['市发展改革局', '市工业和信息化局', '市市场监管局', '市商务局', '市财政局', '市住房城乡建设局', '市交通运输局', '市农业农村局', '市生态环境局', '市教育局', '市科技局', '市人力资源社会保障局', '各区（县）政府'];
const VERBS = ['推进', '加强', '完善', '实施', '开展', '建立', '培育', '提升'];
const OBJS = ['质量基础设施建设', '标准化战略', '品牌培育工作', '计量检测能力', '认证认可体系', '产品质量监督抽查', '服务质量满意度测评', '工程质量安全管理'];

export interface SizeRow {
  no: number;
  group: string;
  groupStart: boolean;
  groupLen: number;
  measure: string;
  lead: string;
  assist: string;
  deadline: string;
}

/** `n` task rows in groups of 3–8, deterministic. */
export function taskRows(n: number, seed = 7): SizeRow[] {
  const rand = rng(seed);
  const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)]!;
  const rows: SizeRow[] = [];
  let g = 0;
  while (rows.length < n) {
    g++;
    const len = Math.min(n - rows.length, 3 + Math.floor(rand() * 6));
    const group = `${g}.${pick(VERBS)}${pick(OBJS)}`;
    for (let i = 0; i < len; i++) {
      const no = rows.length + 1;
      rows.push({
        no,
        group,
        groupStart: i === 0,
        groupLen: len,
        measure: `${pick(VERBS)}${pick(OBJS)}，到${2021 + (no % 5)}年完成第${no}项任务目标，覆盖率达到${60 + (no % 40)}%。`,
        lead: pick(DEPTS),
        assist: `${pick(DEPTS)}、${pick(DEPTS)}`,
        deadline: `${2021 + (no % 5)}年底前`,
      });
    }
  }
  return rows;
}

const HEAD = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'];
const TITLE = '某某市建设质量强市示范城市重点任务分解表';

/** The tab-cell text format of the seeds: every cell a line starting with a tab, rows separated by a blank line. */
export function sizeTxt(rows: SizeRow[]): string {
  const cell = (s: string) => `\t${s}`;
  const out = ['附件', '', TITLE, HEAD.map(cell).join('\n')];
  for (const r of rows) out.push([String(r.no), r.groupStart ? r.group : '', r.measure, r.lead, r.assist, r.deadline].map(cell).join('\n'));
  return out.join('\n\n') + '\n';
}

/** The same table as Word writes it, the group cell merged vertically. `chunk`: a new
 * table (same header) every `chunk` rows at a group boundary, for LibreOffice, whose
 * PDF export of one table is quadratic in its rows (4,000 rows: over 10 minutes). */
export async function sizeDocx(rows: SizeRow[], chunk = Infinity): Promise<Uint8Array> {
  const blocks: WBlock[] = [{ paragraph: '附件' }, { paragraph: TITLE }];
  let wrows: WRow[] = [];
  const flush = () => {
    if (wrows.length) blocks.push({ widths: [6, 16, 40, 14, 16, 10], rows: [{ header: true, cells: HEAD.map((h) => w(h)) }, ...wrows] });
    wrows = [];
  };
  for (const r of rows) {
    if (r.groupStart && wrows.length >= chunk) flush();
    wrows.push({ cells: [w(String(r.no)), r.groupLen > 1 ? (r.groupStart ? top(r.group) : cont()) : w(r.group), w(r.measure), w(r.lead), w(r.assist), w(r.deadline)] });
  }
  flush();
  return wordFile(blocks);
}

function sizePdf(docx: Uint8Array, dir: string, name: string): Uint8Array | null {
  if (!existsSync('/usr/bin/soffice')) return null;
  const src = path.join(dir, `${name}.docx`);
  writeFileSync(src, docx);
  execFileSync('/usr/bin/soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, src], { stdio: 'ignore', timeout: 600_000 });
  return new Uint8Array(readFileSync(path.join(dir, `${name}.pdf`)));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (k: string, d: string) => {
    const i = args.indexOf(k);
    return i >= 0 ? args[i + 1]! : d;
  };
  const sizes = opt('--sizes', '250,1000,4000').split(',').map(Number);
  const formats = opt('--formats', args.includes('--pdf') ? 'txt,docx,pdf' : 'txt,docx').split(',');
  const reps = Number(opt('--reps', '3'));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gt-size-'));
  const opts = defaultOptions();
  try {
    for (const fmt of formats) {
      const inputs: { n: number; bytes: Uint8Array }[] = [];
      for (const n of sizes) {
        const rows = taskRows(n);
        let bytes: Uint8Array | null;
        if (fmt === 'txt') bytes = new TextEncoder().encode(sizeTxt(rows));
        else if (fmt === 'docx') bytes = await sizeDocx(rows);
        else bytes = sizePdf(await sizeDocx(rows, 200), dir, `s${n}`);
        if (!bytes) {
          console.log(`${fmt}: skipped (no /usr/bin/soffice)`);
          break;
        }
        inputs.push({ n, bytes });
      }
      if (!inputs.length) continue;
      // Warm-up: the smallest size twice (JIT, dictionary, lazy modules).
      for (let i = 0; i < 2; i++) await convertBytes(inputs[0]!.bytes, `warm.${fmt}`, opts);
      let prev: { n: number; ms: number } | null = null;
      for (const { n, bytes } of inputs) {
        let best = Infinity;
        let records = 0;
        for (let i = 0; i < reps; i++) {
          const t0 = performance.now();
          const res = await convertBytes(bytes, `size-${n}.${fmt}`, opts);
          best = Math.min(best, performance.now() - t0);
          records = res.records.length;
        }
        const ratio = prev ? ` | ×${(best / prev.ms).toFixed(2)} time for ×${(n / prev.n).toFixed(1)} rows` : '';
        console.log(`${fmt} ${String(n).padStart(6)} rows  ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  ${records} records  ${best.toFixed(0).padStart(7)} ms  ${((best / n) * 1000).toFixed(0).padStart(6)} ms/1000 rows${ratio}`);
        prev = { n, ms: best };
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
