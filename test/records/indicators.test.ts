// The records stage on grids built from cell texts other cities write: totals under a
// merged 考核项目 with a 分值 per row, a 序号 that goes with its merged group after a page
// break, merged-cell inference flagged whether or not the table has real spans.
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../pipeline/grid/index.ts';
import { stitchTables } from '../../pipeline/grid/stitch.ts';
import { detectLayout } from '../../pipeline/layout/index.ts';
import type { Block, SourceTable } from '../../pipeline/model.ts';
import { buildIndicatorRecords } from '../../pipeline/records/indicators.ts';
import { recordsContext, row, table } from './table-builder.ts';

const ctx = recordsContext({ region: { province: '湖南省', city: '常德市', county: null }, year: 2023 });

function records(blocks: Block[]) {
  const t = stitchTables(blocks, 'doc').blocks.find((b): b is SourceTable => b.kind === 'table')!;
  const grid = buildGrid(t, { documentId: 'doc', table: 1 }).value;
  return buildIndicatorRecords(grid, detectLayout(grid), ctx);
}

describe('totals of a scoring table', () => {
  const head = row('考核项目', '考核内容', '分值', '评分标准', '考核部门');
  it('a 分值 per row under a merged 考核项目: each row counts, the 合计 matches', () => {
    const out = records([
      table(
        head,
        row(['质量工作组织领导', 3], '成立质量强市工作领导小组。', '5', '成立的得5分。', '市市场监管局'),
        row('将质量工作纳入政府绩效考核。', '5', '纳入的得5分。', '市委组织部'),
        row('落实质量工作经费保障。', '3', '列入预算的得3分。', '市财政局'),
        row(['质量基础建设', 2], '加强计量能力建设。', '5', '每新建1项得1分。', '市场监管局'),
        row('实施标准化战略。', '4', '每项得2分，最高4分。', '市质监局'),
        row(['合计', 1, 2], '22', '', ''),
      ),
    ]);
    expect(out.records.map((r) => [r.indicator, r.indicatorPoints])).toEqual([
      ['质量工作组织领导', 5],
      ['质量工作组织领导', 5],
      ['质量工作组织领导', 3],
      ['质量基础建设', 5],
      ['质量基础建设', 4],
    ]);
    expect(out.diagnostics.find((d) => d.code === 'total-row')!.message).toContain('add up to 22');
    expect(out.diagnostics.filter((d) => d.code === 'total-row-mismatch')).toEqual([]);
    // 考核部门 is the responsible department of the item
    expect(out.records[4]!.departments).toMatchObject([{ name: '市市场监督管理局', raw: '市质监局', role: 'responsible' }]);
  });

  it('a 合计 row with a note beside its figure is still a total row (checked, its note kept in the diagnostic)', () => {
    const out = records([
      table(head, row(['质量工作组织领导', 2], '成立质量强市工作领导小组。', '60', '成立的得60分。', '市市场监管局'), row('将质量工作纳入政府绩效考核。', '40', '纳入的得40分。', '市委组织部'), row('合计', '', '100', '各项得分之和，满分100分。', '')),
    ]);
    expect(out.records).toHaveLength(2);
    const total = out.diagnostics.filter((d) => d.code === 'total-row');
    expect(total).toHaveLength(1);
    expect(total[0]!.message).toContain('各项得分之和');
    expect(out.diagnostics.filter((d) => d.code === 'total-row-mismatch')).toEqual([]);
  });

  it('a 分值 cell merged with its 考核项目 counts once', () => {
    const out = records([
      table(
        head,
        row(['质量工作组织领导', 2], '成立质量强市工作领导小组。', ['10', 2], '成立的得5分。', '市市场监管局'),
        row('将质量工作纳入政府绩效考核。', '纳入的得5分。', '市委组织部'),
        row(['合计', 1, 2], '10', '', ''),
      ),
    ]);
    expect(out.records.map((r) => r.indicatorPoints)).toEqual([10, 10]);
    expect(out.diagnostics.filter((d) => d.code === 'total-row-mismatch')).toEqual([]);
  });
});

