// PDFs as WPS Office and Microsoft Word ("Save as PDF") write them, built by hand
// (make-pdf.ts) around one government task table: 序号 | 工作任务 | 责任单位 | 完成时限,
// tasks wrapped at the cell's edge, a cell holding two departments on two lines.
// Rules: three-line tables and tables ruled under every row without verticals; Word's
// borders as thin filled rectangles per cell edge (`re f*`, inside `/Artifact BMC`),
// WPS's one stroked `re` per cell on a y-down page (`1 0 0 -1 0 H cm`), double borders.
// Text: one glyph per TJ item with kerning between (Word), one `Td` per glyph (WPS),
// every character its own text object, character spacing (`Tc`: justified lines,
// letter-spaced dates, header words distributed over their cells), word spacing (`Tw`).
//
// A ruled table's cells give their paragraphs (soft wraps joined); a table without
// verticals (stream mode) gives its cells' printed lines.
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { PdfSource, scanMarked } from '../../parsers/pdf/actualtext.ts';
import { parsePdf } from '../../parsers/pdf/index.ts';
import type { Diagnostic, SourceDocument, SourceTable } from '../../pipeline/model.ts';
import { actualText, grid, makePdf, type Op, type PageSpec, type PdfOptions } from './make-pdf.ts';

const XS = [60, 100, 280, 400, 500];
/** Cell texts, each a list of printed lines; the task lines fill the 172 pt the cell prints (17 ideographs). */
const ROWS: string[][][] = [
  [['序号'], ['工作任务'], ['责任单位'], ['完成时限']],
  [['1'], ['开展质量提升行动，推动重点产业质量', '水平整体跃升'], ['市场监管局'], ['2024年底前']],
  [['2'], ['培育区域公用品牌'], ['农业农村局'], ['2024年6月']],
  [['3'], ['完善质量基础设施，建设计量检测公共', '服务平台'], ['市场监管局', '科技局'], ['2025年底前']],
];
/** Ruled: the cells' paragraphs. */
const RULED = [
  ['序号', '工作任务', '责任单位', '完成时限'],
  ['1', '开展质量提升行动，推动重点产业质量水平整体跃升', '市场监管局', '2024年底前'],
  ['2', '培育区域公用品牌', '农业农村局', '2024年6月'],
  ['3', '完善质量基础设施，建设计量检测公共服务平台', '市场监管局|科技局', '2025年底前'],
];
/** Without verticals: the printed lines. */
const UNRULED = RULED.map((r) => r.map((t) => t.replace('质量水平', '质量|水平').replace('公共服务', '公共|服务')));

const LINE = 15;
const PAD = 6;
/** Row boundaries: each row as tall as its most lines, padded. */
function rowTops(rows: readonly string[][][], top = 100): number[] {
  const ys = [top];
  for (const r of rows) ys.push(ys[ys.length - 1]! + 2 * PAD + LINE * Math.max(...r.map((c) => c.length)));
  return ys;
}
const YS = rowTops(ROWS);

type Draw = (text: string, x: number, y: number) => Op[];
const plain: Draw = (text, x, y) => [{ text, x, y }];

/** The cells' text, 4 pt in from the left border; `centred`: each cell's lines centred in its row (Word's 居中). */
function cellText(draw: Draw = plain, rows = ROWS, ys = rowTops(rows), centred = false): Op[] {
  const ops: Op[] = [];
  rows.forEach((r, i) =>
    r.forEach((lines, j) => {
      const top = centred ? (ys[i]! + ys[i + 1]! - LINE * lines.length) / 2 : ys[i]! + PAD;
      lines.forEach((t, k) => ops.push(...draw(t, XS[j]! + 4, top + 11 + LINE * k)));
    }),
  );
  return ops;
}

const hRule = (y: number, width = 0.5): Op => ({ line: [XS[0]!, y, XS[XS.length - 1]!, y], width });
/** Top rule, header rule and bottom rule. */
const threeLines = (ys: readonly number[]): Op[] => [hRule(ys[0]!, 1.5), hRule(ys[1]!), hRule(ys[ys.length - 1]!, 1.5)];

async function parse(pages: (Op[] | PageSpec)[], opts: PdfOptions = {}): Promise<{ doc: SourceDocument; diags: Diagnostic[] }> {
  const res = await parsePdf(makePdf(pages, opts), { file: 'o.pdf', documentId: 'o' });
  expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { doc: res.value!, diags: res.diagnostics };
}
const tables = (d: SourceDocument) => d.blocks.filter((b): b is SourceTable => b.kind === 'table');
const texts = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => c.lines.join('|')));

