// Ruled groups holding several entries set apart by blank lines (refine.ts blankGapCuts),
// and the CJK guard: a cell's wrapped paragraph is never cut.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../parsers/pdf/index.ts';
import type { SourceTable } from '../../pipeline/model.ts';
import { grid, makePdf, type Op } from './make-pdf.ts';

async function tablesOf(bytes: Uint8Array, file = 't.pdf'): Promise<SourceTable[]> {
  const res = await parsePdf(bytes, { file, documentId: 't' });
  return (res.value?.blocks ?? []).filter((b): b is SourceTable => b.kind === 'table');
}
const rowTexts = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => c.lines.join(' ')).filter(Boolean).join('|'));

describe('lattice bands with entries set apart by blank lines', () => {
  it('cuts a ruled band at blank lines across every column when each entry starts in the first column', async () => {
    // Header band, then one ruled band holding a group label and two entries of two lines each.
    const ops: Op[] = [
      ...grid([50, 150, 300, 450], [100, 120, 260]),
      { text: 'Source', x: 55, y: 114 },
      { text: 'Definition', x: 155, y: 114 },
      { text: 'Examples', x: 305, y: 114 },
      { text: 'Stationary:', x: 55, y: 135 },
      { text: 'Major', x: 60, y: 160 },
      { text: 'Emissions of ten tons a year', x: 155, y: 160 },
      { text: 'Utilities, refineries, steel', x: 305, y: 160 },
      { text: 'or more', x: 155, y: 172 },
      { text: 'mills', x: 305, y: 172 },
      { text: 'Area', x: 60, y: 200 },
      { text: 'Emissions of less than ten', x: 155, y: 200 },
      { text: 'Dry cleaners', x: 305, y: 200 },
      { text: 'tons a year', x: 155, y: 212 },
    ];
    const [t] = await tablesOf(makePdf([ops]));
    expect(rowTexts(t!)).toEqual(['Source|Definition|Examples', 'Stationary:', 'Major|Emissions of ten tons a year or more|Utilities, refineries, steel mills', 'Area|Emissions of less than ten tons a year|Dry cleaners']);
  });

  it('keeps a band whole when its first column has no entry after the gap', async () => {
    const ops: Op[] = [
      ...grid([50, 150, 300], [100, 120, 220]),
      { text: '序号', x: 55, y: 114 },
      { text: '内容', x: 155, y: 114 },
      { text: '1', x: 60, y: 135 },
      { text: '第一段文字', x: 155, y: 135 },
      { text: '第二段文字', x: 155, y: 175 },
    ];
    const [t] = await tablesOf(makePdf([ops]));
    expect(t!.rows).toHaveLength(2);
    expect(t!.rows[1]!.cells.map((c) => c.lines)).toEqual([['1'], ['第一段文字', '第二段文字']]);
  });
});

const icdar = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'external', 'icdar2013');
describe.skipIf(!existsSync(path.join(icdar, 'us-032.pdf')))('ICDAR 2013 us-032', () => {
  it('a boxed table whose groups hold entries set apart by blank lines gives one row per entry', async () => {
    const [t] = await tablesOf(new Uint8Array(readFileSync(path.join(icdar, 'us-032.pdf'))), 'us-032.pdf');
    const rows = rowTexts(t!);
    expect(rows).toContain('Stationary:');
    expect(rows.some((r) => r.startsWith('Major|Emissions of 10 tons per year or'))).toBe(true);
    expect(rows.some((r) => r.startsWith('Non-road|Emissions from a diverse'))).toBe(true);
  });
});

describe('lattice bands holding short lines that line up across columns (refine.ts hiddenRowCuts)', () => {
  const head: Op[] = [
    { text: '任务', x: 55, y: 114 },
    { text: '单位', x: 85, y: 114 },
    { text: '措施', x: 115, y: 114 },
  ];

  it('cuts a band whose cells stack short entries, one a line, into rows', async () => {
    const ops: Op[] = [...grid([50, 150, 250, 350], [100, 120, 190])];
    ['甲组', '乙组', '丙组'].forEach((s, k) => ops.push({ text: s, x: 55, y: 140 + 15 * k }));
    ['市委', '市政府', '市财政局'].forEach((s, k) => ops.push({ text: s, x: 155, y: 140 + 15 * k }));
    ['一项', '二项', '三项'].forEach((s, k) => ops.push({ text: s, x: 255, y: 140 + 15 * k }));
    ops.push({ text: '组别', x: 55, y: 114 }, { text: '单位', x: 155, y: 114 }, { text: '事项', x: 255, y: 114 });
    const [t] = await tablesOf(makePdf([ops]));
    expect(rowTexts(t!)).toEqual(['组别|单位|事项', '甲组|市委|一项', '乙组|市政府|二项', '丙组|市财政局|三项']);
  });

  it('keeps a ruled row whole when its narrow cells wrap one paragraph each over lines that line up', async () => {
    // Columns two characters wide: 夯实|质量|基础 and 市市|场监|管局 fill their cells line by
    // line, on the same baselines, like stacked entries; they are paragraphs wrapped at the edge.
    const ops: Op[] = [...grid([50, 80, 110, 250], [100, 120, 190]), ...head];
    ['夯实', '质量', '基础'].forEach((s, k) => ops.push({ text: s, x: 55, y: 140 + 15 * k }));
    ['市市', '场监', '管局'].forEach((s, k) => ops.push({ text: s, x: 85, y: 140 + 15 * k }));
    ops.push({ text: '推进检验检测', x: 115, y: 140 });
    const [t] = await tablesOf(makePdf([ops]));
    expect(t!.rows.map((r) => r.cells.map((c) => c.lines))).toEqual([
      [['任务'], ['单位'], ['措施']],
      [['夯实质量基础'], ['市市场监管局'], ['推进检验检测']],
    ]);
  });
});
