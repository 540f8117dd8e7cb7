// Tables continued after a page break: `续表` written as a paragraph, as the first row of
// the continuation, or as a row inside one long table; continuations with and without a
// repeated header row. Cell texts as other cities write them.
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../pipeline/grid/index.ts';
import { continuationTitleOf, stitchTables } from '../../pipeline/grid/stitch.ts';
import type { Block, SourceRow, SourceTable } from '../../pipeline/model.ts';
import { cell } from '../../pipeline/model.ts';

const row = (...texts: string[]): SourceRow => ({ header: false, pageBreakBefore: false, cells: texts.map((t) => cell(t ? [t] : [])) });
const spanRow = (text: string, cols: number): SourceRow => ({ header: false, pageBreakBefore: false, cells: [cell([text], 1, cols)] });
const table = (...rows: SourceRow[]): SourceTable => ({ kind: 'table', mode: 'docx', pages: [], rows });
const para = (text: string): Block => ({ kind: 'paragraph', text, page: null });
const HEAD = ['序号', '工作任务', '责任单位', '完成时限'];

function stitchedGrid(blocks: Block[]) {
  const out = stitchTables(blocks, 'doc');
  const tables = out.blocks.filter((b): b is SourceTable => b.kind === 'table');
  expect(tables).toHaveLength(1);
  const g = buildGrid(tables[0]!, { documentId: 'doc', table: 1 });
  return { grid: g.value, codes: [...out.diagnostics, ...g.diagnostics].map((d) => d.code) };
}
const firstCells = (grid: ReturnType<typeof stitchedGrid>['grid']) => grid.at.map((r) => r[0]!.lines.join(''));

describe('continued tables', () => {
  it('a 续表 title row opening the continuation is dropped and the header after it skipped', () => {
    const { grid, codes } = stitchedGrid([
      table(row(...HEAD), row('1', '制定质量提升行动方案。', '市市场监管局', '2023年底前')),
      table(spanRow('续表', 4), row(...HEAD), row('2', '开展重点产品质量攻关。', '市工信局', '长期坚持')),
    ]);
    expect(firstCells(grid)).toEqual(['序号', '1', '2']);
    expect(grid.rowInfo[2]!.flags).toEqual(['header-repeat-skipped']);
    expect(codes).toEqual(expect.arrayContaining(['continuation-title-skipped', 'header-repeat-skipped']));
  });

  it('a continuation without a header row after 续表 is stitched, flagged table-stitched (no header was skipped)', () => {
    const { grid, codes } = stitchedGrid([
      table(row(...HEAD), row('6', '开展服务业质量满意度测评。', '市发改委', '2024年')),
      para('续表'),
      table(row('7', '推进质量基础设施“一站式”服务。', '市市场监管局', '长期')),
    ]);
    expect(firstCells(grid)).toEqual(['序号', '6', '7']);
    expect(grid.rowInfo[2]!.flags).toEqual(['table-stitched']);
    expect(codes).not.toContain('header-repeat-skipped');
  });

  it('a 续表 row and the repeated header inside one table are removed, not read as a section', () => {
    const { grid, codes } = stitchedGrid([
      table(row(...HEAD), row('1', '制定质量提升行动方案。', '市市场监管局', '2023年底前'), spanRow('续表', 4), row(...HEAD), row('2', '开展重点产品质量攻关。', '市工信局', '每年')),
    ]);
    expect(firstCells(grid)).toEqual(['序号', '1', '2']);
    expect(grid.rowInfo[2]!.flags).toEqual(['header-repeat-skipped']);
    expect(codes.filter((c) => c === 'continuation-title-skipped')).toHaveLength(1);
  });

  it('a table without a header row right after a table with one (a page break, no 续表) continues it', () => {
    const { grid, codes } = stitchedGrid([
      table(row(...HEAD), row('1', '开展质量提升示范区创建。', '市市场监管局', '2023年12月')),
      table(row('2', '推进农产品质量安全追溯体系建设。', '市农业农村局', '2023年底')),
    ]);
    expect(firstCells(grid)).toEqual(['序号', '1', '2']);
    expect(grid.rowInfo[2]!.flags).toEqual(['table-stitched']);
    expect(codes).toContain('table-stitched');
  });

  it('tables with their own header rows, or of another width, stay apart', () => {
    const two = (a: SourceTable, b: SourceTable) => stitchTables([a, b], 'doc').blocks.filter((x) => x.kind === 'table');
    expect(two(table(row(...HEAD), row('1', '任务', '市商务局', '每年')), table(row('序号', '指标名称', '目标值', '备注'), row('1', '合格率', '95%', '')))).toHaveLength(2);
    expect(two(table(row(...HEAD), row('1', '任务', '市商务局', '每年')), table(row('城市名称', '常德市'), row('城市类别', '地级城市')))).toHaveLength(2);
    // a first table without a header is not continued by guess
    expect(two(table(row('1', '任务', '市商务局', '每年')), table(row('2', '任务', '市商务局', '每年')))).toHaveLength(2);
  });

  it('a table whose first row is 续表 with no table before it keeps the row (a caption)', () => {
    const out = stitchTables([para('附件2'), table(spanRow('续表', 4), row(...HEAD), row('1', '任务', '市商务局', '每年'))], 'doc');
    const t = out.blocks.find((b): b is SourceTable => b.kind === 'table')!;
    expect(t.rows).toHaveLength(3);
  });

  it('continuationTitleOf: one filled cell starting with a continuation word', () => {
    expect(continuationTitleOf(['续表1 常德市重点任务分解表', '', ''])).toBe('续表1 常德市重点任务分解表');
    expect(continuationTitleOf(['接上表'])).toBe('接上表');
    expect(continuationTitleOf(['续表', '1'])).toBeNull();
    expect(continuationTitleOf(['持续推进'])).toBeNull();
  });
});

