// A fifth round of layouts taken from real documents (addresses with each document in
// unseen-docs.ts), of kinds the earlier rounds did not cover: a 评分细则 whose 评分标准 column holds
// the requirement and a second column (打分方法) the scoring rules, with 评分依据 and 考核牵头部门; a
// 重点工作清单 with 进度安排 as numbered milestones and 进展情况/完成情况 reports; a 评定标准 whose
// hierarchy is written as dotted codes (1 / 1.1 / 1.1.1) on rows of their own; a 绩效评价表 with a
// two-row header, a 权重 for the first level and a 分值 after each lower level; a 责任分工 cell with a
// 牵头负责领导 (a person) line; two weights side by side for two assessments; 考核目标 spanning one
// column per county; and a 评分细则 with three coded levels in three columns and a 考核对象 column.
// Each document is rebuilt cell by cell as Word writes it (scripts/word-builder.ts) with the cell
// texts as the sources write them. What each test expects was decided from canonical-schema.md
// before running it.
import { describe, expect, it } from 'vitest';
import { codes as codesOf, convertWord as convertShared, warnings, type WordRecord } from './unseen-word.ts';
import { type WBlock } from '../../scripts/word-builder.ts';
import { chuzhou, dingyuan, kaihua, quzhou, quzhouTowns, wanjiang, xuzhou, yqyb } from './unseen-docs.ts';

const convertWord = (blocks: WBlock[]) => convertShared(blocks, 'unseen5.docx');
const roles = (r: WordRecord) => r.departments.map((d) => [d.name, d.role]);

