import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../parsers/pdf/index.ts';
import type { SourceDocument, SourceTable } from '../../pipeline/model.ts';
import { grid, makePdf, type Op } from './make-pdf.ts';

const ctx = { file: 'test.pdf', documentId: 'testdoc' };

async function parse(bytes: Uint8Array) {
  const res = await parsePdf(bytes, ctx);
  return res;
}

function tables(doc: SourceDocument | null): SourceTable[] {
  return (doc?.blocks ?? []).filter((b): b is SourceTable => b.kind === 'table');
}

function texts(t: SourceTable): string[][] {
  return t.rows.map((r) => r.cells.map((c) => c.lines.join('|')));
}

describe('lattice tables', () => {
  it('reads cells, CJK runs without spaces, and merged cells as spans', async () => {
    // 4 rows × 3 columns. Header: "指标" spans columns 2–3 (no rule at x=250 in row 1).
    // Column 1 rows 2–3 are one merged cell (no rule at y=160 under column 1).
    const xs = [50, 150, 250, 350];
    const ys = [100, 130, 160, 190, 220];
    const ops: Op[] = [
      ...ys.filter((y) => y !== 160).map((y): Op => ({ line: [50, y, 350, y] })),
      { line: [150, 160, 350, 160] },
      { line: [50, 100, 50, 220] },
      { line: [150, 100, 150, 220] },
      { line: [250, 130, 250, 220] },
      { line: [350, 100, 350, 220] },
      { text: '序号', x: 55, y: 120 },
      { text: '指标', x: 180, y: 120 },
      { text: '市场监管局', x: 55, y: 170 },
      // One cell's text drawn as two runs: must come out as one CJK run, no space.
      { text: '质量', x: 155, y: 150 },
      { text: '强市', x: 175, y: 150 },
      { text: '95%', x: 255, y: 150 },
      { text: 'Item (a)', x: 155, y: 180 },
      { text: '10', x: 255, y: 180 },
      { text: '合计', x: 55, y: 210 },
      { text: '1', x: 155, y: 210 },
      { text: '2', x: 255, y: 210 },
    ];
    const res = await parse(makePdf([ops]));
    expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(res.value?.format).toBe('pdf');
    expect(res.value?.pages).toBe(1);
    const [t] = tables(res.value);
    expect(t?.mode).toBe('lattice');
    expect(t?.pages).toEqual([1]);
    expect(texts(t!)).toEqual([
      ['序号', '指标'],
      ['市场监管局', '质量强市', '95%'],
      ['Item (a)', '10'],
      ['合计', '1', '2'],
    ]);
    expect(t!.rows[0]!.cells[1]).toMatchObject({ colSpan: 2, rowSpan: 1, page: 1, bbox: [150, 100, 350, 130] });
    expect(t!.rows[1]!.cells[0]).toMatchObject({ colSpan: 1, rowSpan: 2, bbox: [50, 130, 150, 190] });
  });

  it('gives a ruled cell its paragraphs: lines wrapped at the cell\'s edge joined, short lines kept apart', async () => {
    const xs = [50, 70, 250];
    const ys = [100, 160, 190, 220];
    const ops: Op[] = [
      ...grid(xs, ys),
      // One character per line in a narrow cell: each line fills it, so the next did not fit.
      { text: '牵', x: 54, y: 115 },
      { text: '头', x: 54, y: 130 },
      { text: '单', x: 54, y: 145 },
      // Short lines: the author's breaks.
      { text: '第一行文字', x: 75, y: 115 },
      { text: 'second line', x: 75, y: 130 },
      { text: 'a', x: 55, y: 180 },
      { text: 'b', x: 75, y: 180 },
      { text: 'c', x: 55, y: 210 },
      { text: 'd', x: 75, y: 210 },
    ];
    const [t] = await tables((await parse(makePdf([ops]))).value);
    expect(t!.rows[0]!.cells[0]!.lines).toEqual(['牵头单']);
    expect(t!.rows[0]!.cells[1]!.lines).toEqual(['第一行文字', 'second line']);
  });

  it('joins a soft wrap only when the next line starts at the left edge and is no new item or repeat', async () => {
    // A column 8 characters wide (x 55–135 inside the rules at 50 and 140).
    const ops: Op[] = [
      ...grid([50, 140, 300], [100, 150, 200, 250, 300, 350]),
      // wrapped: 省政府国资委负 | 责落实 (the first line full, the next at the left edge)
      { text: '省质监局、省政府国', x: 55, y: 115 },
      { text: '资委负责落实', x: 55, y: 130 },
      { text: 'A', x: 145, y: 115 },
      // full line, then a line set in: a new paragraph (first-line indent)
      { text: '市市场监督管理局', x: 55, y: 165 },
      { text: '市财政局', x: 75, y: 180 },
      { text: 'B', x: 145, y: 165 },
      // full line, then a numbered item
      { text: '完成整合任务的得3', x: 55, y: 215 },
      { text: '2、未完成的不得分', x: 55, y: 230 },
      { text: 'C', x: 145, y: 215 },
      // a label filling the cell printed twice down a merged cell
      { text: '城市质量文化特色', x: 55, y: 265 },
      { text: '城市质量文化特色', x: 55, y: 280 },
      { text: 'D', x: 145, y: 265 },
      // right-aligned numbers as wide as each other: no left edge to start at
      { text: '12345', x: 110, y: 315 },
      { text: '67890', x: 110, y: 330 },
      { text: 'E', x: 145, y: 315 },
    ];
    const [t] = await tables((await parse(makePdf([ops]))).value);
    expect(t!.rows.map((r) => r.cells[0]!.lines)).toEqual([
      ['省质监局、省政府国资委负责落实'],
      ['市市场监督管理局', '市财政局'],
      ['完成整合任务的得3', '2、未完成的不得分'],
      ['城市质量文化特色', '城市质量文化特色'],
      ['12345', '67890'],
    ]);
  });

  it('finds two tables on one page with the text between them as a paragraph', async () => {
    const ops: Op[] = [
      ...grid([50, 150, 250], [100, 130, 160]),
      { text: 'A1', x: 55, y: 120 },
      { text: 'B1', x: 155, y: 120 },
      { text: 'A2', x: 55, y: 150 },
      { text: 'B2', x: 155, y: 150 },
      { text: '表2 分工', x: 50, y: 250 },
      ...grid([50, 200, 350, 500], [300, 330, 360]),
      { text: 'X', x: 55, y: 320 },
      { text: 'Y', x: 205, y: 320 },
      { text: 'Z', x: 355, y: 320 },
      { text: 'x', x: 55, y: 350 },
      { text: 'y', x: 205, y: 350 },
      { text: 'z', x: 355, y: 350 },
    ];
    const doc = (await parse(makePdf([ops]))).value!;
    expect(doc.blocks.map((b) => b.kind)).toEqual(['table', 'paragraph', 'table']);
    expect(doc.blocks[1]).toMatchObject({ kind: 'paragraph', text: '表2分工', page: 1 });
    expect(texts(tables(doc)[1]!)).toEqual([
      ['X', 'Y', 'Z'],
      ['x', 'y', 'z'],
    ]);
  });
});

