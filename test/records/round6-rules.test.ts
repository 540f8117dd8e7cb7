// The records rules added for the sixth round of unseen layouts (test/e2e/unseen-layouts-6.test.ts),
// each on the smallest table that shows it and on the tables that must not trigger it: milestones
// under period sub-columns (一季度 … 四季度) make the deadline; a cell of several numbered items
// keeps its text whole; several notes columns keep the order written; a column under a header no
// field word matched keeps that header as its note's label.
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../pipeline/grid/index.ts';
import { detectLayout } from '../../pipeline/layout/index.ts';
import type { SourceRow, SourceTable } from '../../pipeline/model.ts';
import { buildIndicatorRecords } from '../../pipeline/records/indicators.ts';
import { head, recordsContext, row } from './table-builder.ts';

function build(year: number | null, ...rows: SourceRow[]) {
  const t: SourceTable = { kind: 'table', mode: 'docx', pages: [], rows };
  const grid = buildGrid(t, { documentId: 'doc', table: 1 }).value;
  const layout = detectLayout(grid);
  return { layout, ...buildIndicatorRecords(grid, layout, recordsContext({ year })) };
}

describe('milestones under period sub-columns', () => {
  const quarters = [head(['序号', 2], ['重点工作', 2], ['责任单位', 2], ['时间进度', 1, 4]), head('一季度', '二季度', '三季度', '四季度')];

  it('the row is due in the last period holding a milestone; the milestones are the raw text', () => {
    const out = build(2024, ...quarters, row('1', '开展质量奖评选。', '县市场监管局', '制定方案', '组织申报', '', ''), row('2', '开展自评。', '县市场监管局', '', '', '', '形成报告'));
    expect(out.records.map((r) => [r.deadline?.raw, r.deadline?.kind, r.deadline?.end])).toEqual([
      ['一季度：制定方案；二季度：组织申报', 'date', '2024-06'],
      ['四季度：形成报告', 'date', '2024-12'],
    ]);
    expect(out.records.every((r) => r.flags.includes('deadline-from-periods'))).toBe(true);
    expect(out.diagnostics.filter((d) => d.code === 'deadline-not-understood')).toEqual([]);
  });

  it('the year a spanning header states dates them, before the document year', () => {
    const out = build(2023, head(['序号', 2], ['重点工作', 2], ['2025年进度安排', 1, 2]), head('上半年', '下半年'), row('1', '开展质量奖评选。', '组织申报', ''));
    expect(out.records[0]!.deadline).toMatchObject({ raw: '上半年：组织申报', kind: 'date', end: '2025-06' });
  });

  it('month ends (3月底 … 12月底) are periods too', () => {
    const out = build(2024, head(['序号', 2], ['重点工作', 2], ['进度安排', 1, 4]), head('3月底', '6月底', '9月底', '12月底'), row('1', '开展质量奖评选。', '制定方案', '组织申报', '开展评审', ''));
    expect(out.records[0]!.deadline).toMatchObject({ raw: '3月底：制定方案；6月底：组织申报；9月底：开展评审', kind: 'date', end: '2024-09' });
  });

  it('a table without a header row and two date columns is read (no period labels to look for)', () => {
    const out = build(2024, row('1', '开展质量奖评选。', '县市场监管局', '2024年3月', '2024年9月'), row('2', '开展自评。', '县市场监管局', '2024年5月', '2024年12月'));
    expect(out.layout.headerRows).toBe(0);
    expect(out.records).toHaveLength(2);
    expect(out.records.some((r) => r.flags.includes('deadline-from-periods'))).toBe(false);
  });

  it('开始时间 | 完成时间 under one header stay a range, and sub-columns that are no periods are read as deadlines', () => {
    const range = build(2024, head(['序号', 2], ['重点工作', 2], ['时间安排', 1, 2]), head('开始时间', '完成时间'), row('1', '开展质量奖评选。', '2024年3月', '2024年9月'));
    expect(range.records[0]!.deadline).toMatchObject({ kind: 'range', start: '2024-03', end: '2024-09' });
    expect(range.records[0]!.flags).not.toContain('deadline-from-periods');
    // a single period column is a deadline like any other
    const one = build(2024, head('序号', '重点工作', '四季度'), row('1', '开展质量奖评选。', '公布结果'), row('2', '开展自评。', '形成报告'));
    expect(one.records.some((r) => r.flags.includes('deadline-from-periods'))).toBe(false);
  });
});