/** The page's only table: its mode and cell texts. */
async function only(pages: (Op[] | PageSpec)[], opts: PdfOptions = {}): Promise<{ mode: string; cells: string[][]; doc: SourceDocument; diags: Diagnostic[] }> {
  const { doc, diags } = await parse(pages, opts);
  const [t, ...more] = tables(doc);
  expect(more.map(texts)).toEqual([]);
  return { mode: t!.mode, cells: texts(t!), doc, diags };
}

describe('tables ruled with horizontal rules only', () => {
  it('a three-line table (top, header and bottom rules), cells set at the top or centred', async () => {
    for (const centred of [false, true]) {
      const { mode, cells } = await only([[...threeLines(YS), ...cellText(plain, ROWS, YS, centred)]]);
      expect(mode).toBe('stream');
      expect(cells).toEqual(UNRULED);
    }
  });

  it('a three-line table under a title and over a note keeps them out', async () => {
    const ops: Op[] = [{ text: '附件1', x: 60, y: 60 }, { text: '质量强市重点任务分解表', x: 200, y: 80 }, ...threeLines(YS), ...cellText()];
    ops.push({ text: '注：各责任单位按季度报送进展情况。', x: 60, y: YS[YS.length - 1]! + 20 });
    const { cells, doc } = await only([ops]);
    expect(cells).toEqual(UNRULED);
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual(['附件1', '质量强市重点任务分解表', 'table', '注：各责任单位按季度报送进展情况。']);
  });

  it('a rule under every row and no verticals, rows of one to two lines centred (three text lines for one row)', async () => {
    // A one-line cell centred beside a two-line one prints between its lines: rows 2, 3 and 6
    // are three text lines each, 19 lines for 9 rows.
    const rows: string[][][] = [ROWS[0]!];
    const want: string[][] = [RULED[0]!];
    for (let i = 1; i <= 8; i++) {
      const task = i % 3 === 0 ? ['加强标准体系建设，推进团体标准和企', '业标准制定'] : [`推进品牌建设第${i}项`];
      const unit = i % 2 ? ['市场监管局'] : ['工信局', '商务局'];
      rows.push([[String(i)], task, unit, ['2024年底前']]);
      want.push([String(i), task.join('|'), unit.join('|'), '2024年底前']);
    }
    const ys = rowTops(rows);
    for (const centred of [false, true]) {
      const { mode, cells } = await only([[...ys.map((y) => hRule(y)), ...cellText(plain, rows, ys, centred)]]);
      expect(mode).toBe('stream');
      expect(cells).toEqual(want);
    }
  });
});

describe('a header wrapped in narrow columns (序|号, 完成|时限) over rows without verticals', () => {
  // Narrow 序号 and 完成时限 columns wrap their labels over two lines; body cells of one to three lines.
  const xs = [60, 90, 270, 380, 430];
  const rows: string[][][] = [
    [['序', '号'], ['工作任务'], ['责任单位'], ['完成', '时限']],
    [['1'], ['开展质量提升行动，推动重点产', '业质量水平整体跃升'], ['市场监管局', '工信局'], ['2024', '年底']],
    [['2'], ['培育区域公用品牌'], ['农业农村局'], ['2024', '年6月']],
    [['3'], ['完善质量基础设施，建设计量检', '测公共服务平台，提升检验检测', '能力'], ['市场监管局'], ['2025', '年']],
  ];
  const want = rows.map((r) => r.map((c) => c.join('|')));
  function draw(centred: boolean): { ys: number[]; ops: Op[] } {
    const ys = [100];
    for (const r of rows) ys.push(ys[ys.length - 1]! + 8 + 14 * Math.max(...r.map((c) => c.length)));
    const ops: Op[] = [];
    rows.forEach((r, i) =>
      r.forEach((lines, j) => {
        const top = centred ? (ys[i]! + ys[i + 1]! - 14 * lines.length) / 2 : ys[i]! + 4;
        lines.forEach((text, k) => ops.push({ text, x: xs[j]! + 3, y: top + 10.5 + 14 * k }));
      }),
    );
    return { ys, ops };
  }
  const rule = (y: number, width = 0.5): Op => ({ line: [xs[0]!, y, xs[4]!, y], width });

  it('ruled under every row: the header is the first row, its labels joined (set at the top or centred)', async () => {
    for (const centred of [false, true]) {
      const { ys, ops } = draw(centred);
      const { mode, cells } = await only([[...ys.map((y) => rule(y)), ...ops]]);
      expect(mode).toBe('stream');
      expect(cells).toEqual(want);
    }
  });

  it('a three-line table: each header label one cell over the header lines, 号 and 时限 not a row of their own when centred', async () => {
    for (const centred of [false, true]) {
      const { ys, ops } = draw(centred);
      const { doc } = await parse([[rule(ys[0]!, 1.5), rule(ys[1]!), rule(ys[4]!, 1.5), ...ops]]);
      const [t] = tables(doc);
      // The header's lines are rows of their own here (two, or three when 工作任务 prints between 序 and 号), the labels spanning them.
      const head = t!.rows.findIndex((r) => r.cells[0]?.lines[0] === '1');
      expect(t!.rows[0]!.cells.map((c) => [c.lines.join('|'), c.rowSpan])).toEqual(want[0]!.map((l) => [l, head]));
      expect(texts(t!).slice(head)).toEqual(want.slice(1));
    }
  });
});

