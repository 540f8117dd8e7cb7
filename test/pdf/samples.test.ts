// The committed PDF samples (samples/*.pdf, printed from samples/*.docx by
// LibreOffice through scripts/make-pdf-samples.sh) parsed for real structure:
// one table stitched across many pages, page furniture kept out, CJK text
// without spurious spaces, rows cut by page breaks joined back, and the
// borderless sample read in stream mode.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../parsers/pdf/index.ts';
import type { SourceDocument, SourceTable } from '../../pipeline/model.ts';
import { ROOT } from '../helpers.ts';

async function parseSample(name: string) {
  const file = join(ROOT, 'samples', name);
  const res = await parsePdf(new Uint8Array(readFileSync(file)), { file, documentId: name });
  expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return res;
}

function tables(doc: SourceDocument | null): SourceTable[] {
  return (doc?.blocks ?? []).filter((b): b is SourceTable => b.kind === 'table');
}

const cellTexts = (t: SourceTable) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.lines));
const rowText = (r: SourceTable['rows'][number]) => r.cells.map((c) => c.lines.join('')).join('|');
/** Two CJK characters with whitespace between them. */
const CJK_GAP = /[\u4e00-\u9fff，。、；：（）“”《》]\s+[\u4e00-\u9fff，。、；：（）“”《》]/;
const PAGE_NUMBER = /^[\s—–-]*\d+[\s—–-]*$/;

describe('000-jiangmen.pdf (two ruled tables, the second over 29 pages)', async () => {
  const res = await parseSample('000-jiangmen.pdf');
  const doc = res.value!;
  const ts = tables(doc);

  it('has 32 pages and two stitched tables', () => {
    expect(doc.pages).toBe(32);
    expect(ts).toHaveLength(2);
    expect(ts.every((t) => t.mode === 'lattice')).toBe(true);
    expect(ts[0]!.pages).toEqual([1, 2, 3, 4]);
    // The task table runs from page 4 to the last page without a break in the sequence.
    expect(ts[1]!.pages.length).toBeGreaterThanOrEqual(20);
    expect(ts[1]!.pages).toEqual(Array.from({ length: ts[1]!.pages.length }, (_, i) => 4 + i));
  });

  it('puts every part of the task table on the same 7 columns (the 方面 column exists only on some pages)', () => {
    const widths = ts[1]!.rows.map((r) => r.cells.reduce((a, c) => a + c.colSpan, 0));
    // Rows under a merged cell from above have fewer own cells; none is wider than the table.
    expect(Math.max(...widths)).toBe(7);
    expect(ts[1]!.rows[0]!.cells.map((c) => c.lines.join(''))).toEqual(['指标项', '指标内容', '考核评分方法', '重点任务分解', '责任单位', '完成时限']);
  });

  it('marks each continued page and keeps the repeated header only as its first row', () => {
    const t = ts[1]!;
    const breaks = t.rows.filter((r) => r.pageBreakBefore);
    expect(breaks.length).toBe(t.pages.length - 1);
    const header = rowText(t.rows[0]!);
    // LibreOffice repeats the w:tblHeader row on every page: it is the first row of each part.
    expect(breaks.every((r) => rowText(r) === header)).toBe(true);
    expect(t.rows.filter((r) => rowText(r) === header).length).toBe(t.pages.length);
    for (const r of t.rows) for (const c of r.cells) expect(c.page).not.toBeNull();
  });

  it('joins rows cut by page breaks: no row right after a repeated header is a stub of the row above', () => {
    const joined = res.diagnostics.filter((d) => d.code === 'pdf-cell-joined-across-pages');
    expect(joined.length).toBeGreaterThanOrEqual(15);
    // A cut deadline such as `2018年` / `4月` comes back whole.
    const t = ts[1]!;
    const deadlines = t.rows.map((r) => r.cells[r.cells.length - 1]!.lines.join('')).filter(Boolean);
    expect(deadlines.filter((d) => /^\d{1,2}月/.test(d))).toEqual([]);
    // The 2.x tasks' cell begins on page 4 and its text continues on page 5 in the same cell.
    const cell = t.rows.flatMap((r) => r.cells).find((c) => c.lines.join('').startsWith('1.3将质量强市工作纳入党'));
    expect(cell?.lines.join('')).toBe('1.3将质量强市工作纳入党代会和政府工作报告。');
  });

  it('keeps page furniture and empty rows out of the tables', () => {
    for (const t of ts) {
      for (const r of t.rows) {
        expect(PAGE_NUMBER.test(rowText(r).replace(/\|/g, '')) && rowText(r).replace(/\|/g, '') !== '').toBe(false);
        expect(r.cells.some((c) => c.lines.length > 0) || r.cells.some((c) => c.rowSpan > 1)).toBe(true);
      }
    }
  });

  it('reads CJK text without spaces between CJK characters', () => {
    const texts = ts.flatMap(cellTexts);
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.filter((s) => CJK_GAP.test(s))).toEqual([]);
    const cells = ts.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.lines.join(''))));
    expect(cells).toContain('市质量强市办');
  });

  it('gives a cell’s paragraphs: lines wrapped at the cell’s edge joined, the author’s breaks kept', () => {
    const t = ts[0]!;
    const head = t.rows[0]!.cells.map((c) => c.lines);
    // 序|号 one character a line, 2017年底|指标情况 filling the cell: wrapped.
    expect(head[0]).toEqual(['序号']);
    expect(head[2]).toEqual(['2017年底指标情况']);
    // Numbered paragraphs of one cell, each wrapped over lines of its own, stay paragraphs.
    const items = t.rows.flatMap((r) => r.cells).find((c) => c.lines[0]?.startsWith('1、种植业'));
    expect(items?.lines.map((l) => l.slice(0, 2))).toEqual(['1、', '2、', '3、']);
  });
});

