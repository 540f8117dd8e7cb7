// Layouts no seed has, built as real Word files in the test: a two-row header with
// a merged 责任单位 over 牵头/配合, a 序号 + 工作任务 + 具体措施 breakdown with merged
// task cells, a Traditional-character table, a table with no header and a points column.
// The second part writes the Word markup the way Word itself does (every row lists its
// cells, vertical merges as w:vMerge restart/continue cells, w:gridSpan, page breaks
// before 续表 titles) for an imaginary 常德市 document set: a 评分表 with a merged
// 考核项目 and a 合计 row, a 任务分解表 with a two-row header, tables continued over
// page breaks (with and without a repeated header, 续表 as a paragraph or as a row),
// and a table with a 备注 column, an empty trailing column and empty rows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, convertWord as convertShared, type WordRecord, type WordResult } from './unseen-word.ts';
import { buildDocx, type SpecBlock } from '../../scripts/make-docx-samples.ts';
import { wordFile, type WBlock } from '../../scripts/word-builder.ts';
import {
  changdeBreakNoHeader,
  changdeContinuationAlone,
  changdeContinuationRow,
  changdeHeaderRepeated,
  changdeNotesColumn,
  changdeRepeatInside,
  changdeScoring,
  changdeScoringPoints,
  changdeStartEnd,
  changdeThreePages,
  changdeTwoRowHeader,
  hangzhou,
  kunshan,
  quanzhou,
  shunde,
  yiwu,
} from './unseen-docs.ts';
import { convertBytes, convertFile } from '../../pipeline/convert.ts';
import { tempDir } from '../helpers.ts';

async function convert(blocks: SpecBlock[]) {
  const bytes = new Uint8Array(await buildDocx(blocks));
  return convertBytes(bytes, 'unseen.docx');
}