/** A ruled page: optional header line at the top, rows of a 3-column table, a page number at the bottom. */
function tablePage(rows: string[][], opts: { top?: number; title?: string; header?: string; footer: string; xs?: number[] }): Op[] {
  const xs = opts.xs ?? [60, 200, 380, 540];
  const top = opts.top ?? 120;
  const ys = rows.map((_, i) => top + 30 * i).concat(top + 30 * rows.length);
  const ops: Op[] = [...grid(xs, ys)];
  rows.forEach((r, i) => r.forEach((text, j) => text && ops.push({ text, x: xs[j]! + 5, y: ys[i]! + 20 })));
  if (opts.header) ops.push({ text: opts.header, x: 200, y: 40 });
  if (opts.title) ops.push({ text: opts.title, x: 60, y: top - 15 });
  ops.push({ text: opts.footer, x: 280, y: 810 });
  return ops;
}

describe('multi-page tables', () => {
  it('stitches a table continued after a 续表 title, marks the page break and drops page furniture', async () => {
    const header = ['序号', '工作任务', '责任单位'];
    const p1 = tablePage([header, ['1', '提升质量', '市场监管局'], ['2', '完善标准', '发展改革委']], {
      title: '附件1 任务分解表',
      header: '某市质量强市工作方案',
      footer: '— 1 —',
      top: 560,
    });
    const p2 = tablePage([header, ['3', '培育品牌', '工业和信息化局'], ['4', '强化监管', '市场监管局']], {
      title: '续表1',
      header: '某市质量强市工作方案',
      footer: '— 2 —',
    });
    const res = await parse(makePdf([p1, p2]));
    const doc = res.value!;
    const ts = tables(doc);
    expect(ts).toHaveLength(1);
    expect(ts[0]!.pages).toEqual([1, 2]);
    expect(texts(ts[0]!).map((r) => r[0])).toEqual(['序号', '1', '2', '序号', '3', '4']);
    expect(ts[0]!.rows.map((r) => r.pageBreakBefore)).toEqual([false, false, false, true, false, false]);
    expect(ts[0]!.rows[3]!.cells[0]!.page).toBe(2);
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(paras).toContain('附件1任务分解表');
    // The 续表 title marks the continuation (as the docx/txt paths treat it): dropped, with a diagnostic naming it.
    expect(paras).not.toContain('续表1');
    const title = res.diagnostics.filter((d) => d.code === 'continuation-title-skipped');
    expect(title.map((d) => [d.location.table, d.location.page, d.message.includes('"续表1"')])).toEqual([[1, 2, true]]);
    // Page numbers and the running header are not content.
    expect(paras.some((p) => /— \d —|质量强市工作方案/.test(p))).toBe(false);
    const dropped = res.diagnostics.filter((d) => d.code === 'pdf-page-furniture-dropped');
    expect(dropped.map((d) => d.location.page).sort()).toEqual([1, 1, 2, 2]);
    expect(dropped.every((d) => d.severity === 'info')).toBe(true);
  });

  it('does not stitch tables whose columns do not line up', async () => {
    const p1 = tablePage([['a', 'b', 'c'], ['1', '2', '3'], ['4', '5', '6']], { footer: '第 1 页', top: 600 });
    const p2 = tablePage([['a', 'b', 'c'], ['7', '8', '9']], { footer: '第 2 页', xs: [60, 260, 400, 540] });
    const res = await parse(makePdf([p1, p2]));
    const ts = tables(res.value);
    expect(ts.map((t) => t.pages)).toEqual([[1], [2]]);
    expect(res.value!.blocks.some((b) => b.kind === 'paragraph' && /页/.test(b.text))).toBe(false);
  });

  it('joins a row cut by the page break back into the row above', async () => {
    const p1 = tablePage([['序号', '工作任务', '责任单位'], ['1', '加强计量', '市场监管局']], { footer: '3/10', top: 700 });
    const p2 = tablePage([['', '测试能力建设', ''], ['2', '推进认证', '商务局']], { footer: '4/10' });
    const res = await parse(makePdf([p1, p2]));
    const [t] = tables(res.value);
    expect(texts(t!)).toEqual([
      ['序号', '工作任务', '责任单位'],
      ['1', '加强计量|测试能力建设', '市场监管局'],
      ['2', '推进认证', '商务局'],
    ]);
    expect(t!.rows[2]!.pageBreakBefore).toBe(true);
    expect(res.diagnostics.find((d) => d.code === 'pdf-cell-joined-across-pages')).toMatchObject({ severity: 'info', location: { page: 2 } });
  });
});

