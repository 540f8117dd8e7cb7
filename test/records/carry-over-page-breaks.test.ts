// A 牵头单位 (or 完成时限) merged over a group that runs over several pages: in a PDF each page
// shows only its piece, the pages between holding nothing in that column. The cell carried over
// the first break goes on over each later break while every row of the group up to it took it;
// a row of a new group ends it.
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../pipeline/grid/index.ts';
import { stitchTables } from '../../pipeline/grid/stitch.ts';
import { detectLayout } from '../../pipeline/layout/index.ts';
import type { Block, SourceTable } from '../../pipeline/model.ts';
import { buildIndicatorRecords } from '../../pipeline/records/indicators.ts';
import { recordsContext, row, table } from './table-builder.ts';

const ctx = recordsContext({ file: 'f.pdf', format: 'pdf' as const, region: { province: '湖南省', city: '常德市', county: null }, year: 2023 });
const cont: Block = { kind: 'paragraph', text: '续表', page: null };
const h = row('序号', '重点任务', '具体措施', '牵头单位', '完成时限');

function records(blocks: Block[]) {
  const t = stitchTables(blocks, 'doc').blocks.find((b): b is SourceTable => b.kind === 'table')!;
  const grid = buildGrid(t, { documentId: 'doc', table: 1 }).value;
  return buildIndicatorRecords(grid, detectLayout(grid), ctx).records;
}
const summary = (rs: ReturnType<typeof records>) => rs.map((r) => [r.indicatorCode, r.departments.map((d) => d.name).join('、'), r.deadline?.end ?? null]);

describe('a department and deadline merged over a group running over several page breaks', () => {
  it('carried over every break while the group goes on, a whole page of empty cells between', () => {
    const out = records([
      table(h, row(['1', 2], ['实施质量提升行动', 2], '制定质量提升行动方案。', ['市市场监管局', 2], ['2023年底前', 2]), row('开展重点产品质量攻关。')),
      cont,
      table(h, row('', '', '组织企业实施质量改进项目。', '', ''), row('', '', '推进质量基础设施一站式服务。', '', '')),
      cont,
      table(h, row('', '', '开展质量月活动。', '', ''), row('2', '夯实质量基础', '推进检验检测机构整合。', '市科技局', '2024年6月')),
    ]);
    expect(summary(out)).toEqual([
      ['1', '市市场监督管理局', '2023-12'],
      ['1', '市市场监督管理局', '2023-12'],
      ['1', '市市场监督管理局', '2023-12'],
      ['1', '市市场监督管理局', '2023-12'],
      ['1', '市市场监督管理局', '2023-12'],
      ['2', '市科学技术局', '2024-06'],
    ]);
    expect(out[4]!.flags).toEqual(expect.arrayContaining(['deadline-inherited', 'department-inherited']));
  });

  it('not carried into a new group: a group starting after the first break with empty cells keeps them empty, on that page and after the next break', () => {
    const out = records([
      table(h, row(['1', 2], ['实施质量提升行动', 2], '制定质量提升行动方案。', ['市市场监管局', 2], ['2023年底前', 2]), row('开展重点产品质量攻关。')),
      cont,
      table(h, row('', '', '组织企业实施质量改进项目。', '', ''), row('2', '夯实质量基础', '推进检验检测机构整合。', '', ''), row('', '', '开展计量能力提升行动。', '', '')),
      cont,
      table(h, row('', '', '开展质量月活动。', '', '')),
    ]);
    expect(summary(out)).toEqual([
      ['1', '市市场监督管理局', '2023-12'],
      ['1', '市市场监督管理局', '2023-12'],
      ['1', '市市场监督管理局', '2023-12'],
      ['2', '', null],
      ['2', '', null],
      ['2', '', null],
    ]);
  });

  it('not carried over a second break when the rows of the page between did not take it (cells of their own)', () => {
    const out = records([
      table(h, row(['1', 2], ['实施质量提升行动', 2], '制定质量提升行动方案。', ['市市场监管局', 2], ['2023年底前', 2]), row('开展重点产品质量攻关。')),
      cont,
      table(h, row('', '', '组织企业实施质量改进项目。', '', ''), row('', '', '推进质量基础设施一站式服务。', '市工信局', '长期坚持'), row('', '', '开展质量提升示范。', '', '')),
      cont,
      table(h, row('', '', '开展质量月活动。', '', '')),
    ]);
    expect(summary(out).map((s) => s[1])).toEqual(['市市场监督管理局', '市市场监督管理局', '市市场监督管理局', '市工业和信息化局', '', '']);
  });
});
