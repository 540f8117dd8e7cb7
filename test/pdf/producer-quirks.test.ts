// Text-layer quirks of PDF producers our fixtures do not come from (WPS, Word,
// Foxit/Adobe printer drivers, scanners with OCR), each built by hand in a small
// PDF: fake bold (text drawn several times a fraction of a point apart, or fill +
// stroke), invisible OCR text over a scanned image, white text (hidden, or on a
// shaded cell), text outside the page, per-glyph positioning and TJ kerning,
// distributed CJK (分散对齐), fonts without a ToUnicode map, and scanned pages
// among text pages.
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../parsers/pdf/index.ts';
import type { Diagnostic, SourceDocument, SourceTable } from '../../pipeline/model.ts';
import { grid, makePdf, PAGE_H, PAGE_W, type Op } from './make-pdf.ts';

const XS = [50, 150, 300, 450];
const YS = [100, 130, 160, 190];
const ROWS = [
  ['序号', '工作任务', '责任单位'],
  ['1', '开展质量提升行动', '市场监管局'],
  ['2', '培育区域品牌', '农业农村局'],
];
type Draw = (text: string, x: number, y: number) => Op[];
const plain: Draw = (text, x, y) => [{ text, x, y }];

/** The 3 × 3 table above, each cell's text drawn by `draw` at its baseline; ruled unless `ruled` is false. */
function table(draw: Draw, ruled = true): Op[] {
  const ops: Op[] = ruled ? grid(XS, YS) : [];
  ROWS.forEach((r, i) => r.forEach((t, j) => ops.push(...draw(t, XS[j]! + 5, YS[i]! + 20))));
  return ops;
}

async function parse(pages: Op[][]): Promise<{ doc: SourceDocument | null; diags: Diagnostic[] }> {
  const res = await parsePdf(makePdf(pages), { file: 'q.pdf', documentId: 'q' });
  return { doc: res.value, diags: res.diagnostics };
}
const tables = (d: SourceDocument | null) => (d?.blocks ?? []).filter((b): b is SourceTable => b.kind === 'table');
const texts = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => c.lines.join('|')));
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);
const SCAN: Op = { image: [0, 0, PAGE_W, PAGE_H] };

describe('fake bold', () => {
  it('text drawn twice a fraction of a point apart is read once, in a ruled and in a borderless table', async () => {
    const twice: Draw = (text, x, y) => [{ text, x, y }, { text, x: x + 0.3, y: y + 0.2 }];
    for (const ruled of [true, false]) {
      const { doc, diags } = await parse([table(twice, ruled)]);
      const [t, ...more] = tables(doc);
      expect(more).toEqual([]);
      expect(t!.mode).toBe(ruled ? 'lattice' : 'stream');
      expect(texts(t!)).toEqual(ROWS);
      expect(diags.filter((d) => d.code === 'pdf-overprint-read-once')).toMatchObject([{ severity: 'info', location: { page: 1 } }]);
    }
  });

  it('each glyph drawn four times (pdfjs merges the copies into runs like 市场, 场监) reads 市场监管局', async () => {
    const perGlyph: Draw = (text, x, y) =>
      [...text].flatMap((ch, i) => [0, 0.25, 0.5, 0.4].map((d, k): Op => ({ text: ch, x: x + 10 * i + d, y: y + (k % 2) * 0.25 })));
    const { doc } = await parse([table(perGlyph)]);
    expect(texts(tables(doc)[0]!)).toEqual(ROWS);
  });

  it('glyph pairs written in one TJ with the pen moved back (市 -970 市 …) read once', async () => {
    // Back by the glyph's advance less 0.3 pt (ideographs 1000/1000 of the size, Helvetica digits 556), then on by 0.3 pt.
    const tj: Draw = (text, x, y) => [{ tj: [...text].flatMap((ch) => [ch, (/\d/.test(ch) ? 556 : 1000) - 30, ch, 30]), x, y }];
    const { doc } = await parse([table(tj)]);
    expect(texts(tables(doc)[0]!)).toEqual(ROWS);
  });

  it('a vertical label drawn twice reads once', async () => {
    const ops: Op[] = [...grid([50, 150, 300], [100, 200, 300])];
    ops.push({ text: '质量提升', x: 100, y: 190, up: true }, { text: '质量提升', x: 100.3, y: 189.8, up: true });
    ops.push({ text: '开展行动', x: 155, y: 150 }, { text: '标准建设', x: 100, y: 290, up: true }, { text: '完善标准', x: 155, y: 260 });
    const { doc, diags } = await parse([ops]);
    expect(texts(tables(doc)[0]!)).toEqual([
      ['质量提升', '开展行动'],
      ['标准建设', '完善标准'],
    ]);
    expect(codes(diags)).toContain('pdf-overprint-read-once');
  });

  it('fill + stroke (render mode 2) reads once and needs no repair', async () => {
    const { doc, diags } = await parse([table((text, x, y) => [{ text, x, y, render: 2 }])]);
    expect(texts(tables(doc)[0]!)).toEqual(ROWS);
    expect(codes(diags)).not.toContain('pdf-overprint-read-once');
  });

  it('a word written twice side by side is not an overprint', async () => {
    const { doc, diags } = await parse([table((text, x, y) => (text === '1' ? [{ text: '11', x, y }] : [{ text, x, y }]))]);
    expect(texts(tables(doc)[0]!)[1]![0]).toBe('11');
    expect(codes(diags)).not.toContain('pdf-overprint-read-once');
  });
});