describe('stream tables', () => {
  it('finds a table from aligned text without rulings, and leaves prose alone', async () => {
    const ops: Op[] = [
      { text: 'The following table lists the results of the survey.', x: 60, y: 80 },
      { text: 'Country', x: 60, y: 120 },
      { text: 'Cases', x: 250, y: 120 },
      { text: 'Share (%)', x: 400, y: 120 },
      { text: 'Austria', x: 60, y: 135 },
      { text: '3,375', x: 250, y: 135 },
      { text: '86.2', x: 400, y: 135 },
      { text: 'Belgium', x: 60, y: 150 },
      { text: '3,973', x: 250, y: 150 },
      { text: '0', x: 400, y: 150 },
      { text: 'Cyprus', x: 60, y: 165 },
      { text: '158', x: 250, y: 165 },
      { text: '81.0', x: 400, y: 165 },
    ];
    const doc = (await parse(makePdf([ops]))).value!;
    const [t] = tables(doc);
    expect(t?.mode).toBe('stream');
    expect(texts(t!)).toEqual([
      ['Country', 'Cases', 'Share (%)'],
      ['Austria', '3,375', '86.2'],
      ['Belgium', '3,973', '0'],
      ['Cyprus', '158', '81.0'],
    ]);
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'The following table lists the results of the survey.' });
  });

  it('does not call two aligned lines a table', async () => {
    const ops: Op[] = [
      { text: 'Name', x: 60, y: 120 },
      { text: 'Value', x: 300, y: 120 },
      { text: 'alpha', x: 60, y: 135 },
      { text: '1', x: 300, y: 135 },
    ];
    const doc = (await parse(makePdf([ops]))).value!;
    expect(tables(doc)).toEqual([]);
  });
});