/** Cell boxes of the table on YS. */
const BOXES = YS.slice(0, -1).flatMap((y0, i) => XS.slice(0, -1).map((x0, j) => [x0, y0, XS[j + 1]!, YS[i + 1]!] as [number, number, number, number]));

describe('borders as Word and WPS draw them', () => {
  it('Word: every cell edge a thin filled rectangle (re f*), corners as dots, all inside /Artifact BMC', async () => {
    const t = 0.48;
    const rules: Op[] = [];
    BOXES.forEach(([x0, y0, x1, y1], k) => {
      const [i, j] = [Math.floor(k / 4), k % 4];
      if (i === 0) rules.push({ rect: [x0 + t, y0, x1, y0 + t], fill: true, eo: true });
      if (j === 0) rules.push({ rect: [x0, y0 + t, x0 + t, y1], fill: true, eo: true });
      rules.push({ rect: [x0 + t, y1, x1, y1 + t], fill: true, eo: true }, { rect: [x1, y0 + t, x1 + t, y1], fill: true, eo: true });
      rules.push({ rect: [x0, y0, x0 + t, y0 + t], fill: true, eo: true });
    });
    const { mode, cells } = await only([[{ marked: 'Artifact', ops: rules }, ...cellText()]]);
    expect(mode).toBe('lattice');
    expect(cells).toEqual(RULED);
  });

  it('WPS: one stroked rectangle per cell, drawn on a y-down page with flipped text matrices', async () => {
    const { mode, cells } = await only([{ yDown: true, ops: [...BOXES.map((box): Op => ({ box, width: 0.75 })), ...cellText()] }]);
    expect(mode).toBe('lattice');
    expect(cells).toEqual(RULED);
  });

  it('double borders (two lines 1 to 2 pt apart) give no empty row or column', async () => {
    const [L, R, T, B] = [XS[0]!, XS[XS.length - 1]!, YS[0]!, YS[YS.length - 1]!];
    for (const gap of [1, 1.5, 2]) {
      const all: Op[] = [];
      for (const y of YS) all.push(hRule(y), hRule(y + gap));
      for (const x of XS) all.push({ line: [x, T, x, B] }, { line: [x + gap, T, x + gap, B] });
      // A single grid in a double frame drawn outside it, and a double rule under the header.
      const frame: Op[] = [...grid(XS, YS), hRule(YS[1]! + gap)];
      frame.push({ line: [L - gap, T - gap, R + gap, T - gap] }, { line: [L - gap, B + gap, R + gap, B + gap] });
      frame.push({ line: [L - gap, T - gap, L - gap, B + gap] }, { line: [R + gap, T - gap, R + gap, B + gap] });
      for (const rules of [all, frame]) {
        const { mode, cells } = await only([[...rules, ...cellText()]]);
        expect(mode).toBe('lattice');
        expect(cells).toEqual(RULED);
      }
    }
  });
});

/** Advance of a character at 10 pt in the test fonts: ideographs 10, Helvetica digits 5.56. */
const advance = (ch: string) => (/[\u0000-\u00ff]/.test(ch) ? (/\d/.test(ch) ? 5.56 : 5) : 10);
/** Splits text into pieces of one font (Latin-1 in Helvetica, the rest in the CJK font), each with its start. */
function pieces(text: string, x: number): { s: string; x: number }[] {
  const out: { s: string; x: number }[] = [];
  let cx = x;
  for (const ch of text) {
    const latin = /[\u0000-\u00ff]/.test(ch);
    const last = out[out.length - 1];
    if (last && /[\u0000-\u00ff]/.test(last.s[0]!) === latin) last.s += ch;
    else out.push({ s: ch, x: cx });
    cx += advance(ch);
  }
  return out;
}

