// The rules added for the fifth round of unseen layouts, each on the smallest table that
// shows it and on the table that must not trigger it: a points column per level, a hierarchy
// written as dotted codes on rows of their own, a target column left empty, `/` alone in a
// column without a field, and a person's line in a department cell.
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../pipeline/grid/index.ts';
import { detectLayout } from '../../pipeline/layout/index.ts';
import type { SourceRow, SourceTable } from '../../pipeline/model.ts';
import { buildIndicatorRecords } from '../../pipeline/records/indicators.ts';
import { recordsContext, row } from './table-builder.ts';

const ctx = recordsContext();
function build(...rows: SourceRow[]) {
  const t: SourceTable = { kind: 'table', mode: 'docx', pages: [], rows };
  const grid = buildGrid(t, { documentId: 'doc', table: 1 }).value;
  const layout = detectLayout(grid);
  return { layout, ...buildIndicatorRecords(grid, layout, ctx) };
}
const fields = (l: ReturnType<typeof build>['layout']) => l.columns.map((m) => m && m.field);

describe('a points column after each level', () => {
  it('权重 after 一级指标, 分值 after 二级 and after 三级: each level its own points', () => {
    const out = build(
      row('一级指标', '权重', '二级指标', '分值', '三级指标', '分值'),
      row(['产出', 2], ['30', 2], ['数量', 2], ['20', 2], '检疫完成率', '12'),
      row('监测完成率', '8'),
    );
    expect(fields(out.layout)).toEqual(['dimension', 'dimensionPoints', 'subdimension', 'notes', 'indicator', 'indicatorPoints']);
    expect(out.records.map((r) => [r.dimensionPoints, r.indicatorPoints, r.notes])).toEqual([
      [30, 12, '二级指标分值：20'],
      [30, 8, '二级指标分值：20'],
    ]);
  });

  it('one 分值 column keeps the usual reading', () => {
    const out = build(row('一级指标', '二级指标', '三级指标', '分值', '评分标准'), row('质量发展', '质量规划', '制定规划', '5', '出台的得5分。'));
    expect(fields(out.layout)).toEqual(['dimension', 'subdimension', 'indicator', 'indicatorPoints', 'scoringMethod']);
    expect(out.records[0]).toMatchObject({ indicatorPoints: 5, dimensionPoints: null, notes: null });
  });
});

describe('a hierarchy written as dotted codes on rows of their own', () => {
  const head = row('编号', '评定项目', '分数', '评分细则');
  it('group rows head the items under them; an item without items is a record', () => {
    const out = build(head, row('1', '组织管理', '5', ''), row('1.1', '机构', '3', ''), row('1.1.1', '设置档案机构', '2', '设置的得2分。'), row('1.1.2', '建立制度', '1', '建立的得1分。'), row('1.2', '人员', '2', ''));
    expect(out.records.map((r) => [r.dimensionCode, r.dimension, r.dimensionPoints, r.indicatorCode, r.indicator, r.indicatorPoints, r.criterionCode, r.criterion, r.criterionPoints])).toEqual([
      ['1', '组织管理', 5, '1.1', '机构', 3, '1.1.1', '设置档案机构', 2],
      ['1', '组织管理', 5, '1.1', '机构', 3, '1.1.2', '建立制度', 1],
      ['1', '组织管理', 5, '1.2', '人员', 2, null, null, null],
    ]);
    expect(out.records.map((r) => r.seq)).toEqual([1, 2, 3]);
    // the group rows' cells travel with their items
    expect(out.records[0]!.provenance.cells).toMatchObject({ dimension: '组织管理', indicator: '机构', criterion: '设置档案机构' });
  });

  it('a group row holding a rule of its own is left as it is', () => {
    const out = build(head, row('1', '组织管理', '5', '总体评价。'), row('1.1', '机构', '3', ''), row('1.1.1', '设置档案机构', '2', '设置的得2分。'));
    expect(out.records).toHaveLength(3);
    expect(out.records.some((r) => r.flags.includes('hierarchy-from-codes'))).toBe(false);
  });

  it('codes that never nest (1, 2, 3) are a plain list', () => {
    const out = build(head, row('1', '组织管理', '5', '得5分。'), row('2', '机构', '3', '得3分。'));
    expect(out.records.map((r) => r.indicatorCode)).toEqual(['1', '2']);
    expect(out.records.some((r) => r.dimension !== null)).toBe(false);
  });
});

