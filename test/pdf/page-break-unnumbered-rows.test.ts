// A 任务分解表 without a 序号 column on A6 pages, long 具体措施 cells (bench/pdf-vs-docx.ts variant
// `tasks-a6-nonum-26`: built as .docx by scripts/word-builder.ts, printed by LibreOffice
// `soffice --headless --convert-to pdf`; both committed under test/fixtures/pdf/size/). Ten of
// its eleven page breaks cut a row in two (LibreOffice lets rows break across pages); at one a
// new row starts after a row that ended exactly at the page's bottom. On so narrow a page every
// cell's last line reaches its right edge, so that row was taken for the rest of the one above
// and joined into it (25 records). What tells them apart: a cut row's cells are filled to the
// page's bottom, while above the new row the short cells (牵头单位, 配合单位, 完成时限) had ended
// lines higher. The 完成时限 column holds two digits a line: `20|24年底前` broken over a cut was
// joined with a space (`20 24年底前`).
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

describe('rows after a page break on a narrow page without a 序号 column', async () => {
  const dir = join(ROOT, 'test', 'fixtures', 'pdf', 'size');
  const pdf = await convertBytes(new Uint8Array(readFileSync(join(dir, 'tasks-a6-nonum-26.pdf'))), 'tasks-a6-nonum-26.pdf');
  const docx = await convertBytes(new Uint8Array(readFileSync(join(dir, 'tasks-a6-nonum-26.docx'))), 'tasks-a6-nonum-26.docx');
  const joined = pdf.diagnostics.filter((d) => d.code === 'pdf-cell-joined-across-pages').length;
  const pages = Math.max(...pdf.records.map((r) => Math.max(...r.provenance.pages)));

  it('the fixture has both: rows cut by a break (joined back) and a break between two rows', () => {
    expect(joined).toBeGreaterThan(0);
    expect(joined).toBeLessThan(pages - 1);
  });

  it('one record per row, each with its own task', () => {
    expect(docx.records).toHaveLength(26);
    expect(pdf.records.map((r) => r.task)).toEqual(docx.records.map((r) => r.task));
  });

  it('a number broken over the cut joins without a space', () => {
    expect(pdf.records.map((r) => r.deadline?.raw)).toEqual(docx.records.map((r) => r.deadline?.raw));
    expect(pdf.records.some((r) => Object.values(r.provenance.cells).some((t) => /\d \d/.test(t)))).toBe(false);
  });

  it('the same records as the Word file it was printed from', () => {
    const diff = docx.records.filter((r, i) => !pdf.records[i] || content(r) !== content(pdf.records[i]!)).map((r) => r.seq);
    expect(diff).toEqual([]);
  });
});