describe('text as Word and WPS show it', () => {
  // Word: one glyph per TJ item, a small kerning step between; WPS: a Td before every glyph;
  // some printers: every character a text object of its own at its absolute place.
  const wordTj: Draw = (text, x, y) => pieces(text, x).map((p): Op => ({ tj: [...p.s].flatMap((ch, i) => (i ? [-3, ch] : [ch])), x: p.x, y }));
  const wpsTd: Draw = (text, x, y) => pieces(text, x).map((p): Op => ({ glyphs: p.s, x: p.x, y, step: advance(p.s[0]!) }));
  const perChar: Draw = (text, x, y) => pieces(text, x).flatMap((p) => pieces([...p.s].join(''), p.x)).flatMap((p) => [...p.s].map((ch, i): Op => ({ text: ch, x: p.x + i * advance(ch), y })));
  const wordSpaced: Draw = (text, x, y) => [{ text, x, y, tw: 3 }];

  it('one glyph per TJ item, one Td per glyph, one text object per character: the same cells', async () => {
    for (const draw of [wordTj, wpsTd, perChar, wordSpaced]) {
      const ruled = await only([[...grid(XS, YS), ...cellText(draw)]]);
      expect(ruled.cells).toEqual(RULED);
      for (const rules of [threeLines(YS), []]) expect((await only([[...rules, ...cellText(draw)]])).cells).toEqual(UNRULED);
    }
  });

  it('character spacing: justified lines, letter-spaced dates and header words spread over their cells read as written', async () => {
    // Tc 0.125 fills a 17-ideograph line to the cell's edge; a short text is spaced 3 pt or 7 pt a letter
    // (pdfjs reads `2 0 2 4`, or a run per letter); a header word's letters spread to both edges of the
    // cell (工作任务: 4.4 em apart).
    const spaced =
      (tc: number): Draw =>
      (text, x, y) => {
        const n = [...text].length;
        if (n >= 12) return [{ text, x, y, tc: n === 17 ? 0.125 : 0 }];
        if (y > YS[1]! || n < 2) return [{ text, x, y, tc }];
        const j = XS.indexOf(x - 4);
        return [{ text, x, y, tc: (XS[j + 1]! - XS[j]! - 8 - 10 * n) / (n - 1) }];
      };
    for (const tc of [3, 7]) {
      expect((await only([[...grid(XS, YS), ...cellText(spaced(tc))]])).cells).toEqual(RULED);
      for (const rules of [threeLines(YS), []]) expect((await only([[...rules, ...cellText(spaced(tc))]])).cells).toEqual(UNRULED);
    }
  });

  it('letter-spaced text drawn twice (fake bold) is still read once', async () => {
    const tc = (text: string) => ([...text].length >= 12 ? 0 : 3);
    const bold: Draw = (text, x, y) => [{ text, x, y, tc: tc(text) }, { text, x: x + 0.3, y: y + 0.2, tc: tc(text) }];
    const { cells, diags } = await only([[...grid(XS, YS), ...cellText(bold)]]);
    expect(cells).toEqual(RULED);
    expect(diags.map((d) => d.code)).toContain('pdf-overprint-read-once');
  });
});

