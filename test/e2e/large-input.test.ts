// One large document (a 任务分解表 of 3,000 task rows, bench/size.ts's layout) as .txt and
// as .docx: one record per task row, in order, and every cell's text kept (nothing lost).
// No timing assertions; bench/size.ts measures how time grows with the size.
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../pipeline/convert.ts';
import { normalizeKey } from '../../pipeline/normalize/text.ts';
import { sizeDocx, sizeTxt, taskRows, type SizeRow } from '../../bench/size.ts';

const N = 3000;
const rows = taskRows(N);

async function check(bytes: Uint8Array, file: string, rows: SizeRow[]) {
  const res = await convertBytes(bytes, file);
  expect(res.document.status).not.toBe('failed');
  expect(res.records.length).toBe(rows.length);
  // Every cell's text in a record of the table (or, failing that, a field or a diagnostic).
  const cells = new Set(res.records.flatMap((r) => Object.values(r.provenance.cells).map((v) => normalizeKey(String(v)))));
  const rest = normalizeKey([res.document.title ?? '', ...Object.entries(res.document.fields).flat(), ...res.diagnostics.map((d) => d.message)].join('\n'));
  const texts = rows.flatMap((r) => [String(r.no), r.group, r.measure, r.lead, r.assist, r.deadline]).map(normalizeKey);
  const lost = [...new Set(texts)].filter((t) => t && !cells.has(t) && !rest.includes(t));
  expect(lost.slice(0, 5)).toEqual([]);
  // The rows come out in order, each with its own 具体措施.
  const measures = res.records.map((r) => normalizeKey(Object.values(r.provenance.cells).map(String).join('|')));
  for (const i of [0, 1, rows.length >> 1, rows.length - 1]) expect(measures[i]).toContain(normalizeKey(rows[i]!.measure));
  return res;
}

describe('a 3,000-row document', () => {
  it('converts from .txt with one record per row and nothing lost', async () => {
    await check(new TextEncoder().encode(sizeTxt(rows)), 'large.txt', rows);
  });
  it('converts from .docx (merged 重点任务 cells) with one record per row and nothing lost', async () => {
    // Fewer rows: Word generation and mammoth cost ≈0.5 ms a row; the layout is the same.
    const some = taskRows(1000);
    await check(await sizeDocx(some), 'large.docx', some);
  }, 60_000);
  it('keeps a cell of 3,000 lines whole, in order', async () => {
    const lines = Array.from({ length: N }, (_, i) => `（${i + 1}）加强质量基础设施建设第${i + 1}项。`);
    const text = ['某市任务分解表', '\t序号\n\t具体措施\n\t责任单位\n\t完成时限', `\t1\n\t${lines.join('\n')}\n\t市财政局\n\t2025年底前`].join('\n\n');
    const res = await convertBytes(new TextEncoder().encode(text), 'long-cell.txt');
    expect(res.records.length).toBe(1);
    const kept = Object.values(res.records[0]!.provenance.cells).map(normalizeKey);
    expect(kept).toContain(normalizeKey(lines.join('')));
  });
});