describe('points of an indicator and of the rows under it', () => {
  const head = row('考核项目', '考核内容', '分值', '评分标准');
  it('the indicator states its points (一、…（13分）): each row\'s 分值 is its criterion\'s, nothing dropped', () => {
    const out = records([
      table(
        head,
        row(['一、质量工作组织领导（13分）', 3], '1.成立质量强市工作领导小组。', '5分', '成立的得5分。'),
        row('2.将质量工作纳入政府绩效考核。', '5分', '纳入的得5分。'),
        row('3.落实质量工作经费保障。', '3分', '列入预算的得3分。'),
        row(['合  计', 1, 2], '13分', ''),
      ),
    ]);
    expect(out.records.map((r) => [r.indicatorCode, r.indicator, r.indicatorPoints, r.criterionCode, r.criterionPoints])).toEqual([
      ['1', '质量工作组织领导', 13, '1', 5],
      ['1', '质量工作组织领导', 13, '2', 5],
      ['1', '质量工作组织领导', 13, '3', 3],
    ]);
    expect(out.records[0]!.flags).toContain('criterion-points-from-column');
    expect(out.diagnostics.filter((d) => d.code === 'total-row-mismatch')).toEqual([]);
  });

  it('a 分值 cell merged with the indicator and saying the same amount stays the indicator\'s', () => {
    const out = records([
      table(head, row(['质量基础建设（9分）', 2], '加强计量能力建设。', ['9', 2], '每新建1项得1分。'), row('实施标准化战略。', '每项得2分。')),
    ]);
    expect(out.records.map((r) => [r.indicatorPoints, r.criterionPoints])).toEqual([
      [9, null],
      [9, null],
    ]);
  });
});

describe('a merged group continued after a page break', () => {
  const head = row('序号', '重点任务', '具体措施', '责任单位', '完成时限');
  it('the continuation rows under the group take its 序号 and its text, flagged', () => {
    const out = records([
      table(head, row(['1', 2], ['实施质量提升行动', 2], '制定质量提升行动方案。', '市市场监管局', '2023年底前'), row('开展重点产品质量攻关。', '市工信局', '长期坚持')),
      { kind: 'paragraph', text: '续表', page: null },
      table(head, row('', '', '组织企业实施质量改进项目。', '市工信局', '每年'), row('2', '夯实质量基础', '推进检验检测一站式服务。', '市市场监管局', '2024年6月')),
    ]);
    expect(out.records.map((r) => [r.indicatorCode, r.criterion, r.task])).toEqual([
      ['1', '实施质量提升行动', '制定质量提升行动方案。'],
      ['1', '实施质量提升行动', '开展重点产品质量攻关。'],
      ['1', '实施质量提升行动', '组织企业实施质量改进项目。'],
      ['2', '夯实质量基础', '推进检验检测一站式服务。'],
    ]);
    expect(out.records[2]!.flags).toEqual(['filled-from-merged-cell', 'header-repeat-skipped']);
    expect(out.records[3]!.flags).toEqual([]);
  });

  it('department and deadline cells merged down to the page break carry on to the empty cells after it', () => {
    const h = row('序号', '重点任务', '具体措施', '牵头单位', '完成时限');
    const out = records([
      table(h, row(['1', 2], ['实施质量提升行动', 2], '制定质量提升行动方案。', ['市市场监管局', 2], ['2023年底前', 2]), row('开展重点产品质量攻关。')),
      { kind: 'paragraph', text: '续表', page: null },
      table(h, row('', '', '组织企业实施质量改进项目。', '', ''), row('2', '夯实质量基础', '推进检验检测一站式服务。', '市科技局', '')),
    ]);
    expect(out.records.map((r) => [r.indicatorCode, r.departments.map((d) => `${d.name}:${d.role}`), r.deadline?.end ?? null])).toEqual([
      ['1', ['市市场监督管理局:lead'], '2023-12'],
      ['1', ['市市场监督管理局:lead'], '2023-12'],
      ['1', ['市市场监督管理局:lead'], '2023-12'],
      // a row with cells of its own after the break inherits nothing: an empty deadline stays empty
      ['2', ['市科学技术局:lead'], null],
    ]);
    expect(out.records[2]!.flags).toEqual(['deadline-inherited', 'department-inherited', 'filled-from-merged-cell', 'header-repeat-skipped']);
  });

  it('a group whose last row before the page break is one row high still carries its department to the empty cells after it (a PDF cannot show the merge goes on)', () => {
    const h = row('序号', '重点任务', '具体措施', '责任单位', '完成时限');
    const out = records([
      table(h, row('1', '加强质量宣传', '开展质量月活动。', '市委宣传部、市市场监管局', '每年')),
      { kind: 'paragraph', text: '续表', page: null },
      table(h, row('', '', '开展世界计量日宣传。', '', ''), row('2', '夯实质量基础', '推进检验检测一站式服务。', '市科技局', '2024年6月')),
    ]);
    expect(out.records.map((r) => [r.indicatorCode, r.departments.map((d) => d.name), r.deadline?.frequency ?? null])).toEqual([
      ['1', ['市委宣传部', '市市场监督管理局'], 'yearly'],
      ['1', ['市委宣传部', '市市场监督管理局'], 'yearly'],
      ['2', ['市科学技术局'], null],
    ]);
    expect(out.records[1]!.flags).toEqual(['deadline-inherited', 'department-inherited', 'filled-from-merged-cell', 'header-repeat-skipped']);
  });

  it('a 牵头单位 carried over the page break keeps its place before the row\'s own 配合单位 (departments in the order written)', () => {
    const h = row('序号', '重点任务', '具体措施', '牵头单位', '配合单位');
    const out = records([
      table(h, row(['1', 2], ['实施质量提升行动', 2], '制定质量提升行动方案。', ['市市场监管局', 2], '市发改委'), row('开展重点产品质量攻关。', '市工信局')),
      { kind: 'paragraph', text: '续表', page: null },
      table(h, row('', '', '组织企业实施质量改进项目。', '', '市科技局、市财政局')),
    ]);
    expect(out.records.map((r) => r.departments.map((d) => `${d.name}:${d.role}`))).toEqual([
      ['市市场监督管理局:lead', '市发展和改革委员会:support'],
      ['市市场监督管理局:lead', '市工业和信息化局:support'],
      ['市市场监督管理局:lead', '市科学技术局:support', '市财政局:support'],
    ]);
    expect(out.records[2]!.flags).toContain('department-inherited');
  });

  it('a one-row department cell before the page break is not copied into an empty cell after it', () => {
    const h = row('序号', '工作任务', '责任单位');
    const section = row(['一、夯实质量基础', 1, 3]);
    const out = records([table(h, section, row('1', '制定方案。', '市市场监管局')), { kind: 'paragraph', text: '续表', page: null }, table(h, row('2', '开展宣传。', ''))]);
    expect(out.records[1]!.departments).toEqual([]);
  });

  it('a 序号 per row under a merged group is not copied to an unnumbered row', () => {
    const out = records([
      table(head, row('1', ['实施质量提升行动', 2], '制定质量提升行动方案。', '市市场监管局', '2023年底前'), row('', '开展重点产品质量攻关。', '市工信局', '长期坚持')),
    ]);
    expect(out.records.map((r) => [r.indicatorCode, r.criterion])).toEqual([
      ['1', '实施质量提升行动'],
      [null, '实施质量提升行动'],
    ]);
  });
});

