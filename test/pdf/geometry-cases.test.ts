// Page geometry cases of issue 9 not covered elsewhere: tables ruled with
// rectangles (`re` filled thin, `re` stroked cell boxes), a table beside running
// text, and rotated pages (/Rotate 90, content drawn through a rotating `cm`).
// Ruled tables drawn with strokes, several tables on one page, horizontal-only
// rules and borderless tables are tested in parse-pdf.test.ts and
// stream-structure.test.ts.
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../parsers/pdf/index.ts';
import type { SourceDocument, SourceTable } from '../../pipeline/model.ts';
import { makePdf, PAGE_H, PAGE_W, type Op, type PageSpec } from './make-pdf.ts';

let lastCodes: string[] = [];
async function parse(pages: (Op[] | PageSpec)[]): Promise<SourceDocument> {
  const res = await parsePdf(makePdf(pages), { file: 'g.pdf', documentId: 'g' });
  expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  lastCodes = res.diagnostics.map((d) => d.code);
  return res.value!;
}
const tables = (d: SourceDocument) => d.blocks.filter((b): b is SourceTable => b.kind === 'table');
const texts = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => c.lines.join('|')));
const spans = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => `${c.rowSpan}x${c.colSpan}`));

/**
 * The cells of a 4-row × 3-column table at xs × ys: the header's 指标 spans
 * columns 2–3 and 市场监管局 spans rows 2–3 of column 1.
 */
const XS = [50, 150, 250, 350];
const YS = [100, 130, 160, 190, 220];
const CELL_TEXT: Op[] = [
  { text: '序号', x: 55, y: 120 },
  { text: '指标', x: 180, y: 120 },
  { text: '市场监管局', x: 55, y: 170 },
  { text: '质量强市', x: 155, y: 150 },
  { text: '95%', x: 255, y: 150 },
  { text: '品牌培育', x: 155, y: 180 },
  { text: '10个', x: 255, y: 180 },
  { text: '合计', x: 55, y: 210 },
  { text: '1', x: 155, y: 210 },
  { text: '2', x: 255, y: 210 },
];
const EXPECTED = [
  ['序号', '指标'],
  ['市场监管局', '质量强市', '95%'],
  ['品牌培育', '10个'],
  ['合计', '1', '2'],
];
const EXPECTED_SPANS = [
  ['1x1', '1x2'],
  ['2x1', '1x1', '1x1'],
  ['1x1', '1x1'],
  ['1x1', '1x1', '1x1'],
];

/** Cell boxes [x0, y0, x1, y1] of that table, merged cells as one box. */
const BOXES: [number, number, number, number][] = [
  [50, 100, 150, 130],
  [150, 100, 350, 130],
  [50, 130, 150, 190],
  [150, 130, 250, 160],
  [250, 130, 350, 160],
  [150, 160, 250, 190],
  [250, 160, 350, 190],
  [50, 190, 150, 220],
  [150, 190, 250, 220],
  [250, 190, 350, 220],
];

describe('tables ruled with rectangles', () => {
  it('reads rules drawn as filled thin rectangles (re f), merged cells included', async () => {
    // Each rule is a 0.8 pt filled rectangle, only where the cell boxes have an edge.
    const t = 0.4;
    const ops: Op[] = [];
    for (const [x0, y0, x1, y1] of BOXES) {
      ops.push({ rect: [x0 - t, y0 - t, x1 + t, y0 + t], fill: true }, { rect: [x0 - t, y1 - t, x1 + t, y1 + t], fill: true });
      ops.push({ rect: [x0 - t, y0 - t, x0 + t, y1 + t], fill: true }, { rect: [x1 - t, y0 - t, x1 + t, y1 + t], fill: true });
    }
    const [tb, ...more] = tables(await parse([[...ops, ...CELL_TEXT]]));
    expect(more).toEqual([]);
    expect(tb!.mode).toBe('lattice');
    expect(texts(tb!)).toEqual(EXPECTED);
    expect(spans(tb!)).toEqual(EXPECTED_SPANS);
    expect(tb!.rows[1]!.cells[0]!.bbox).toEqual([50, 130, 150, 190]);
  });

  it('reads a table drawn as one stroked rectangle per cell (re S), shared edges drawn twice', async () => {
    const ops: Op[] = BOXES.map((box): Op => ({ box }));
    const [tb, ...more] = tables(await parse([[...ops, ...CELL_TEXT]]));
    expect(more).toEqual([]);
    expect(tb!.mode).toBe('lattice');
    expect(texts(tb!)).toEqual(EXPECTED);
    expect(spans(tb!)).toEqual(EXPECTED_SPANS);
    expect(tb!.rows[0]!.cells[1]!.bbox).toEqual([150, 100, 350, 130]);
  });
});

const PARA = [
  '为深入贯彻落实质量强国战略，全面提升',
  '我市产品、工程和服务质量，推动经济高',
  '质量发展，结合本市实际，制定本方案。',
  '各部门按职责分工抓好落实。',
];