describe('a cell of several numbered items', () => {
  // a cell's lines are its paragraphs ([text, 1]: `\n` starts a new one)
  const table = (cell: string) => build(null, head('序号', '整改措施', '责任单位'), row('1', [cell, 1], '市市场监管局'), row('2', '2.建立考核结果通报制度。', '市财政局'));

  it('one item per line, numbered 1, 2: one leaf, its text whole, no code', () => {
    const out = table('1.新建社会公用计量标准5项。\n2.补齐强检项目检定能力短板。');
    expect(out.records.map((r) => [r.taskCode, r.task])).toEqual([
      [null, '1.新建社会公用计量标准5项。2.补齐强检项目检定能力短板。'],
      ['2', '建立考核结果通报制度。'],
    ]);
  });

  it('a numbered item with an unnumbered line under it keeps its code', () => {
    const out = table('1.新建社会公用计量标准5项。\n（市财政局保障经费）');
    expect(out.records[0]).toMatchObject({ taskCode: '1', task: '新建社会公用计量标准5项。（市财政局保障经费）' });
  });
});

describe('several notes columns', () => {
  it('are kept in the order written, each under its header', () => {
    const out = build(null, head('序号', '项目名称', '责任单位', '总投资（万元）', '年度投资（万元）', '备注'), row('1', '计量检定测试中心', '市市场监管局', '18000', '6000', '续建'), row('2', '检验检测中心', '市市场监管局', '25000', '5000', ''));
    expect(out.records.map((r) => r.notes)).toEqual(['总投资（万元）：18000；年度投资（万元）：6000；续建', '总投资（万元）：25000；年度投资（万元）：5000']);
  });
});

describe('a column under a header no field word matched', () => {
  it('keeps its header as the label of its note; under an empty header cell the value alone', () => {
    const out = build(null, head('序号', '重点任务', '推进方式', '责任单位'), row('1', '开展质量月活动。', '部门推进', '市市场监管局'), row('2', '创建示范城市。', '专班推进', '市市场监管局'));
    expect(out.records.map((r) => r.notes)).toEqual(['推进方式：部门推进', '推进方式：专班推进']);
    expect(out.records.every((r) => r.flags.includes('unmapped-cell-in-notes'))).toBe(true);
    // a column whose header cell is empty: the value alone
    const bare = build(null, head('序号', '重点任务', '', '责任单位'), row('1', '开展质量月活动。', '部门推进', '市市场监管局'), row('2', '创建示范城市。', '专班推进', '市市场监管局'));
    expect(bare.layout.columns[2]).toBeNull();
    expect(bare.records.map((r) => r.notes)).toEqual(['部门推进', '专班推进']);
  });
});

describe('a department column that also holds the deadline', () => {
  it('the pieces the deadline grammar reads are the deadline, the rest the units; a cell of units alone sets none', () => {
    const out = build(
      2024,
      head('序号', '重点任务', '责任单位及完成时限'),
      row('1', '制定年度工作要点。', ['市市场监管局\n2024年6月底前', 1]),
      row('2', '开展质量月活动。', '市委宣传部、市市场监管局；每年9月'),
      row('3', '建立质量工作考核机制。', '市委组织部、市政府办公室'),
    );
    expect(out.records.map((r) => [r.departments.map((d) => d.raw), r.deadline?.kind ?? null, r.deadline?.end ?? r.deadline?.month ?? null])).toEqual([
      [['市市场监管局'], 'date', '2024-06'],
      [['市委宣传部', '市市场监管局'], 'recurring', 9],
      [['市委组织部', '市政府办公室'], null, null],
    ]);
    expect(out.records.map((r) => r.flags.includes('deadline-from-department-cell'))).toEqual([true, true, false]);
  });
});

describe('a list printed in parts side by side', () => {
  it('is read part after part; a cell merged down inside the right part stays merged there', () => {
    const out = build(
      null,
      head('序号', '重点任务', '责任单位', '序号', '重点任务', '责任单位'),
      row('1', '开展质量月活动。', '市市场监管局', '3', '创建示范城市。', ['市发改委', 2]),
      row('2', '推进标准化建设。', '市工信局', '4', '开展质量攻关。'),
    );
    expect(out.records.map((r) => [r.indicatorCode, r.task, r.departments.map((d) => d.raw)])).toEqual([
      ['1', '开展质量月活动。', ['市市场监管局']],
      ['2', '推进标准化建设。', ['市工信局']],
      ['3', '创建示范城市。', ['市发改委']],
      ['4', '开展质量攻关。', ['市发改委']],
    ]);
    expect(out.records.map((r) => r.provenance.rows)).toEqual([[2, 2], [3, 3], [2, 2], [3, 3]]);
  });
});
