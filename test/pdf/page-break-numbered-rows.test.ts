// A 任务分解表 of 250 rows over 15 pages (bench/size.ts: taskRows(250) → sizeDocx, printed
// by LibreOffice: `soffice --headless --convert-to pdf`, committed as
// test/fixtures/pdf/size/tasks-250.pdf). Five times the first row after a page's repeated
// header sat under a merged 重点任务 cell going on from the page before, and the row above
// ended a line at its cell's right edge (…覆盖率达到94%。): it was taken for the second piece
// of a row cut by the break and joined into it (`34 35` in one 序号 cell, 245 records). A
// 序号 cell holding a number above and another number below is never a cut row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sizeDocx, taskRows } from '../../bench/size.ts';
import { convertBytes } from '../../pipeline/convert.ts';
import type { IndicatorRecord } from '../../schemas/dataset.ts';
import { ROOT } from '../helpers.ts';

const content = (r: IndicatorRecord) => {
  const { id: _i, documentId: _d, provenance: _p, flags: _f, ...rest } = r;
  return JSON.stringify(rest);
};

describe('rows after a page break under a merged group keep their own 序号', async () => {
  const pdf = await convertBytes(new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'pdf', 'size', 'tasks-250.pdf'))), 'tasks-250.pdf');
  const docx = await convertBytes(await sizeDocx(taskRows(250)), 'tasks-250.docx');

  it('one record per row, numbered 1…250', () => {
    expect(pdf.records.map((r) => r.indicatorCode ?? r.taskCode)).toEqual(docx.records.map((r) => r.indicatorCode ?? r.taskCode));
    expect(pdf.records).toHaveLength(250);
    expect(pdf.records.some((r) => Object.values(r.provenance.cells).some((t) => /^\d+ \d+$/.test(t)))).toBe(false);
  });

  it('the same records as the Word file it was printed from', () => {
    const diff = docx.records.filter((r, i) => content(r) !== content(pdf.records[i]!)).map((r) => r.seq);
    expect(diff).toEqual([]);
  });
});