describe('a merged cell carried on across a split table', () => {
  const merged = (text: string, rowSpan: number) => cell([text], rowSpan);
  const carried = (rowSpan = 1, colSpan = 1) => ({ ...cell([], rowSpan, colSpan), continuesAbove: true });
  // 责任单位 merged over rows 1–2 of the upper part (the second row has no cell in that column)
  const upper = () =>
    table(
      row(...HEAD),
      { header: false, pageBreakBefore: false, cells: [cell(['1']), cell(['制定方案']), merged('市市场监管局', 2), cell(['2023年'])] },
      { header: false, pageBreakBefore: false, cells: [cell(['2']), cell(['开展质量月活动']), cell(['每年9月'])] },
    );

  it('joins a continuing cell of the lower part to the cell covering the upper part’s last row', () => {
    const lower = table(
      { header: false, pageBreakBefore: false, cells: [cell(['3']), cell(['培育名牌产品']), carried(2), cell(['2024年'])] },
      { header: false, pageBreakBefore: false, cells: [cell(['4']), cell(['建设计量中心']), cell(['2025年'])] },
      row('5', '开展标准化试点', '市商务局', '长期'),
    );
    const { grid, codes } = stitchedGrid([upper(), lower]);
    // 市市场监管局 now covers rows 2–5 of the grid (its own two and the two continued)
    const g = grid.at[1]![2]!;
    expect([g.r, g.rs, g.lines]).toEqual([1, 4, ['市市场监管局']]);
    expect(grid.at.map((r) => r[2]!.lines.join(''))).toEqual(['责任单位', '市市场监管局', '市市场监管局', '市市场监管局', '市市场监管局', '市商务局']);
    expect(grid.at[3]!.map((c) => c.lines.join(''))).toEqual(['3', '培育名牌产品', '市市场监管局', '2024年']);
    expect(codes).toContain('merge-continued');
  });

  it('leaves the cell alone when it holds text, is not marked, or spans other columns than the cell above', () => {
    for (const c of [{ ...cell(['市工信局']), continuesAbove: true }, cell([]), carried(1, 2)]) {
      const cells = c.colSpan === 2 ? [cell(['3']), cell(['培育名牌产品']), c] : [cell(['3']), cell(['培育名牌产品']), c, cell(['2024年'])];
      const { grid, codes } = stitchedGrid([upper(), table({ header: false, pageBreakBefore: false, cells })]);
      expect(grid.at[3]![2]!.r).toBe(3);
      expect(codes).not.toContain('merge-continued');
    }
  });
});