describe('a deadline written as 开始时间 | 完成时间', () => {
  it('the two cells make one range; a start alone is a start', () => {
    const out = records([
      table(
        row('序号', '工作措施', '责任单位', '开始时间', '完成时间'),
        row('1', '开展消费品质量提升行动。', '市市场监管局', '2023年3月', '2023年12月'),
        row('2', '实施农产品质量安全提升工程。', '市农业农村局', '2023年', '2025年'),
        row('3', '推进质量基础设施建设。', '市市场监管局', '2023年6月', ''),
        row('4', '开展质量宣传。', '市委宣传部', '', '2023年9月'),
      ),
    ]);
    expect(out.records.map((r) => { const d = r.deadline!; return [d.raw, d.kind, d.start, d.end]; })).toEqual([
      ['2023年3月—2023年12月', 'range', '2023-03', '2023-12'],
      ['2023年—2025年', 'range', '2023', '2025'],
      ['2023年6月起', 'ongoing', '2023-06', null],
      ['2023年9月', 'date', null, '2023-09'],
    ]);
    expect(out.records[0]!.flags).toEqual(['deadline-from-start-and-end']);
    expect(out.records[0]!.provenance.cells).toMatchObject({ deadline: '2023年3月', 'deadline:column5': '2023年12月' });
  });
});

describe('a row that makes no record', () => {
  it('keeps its text outside the hierarchy columns in a row-without-record diagnostic', () => {
    const res = records([
      table(
        row('指标项', '考核内容', '分值', '评分标准', ''),
        row('质量基础', '', '', '', '另行制定细则'),
        row('', '计量器具检定率达到95%', '5', '每降低1个百分点扣1分', ''),
      ),
    ]);
    expect(res.records.map((r) => [r.dimension, r.criterion, r.indicatorPoints])).toEqual([['质量基础', '计量器具检定率达到95%', 5]]);
    const kept = res.diagnostics.filter((d) => d.code === 'row-without-record');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.message).toContain('另行制定细则');
    expect(kept[0]!.location).toMatchObject({ table: 1, row: 2 });
  });

  it('says nothing when the row only sets the hierarchy', () => {
    const res = records([table(row('指标项', '考核内容', '分值', '评分标准'), row('质量基础', '', '', ''), row('', '计量器具检定率达到95%', '5', '每降低1个百分点扣1分'))]);
    expect(res.records).toHaveLength(1);
    expect(res.diagnostics.filter((d) => d.code === 'row-without-record')).toEqual([]);
  });
});