describe('tagged PDFs (Word)', () => {
  const artifact = (subtype: string, ops: Op[]): Op => ({ marked: 'Artifact', props: `<< /Type /Pagination /Subtype /${subtype} >>`, ops });
  /** Each cell line a paragraph of the structure tree: `/P <</MCID n>> BDC … EMC`. */
  const tagged = (ops: Op[]): Op[] => ops.map((o, i) => ({ marked: 'P', props: `<< /MCID ${i} >>`, ops: [o] }));
  const B = YS[YS.length - 1]!;

  it('cells in marked content read as without it; the running header, page number and watermark marked as artifacts are left out, each named', async () => {
    const header = artifact('Header', [{ text: '质量强市建设工作方案', x: 230, y: 40, size: 9 }]);
    const footer = artifact('Footer', [{ text: '— 1 —', x: 280, y: 800 }]);
    // A watermark across the table, in large gray letters, and a footer line right under a table without verticals,
    // set under its first and last columns (read as one more row if it were content).
    const watermark = artifact('Watermark', [{ text: '内部资料', x: 150, y: 150, size: 40, gray: 0.8 }]);
    const under = artifact('Footer', [{ text: '1', x: 64, y: B + 14 }, { text: '2024年3月', x: 404, y: B + 14 }]);
    const ruled = await only([[header, ...grid(XS, YS), ...tagged(cellText()), footer, watermark]]);
    expect(ruled.cells).toEqual(RULED);
    expect(ruled.doc.blocks.filter((b) => b.kind === 'paragraph')).toEqual([]);
    const named = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'pdf-artifact-dropped').map((d) => [d.severity, d.location?.page, /"(.*)"/.exec(d.message)![1]]);
    expect(named(ruled.diags)).toEqual([
      ['info', 1, '质量强市建设工作方案'],
      ['info', 1, '内部资料'],
      ['info', 1, '— 1 —'],
    ]);
    const three = await only([[header, ...threeLines(YS), ...tagged(cellText()), under, footer]]);
    expect(three.cells).toEqual(UNRULED);
    expect(named(three.diags).map((n) => n[2])).toEqual(['质量强市建设工作方案', '1 2024年3月', '— 1 —']);
  });

  // Glyph ids of a subset font written without a ToUnicode map (they read as control characters and letters).
  const ids = (text: string) => [...text].map((_, i) => 3 + ((i * 7 + text.length) % 60));

  it('glyphs in a font without a Unicode map read as the ActualText of their /Span, in plain and in compressed content streams', async () => {
    // The departments in such a font, each in `/Span <</ActualText <FEFF…>>> BDC`; the year of the
    // deadlines too (4 glyphs of 1 em), its ActualText a literal string (PDFDocEncoding), the rest of the date after it.
    const draw: Draw = (text, x, y) => {
      if (/局$/.test(text)) return [{ marked: 'Span', props: actualText(text), ops: [{ cids: ids(text), x, y }] }];
      const year = /^\d{4}/.exec(text)?.[0];
      if (!year) return [{ text, x, y }];
      return [{ marked: 'Span', props: `<< /MCID 7 /ActualText (${year}) >>`, ops: [{ cids: ids(year), x, y }] }, { text: text.slice(4), x: x + 40, y }];
    };
    for (const compress of [false, true]) {
      const { cells, diags } = await only([[...grid(XS, YS), ...cellText(draw)]], { compress });
      expect(cells).toEqual(RULED);
      expect(diags.map((d) => d.code)).not.toContain('pdf-text-unreadable');
    }
  });

  it('small capitals (lowercase glyphs, the capitals as ActualText) keep the letters printed', async () => {
    // As InDesign writes them (ICDAR eu-016: `hungary` under /Span <</ActualText (H)>>): the case is styling.
    const draw: Draw = (text, x, y) => (text === '2024年6月' ? [{ marked: 'Span', props: '<< /ActualText (2024 YEAR) >>', ops: [{ text: '2024 year', x, y }] }] : [{ text, x, y }]);
    const { cells } = await only([[...grid(XS, YS), ...cellText(draw)]]);
    expect(cells[2]![3]).toBe('2024 year');
  });

  it('ActualText stands for the glyphs it covers, nested in a paragraph’s marked content; an empty one for none', async () => {
    // 公用品牌 drawn as 公⽤品牌 (a Kangxi radical) but tagged with its text; a hyphen tagged as nothing.
    const draw: Draw = (text, x, y) => {
      if (text === '培育区域公用品牌') {
        const inner: Op[] = [{ text: '培育区域', x, y }, { marked: 'Span', props: actualText('公用'), ops: [{ text: 'X', x: x + 40, y }, { text: 'Y', x: x + 45, y }] }, { text: '品牌', x: x + 60, y }];
        return [{ marked: 'P', props: '<< /MCID 3 >>', ops: [...inner, { marked: 'Span', props: '<< /ActualText () >>', ops: [{ text: '-', x: x + 80, y }] }] }];
      }
      return [{ text, x, y }];
    };
    const { cells } = await only([[...grid(XS, YS), ...cellText(draw)]]);
    expect(cells).toEqual(RULED);
  });

  it('a page whose only text is marked as artifacts keeps it', async () => {
    const { cells, diags } = await only([[...grid(XS, YS), artifact('Layout', cellText())]]);
    expect(cells).toEqual(RULED);
    expect(diags.map((d) => d.code)).not.toContain('pdf-artifact-dropped');
  });
});