describe('a table beside running text', () => {
  it('reads a ruled table in the left half and the paragraph in the right half apart', async () => {
    // Running text in the right half (x 380–560), 18 characters of 10 pt a line, wrapped.
    const ops: Op[] = [...BOXES.map((box): Op => ({ box })), ...CELL_TEXT];
    PARA.forEach((text, i) => ops.push({ text, x: 380, y: 110 + 15 * i }));
    const doc = await parse([ops]);
    const [tb, ...more] = tables(doc);
    expect(more).toEqual([]);
    expect(texts(tb!)).toEqual(EXPECTED);
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(paras).toEqual([PARA.join('')]);
  });
});

/** A wide 5-column table on a landscape frame (842 × 595), top-left coordinates. */
const WIDE_XS = [60, 140, 400, 560, 700, 780];
const WIDE_YS = [80, 110, 140, 170];
const WIDE_ROWS = [
  ['序号', '工作任务', '责任单位', '完成时限', '备注'],
  ['1', '开展质量提升行动', '市场监管局', '2025年', '无'],
  ['2', '培育区域公用品牌', '农业农村局', '2026年', '无'],
];
function wideTable(): Op[] {
  const ops: Op[] = [];
  for (const y of WIDE_YS) ops.push({ line: [WIDE_XS[0]!, y, WIDE_XS[WIDE_XS.length - 1]!, y] });
  for (const x of WIDE_XS) ops.push({ line: [x, WIDE_YS[0]!, x, WIDE_YS[WIDE_YS.length - 1]!] });
  WIDE_ROWS.forEach((r, i) => r.forEach((text, j) => ops.push({ text, x: WIDE_XS[j]! + 5, y: WIDE_YS[i]! + 20 })));
  ops.push({ text: '附件 重点任务分解表', x: 60, y: 60 });
  return ops;
}

describe('rotated pages', () => {
  // Landscape frame (842 × 595) drawn on a portrait MediaBox (595 × 842):
  // u = 595 − y, v = x maps it so that /Rotate 90 displays it upright.
  const UPRIGHT_UNDER_ROTATE_90: [number, number, number, number, number, number] = [0, 1, -1, 0, PAGE_W, 0];

  it('/Rotate 90 with the content drawn for it: reads the landscape table in displayed coordinates', async () => {
    const doc = await parse([{ ops: wideTable(), frame: [PAGE_H, PAGE_W], cm: UPRIGHT_UNDER_ROTATE_90, rotate: 90 }]);
    const [tb, ...more] = tables(doc);
    expect(more).toEqual([]);
    expect(tb!.mode).toBe('lattice');
    expect(texts(tb!)).toEqual(WIDE_ROWS);
    expect(tb!.rows[0]!.cells[1]!.bbox).toEqual([140, 80, 400, 110]);
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', text: '附件重点任务分解表' });
    expect(lastCodes).not.toContain('pdf-page-read-turned');
  });

  it('a table printed sideways with a rotating cm (no /Rotate) is read in its own reading direction', async () => {
    const doc = await parse([{ ops: wideTable(), frame: [PAGE_H, PAGE_W], cm: UPRIGHT_UNDER_ROTATE_90 }]);
    const [tb, ...more] = tables(doc);
    expect(more).toEqual([]);
    expect(texts(tb!)).toEqual(WIDE_ROWS);
    // Read turned a quarter clockwise, the page is the landscape frame the table was drawn on.
    expect(tb!.rows[0]!.cells[1]!.bbox).toEqual([140, 80, 400, 110]);
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', text: '附件重点任务分解表' });
    expect(lastCodes).toEqual(['pdf-page-read-turned']);
  });

  it('/Rotate 90 over upright content (displayed sideways) is read in the text’s reading direction', async () => {
    // Portrait content drawn upright; /Rotate 90 turns it so that its text reads downwards on display.
    const doc = await parse([{ ops: [...BOXES.map((box): Op => ({ box })), ...CELL_TEXT], rotate: 90 }]);
    const [tb, ...more] = tables(doc);
    expect(more).toEqual([]);
    expect(texts(tb!)).toEqual(EXPECTED);
    expect(spans(tb!)).toEqual(EXPECTED_SPANS);
    expect(tb!.rows[1]!.cells[0]!.bbox).toEqual([50, 130, 150, 190]);
    expect(lastCodes).toEqual(['pdf-page-read-turned']);
  });

  it('a page with a few vertical labels among horizontal text is not turned', async () => {
    // A label in the margin reading upwards, longer than any single cell text.
    const ops: Op[] = [...BOXES.map((box): Op => ({ box })), ...CELL_TEXT, { text: '附件一重点任务分解', x: 30, y: 220, up: true }];
    const doc = await parse([ops]);
    expect(texts(tables(doc)[0]!)).toEqual(EXPECTED);
    expect(lastCodes).not.toContain('pdf-page-read-turned');
  });
});