describe('layouts no seed has (generated .docx)', () => {
  it('two-row header: 责任单位 spanning 牵头单位/配合单位; merged task cells; 序号', async () => {
    const res = await convert(kunshan);
    expect(res.document.region).toEqual({ province: '江苏省', city: '苏州市', county: '昆山市' });
    expect(res.document.year).toBe(2020);
    expect(res.records).toHaveLength(3);
    const [a, b, d] = res.records;
    expect(a).toMatchObject({ indicatorCode: '1', task: '制定质量提升行动方案', deadline: { kind: 'date', end: '2020-06' } });
    expect(a!.departments.map((x) => [x.name, x.role])).toEqual([
      ['市市场监督管理局', 'lead'],
      ['市发展和改革委员会', 'support'],
      ['市工业和信息化局', 'support'],
    ]);
    // merged cells of the first item fill the second row
    expect(b).toMatchObject({ indicatorCode: '1', task: '开展质量月活动', deadline: { kind: 'recurring', frequency: 'yearly', month: 9 } });
    expect(b!.flags).toContain('filled-from-merged-cell');
    // 各区镇 is a group of local governments, known like 各镇（街道）
    expect(b!.departments[1]).toMatchObject({ name: '各区镇', role: 'support', known: true });
    expect(d).toMatchObject({ indicatorCode: '2', task: '培育省级名牌产品5个以上', deadline: { kind: 'ongoing' } });
    // the 重点工作任务 column has no field of its own in the schema beyond task/criterion: nothing is lost
    const texts = JSON.stringify(res.records);
    expect(texts).toContain('实施质量提升行动');
  });

  it('Traditional characters and full-width digits in a Word table', async () => {
    const res = await convert(shunde);
    expect(res.document.region).toMatchObject({ province: '广东省', city: '佛山市', county: '顺德区' });
    expect(res.records).toHaveLength(1);
    expect(res.records[0]).toMatchObject({
      indicatorCode: '1',
      indicator: '质量发展规划',
      indicatorPoints: 10,
      taskCode: '1.1',
      task: '出台质量发展规划。',
      deadline: { kind: 'date', end: '2020-12' },
    });
    expect(res.records[0]!.departments[0]).toMatchObject({ name: '区市场监督管理局', known: true });
  });

  it('a table without a header row is mapped by content', async () => {
    const res = await convert(yiwu);
    expect(res.records).toHaveLength(2);
    expect(res.records[0]).toMatchObject({ dimension: '质量基础', dimensionPoints: 20, indicatorCode: '1', indicator: '标准化工作', indicatorPoints: 10 });
    expect(res.records[0]!.scoringMethod).toMatch(/^制定标准化发展规划/);
    expect(res.records[1]).toMatchObject({ dimension: '质量基础', indicatorCode: '2' });
    expect(res.records[1]!.departments.map((d) => d.role)).toEqual(['responsible', 'responsible']);
  });

  it('section rows spanning the table head the rows below them (no dimension column)', async () => {
    const res = await convert(hangzhou);
    expect(res.records).toHaveLength(3);
    expect(res.records.map((r) => [r.dimensionCode, r.dimension, r.dimensionPoints, r.indicatorCode, r.task])).toEqual([
      ['1', '质量宏观管理', 23, '1', '制定质量发展规划'],
      ['1', '质量宏观管理', 23, '2', '建立质量工作考核机制'],
      ['2', '质量安全监管', null, '3', '开展产品质量监督抽查'],
    ]);
    expect(res.records[0]!.flags).toContain('dimension-from-section-row');
    expect(res.diagnostics.filter((d) => d.code === 'section-row')).toHaveLength(2);
  });

  it('一级/二级/三级指标 with merged points per group and a 加分项 row spanning the hierarchy', async () => {
    const res = await convert(quanzhou);
    expect(res.document).toMatchObject({ title: '2019年度泉州市质量工作考核评分表', region: { province: '福建省', city: '泉州市' }, year: 2019 });
    expect(res.records.map((r) => [r.dimension, r.dimensionPoints, r.subdimension, r.indicatorCode, r.indicator, r.indicatorPoints])).toEqual([
      ['质量发展', 30, '质量规划', '1', '制定质量发展规划', 5],
      ['质量发展', 30, '质量规划', '2', '规划实施情况', 5],
      ['质量发展', 30, '质量投入', '3', '质量工作经费保障', 20],
      [null, null, null, null, '加分项', 5],
    ]);
    expect(res.records[1]!.flags).toEqual(['department-inherited', 'filled-from-merged-cell']);
    expect(res.records[3]!.flags).toEqual([]);
    // 5 + 5 + 20 = 30: the dimension adds up, nothing to report
    expect(res.diagnostics.filter((d) => d.code === 'points-do-not-add-up')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Word tables written cell by cell, as Word writes them.

const convertWord = (blocks: WBlock[]) => convertShared(blocks, 'changde.docx');
type WRes = WordResult;
const roles = (r: WordRecord) => r.departments.map((d) => [d.raw, d.name, d.role, d.known]);
const CHANGDE = { province: '湖南省', city: '常德市', county: null };

describe('unseen layouts written as Word writes them (常德市)', () => {
  it('(a) 评分表: 考核项目 merged over 4 and 3 rows, 分值 per row, 考核部门, a 合计 row', async () => {
    // An analyst expects one record per 考核内容 row, the merged 考核项目 repeated on each
    // as its indicator, each row's own 分值 and 评分标准, the 考核部门 as the responsible
    // department (市质监局 and 市场监管局 are today's 市市场监督管理局), and the 合计 row
    // checked against the rows (5+5+4+3+5+4+3 = 29), not made a record.
    const res = await convertWord(changdeScoring);
    expect(res.document).toMatchObject({ title: '常德市2023年度质量强市工作考核评分表', region: CHANGDE, year: 2023, tables: 1, status: 'ok' });
    expect(res.records).toHaveLength(7);
    expect(res.records.map((r) => [r.indicator, r.indicatorPoints, r.criterion])).toEqual([
      ['质量工作组织领导', 5, '成立质量强市工作领导小组，定期研究质量工作。'],
      ['质量工作组织领导', 5, '将质量工作纳入政府绩效考核。'],
      ['质量工作组织领导', 4, '制定实施质量发展规划。'],
      ['质量工作组织领导', 3, '落实质量工作经费保障。'],
      ['质量基础建设', 5, '加强计量能力建设，新建社会公用计量标准。'],
      ['质量基础建设', 4, '实施标准化战略。'],
      ['质量基础建设', 3, '推进检验检测认证机构整合。'],
    ]);
    const [first, second, , , , sixth] = res.records;
    expect(first).toMatchObject({
      tableTitle: '常德市2023年度质量强市工作考核评分表',
      region: CHANGDE,
      seq: 1,
      dimension: null,
      indicatorCode: null,
      criterionCode: null,
      criterionPoints: null,
      scoringMethod: '成立领导小组的得2分；每年召开会议研究质量工作的得3分。',
      task: null,
      deadline: null,
      notes: null,
      flags: [],
    });
    expect(first!.provenance).toMatchObject({ table: 1, rows: [2, 2], cells: { indicator: '质量工作组织领导', indicatorPoints: '5', 'departments:responsible': '市市场监管局' } });
    expect(roles(first!)).toEqual([['市市场监管局', '市市场监督管理局', 'responsible', true]]);
    // the merged 考核项目 fills the rows below it, flagged
    expect(second!.flags).toEqual(['filled-from-merged-cell']);
    expect(roles(second!)).toEqual([['市委组织部', '市委组织部', 'responsible', true]]);
    expect(roles(sixth!)).toEqual([['市质监局', '市市场监督管理局', 'responsible', true]]);
    expect(roles(res.records[4]!)).toEqual([['市场监管局', '市市场监督管理局', 'responsible', true]]);
    // the 合计 row is no record; it matches the rows
    expect(codes(res, 'total-row')).toHaveLength(1);
    expect(codes(res, 'total-row')[0]!.message).toContain('add up to 29');
    expect(codes(res, 'total-row-mismatch')).toEqual([]);
    expect(res.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('(a) 评分表 whose 考核项目 states its points (一、…（13分）): the 分值 of each row is its criterion\'s', async () => {
    const res = await convertWord(changdeScoringPoints);
    expect(res.records.map((r) => [r.indicatorCode, r.indicator, r.indicatorPoints, r.criterionCode, r.criterion, r.criterionPoints])).toEqual([
      ['1', '质量工作组织领导', 13, '1', '成立质量强市工作领导小组。', 5],
      ['1', '质量工作组织领导', 13, '2', '将质量工作纳入政府绩效考核。', 5],
      ['1', '质量工作组织领导', 13, '3', '落实质量工作经费保障。', 3],
      ['2', '质量基础建设', 9, '4', '加强计量能力建设。', 5],
      ['2', '质量基础建设', 9, '5', '实施标准化战略。', 4],
    ]);
    // a merged 考核部门 is inherited by the rows it covers
    expect(res.records[1]!.flags).toEqual(['criterion-points-from-column', 'department-inherited', 'filled-from-merged-cell']);
    expect(roles(res.records[1]!)).toEqual([['市市场监管局', '市市场监督管理局', 'responsible', true]]);
    expect(roles(res.records[2]!)).toEqual([['市财政局', '市财政局', 'responsible', true]]);
    // 13 + 9 = 22 and 5 + 5 + 3 = 13, 5 + 4 = 9: nothing to report
    expect(codes(res, 'total-row-mismatch')).toEqual([]);
    expect(codes(res, 'points-do-not-add-up')).toEqual([]);
  });

  it('(b) 任务分解表: two-row header (责任单位 over 牵头单位/配合单位), merged 序号 and 重点任务, departments and deadlines as written', async () => {
    // Expected: one record per 具体措施; the merged 重点任务 is the group above the task
    // (criterion), its 序号 on each of its rows; lead and support departments from the two
    // sub-columns, each name canonical; deadlines read by the schema's grammar.
    const res = await convertWord(changdeTwoRowHeader);
    expect(res.document).toMatchObject({ region: CHANGDE, year: 2023 });
    expect(res.records.map((r) => [r.indicatorCode, r.criterion, r.task])).toEqual([
      ['1', '实施质量提升行动', '制定全市质量提升行动实施方案，明确年度目标任务。'],
      ['1', '实施质量提升行动', '开展重点产品质量攻关，组织企业实施质量改进项目。'],
      ['2', '夯实质量基础', '推进计量、标准、认证认可、检验检测一站式服务。'],
      ['2', '夯实质量基础', '建设国家级产品质量检验检测中心。'],
      ['3', '加强品牌建设', '培育“常德品牌”，每年认定一批品牌企业。'],
    ]);
    expect(res.records.map(roles)).toEqual([
      [
        ['市质监局', '市市场监督管理局', 'lead', true],
        ['市发改委', '市发展和改革委员会', 'support', true],
        ['市工信局', '市工业和信息化局', 'support', true],
      ],
      [
        ['市场监管局', '市市场监督管理局', 'lead', true],
        ['各县（市、区）人民政府', '各县（市、区）人民政府', 'support', true],
      ],
      [
        ['市市场监督管理局', '市市场监督管理局', 'lead', true],
        ['市科技局', '市科学技术局', 'support', true],
      ],
      [
        ['市市场监督管理局', '市市场监督管理局', 'lead', true],
        ['市财政局', '市财政局', 'support', true],
      ],
      [['各县（市、区）人民政府', '各县（市、区）人民政府', 'lead', true]],
    ]);
    const dl = (i: number) => {
      const d = res.records[i]!.deadline!;
      return [d.raw, d.kind, d.start, d.end, d.frequency, d.month, d.inherited];
    };
    expect(dl(0)).toEqual(['2023年底前', 'date', null, '2023-12', null, null, false]);
    expect(dl(1)).toEqual(['长期坚持', 'ongoing', null, null, null, null, false]);
    expect(dl(2)).toEqual(['每季度末', 'recurring', null, null, 'quarterly', null, false]);
    expect(dl(3)).toEqual(['2024年6月', 'date', null, '2024-06', null, null, false]);
    expect(dl(4)).toEqual(['每年', 'recurring', null, null, 'yearly', null, false]);
    expect(res.records[1]!.flags).toEqual(['filled-from-merged-cell']);
    expect(res.records[1]!.provenance.cells).toMatchObject({ 'departments:lead': '市场监管局', 'departments:support': '各县（市、区）人民政府', deadline: '长期坚持' });
    expect(res.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('(b) 时间安排 over 开始时间/完成时间, 责任单位 over 牵头/配合, task codes 1.1 in the measures, scoped and grouped departments', async () => {
    // Expected: the start and end cells make one deadline range; 市场监管局（产品质量） is the
    // market regulator with scope 产品质量; 市直有关部门 is a known group; 1.1 is the task code.
    const res = await convertWord(changdeStartEnd);
    expect(res.records.map((r) => [r.indicatorCode, r.criterion, r.taskCode, r.task])).toEqual([
      ['1', '提升产品质量', '1.1', '开展消费品质量提升行动。'],
      ['1', '提升产品质量', '1.2', '实施农产品质量安全提升工程。'],
      ['2', '提升工程质量', '2.1', '开展工程质量安全专项整治。'],
    ]);
    expect(res.records.map((r) => [r.deadline!.raw, r.deadline!.kind, r.deadline!.start, r.deadline!.end])).toEqual([
      ['2023年3月—2023年12月', 'range', '2023-03', '2023-12'],
      ['2023年1月—2024年6月', 'range', '2023-01', '2024-06'],
      ['2023年—2025年', 'range', '2023', '2025'],
    ]);
    expect(res.records[0]!.departments.map((d) => [d.name, d.role, d.scope])).toEqual([
      ['市市场监督管理局', 'lead', '产品质量'],
      ['市工业和信息化局', 'support', null],
      ['市商务局', 'support', null],
      ['各县（市、区）人民政府', 'support', null],
    ]);
    expect(roles(res.records[1]!)[1]).toEqual(['市直有关部门', '市直有关部门', 'support', true]);
    expect(res.records[2]!.departments.map((d) => d.role)).toEqual(['lead', 'lead', 'support']);
    expect(res.records[1]!.flags).toEqual(['deadline-from-start-and-end', 'filled-from-merged-cell']);
    expect(res.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('(c) a long table over three pages: 续表 + repeated header, then 续表 + no header row at all', async () => {
    // Expected: one table with 8 records in order, as if no page break had happened; the
    // 续表 lines and the repeated header are dropped (diagnosed); the merged task over two
    // department rows fills both; the first row after each break is flagged with what was done.
    const dir = tempDir();
    const file = join(dir, '常德市质量提升行动重点工作任务清单.docx');
    writeFileSync(
      file,
      await wordFile(changdeThreePages),
    );
    const res = await convertFile(file);
    expect(res.document).toMatchObject({ title: '常德市质量提升行动重点工作任务清单', region: CHANGDE, tables: 1, year: null });
    expect(res.records.map((r) => [r.table, r.seq, r.indicatorCode, r.task, r.departments.map((d) => d.name).join('、'), r.deadline?.kind, r.deadline?.end ?? null])).toEqual([
      [1, 1, '1', '开展质量提升示范区创建。', '市市场监督管理局', 'date', '2023-12'],
      [1, 2, '2', '推进农产品质量安全追溯体系建设。', '市农业农村局', 'date', '2023-12'],
      [1, 3, '3', '加强工程质量监管，开展质量安全专项检查。', '市住房和城乡建设局', 'recurring', null],
      [1, 4, '3', '加强工程质量监管，开展质量安全专项检查。', '市交通运输局', 'recurring', null],
      [1, 5, '4', '组织开展“质量月”活动。', '市市场监督管理局', 'recurring', null],
      [1, 6, '5', '完善质量激励机制，组织市长质量奖评选。', '市人力资源和社会保障局、市市场监督管理局', 'date', '2024-06'],
      [1, 7, '6', '开展服务业质量满意度测评。', '市发展和改革委员会', 'date', '2024'],
      [1, 8, '7', '推进质量基础设施“一站式”服务。', '市市场监督管理局', 'ongoing', null],
    ]);
    expect(res.records.every((r) => r.tableTitle === '常德市质量提升行动重点工作任务清单')).toBe(true);
    expect(res.records[4]!.deadline).toMatchObject({ frequency: 'yearly', month: 9 });
    expect(res.records.map((r) => r.flags)).toEqual([[], [], [], ['filled-from-merged-cell'], ['header-repeat-skipped'], [], ['table-stitched'], []]);
    expect(res.records.map((r) => r.provenance.rows[0])).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(codes(res, 'continuation-title-skipped')).toHaveLength(2);
    expect(codes(res, 'header-repeat-skipped')).toHaveLength(1);
    expect(res.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('(c) a page break with neither 续表 nor a repeated header: the headerless part continues the table', async () => {
    // Word leaves two tables with only an empty paragraph (the page break) between them.
    // Expected: 4 records in one table, not a key/value form of tasks and departments.
    const res = await convertWord(changdeBreakNoHeader);
    expect(res.document).toMatchObject({ tables: 1, fields: {} });
    expect(res.records.map((r) => [r.table, r.indicatorCode, r.task, r.departments[0]!.name, r.deadline!.kind, r.flags])).toEqual([
      [1, '1', '开展质量提升示范区创建。', '市市场监督管理局', 'date', []],
      [1, '2', '推进农产品质量安全追溯体系建设。', '市农业农村局', 'date', []],
      [1, '3', '开展服务业质量满意度测评。', '市发展和改革委员会', 'date', ['table-stitched']],
      [1, '4', '推进质量基础设施“一站式”服务。', '市市场监督管理局', 'ongoing', []],
    ]);
    expect(codes(res, 'table-stitched')).toHaveLength(1);
  });

  it('(c) the continuation alone (a headerless numbered list after a title): read by content, not as a form', async () => {
    const res = await convertWord(changdeContinuationAlone);
    expect(res.document.fields).toEqual({});
    expect(res.records.map((r) => [r.indicatorCode, r.indicatorPoints, r.task, r.departments.map((d) => `${d.name}:${d.role}`), r.deadline!.raw])).toEqual([
      ['5', null, '开展服务业质量满意度测评。', ['市发展和改革委员会:responsible'], '2024年'],
      ['6', null, '推进质量基础设施“一站式”服务。', ['市市场监督管理局:responsible'], '长期'],
      ['7', null, '组织开展“质量月”活动。', ['市市场监督管理局:responsible', '市委宣传部:responsible'], '每年9月'],
    ]);
    expect(codes(res, 'table-mapped')[0]!.message).toContain('by content, no header row');
  });

  it('(c) 续表 written as the first row of the continuation; a merged group running over the page break', async () => {
    // Expected: one table; the group 1 (序号 and 重点任务 merged) goes on after the break
    // where the new page leaves its cells empty; 续表 is no section (no dimension "续表").
    const res = await convertWord(changdeContinuationRow);
    expect(res.document.tables).toBe(1);
    expect(res.records.map((r) => [r.indicatorCode, r.dimension, r.criterion, r.task, r.flags])).toEqual([
      ['1', null, '实施质量提升行动', '制定质量提升行动方案。', []],
      ['1', null, '实施质量提升行动', '开展重点产品质量攻关。', ['filled-from-merged-cell']],
      ['1', null, '实施质量提升行动', '组织企业实施质量改进项目。', ['filled-from-merged-cell', 'header-repeat-skipped']],
      ['2', null, '夯实质量基础', '推进检验检测一站式服务。', []],
    ]);
    expect(res.records[2]!.deadline).toMatchObject({ kind: 'recurring', frequency: 'yearly' });
    expect(codes(res, 'section-row')).toEqual([]);
    expect(codes(res, 'continuation-title-skipped')).toHaveLength(1);
  });

  it('(b)+(c) a two-row header repeated after 续表; 责任单位 and 完成时限 merged down to the page break', async () => {
    // Expected: the row after the break belongs to group 1 (its cells left empty on the new
    // page): same 序号, 重点任务, lead/support departments and deadline, each inference flagged;
    // the next group has its own cells and inherits nothing.
    const res = await convertWord(changdeHeaderRepeated);
    expect(res.records.map((r) => [r.indicatorCode, r.criterion, r.task, r.departments.map((d) => `${d.name}:${d.role}`), r.deadline?.end ?? null])).toEqual([
      ['1', '实施质量提升行动', '制定质量提升行动方案。', ['市市场监督管理局:lead', '市发展和改革委员会:support'], '2023-12'],
      ['1', '实施质量提升行动', '开展重点产品质量攻关。', ['市市场监督管理局:lead', '市发展和改革委员会:support'], '2023-12'],
      ['1', '实施质量提升行动', '组织企业实施质量改进项目。', ['市市场监督管理局:lead', '市发展和改革委员会:support'], '2023-12'],
      ['2', '夯实质量基础', '推进检验检测一站式服务。', ['市市场监督管理局:lead'], null],
    ]);
    expect(res.records[2]!.flags).toEqual(['deadline-inherited', 'department-inherited', 'filled-from-merged-cell', 'header-repeat-skipped']);
    expect(res.records[2]!.deadline!.inherited).toBe(false);
    expect(codes(res, 'header-repeat-skipped')[0]!.message).toMatch(/^2 header row/);
    expect(codes(res, 'missing-department')).toEqual([]);
  });

  it('(c) 续表 and the header repeated inside one long table', async () => {
    const res = await convertWord(changdeRepeatInside);
    expect(res.records.map((r) => [r.indicatorCode, r.dimension, r.task, r.deadline?.end, r.provenance.rows])).toEqual([
      ['1', null, '召开全市质量大会。', '2023-03', [2, 2]],
      ['2', null, '开展“质量月”活动。', '2023-09', [5, 5]],
    ]);
    expect(res.records[1]!.flags).toEqual(['header-repeat-skipped']);
    expect(codes(res, 'continuation-title-skipped')).toHaveLength(1);
  });

  it('(d) a 备注 column, an empty trailing column and rows whose cells are all empty', async () => {
    // Expected: empty rows make no record and no warning; 备注 text is the record's notes;
    // the empty column leaves nothing behind (no unmapped-cell flag, no empty notes).
    const res = await convertWord(changdeNotesColumn);
    expect(res.records.map((r) => [r.indicatorCode, r.criterion, r.notes, r.deadline?.end, r.flags])).toEqual([
      ['1', '全市制造业产品质量合格率达到94%以上。', '约束性指标', '2023-12', []],
      ['2', '新增省级以上知名品牌5个。', null, '2023-12', []],
      ['3', '建成县级农产品质量安全检测站。', '新增', '2023-06', []],
    ]);
    expect(res.records.map((r) => r.provenance.rows)).toEqual([
      [2, 2],
      [4, 4],
      [5, 5],
    ]);
    expect(res.records[0]!.provenance.cells).toEqual({ indicatorCode: '1', criterion: '全市制造业产品质量合格率达到94%以上。', 'departments:responsible': '市市场监管局', deadline: '2023年底', notes: '约束性指标' });
    expect(roles(res.records[1]!)).toEqual([
      ['市工信局', '市工业和信息化局', 'responsible', true],
      ['市商务局', '市商务局', 'responsible', true],
    ]);
    // a note about reporting is not a deadline for the rows
    expect(res.records.every((r) => !r.deadline!.inherited)).toBe(true);
    expect(res.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