describe('a landscape table on portrait pages', () => {
  // 5 columns, 842 × 595 landscape frame, 15 rows on the first page and 5 on the second, under a repeated header.
  const WX = [60, 110, 400, 560, 700, 780];
  const HEAD = ['序号', '工作任务', '责任单位', '完成时限', '备注'];
  const body = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => [String(a + k), `重点任务第${a + k}项`, '市场监管局', '2025年', '']);
  function part(rows: string[][]): Op[] {
    const ys = rows.map((_, i) => 70 + 30 * i).concat(70 + 30 * rows.length);
    const ops: Op[] = [...grid(WX, ys)];
    rows.forEach((r, i) => r.forEach((text, j) => ops.push({ text, x: WX[j]! + 5, y: ys[i]! + 20 })));
    return ops;
  }
  const PARTS = [part([HEAD, ...body(1, 15)]), part([HEAD, ...body(16, 20)])];
  const WANT = [HEAD, ...body(1, 15), HEAD, ...body(16, 20)];
  /** Landscape frame onto the portrait MediaBox, reading upwards (turned a quarter counter-clockwise) or downwards. */
  const UP: [number, number, number, number, number, number] = [0, 1, -1, 0, 595, 0];
  const DOWN: [number, number, number, number, number, number] = [0, -1, 1, 0, 0, 842];
  const pageNo = (n: number): Op[] => [{ text: `— ${n} —`, x: 280, y: 810 }];

  it('printed sideways with the page number upright under it: one table over both pages, the page numbers dropped', async () => {
    for (const cm of [UP, DOWN]) {
      const pages = PARTS.map((ops, i): PageSpec => ({ ops, frame: [842, 595], cm, upright: pageNo(i + 1) }));
      const { doc, diags } = await parse(pages);
      const [t, ...more] = tables(doc);
      expect(more).toEqual([]);
      expect(t!.pages).toEqual([1, 2]);
      expect(texts(t!)).toEqual(WANT);
      expect(doc.blocks.filter((b) => b.kind === 'paragraph')).toEqual([]);
      expect(diags.filter((d) => d.code === 'pdf-page-furniture-dropped').map((d) => [d.location?.page, d.message])).toEqual([
        [1, 'Dropped the page number "— 1 —".'],
        [2, 'Dropped the page number "— 2 —".'],
      ]);
    }
  });

  it('/Rotate 90 and /Rotate 270 pages with the content drawn for them', async () => {
    for (const [cm, rotate] of [[UP, 90], [DOWN, 270]] as const) {
      const pages = PARTS.map((ops, i): PageSpec => ({ ops: [...ops, { text: `— ${i + 1} —`, x: 410, y: 570 }], frame: [842, 595], cm, rotate }));
      const { doc, diags } = await parse(pages);
      const [t, ...more] = tables(doc);
      expect(more).toEqual([]);
      expect(t!.pages).toEqual([1, 2]);
      expect(texts(t!)).toEqual(WANT);
      expect(diags.map((d) => d.code)).not.toContain('pdf-page-read-turned');
      expect(diags.filter((d) => d.code === 'pdf-page-furniture-dropped')).toHaveLength(2);
    }
  });
});

describe('a font without a Unicode map used for two or three glyphs', () => {
  it('its glyphs are left out of the cell with a warning, not read as control characters', async () => {
    // 科技局's 局 (and then 技局) set in a subset font of its own: glyph ids 1, 2, 3 …, one of them read as a letter.
    for (const cids of [[1], [1, 2], [3, 0x41]]) {
      const n = cids.length;
      const draw: Draw = (text, x, y) => (text === '科技局' ? [{ text: '科技局'.slice(0, 3 - Math.min(2, n)), x, y }, { cids, x: x + 10 * (3 - Math.min(2, n)), y }] : [{ text, x, y }]);
      const { cells, diags } = await only([[...grid(XS, YS), ...cellText(draw)]]);
      expect(cells[3]![2]).toBe(`市场监管局|${'科技局'.slice(0, 3 - Math.min(2, n))}`);
      expect(diags.filter((d) => d.severity === 'warning')).toMatchObject([{ code: 'pdf-text-unreadable', location: { page: 1 } }]);
    }
  });
});

describe('reading marked content from content streams (actualtext.ts)', () => {
  it('finds BMC and BDC in order with their ActualText, past strings, comments, arrays and inline images that look like them', () => {
    const content = [
      '/P <</MCID 0>> BDC BT (a \\) BDC \\(x) Tj ET EMC % /Span <</ActualText (no)>> BDC',
      '/Artifact BMC [(EMC) -20 (BMC)] TJ EMC',
      'BI /W 2 /H 1 /BPC 8 /CS /G ID \x00BDC\xff EI',
      '/Span << /Lang (zh-CN) /ActualText <FEFF5E02573A> /Alt [1 2 <<>>] >> BDC (x) Tj EMC',
      '/Span <</ActualText (2024\\051)>> BDC EMC /OC /oc1 BDC EMC',
    ].join('\n');
    expect(scanMarked(content)).toEqual([{ tag: 'P' }, { tag: 'Artifact' }, { tag: 'Span', actualText: '市场' }, { tag: 'Span', actualText: '2024)' }, { tag: 'OC' }]);
  });

  it('finds a page kept in an object stream, its contents compressed', () => {
    const stream = deflateSync(Buffer.from('/Span <</ActualText (ok)>> BDC EMC', 'latin1')).toString('latin1');
    const objs = '<< /Type /Page /Contents 9 0 R >>';
    const head = '4 0 ';
    const file = [
      '%PDF-1.5',
      `7 0 obj\n<< /Type /ObjStm /N 1 /First ${head.length} /Length ${head.length + objs.length} >>\nstream\n${head}${objs}\nendstream\nendobj`,
      `9 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n${stream}\nendstream\nendobj`,
      '%%EOF',
    ].join('\n');
    const src = new PdfSource(new Uint8Array(Buffer.from(file, 'latin1')));
    expect(src.markedContent({ num: 4, gen: 0 })).toEqual([{ tag: 'Span', actualText: 'ok' }]);
    expect(src.markedContent({ num: 5, gen: 0 })).toBeNull();
  });

  it('reads a stream to its /Length when its data holds the bytes `endobj`', () => {
    const data = '/Span <</ActualText (a)>> BDC (endobj) Tj EMC /P BMC EMC';
    const file = ['%PDF-1.4', '4 0 obj\n<< /Type /Page /Contents 9 0 R >>\nendobj', `9 0 obj\n<< /Length ${data.length} >>\nstream\n${data}\nendstream\nendobj`, '%%EOF'].join('\n');
    const src = new PdfSource(new Uint8Array(Buffer.from(file, 'latin1')));
    expect(src.markedContent({ num: 4, gen: 0 })).toEqual([{ tag: 'Span', actualText: 'a' }, { tag: 'P' }]);
  });
});