describe('targets, placeholders and people', () => {
  it('a target column empty on every row does not take the target from a filled one', () => {
    const out = build(row('指标', '计量单位', '目标值(标准)', '指标值'), row('完成率', '%', '100', ''));
    expect(out.records[0]).toMatchObject({ target: '100', notes: null });
    // (标准) in the header is no unit; the 计量单位 column gives it
    expect(out.records[0]!.targetValue).toMatchObject({ value: 100, unit: '%' });
  });

  it('/ alone in a column without a field adds no note; other text there still does', () => {
    const out = build(row('指标', '目标值', '数据项'), row('完成率', '100%', '/'), row('检出率', '5%', '另报'));
    // (the note keeps the column's header as its label: round 6)
    expect(out.records.map((r) => r.notes)).toEqual([null, '数据项：另报']);
    expect(out.records[0]!.provenance.cells).toMatchObject({ column3: '/' });
  });

  it('a line naming a person in a department cell is a note; the units keep their labels', () => {
    const out = build(row('重点工作', '责任分工'), row('地区生产总值增长8%以上。', ['牵头负责领导：金力。\n牵头单位：市发改委\n配合单位：市统计局', 1]));
    expect(out.records[0]!.notes).toBe('牵头负责领导：金力');
    expect(out.records[0]!.departments.map((d) => [d.name, d.role])).toEqual([
      ['市发展和改革委员会', 'lead'],
      ['市统计局', 'support'],
    ]);
  });
});

describe('headers read by their last word; points of two schemes; one target per unit', () => {
  it('目标任务考核指标权重 is a weight: two of them after one level, the first is the points', () => {
    const out = build(row('序号', '考评指标', '目标任务考核指标权重', '发展成效考核指标权重'), row('1', '地区生产总值', '10', '6'), row('2', '新兴产业比重', '', '5'));
    expect(fields(out.layout)).toEqual(['indicatorCode', 'indicator', 'indicatorPoints', 'notes']);
    expect(out.records.map((r) => [r.indicatorPoints, r.notes])).toEqual([
      [10, '发展成效考核指标权重：6'],
      [null, '发展成效考核指标权重：5'],
    ]);
  });

  it('a target header spanning one column per unit: each unit a note, no target; dated sub-columns keep the latest', () => {
    const perUnit = build(
      row(['考核指标', 2], ['考核目标', 1, 3], ['基本分', 2]),
      row('甲县', '乙县', '丙县'),
      row('绿化面积（公顷）', '1', '/', '3', '10'),
    );
    expect(perUnit.records[0]).toMatchObject({ indicator: '绿化面积（公顷）', indicatorPoints: 10, target: null, notes: '甲县：1；丙县：3' });
    const dated = build(row(['指标', 2], ['目标值', 1, 3]), row('2020年', '2021年', '2022年'), row('合格率', '90%', '92%', '95%'));
    expect(dated.records[0]).toMatchObject({ target: '95%', targetDate: '2022' });
  });
});

describe('two requirement columns under an item column', () => {
  it('考核项目 | 考核要点 | 考核内容: everything shifts up a level', () => {
    const out = build(row('考核项目', '考核要点', '分值', '考核内容', '评分标准'), row('1.组织保障（20分）', '1.1纳入考核', '20', '1.1.1纳入政府目标考核。（20分）', '纳入的得20分。'));
    expect(fields(out.layout)).toEqual(['dimension', 'indicator', 'indicatorPoints', 'criterion', 'scoringMethod']);
    expect(out.records[0]).toMatchObject({ dimension: '组织保障', indicatorCode: '1.1', indicator: '纳入考核', criterionCode: '1.1.1', criterionPoints: 20 });
  });

  it('with a dimension column already there, nothing moves', () => {
    const out = build(row('一级指标', '考核项目', '考核要点', '考核内容'), row('保障', '组织', '纳入考核', '纳入政府目标考核。'));
    expect(fields(out.layout)).toEqual(['dimension', 'indicator', 'criterion', 'criterion']);
    // the two texts the hierarchy cannot hold apart are both kept
    expect(out.records[0]!.criterion).toBe('纳入考核；纳入政府目标考核。');
  });
});