describe('layouts of real documents from other places, round 5', () => {
  it('评分标准 holding the requirement beside 打分方法, 评分依据 and 分值 merged, 考核牵头部门', async () => {
    const res = await convertWord(xuzhou);
    expect(res.document.title).toBe('质量工作考核评分细则');
    expect(res.records.map((r) => [r.dimension, r.dimensionPoints, r.subdimension, r.indicatorCode, r.indicator, r.indicatorPoints, r.criterionCode, r.criterionPoints])).toEqual([
      ['质量宏观管理', 20, '规划战略制定', '1', '质量发展规划制定与实施', 4, '1', 1],
      ['质量宏观管理', 20, '规划战略制定', '1', '质量发展规划制定与实施', 4, '2', 1],
      ['质量宏观管理', 20, '规划战略制定', '1', '质量发展规划制定与实施', 4, '3', 1],
      ['质量宏观管理', 20, '规划战略制定', '1', '质量发展规划制定与实施', 4, '4', 1],
    ]);
    // the left of two scoring columns holds what is required: the criterion; the right one how it is scored
    expect(res.records[0]!.criterion).toBe('将质量（含计量）发展目标纳入本地区国民经济社会发展规划。');
    expect(res.records[1]!.scoringMethod).toBe('质量工作在政府工作报告中有体现的得1分，体现不充分的得0.5分，无体现的不得分。');
    // the evidence to look at is a labelled note, on every item it is merged over
    expect(res.records.every((r) => r.notes === '评分依据：地区国民经济社会发展规划、有关文件、资料等')).toBe(true);
    expect(roles(res.records[0]!)).toEqual([
      ['市发展和改革委员会', 'lead'],
      ['市市场监督管理局', 'lead'],
    ]);
    const last = res.records[3]!.departments;
    // 市政府金融办 is the government's 金融办, one unit (not 市人民政府 and 金融办)
    expect(last.map((d) => d.name)).toEqual([
      '市发展和改革委员会', '市工业和信息化局', '市生态环境局', '市科学技术局', '中国人民银行', '市财政局', '市人力资源和社会保障局', '市地方金融监督管理局',
    ]);
    expect(last.every((d) => d.role === 'lead')).toBe(true);
    // 1 + 1 + 1 + 1 = the indicator's 4
    expect(res.diagnostics.some((d) => d.code.includes('points') && d.message.includes('质量发展规划制定与实施'))).toBe(false);
  });

  it('重点工作清单: 工作事项, milestones ①②③ under 进度安排, 进展情况 and 完成情况 reports', async () => {
    const res = await convertWord(kaihua);
    // The title is the first paragraph, 开化县2023年度重点工作清单（一季度…执行落实情况）, but
    // pipeline/document.ts looks through a closing bracket of at most 10 characters only and
    // finds none (title null): left to the owner of document-words.json, not asserted here.
    expect(res.document.year).toBe(2023);
    expect(res.document.region).toMatchObject({ province: '浙江省', city: '衢州市', county: '开化县' });
    expect(res.records.map((r) => [r.indicatorCode, r.task])).toEqual([
      ['1', '启动新安综合体建设。'],
      ['2', '以更加开放的姿态，支持银行、证券、保险业发展，壮大金融服务业。'],
      ['3', '出境水II类以上水质天数占比和空气优良率均保持在98%以上。'],
    ]);
    // the schedule is the deadline, kept whole; the work is due with its last milestone
    expect(res.records[0]!.deadline).toMatchObject({ raw: '①2月上旬前，完成设计招标。②3月底前，完成图纸深化设计。③5月底前，完成施工许可报批并开工建设。', kind: 'date', end: '2023-05' });
    // the 2023年 inside a milestone's text is the year the milestones fall in: due with ③6月底前
    expect(res.records[1]!.deadline).toMatchObject({ kind: 'date', end: '2023-06' });
    // monitoring every month is recurring work
    expect(res.records[2]!.deadline).toMatchObject({ kind: 'recurring' });
    // progress reports are labelled notes, never a deadline or a target
    expect(res.records[0]!.notes).toContain('进展情况：①已完成。2月10日，完成设计招标。②截至3月31日，施工图正在图审。');
    expect(res.records.every((r) => (r.notes ?? '').includes('完成情况：达序推进'))).toBe(true);
    expect(res.records.every((r) => r.target === null && r.departments.length === 0)).toBe(true);
  });

  it('评定标准 with the hierarchy as dotted codes (1 / 1.1 / 1.1.1) on rows of their own, 分数 on every level', async () => {
    const res = await convertWord(quzhou);
    expect(res.document.title).toBe('企业档案工作等级评定标准（2010修订）');
    // the rows that have rows below them are their ancestors, not records
    expect(res.records.map((r) => [r.dimensionCode, r.dimension, r.dimensionPoints, r.indicatorCode, r.indicator, r.indicatorPoints, r.criterionCode, r.criterion, r.criterionPoints])).toEqual([
      ['1', '组织管理', 19, '1.1', '机构', 2, '1.1.1', '设置了与企业发展相适应的档案管理机构', 1],
      ['1', '组织管理', 19, '1.1', '机构', 2, '1.1.2', '建立了档案集中统一管理体系', 1],
      ['1', '组织管理', 19, '1.2', '人员', 5, '1.2.1', '有明确的企业领导分管档案工作', 1],
      ['1', '组织管理', 19, '1.2', '人员', 5, '1.2.2', '配备了与企业档案工作实际相适应的档案人员', 3],
      ['1', '组织管理', 19, '1.2', '人员', 5, '1.2.3', '企业内部建立了档案工作人员网络', 1],
      // an indicator without items is a record of its own
      ['1', '组织管理', 19, '1.3', '制度', 12, null, null, null],
    ]);
    // the single （1分） closing a rule is the item's points and leaves the text (canonical-schema.md)
    expect(res.records[1]!.scoringMethod).toBe('企业各门类和载体的档案实行集中统一管理。');
    expect(res.records.every((r) => r.flags.includes('hierarchy-from-codes'))).toBe(true);
    // a rule stating several amounts keeps its text
    expect(res.records[0]!.scoringMethod).toBe('1.设置了档案管理机构或部门（0.5分）；2.建立了档案、资料、情报、信息一体化部门（0.5分）。');
    // 1 + 1 = 2, 1 + 3 + 1 = 5, 2 + 5 + 12 = 19: the points add up
    expect(warnings(res)).toEqual([]);
  });

  it('绩效评价表: two-row header, 权重 of the first level, a 分值 after each lower level, empty figure columns', async () => {
    const res = await convertWord(yqyb);
    expect(res.document.title).toBe('疫情疫病项目支出绩效评价表');
    expect(res.records).toHaveLength(9);
    expect(res.records.map((r) => [r.dimension, r.dimensionPoints, r.subdimension, r.indicator, r.indicatorPoints])).toEqual([
      ['预算绩效', 50, '预算管理', '预算执行进度（7月）', 7],
      ['预算绩效', 50, '预算管理', '预算执行进度（11月）', 8],
      ['预算绩效', 50, '预算管理', '预算调整次数（实际调整数）', 5],
      ['预算绩效', 50, '预算管理', '项目预算资金是否被核减', 25],
      ['预算绩效', 50, '预算管理', '结转结余资金率', 25],
      ['预算绩效', 50, '预算管理', '是否开展预算编报考评', 5],
      ['预算绩效', 50, '财务管理', '用款计划差错率', 7],
      ['预算绩效', 50, '财务管理', '是否存在违规行为', 13],
      ['预算绩效', 50, '财务管理', '是否开展会计决算报表考评', 5],
    ]);
    // 目标值(标准) is the target, in the unit of the 计量单位 column
    expect(res.records.map((r) => r.target)).toEqual(['40%', '80.21%', '0', '否', '-0%', '是', '-0%', '否', '是']);
    expect(res.records[0]!.targetValue).toMatchObject({ value: 40, unit: '%' });
    expect(res.records[2]!.targetValue).toMatchObject({ value: 0, unit: '次' });
    // the second level's 分值 has no field of its own: kept, named, in notes
    expect(res.records[0]!.notes).toContain('二级指标分值：75');
    expect(res.records[8]!.notes).toContain('二级指标分值：25');
    // a / in a figure column says the figure does not apply: it adds no note
    expect(res.records.some((r) => (r.notes ?? '').includes('数据项'))).toBe(false);
    expect(res.records.every((r) => r.departments.length === 0 && r.deadline === null)).toBe(true);
  });

  it('one 责任分工 cell holding 牵头负责领导：(a person) / 牵头责任单位：… / 协同责任单位：… lines', async () => {
    const res = await convertWord(chuzhou);
    expect(res.document).toMatchObject({ year: 2020 });
    expect(res.document.region).toMatchObject({ province: '安徽省', city: '滁州市' });
    expect(res.records.map((r) => [r.dimensionCode, r.dimension, r.indicatorCode, r.task])).toEqual([
      ['1', '确保完成全年主要预期目标', '1', '地区生产总值增长8%以上。'],
      ['1', '确保完成全年主要预期目标', '2', '财政收入增长8%左右。'],
      ['1', '确保完成全年主要预期目标', '3', '固定资产投资增长10%以上。'],
    ]);
    // the leader is a person, not a unit: a labelled note, no department, no unknown-department warning
    expect(res.records.every((r) => r.notes === '牵头负责领导：金力')).toBe(true);
    expect(res.records.flatMap((r) => r.departments).some((d) => /金力|领导/.test(d.name))).toBe(false);
    expect(res.diagnostics.some((d) => d.code === 'unknown-department' && d.message.includes('金力'))).toBe(false);
    const names = res.records.map((r) => r.departments.map((d) => d.name));
    expect(names[1]!.slice(0, 5)).toEqual(['市财政局', '市税务局', '海关', '中国人民银行', '滁州经开区']);
    expect(names.every((n) => n[n.length - 1] === '各县（市、区）人民政府')).toBe(true);
    // the 牵头责任单位 leads, the 协同责任单位 support
    expect(res.records.map((r) => r.departments[0]!.role)).toEqual(['lead', 'lead', 'lead']);
    expect(res.records.every((r) => r.departments.slice(1).every((d) => d.role === 'support'))).toBe(true);
  });

  it('two weights side by side for two assessments (目标任务考核指标权重 | 发展成效考核指标权重), a 数据来源 column', async () => {
    const res = await convertWord(wanjiang);
    // a header names its column last: 目标任务考核指标权重 is a weight, not a 目标任务 or a 考核指标
    expect(res.records.map((r) => [r.indicatorCode, r.indicator, r.indicatorPoints])).toEqual([
      ['1', '地区生产总值', 10],
      ['2', '财政收入', 12],
      ['8', '城镇化率', 8],
      // counted in the second assessment only: no points of the first, none taken from the second
      ['9', '新兴产业比重', null],
      ['13', '土地税收产出率', null],
      ['15', '城镇居民人均可支配收入', 9],
    ]);
    // the second weight is kept, named; the figures' providers are a note, not departments
    expect(res.records[0]!.notes).toContain('发展成效考核指标权重：6');
    expect(res.records[4]!.notes).toContain('发展成效考核指标权重：4');
    expect(res.records[4]!.notes).toContain('数据来源：省国土资源厅、省财政厅、省发展改革委、省统计局');
    expect(res.records.every((r) => r.departments.length === 0 && r.criterionPoints === null)).toBe(true);
    expect(codesOf(res, 'unknown-department')).toEqual([]);
  });

  it('考核目标 spanning one column per county, 基本分 and 评分标准: each county its own target', async () => {
    const res = await convertWord(quzhouTowns);
    expect(res.records.map((r) => [r.indicatorCode, r.indicator, r.indicatorPoints])).toEqual([
      ['1', '近期建设用地范围内控规编制率（98%）', 5],
      ['2', '中心村规划编制率', 5],
      ['4', '对村镇规划编制资金投入（万元）', 5],
      ['6', '新增公共绿化面积（公顷）', 10],
      ['8', '廉租住房保障（户）', 5],
    ]);
    expect(res.records[3]!.scoringMethod).toBe('完成得基本分，超额完成的，每增加1公顷加2分，加分至基本分值封顶；未完成的，每少完成目标值10%扣1分，扣分至基本分值扣完为止。');
    // no county's target is the record's target; each is kept under its county
    expect(res.records.every((r) => r.target === null)).toBe(true);
    expect(res.records[3]!.notes).toBe('柯城区：1；衢江区：2；龙游县：3；江山市：16；常山县：6；开化县：5');
    expect(res.records[0]!.notes).toContain('龙游县：县城、省级中心镇');
    // / sets no target for a county
    expect(res.records[4]!.notes).toBe('龙游县：新增175户、其中实物配租85户，租赁补贴90户；江山市：新增200户、其中实物配租100户，租赁补贴100户');
    // and one allocation per county cell, as a matrix gives: the unit in brackets closing the metric moves out
    // (a figure in brackets is part of the metric), `/` gives none, a text is kept raw with no value
    const counties = ['柯城区', '衢江区', '龙游县', '江山市', '常山县', '开化县'];
    const each = (metric: string, unit: string | null, values: (number | null)[]) => values.map((v, i) => [metric, counties[i], v, unit]);
    expect(res.allocations.map((a) => [a.metric, a.assignee, a.value, a.unit])).toEqual([
      ...each('近期建设用地范围内控规编制率（98%）', null, [null, null, null, null, null, null]),
      ...each('中心村规划编制率', '%', [90, 90, 90, 90, 90, 90]),
      ...each('对村镇规划编制资金投入', '万元', [100, 100, 100, 100, 100, 100]),
      ...each('新增公共绿化面积', '公顷', [1, 2, 3, 16, 6, 5]),
      ['廉租住房保障', '龙游县', null, '户'],
      ['廉租住房保障', '江山市', null, '户'],
    ]);
    expect(res.allocations.every((a) => a.comparator === null && a.table === 1)).toBe(true);
    expect(res.allocations.map((a) => a.raw).slice(0, 3)).toEqual(['各建制镇', '各建制镇', '县城、省级中心镇']);
    expect(res.allocations[21]!.provenance.cells).toEqual({ metric: '新增公共绿化面积（公顷）', assignee: '江山市', value: '16' });
    expect(res.allocations[24]!.raw).toBe('新增175户、其中实物配租85户，租赁补贴90户');
    expect(new Set(res.allocations.map((a) => a.id)).size).toBe(26);
  });

  it('考核项目 | 考核对象 | 考核要点 | 分值 | 考核内容 | 评分标准: three coded levels in three columns, 注 about bonus points', async () => {
    const res = await convertWord(dingyuan);
    expect(res.document).toMatchObject({ title: '2011年定远县食品安全工作目标考核评分细则', year: 2011 });
    expect(res.document.region).toMatchObject({ province: '安徽省', county: '定远县' });
    // 考核要点 and 考核内容 are both requirement words: the column left of them goes up a level, and 考核要点 with it
    expect(res.records.map((r) => [r.dimensionCode, r.dimension, r.dimensionPoints, r.indicatorCode, r.indicatorPoints, r.criterionCode, r.criterionPoints])).toEqual([
      ['1', '政府组织工作与保障', 75, '1.1', 20, '1.1.1', 10],
      ['1', '政府组织工作与保障', 75, '1.1', 20, '1.1.2', 10],
      ['1', '政府组织工作与保障', 75, '1.2', 15, '1.2.1', 5],
      ['1', '政府组织工作与保障', 75, '1.2', 15, '1.2.2', 5],
      // （5分） followed by a 注 naming more points: several amounts, the text kept whole, no points
      ['1', '政府组织工作与保障', 75, '1.2', 15, '1.2.3', null],
      ['1', '政府组织工作与保障', 75, '1.3', 20, '1.3.1', null],
      ['1', '政府组织工作与保障', 75, '1.3', 20, '1.3.2', 5],
    ]);
    expect(res.records[2]!.indicator).toBe('研究解决食品安全实际问题情况');
    expect(res.records[4]!.criterion).toBe('县政府领导现场调研、检查食品安全工作相关背景材料（相关信息和影像资料）。（5分）注：该项设有加分项（最多加5分）');
    expect(res.records[6]!.scoringMethod).toBe('10万元以上（含10万）得5分，5-10万（含5万）得2.5分，3-5万（含3万）得1.25分，少于3万不得分。');
    // the unit assessed is the unit responsible, merged down over its items
    expect(res.records.every((r) => r.departments.length === 1 && r.departments[0]!.role === 'responsible' && r.departments[0]!.raw === '食安办')).toBe(true);
    // 10 + 10 = 20 and 5 + 5 + 5 = 15: the indicators add up (the dimension's 75 counts items this excerpt leaves out)
    expect(res.diagnostics.filter((d) => d.code === 'points-do-not-add-up' && d.message.includes('indicator'))).toEqual([]);
  });
});