describe('a grid whose whole-width rows hold most of its text (a form on a small page)', () => {
  // As LibreOffice prints a Word form on A6 (test/fixtures/pdf/unseen/furnished.narrow.pdf): 附件, title,
  // 填报单位, 注 and 填表人 rows merged over all four columns, their text crossing the column rules (19 of
  // the grid's runs cut there: it was read as a chart's labels over a grid, the page as paragraphs);
  // every cell of the two task rows wrapped over two or three lines. 填报单位's line wraps after
  // `填报日`, typed spaces before it, its colon on the next line.
  const X = [36.3, 55.1, 167.9, 224.3, 262];
  const Y = [36.3, 51.2, 66, 95.2, 124.4, 168, 208.7, 223.6, 238.4];
  const rules: Op[] = [...Y.map((y): Op => ({ line: [X[0]!, y, X[4]!, y] })), { line: [X[0]!, Y[0]!, X[0]!, Y[8]!] }, { line: [X[4]!, Y[0]!, X[4]!, Y[8]!] }];
  for (const x of X.slice(1, -1)) rules.push({ line: [x, Y[3]!, x, Y[6]!] });
  // Text at the narrow print's places: [text, x, top of its line].
  const at: [string, number, number][] = [
    ['附件2', 41.8, 40], ['湖州市2024年质量强市工作任务分解表', 41.8, 54.9], ['填报单位：吴兴区市场监督管理局', 41.8, 69.7], ['填报日', 212.2, 69.7], ['期：2024年3月5日', 41.8, 84.1],
    ['序', 41.8, 98.9], ['号', 41.8, 113.3], ['工作任务', 60.6, 98.9], ['责任单位', 173.4, 98.9], ['完成', 229.8, 98.9], ['时限', 229.8, 113.3],
    ['1', 41.8, 126], ['推进质量基础设施建', 60.6, 128.1], ['设，完善计量检测体', 60.6, 142.5], ['系。', 60.6, 156.8], ['市市场监', 173.4, 128.1], ['管局', 173.4, 142.5], ['2024', 229.8, 126], ['年12', 229.8, 139.7], ['月底', 229.8, 154],
    ['2', 41.8, 169.5], ['开展质量提升行动，培', 60.6, 171.7], ['育区域公共品牌。', 60.6, 186], ['市农业农', 173.4, 171.7], ['村局', 173.4, 186], ['2024', 229.8, 169.5], ['年6', 229.8, 183.2], ['月底', 229.8, 197.6],
    ['注：各单位于每季度末报送进展情况。', 41.8, 212.4], ['填表人：张三 联系电话：0572-2222222', 41.8, 227.3],
  ];
  const ops: Op[] = [...rules, ...at.map(([text, x, top]): Op => ({ text, x, y: top + 8 }))];

  it('is read as the table, its whole-width rows as merged cells; a second label wrapped before its colon keeps its gap', async () => {
    const { mode, cells } = await only([{ ops, mediaBox: [297.6, 419.6] }]);
    expect(mode).toBe('lattice');
    expect(cells).toEqual([
      ['附件2'],
      ['湖州市2024年质量强市工作任务分解表'],
      ['填报单位：吴兴区市场监督管理局 填报日期：2024年3月5日'],
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '推进质量基础设施建设，完善计量检测体系。', '市市场监管局', '2024年12月底'],
      ['2', '开展质量提升行动，培育区域公共品牌。', '市农业农村局', '2024年6月底'],
      ['注：各单位于每季度末报送进展情况。'],
      ['填表人：张三 联系电话：0572-2222222'],
    ]);
  });

  it('a figure legend boxed over the whole width (no row with two filled cells) stays out of tables', async () => {
    // Legend entries in full-width boxes over a grid of four columns, crossing its rules.
    const legend: Op[] = [...grid([50, 150, 250, 350, 450], [100, 120]), { line: [50, 140, 450, 140] }, { line: [50, 160, 450, 160] }];
    legend.push({ line: [50, 120, 50, 160] }, { line: [450, 120, 450, 160] });
    legend.push({ text: 'S. Enteritidis      S. Typhimurium', x: 120, y: 134 }, { text: 'Other serovars      Unknown serovars', x: 120, y: 154 });
    const { doc } = await parse([legend]);
    expect(tables(doc)).toEqual([]);
  });
});

