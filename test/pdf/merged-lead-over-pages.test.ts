// A 任务分解表 without a 序号 column on A6 pages, the 牵头单位 merged per group of up to eight
// rows, long 具体措施 cells (bench/pdf-vs-docx.ts variant `tasks-a6-merged-lead-24`: built as
// .docx by scripts/word-builder.ts, printed by LibreOffice `soffice --headless --convert-to pdf`;
// both committed under test/fixtures/pdf/size/). Two rows fill a page, so a group's 牵头单位
// runs over several pages: the PDF shows it on the group's first page only, the pages after
// hold nothing in that column. It was carried over the first break only; the rows after the
// second lost their 牵头单位.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../pipeline/convert.ts';
import type { IndicatorRecord } from '../../schemas/dataset.ts';
import { ROOT } from '../helpers.ts';

const content = (r: IndicatorRecord) => {
  const { id: _i, documentId: _d, provenance: _p, flags: _f, ...rest } = r;
  return JSON.stringify(rest);
};
const lead = (r: IndicatorRecord) => r.departments.filter((d) => d.role === 'lead').map((d) => d.name);

describe('a 牵头单位 merged over a group running over several pages', async () => {
  const dir = join(ROOT, 'test', 'fixtures', 'pdf', 'size');
  const pdf = await convertBytes(new Uint8Array(readFileSync(join(dir, 'tasks-a6-merged-lead-24.pdf'))), 'tasks-a6-merged-lead-24.pdf');
  const docx = await convertBytes(new Uint8Array(readFileSync(join(dir, 'tasks-a6-merged-lead-24.docx'))), 'tasks-a6-merged-lead-24.docx');

  it('the fixture has a group whose lead cell, written once, goes over two page breaks or more', () => {
    // the groups (重点任务, merged over their rows like the 牵头单位) by the pages their rows are printed on
    const pages = new Map<string, Set<number>>();
    for (const r of pdf.records) for (const p of r.provenance.pages) pages.set(r.criterion ?? '', (pages.get(r.criterion ?? '') ?? new Set()).add(p));
    const longest = Math.max(...[...pages.values()].map((s) => s.size));
    expect(longest).toBeGreaterThanOrEqual(3);
  });

  it('every row has its group\'s 牵头单位', () => {
    expect(docx.records).toHaveLength(24);
    expect(pdf.records.every((r) => lead(r).length === 1)).toBe(true);
    expect(pdf.records.map(lead)).toEqual(docx.records.map(lead));
  });

  it('the same records as the Word file it was printed from', () => {
    const diff = docx.records.filter((r, i) => !pdf.records[i] || content(r) !== content(pdf.records[i]!)).map((r) => r.seq);
    expect(pdf.records).toHaveLength(docx.records.length);
    expect(diff).toEqual([]);
  });
});
