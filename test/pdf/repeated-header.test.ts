// repeatedHeaderRows on the grid a ruled two-row header gives: 序号/重点任务/完成时限
// merged over both header rows, 责任单位 over 牵头单位/配合单位 (the layout of
// samples/006-changde.pdf, printed by LibreOffice with the header repeated).
import { describe, expect, it } from 'vitest';
import { repeatedHeaderRows } from '../../parsers/pdf/continuation.ts';
import type { GridCell, PageTable } from '../../parsers/pdf/table.ts';

const cell = (r: number, c: number, text: string, rs = 1, cs = 1): GridCell => ({ r, c, rs, cs, bbox: [c * 10, r * 10, (c + cs) * 10, (r + rs) * 10], runs: [], lines: text ? [text] : [] });

function part(page: number, body: GridCell[][]): PageTable {
  const head = [cell(0, 0, '序号', 2), cell(0, 1, '重点任务', 2), cell(0, 2, '责任单位', 1, 2), cell(0, 4, '完成时限', 2), cell(1, 2, '牵头单位'), cell(1, 3, '配合单位')];
  const cells = [...head, ...body.flat()];
  const rows = 2 + body.length;
  return { page, mode: 'lattice', bbox: [0, 0, 50, rows * 10], xs: [0, 10, 20, 30, 40, 50], ys: Array.from({ length: rows + 1 }, (_, i) => i * 10), cells };
}
const row = (r: number, ...t: string[]) => t.map((x, c) => cell(r, c, x));

describe('repeatedHeaderRows', () => {
  it('a two-row header whose cells are merged over both rows is repeated as 2 rows', () => {
    const first = part(1, [row(2, '1', '实施质量提升行动', '市市场监管局', '市发改委', '2023年底前')]);
    const next = part(2, [row(2, '2', '夯实质量基础', '市科技局', '市财政局', '每年'), row(3, '3', '加强品牌建设', '市商务局', '', '长期')]);
    expect(repeatedHeaderRows(first, next)).toBe(2);
  });

  it('no repeated header when the next page starts with data', () => {
    const first = part(1, [row(2, '1', '实施质量提升行动', '市市场监管局', '市发改委', '2023年底前')]);
    const next: PageTable = { ...first, page: 2, cells: [...row(0, '2', '夯实质量基础', '市科技局', '市财政局', '每年'), ...row(1, '3', '加强品牌建设', '市商务局', '', '长期'), ...row(2, '4', '提升服务质量', '市商务局', '', '长期')], ys: [0, 10, 20, 30] };
    expect(repeatedHeaderRows(first, next)).toBe(0);
  });

  it('a header row whose merged cell runs into the body is not a header of its own', () => {
    // only the first row repeats; its 序号 runs into a data row: nothing is taken as header
    const first = part(1, [row(2, '1', '实施质量提升行动', '市市场监管局', '市发改委', '2023年底前')]);
    const next = part(2, [row(2, '2', '夯实质量基础', '市科技局', '市财政局', '每年')]);
    next.cells = next.cells.filter((c) => !(c.r === 1));
    next.cells.push(cell(1, 2, '其他'), cell(1, 3, '单位'));
    expect(repeatedHeaderRows(first, next)).toBe(0);
  });
});