describe('bad input never throws', () => {
  const ok = makePdf([[{ text: 'hello', x: 60, y: 100 }, ...grid([50, 150, 250], [100, 130, 160])]]);

  it('not a PDF', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const res = await parse(random);
    expect(res.value).toBeNull();
    expect(res.diagnostics).toMatchObject([{ severity: 'error', code: 'pdf-not-pdf' }]);
    expect((await parse(new Uint8Array(0))).diagnostics[0]?.code).toBe('pdf-not-pdf');
  });

  it('truncated', async () => {
    const res = await parse(ok.slice(0, Math.floor(ok.length * 0.6)));
    expect(res.value).toBeNull();
    expect(res.diagnostics).toMatchObject([{ severity: 'error', code: 'pdf-corrupt' }]);
  });

  it('damaged structure', async () => {
    const text = Buffer.from(ok).toString('latin1').replace(/\/Type \/Pages/, '/Type /Nonsense').replace(/xref[\s\S]*startxref/, 'startxref');
    const res = await parse(new Uint8Array(Buffer.from(text, 'latin1')));
    expect(res.value === null || res.value.blocks.length === 0).toBe(true);
    expect(res.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('scan: no text layer (only paths)', async () => {
    const res = await parse(makePdf([grid([50, 150, 250], [100, 130, 160])]));
    expect(res.value).toBeNull();
    expect(res.diagnostics).toHaveLength(1);
    expect(res.diagnostics[0]).toMatchObject({ severity: 'error', code: 'pdf-no-text-layer', documentId: 'testdoc', file: 'test.pdf' });
    expect(res.diagnostics[0]!.message).toMatch(/scanned/);
    expect(res.diagnostics[0]!.message).toMatch(/OCR/);
  });

  it('encrypted', async () => {
    const res = await parse(makePdf([[{ text: 'secret', x: 60, y: 100 }]], { encrypted: true }));
    expect(res.value).toBeNull();
    expect(res.diagnostics).toMatchObject([{ severity: 'error', code: 'pdf-encrypted' }]);
  });

  it('leaves the caller’s bytes usable', async () => {
    const copy = ok.slice();
    await parse(copy);
    expect(copy.byteLength).toBe(ok.byteLength);
  });
});

// The ICDAR 2013 competition PDFs live beside the repository (../shared); CI has them.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const icdar = path.join(repo, '..', 'shared', 'external', 'icdar2013');
const haveIcdar = existsSync(path.join(icdar, 'eu-003.pdf'));
if (!haveIcdar) console.warn(`ICDAR 2013 set not found at ${icdar}: real-PDF tests skipped.`);

describe.skipIf(!haveIcdar)('ICDAR 2013 documents', () => {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  function gtTables(id: string): string[][] {
    const xml = readFileSync(path.join(icdar, `${id}-str.xml`), 'utf8');
    return xml.split(/<table /).slice(1).map((t) => [...t.matchAll(/<content>([\s\S]*?)<\/content>/g)].map((m) => norm(m[1]!.replace(/&amp;/g, '&'))));
  }

  for (const id of ['eu-003', 'us-003', 'eu-023']) {
    it(`${id}: finds every ground-truth table with its cell texts`, async () => {
      const bytes = new Uint8Array(readFileSync(path.join(icdar, `${id}.pdf`)));
      const res = await parsePdf(bytes, { file: `${id}.pdf`, documentId: id });
      const ts = tables(res.value);
      const gt = gtTables(id);
      expect(ts.length).toBe(gt.length);
      gt.forEach((cells, i) => {
        const got = ts[i]!.rows.flatMap((r) => r.cells.map((c) => norm(c.lines.join(''))));
        for (const c of cells) expect(got).toContain(c);
      });
    });
  }
});