describe('header words distributed over wide cells, each character its own text object', () => {
  // 分散对齐 as Word prints it without character spacing: every character placed by itself, the
  // word's ends at the cell's padding: 工作任务 over 172 pt, 4.4 em a gap; 责任单位 2.4 em; 序号 1.2 em.
  const spread: Draw = (text, x, y) => {
    const n = [...text].length;
    if (y > YS[1]! || n < 2) return [{ text, x, y }];
    const j = XS.indexOf(x - 4);
    const step = (XS[j + 1]! - XS[j]! - 8 - 10) / (n - 1);
    return [...text].map((ch, i): Op => ({ text: ch, x: x + step * i, y }));
  };
  it('reads them as words in tables with and without rules', async () => {
    const ruled = await only([[...grid(XS, YS), ...cellText(spread)]]);
    expect(ruled.cells).toEqual(RULED);
    for (const rules of [threeLines(YS), []]) expect((await only([[...rules, ...cellText(spread)]])).cells).toEqual(UNRULED);
  });
});

describe('a short header spread over a wide column', () => {
  it('序    号 over an 80 pt column of one-digit numbers (5.2 em apart) is one word, not two columns', async () => {
    const xs = [60, 140, 320, 440, 540];
    const rows = [['序号', '工作任务', '责任单位', '完成时限'], ['1', '开展质量提升行动', '市场监管局', '2024年底前'], ['2', '培育区域公用品牌', '农业农村局', '2024年6月'], ['3', '完善质量基础设施', '科技局', '2025年底前']];
    const ops: Op[] = [];
    rows.forEach((r, i) =>
      r.forEach((text, j) => {
        const y = 120 + 25 * i;
        if (i === 0 && j === 0) ops.push({ text: '序', x: 64, y }, { text: '号', x: xs[1]! - 14, y });
        else ops.push({ text, x: xs[j]! + 4, y });
      }),
    );
    const rule = (y: number): Op => ({ line: [60, y, 540, y] });
    for (const rules of [[], [rule(100), rule(127), rule(200)]]) expect((await only([[...rules, ...ops]])).cells).toEqual(rows);
  });


  it('is one word, not two columns', async () => {
    // A fifth column 备注 (500–600), empty but for one row: 备 and 注 spread to its edges, 7.2 em apart.
    const ops: Op[] = [...threeLines(YS).map((o) => ('line' in o ? { ...o, line: [o.line[0], o.line[1], 600, o.line[3]] as [number, number, number, number] } : o))];
    ops.push(...cellText(), { text: '备', x: 504, y: YS[0]! + PAD + 11 }, { text: '注', x: 586, y: YS[0]! + PAD + 11 }, { text: '试点', x: 504, y: YS[2]! + PAD + 11 });
    const { cells } = await only([ops]);
    expect(cells).toEqual(UNRULED.map((r, i) => [...r, i === 0 ? '备注' : i === 2 ? '试点' : '']));
  });
});

describe('white text drawn right against visible text (pdfjs merges them into one item)', () => {
  it('is cut out of the merged text, before, after and among the visible text', async () => {
    // White keywords after a task, before a department, and white digits after a row number.
    const draw: Draw = (text, x, y) => {
      if (text === '培育区域公用品牌') return [{ text, x, y }, { text: '质量强市关键词', x: x + 80, y, gray: 1 }];
      if (text === '农业农村局') return [{ text: '隐藏', x, y, gray: 1 }, { text, x: x + 20, y }];
      if (text === '2') return [{ text, x, y }, { text: '99', x: x + 5.56, y, gray: 1 }];
      return [{ text, x, y }];
    };
    for (const rules of [grid(XS, YS), []]) {
      const { cells, diags } = await only([[...rules, ...cellText(draw)]]);
      expect(cells).toEqual(rules.length ? RULED : UNRULED);
      expect(diags.filter((d) => d.code === 'pdf-hidden-text-dropped')).toMatchObject([{ severity: 'info', location: { page: 1 }, message: expect.stringMatching(/\(11 characters\)/) }]);
    }
  });
});