describe('003-hunan-standard.pdf (a standard: prose, then a scoring table with 续表 titles)', async () => {
  const res = await parseSample('003-hunan-standard.pdf');
  const doc = res.value!;
  const ts = tables(doc);

  it('finds the scoring table across pages 4–9 (split once by a 续表 title paragraph, as in the Word file)', () => {
    expect(ts).toHaveLength(2);
    expect(ts[0]!.pages).toEqual([4, 5]);
    expect(ts[1]!.pages).toEqual([5, 6, 7, 8, 9]);
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(paras).toContain('续表A.1质量强市（区、县）评分表');
  });

  it('gives a merged label cut by a page break back to its cell (质量 + 文化)', () => {
    const cells = ts[0]!.rows.flatMap((r) => r.cells);
    // 质量 ends the cell's line on page 4, 文化 goes on under the page break: one label again.
    const label = cells.find((c) => c.page === 4 && c.lines.join('|') === '质量文化');
    expect(label).toBeDefined();
    expect(cells.some((c) => c.lines[0] === '文化')).toBe(false);
    const item = cells.find((c) => c.lines.join('').startsWith('形成符合城市特点的质量精'));
    expect(item?.lines.join('')).toBe('形成符合城市特点的质量精神，并以多种形式宣传');
    // No stub row holding only `神，并以多种形式宣传`.
    expect(cells.some((c) => c.lines.join('').startsWith('神，'))).toBe(false);
  });

  it('splits paragraphs at short lines (a heading is not glued to the paragraph above)', () => {
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(paras).toContain('前言');
    expect(paras).toContain('本文件由湖南省市场监督管理局提出并归口。');
  });
});

describe('005-borderless.pdf (a table printed without any borders)', async () => {
  const res = await parseSample('005-borderless.pdf');
  const ts = tables(res.value);

  it('is read in stream mode as one table with the 6 columns of the Word table', () => {
    expect(ts).toHaveLength(1);
    const t = ts[0]!;
    expect(t.mode).toBe('stream');
    const widths = t.rows.map((r) => r.cells.reduce((a, c) => a + c.colSpan, 0));
    expect(new Set(widths)).toEqual(new Set([6]));
    expect(t.rows[0]!.cells.map((c) => c.lines.join(''))).toEqual(['序', '考核细则要求', '2017年底', '2019年底', '责任单位', '备']);
  });

  it('puts each value in its column: numbers in 序号, figures in the year columns, departments last but one', () => {
    const t = ts[0]!;
    const firstCol = t.rows.map((r) => r.cells[0]!.lines.join('')).filter(Boolean);
    expect(firstCol.slice(2)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    // Wrapped lines (nothing in the 序号 column, right under the line above) stay in their row's cells.
    const row4 = t.rows.find((r) => r.cells[0]!.lines.join('') === '4')!;
    expect(row4.cells.map((c) => c.lines.join(''))).toEqual([
      '4',
      '城市政府明确每年对贯彻落实国务院《质量发展纲要（2011-2020年）》、本市质量发展规划或创建质量强市工作提供专项经费，并且经费数额占年财政一般预算收入比例达到1‰。',
      '1.36‰',
      '1‰以上',
      '市财政局、各市（区）政府',
      '',
    ]);
    expect(t.rows).toHaveLength(14); // two header lines + 12 items
    const second = t.rows.map((r) => r.cells[1]!.lines.join(''));
    expect(second[second.length - 1]).toMatch(/执行率达到100%。$/);
  });

  it('reads CJK text without spaces between CJK characters', () => {
    expect(cellTexts(ts[0]!).filter((s) => CJK_GAP.test(s))).toEqual([]);
  });
});
