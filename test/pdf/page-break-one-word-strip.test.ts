// A row cut by the page break whose piece on the next page holds one word (LibreOffice on an A6
// page: `满意度` the last line of page 1 in a narrow 二级指标 column, `指标` alone at the top of
// page 2 in a ruled strip of the table's four columns; test/e2e/unseen-layouts-6.test.ts,
// performanceTargets.narrow). One filled cell is too little for a table of its own, so the strip's
// text was read as a paragraph after the table. At the top of a page, under the columns of the
// ruled table that ended the page before, it is that table's continuation and joins the cut row;
// a box under a heading, a strip of other columns and an unruled line stay what they were.
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../parsers/pdf/index.ts';
import type { SourceDocument, SourceTable } from '../../pipeline/model.ts';
import { grid, makePdf, type Op } from './make-pdf.ts';

async function parse(pages: Op[][]): Promise<{ doc: SourceDocument; codes: string[] }> {
  const res = await parsePdf(makePdf(pages), { file: 's.pdf', documentId: 's' });
  expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { doc: res.value!, codes: res.diagnostics.map((d) => d.code) };
}
const tables = (d: SourceDocument) => d.blocks.filter((b): b is SourceTable => b.kind === 'table');
const texts = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => c.lines.join('|')));
const paras = (d: SourceDocument) => d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

// Four columns; the 二级指标 column (120–161) holds three ideographs of size 10 and its padding.
const XS = [50, 120, 161, 300, 380];
// The last row ends at the page's bottom margin.
const YS = [740, 760, 780, 800];
const PAGE1: Op[] = [
  { text: '绩效目标表', x: 50, y: 720 },
  ...grid(XS, YS),
  { text: '一级指标', x: 55.5, y: 754 },
  { text: '二级指标', x: 125.5, y: 754 },
  { text: '三级指标', x: 166.5, y: 754 },
  { text: '指标值', x: 305.5, y: 754 },
  { text: '产出指标', x: 55.5, y: 774 },
  { text: '数量', x: 125.5, y: 774 },
  { text: '开展质量提升培训', x: 166.5, y: 774 },
  { text: '≥5场', x: 305.5, y: 774 },
  { text: '效益指标', x: 55.5, y: 794 },
  // `满意度` fills its line to the cell's right edge: the next word would not have fitted
  { text: '满意度', x: 125.5, y: 794 },
  { text: '企业满意度', x: 166.5, y: 794 },
  { text: '≥90%', x: 305.5, y: 794 },
];
/** A one-row strip at `y` (20 high) on `xs` with `word` in the 二级指标 column's place. */
const strip = (y: number, xs = XS): Op[] => [...grid(xs, [y, y + 20]), { text: '指标', x: 125.5, y: y + 14 }];
const AFTER: Op[] = [{ text: '附：填报说明', x: 50, y: 200 }];

describe('a one-word piece of a row cut by the page break, in a ruled strip', () => {
  it('at the top of the next page, on the same columns: joined back into the row it was cut from', async () => {
    const { doc, codes } = await parse([PAGE1, [...strip(40), ...AFTER]]);
    const [t, ...more] = tables(doc);
    expect(more).toEqual([]);
    expect(texts(t!)).toEqual([
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量', '开展质量提升培训', '≥5场'],
      ['效益指标', '满意度指标', '企业满意度', '≥90%'],
    ]);
    expect(t!.pages).toEqual([1, 2]);
    expect(paras(doc)).toEqual(['绩效目标表', '附：填报说明']);
    expect(codes).toContain('pdf-cell-joined-across-pages');
  });

  it('under a heading on the next page: a box of its own, its word read as text', async () => {
    const { doc, codes } = await parse([PAGE1, [{ text: '二、其他指标', x: 50, y: 40 }, ...strip(60), ...AFTER]]);
    const [t] = tables(doc);
    expect(tables(doc)).toHaveLength(1);
    expect(t!.pages).toEqual([1]);
    expect(texts(t!)[2]).toEqual(['效益指标', '满意度', '企业满意度', '≥90%']);
    expect(paras(doc)).toEqual(['绩效目标表', '二、其他指标', '指标', '附：填报说明']);
    expect(codes).not.toContain('pdf-cell-joined-across-pages');
  });

  it('on columns that do not line up with the table above: not its continuation', async () => {
    const { doc, codes } = await parse([PAGE1, [...strip(40, [50, 100, 200, 380]), ...AFTER]]);
    expect(tables(doc)).toHaveLength(1);
    expect(texts(tables(doc)[0]!)[2]).toEqual(['效益指标', '满意度', '企业满意度', '≥90%']);
    expect(paras(doc)).toContain('指标');
    expect(codes).not.toContain('pdf-cell-joined-across-pages');
  });

  it('an unruled line at the top of the next page stays a paragraph', async () => {
    const { doc } = await parse([PAGE1, [{ text: '指标', x: 125.5, y: 54 }, ...AFTER]]);
    expect(texts(tables(doc)[0]!)[2]).toEqual(['效益指标', '满意度', '企业满意度', '≥90%']);
    expect(paras(doc)).toEqual(['绩效目标表', '指标', '附：填报说明']);
  });

  it('after a table that does not end its page (text below it): not its continuation', async () => {
    const { doc } = await parse([[...PAGE1, { text: '注：单位为万元。', x: 50, y: 815 }], [...strip(40), ...AFTER]]);
    expect(texts(tables(doc)[0]!)[2]).toEqual(['效益指标', '满意度', '企业满意度', '≥90%']);
    expect(paras(doc)).toContain('指标');
  });
});