describe('invisible and hidden text', () => {
  it('an OCR layer (render mode 3) over a scanned image is read, and no scanned-PDF error fires', async () => {
    const { doc, diags } = await parse([[SCAN, ...table((text, x, y) => [{ text, x, y, render: 3 }])]]);
    expect(diags.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(texts(tables(doc)[0]!)).toEqual(ROWS);
  });

  it('text placed outside the page never reaches a cell or a paragraph', async () => {
    const outside: Op[] = [
      { text: '页外文字', x: 100, y: -40 },
      { text: '右侧页外', x: PAGE_W + 30, y: 150 },
    ];
    const { doc } = await parse([[...table(plain), ...outside]]);
    expect(texts(tables(doc)[0]!)).toEqual(ROWS);
    expect(doc!.blocks.filter((b) => b.kind === 'paragraph')).toEqual([]);
  });

  it('white text on the bare page is hidden text: left out with an info, the cell keeps its own text', async () => {
    const { doc, diags } = await parse([table((text, x, y) => [{ text, x, y }, ...(text === '1' ? [{ text: '隐藏关键词', x: x + 20, y, gray: 1 } as Op] : [])])]);
    expect(texts(tables(doc)[0]!)).toEqual(ROWS);
    expect(diags.filter((d) => d.code === 'pdf-hidden-text-dropped')).toMatchObject([{ severity: 'info', location: { page: 1 } }]);
  });

  it('white text on a dark shaded cell (a heading) is read', async () => {
    // The heading row filled dark (drawn before its text), its words in white.
    const shade: Op = { rect: [XS[0]!, YS[0]!, XS[3]!, YS[1]!], fill: true };
    const { doc, diags } = await parse([[shade, ...table((text, x, y) => [{ text, x, y, gray: y < YS[1]! ? 1 : 0 }])]]);
    expect(texts(tables(doc)[0]!)).toEqual(ROWS);
    expect(codes(diags)).not.toContain('pdf-hidden-text-dropped');
  });
});

describe('per-glyph positioning and distributed CJK', () => {
  it('every character its own text object, and TJ kerning inside a word, read as the words', async () => {
    const perChar: Draw = (text, x, y) => [...text].map((ch, i): Op => ({ text: ch, x: x + 10 * i, y }));
    const kerned: Draw = (text, x, y) => [{ tj: [...text].flatMap((ch) => [ch, -40]), x, y }];
    for (const draw of [perChar, kerned]) {
      for (const ruled of [true, false]) expect(texts(tables((await parse([table(draw, ruled)])).doc)[0]!)).toEqual(ROWS);
    }
  });

  it('a header spread over its cell (责   任   单   位, 序      号) reads as one word, also without rules', async () => {
    // Short header words set 分散对齐: each character placed by itself, 2–3 ems apart.
    const spread: Draw = (text, x, y) => {
      if (text.length > 4 || !/[\u4e00-\u9fff]/.test(text)) return [{ text, x, y }];
      const step = text.length === 2 ? 40 : 30;
      return [...text].map((ch, i): Op => ({ text: ch, x: x + step * i, y }));
    };
    const tj: Draw = (text, x, y) => (text.length > 4 || !/[\u4e00-\u9fff]/.test(text) ? [{ text, x, y }] : [{ tj: [...text].flatMap((ch) => [ch, -2000]), x, y }]);
    for (const draw of [spread, tj]) {
      for (const ruled of [true, false]) {
        const [t, ...more] = tables((await parse([table(draw, ruled)])).doc);
        expect(more).toEqual([]);
        expect(texts(t!)).toEqual(ROWS);
      }
    }
  });

  it('one-character columns evenly spaced (优 良 中 差 over their scores) stay columns', async () => {
    const xs = [60, 200, 240, 280, 320];
    const rows = [
      ['评价内容', '优', '良', '中', '差'],
      ['质量提升', '10', '8', '6', '4'],
      ['品牌培育', '10', '8', '6', '4'],
      ['标准建设', '5', '4', '3', '2'],
    ];
    const ops: Op[] = [];
    rows.forEach((r, i) => r.forEach((text, j) => ops.push({ text, x: xs[j]!, y: 100 + 20 * i })));
    const [t] = tables((await parse([ops])).doc);
    expect(texts(t!)).toEqual(rows);
  });
});

describe('text that cannot be read', () => {
  // Glyph ids of a subset font, as a font without ToUnicode gives them: control characters and Latin letters.
  const ids = (text: string) => [...text].map((_, i) => 3 + ((i * 7 + text.length) % 60));
  const garbled: Draw = (text, x, y) => [{ cids: ids(text), x, y }];

  it('a document whose only font has no Unicode map fails with one sentence, like a scanned PDF', async () => {
    // Also when only three different ids are controls and the rest read as ASCII punctuation and letters.
    const fewControls: Draw = (text, x, y) => [{ cids: [...text].map((_, i) => 0x10 + i * 7), x, y }];
    for (const draw of [garbled, fewControls]) {
      const { doc, diags } = await parse([table(draw)]);
      expect(doc).toBeNull();
      expect(diags).toHaveLength(1);
      expect(diags[0]).toMatchObject({ severity: 'error', code: 'pdf-text-unreadable', file: 'q.pdf' });
    }
  });

  it('a subset that kept the full font’s glyph ids (ids read as letters of many scripts, ideographs among them) is unreadable too', async () => {
    // Glyph ids of a CJK font lie between about 1000 and 28000: as code points, Armenian … Extension A and ideographs.
    const wide: Draw = (text, x, y) => [{ cids: [...text].map((_, i) => 1000 + ((i * 7919 + text.length * 104729) % 27000)), x, y }];
    const { doc, diags } = await parse([table(plain), table(wide)]);
    expect(tables(doc).map((t) => t.pages)).toEqual([[1]]);
    expect(diags.filter((d) => d.severity !== 'info')).toMatchObject([{ code: 'pdf-text-unreadable', location: { page: 2 } }]);
  });

  it('text in foreign scripts (Greek, Cyrillic) is read', async () => {
    // Alone in its font (the CJK font: GB1 has Greek and Cyrillic), so the font's text is all foreign letters.
    const lines = ['αβγ δεζ ηθι κλμ', 'Индекс качества продукции', 'ΑΒΓ ΔΕΖ ΗΘΙ', 'Показатели и задачи'];
    const { doc, diags } = await parse([lines.map((text, i): Op => ({ text, x: 50, y: 100 + 15 * i }))]);
    expect(codes(diags)).not.toContain('pdf-text-unreadable');
    expect(doc!.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(lines);
  });

  it('a page set in such a font is named in a warning; the readable pages are converted', async () => {
    const { doc, diags } = await parse([table(plain), table(garbled), table(plain)]);
    const ts = tables(doc);
    expect(ts.map((t) => t.pages)).toEqual([[1], [3]]);
    for (const t of ts) expect(texts(t)).toEqual(ROWS);
    const w = diags.filter((d) => d.severity !== 'info');
    expect(w).toMatchObject([{ severity: 'warning', code: 'pdf-text-unreadable', location: { page: 2 } }]);
    expect(w[0]!.message).toMatch(/page 2/);
    expect(doc!.blocks.some((b) => b.kind === 'paragraph' && /[\u0000-\u001f]/.test(b.text))).toBe(false);
  });

  it('one column in such a font: its cells are left out with a warning, the rest of the table is read', async () => {
    const { doc, diags } = await parse([table((text, x, y) => (x > 300 ? garbled(text, x, y) : plain(text, x, y)))]);
    expect(texts(tables(doc)[0]!).map((r) => r.slice(0, 2))).toEqual(ROWS.map((r) => r.slice(0, 2)));
    expect(texts(tables(doc)[0]!).every((r) => r.length === 2 || r[2] === '')).toBe(true);
    expect(diags.filter((d) => d.severity === 'warning')).toMatchObject([{ code: 'pdf-text-unreadable', location: { page: 1 } }]);
  });

  it('a symbol font giving only its bullets (private-use codes) is not taken for an unreadable font', async () => {
    // The font without a Unicode map, used only for bullets: U+F0B7 (Symbol's bullet as Word writes it) before each line.
    const items = ['加强质量基础设施建设', '培育区域公用品牌', '完善质量工作考核'];
    const ops: Op[] = items.flatMap((text, i): Op[] => [{ cids: [0xf0b7], x: 50, y: 240 + 15 * i }, { text, x: 65, y: 240 + 15 * i }]);
    const { doc, diags } = await parse([[...table(plain), ...ops]]);
    expect(texts(tables(doc)[0]!)).toEqual(ROWS);
    expect(codes(diags)).not.toContain('pdf-text-unreadable');
    expect(doc!.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(3);
  });
});

describe('scanned pages among text pages', () => {
  it('names the pages that are images without text and converts the others', async () => {
    const stamped: Op[] = [SCAN, { text: '— 3 —', x: 280, y: 810 }];
    const { doc, diags } = await parse([table(plain), [SCAN], stamped, table(plain)]);
    expect(tables(doc).map((t) => t.pages)).toEqual([[1], [4]]);
    const w = diags.filter((d) => d.severity === 'warning');
    expect(w).toMatchObject([{ code: 'pdf-pages-without-text', location: { page: 2 } }]);
    expect(w[0]!.message).toMatch(/^Pages 2 and 3 are scanned images/);
  });

  it('a table is not stitched over a scanned page between its parts', async () => {
    const part = (rows: string[][], top: number): Op[] => {
      const ys = rows.map((_, i) => top + 30 * i).concat(top + 30 * rows.length);
      const ops: Op[] = grid(XS, ys);
      rows.forEach((r, i) => r.forEach((text, j) => ops.push({ text, x: XS[j]! + 5, y: ys[i]! + 20 })));
      return ops;
    };
    // Without the scanned page between them, these two parts are one table (pages 1–2).
    const first = part(ROWS, 700);
    const last = part([['5', '完善标准体系', '市场监管局'], ['6', '强化质量监管', '农业农村局']], 60);
    expect(tables((await parse([first, last])).doc).map((t) => t.pages)).toEqual([[1, 2]]);
    const { doc } = await parse([first, [SCAN], last]);
    expect(tables(doc).map((t) => t.pages)).toEqual([[1], [3]]);
  });

  it('a page with a picture and its own text is not a scanned page', async () => {
    const { diags } = await parse([[SCAN, ...table(plain)]]);
    expect(codes(diags)).not.toContain('pdf-pages-without-text');
  });

  it('a blank page is not a scanned page', async () => {
    const { diags } = await parse([table(plain), []]);
    expect(codes(diags)).not.toContain('pdf-pages-without-text');
  });

  it('a document that is all scanned pages (one with a stamped page number) fails as a scanned PDF', async () => {
    const { doc, diags } = await parse([[SCAN], [SCAN, { text: '2', x: 290, y: 810 }]]);
    expect(doc).toBeNull();
    expect(diags).toMatchObject([{ severity: 'error', code: 'pdf-no-text-layer' }]);
  });
});
