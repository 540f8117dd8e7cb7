// Layouts taken from real documents of other places (addresses in each test), rebuilt
// cell by cell as Word writes them (scripts/word-builder.ts) with the cell texts and the
// department names as the sources write them. Each test states what an analyst reading
// the source table expects from the output; none was copied from what the pipeline prints.
import { describe, expect, it } from 'vitest';
import { codes, convertWord as convertShared, warnings, type WordRecord, type WordResult } from './unseen-word.ts';
import type { WBlock } from '../../scripts/word-builder.ts';
import { blankForm, duchaDeductions, henan, nantong, qinghai, shiyan, sichuan, xianyang, yanan, zhangye } from './unseen-docs.ts';

const convertWord = (blocks: WBlock[]) => convertShared(blocks, 'unseen3.docx');
type Res = WordResult;
type Rec = WordRecord;
const roles = (r: WordRecord) => r.departments.map((d) => [d.name, d.role]);

describe('layouts of real documents from other places (.docx written cell by cell)', () => {
  // 2016年度南通市质量工作考核评分细则（部门）, http://cornels-photography.com/paper/263996940.html:
  // 一级指标 | 二级指标 | 三级指标 | 考核要点 | 评分方法 | 自评分 | 需提交材料. Three hierarchy
  // columns merged down, the leaf item (1.1 …（1分）) in 考核要点, an empty 自评分 column to be
  // filled by the assessed unit, and the evidence to hand in (市监局文件), which is no department.
  it('评分细则 with 一级/二级/三级指标, 考核要点, 评分方法, an empty 自评分 and 需提交材料', async () => {
    const res = await convertWord(nantong);
    expect(res.document).toMatchObject({ title: '2016年度南通市质量工作考核评分细则（部门）', year: 2016 });
    expect(res.document.region).toMatchObject({ province: '江苏省', city: '南通市' });
    expect(res.records.map((r) => [r.dimensionCode, r.dimension, r.subdimension, r.indicatorCode, r.indicator, r.indicatorPoints, r.criterionCode, r.criterionPoints])).toEqual([
      ['1', '质量宏观管理', '规划战略制定', '1', '质量发展规划制定与实施', 4, '1.1', 1],
      ['1', '质量宏观管理', '规划战略制定', '1', '质量发展规划制定与实施', 4, '1.2', 1],
      ['1', '质量宏观管理', '规划战略制定', '1', '质量发展规划制定与实施', 4, '1.3', 1],
      ['1', '质量宏观管理', '规划战略制定', '1', '质量发展规划制定与实施', 4, '1.4', 1],
    ]);
    const [a] = res.records;
    expect(a!.criterion).toBe('质量发展目标纳入地区国民经济和社会发展规划');
    expect(a!.scoringMethod).toBe('质量（含计量）发展目标纳入地区国民经济和社会发展规划的得1分，纳入部门规划的得0.5分，未纳入规划的不得分。');
    // the evidence to hand in is kept with the record; it names a document, not a responsible unit
    expect(a!.notes).toContain('市监局文件');
    expect(res.records[1]!.notes).toContain('市监局工作报告');
    expect(res.records.every((r) => r.departments.length === 0)).toBe(true);
    // the four 1-point items add up to the indicator's 4 points; nothing to warn about
    expect(warnings(res)).toEqual([]);
  });

  // 督查工作考核细则（试行）（起评分100分）, http://www.fymate.net/html/text/lar/174265/17426515_2.html:
  // a two-cell header over four columns (考核条目 over the group and its number, 考核细则 over
  // the requirement and its deduction), the group written vertically one character a line and
  // merged down, deductions (未报扣10分, 扣5-10分) instead of points, and a 备注 row at the foot.
  it('考核细则 with header cells spanning two columns, a vertical merged group, deductions and a 备注 row', async () => {
    const res = await convertWord(duchaDeductions);
    expect(res.document.title).toBe('督查工作考核细则（试行）');
    expect(res.records.map((r) => [r.dimension, r.indicatorCode, r.criterion, r.scoringMethod])).toEqual([
      ['区政府重点工作', '1', '上报区政府重点工作实施方案。', '未报扣10分'],
      ['区政府重点工作', '2', '区政府年度重点工作实施方案无阶段性目标，无具体工作措施。', '扣5分'],
      ['区政府重点工作', '3', '区政府重点工作各季度报告不能反映工作实施情况和成果。', '扣5-10分'],
      ['区政府重点工作', '4', '未按要求参加有关会议和调研活动。', '每次扣5分'],
      ['市、区两级政府列督事项', '5', '上报反馈报告。', '未上报每件扣10分'],
      ['市、区两级政府列督事项', '6', '反馈报告无实质性内容，不能反映实施进展情况。', '每件扣5分'],
    ]);
    // a deduction is not the item's points
    expect(res.records.every((r) => r.indicatorPoints === null && r.criterionPoints === null)).toBe(true);
    // the 备注 row is a note on the table, not a seventh item
    expect(res.records.some((r) => JSON.stringify(r).includes('加倍') && r.criterion !== null && r.criterion.includes('加倍'))).toBe(false);
    expect(res.diagnostics.some((d) => d.message.includes('考核扣分分值加倍'))).toBe(true);
  });

  // 延政办函〔2017〕54号, http://www.angelgibson.com/rule/100716.html: the 自评打分表 is the
  // 评分细则 with two columns added, 自评得分 (the unit's own score) and 备注 (why points were
  // lost). The self-score is no 分值: it must not become the item's points nor enter the sums.
  it('自评打分表: 分值 beside 自评得分 and 备注, a 合计 row holding both totals', async () => {
    const res = await convertWord(yanan);
    expect(res.records.map((r) => [r.indicator, r.criterion, r.indicatorPoints])).toEqual([
      ['质量目标完成情况', '产品质量监督抽查合格率', 10],
      ['质量目标完成情况', '未发生区域性、系统性质量安全事件', 10],
      ['质量措施落实情况', '质量工作纳入政府绩效考核', 5],
    ]);
    expect(res.records.every((r) => r.criterionPoints === null)).toBe(true);
    // the self-score and the remark stay with their record
    expect(res.records[0]!.notes).toContain('8');
    expect(res.records[0]!.notes).toContain('合格率低于目标1个百分点');
    expect(res.records[0]!.notes).toContain('自评得分');
    // one total row; its 分值 25 matches the rows (10 + 10 + 5)
    expect(codes(res, 'total-row')).toHaveLength(1);
    expect(codes(res, 'total-row-mismatch')).toEqual([]);
    expect(warnings(res)).toEqual([]);
  });

  // 豫政办〔2013〕36号 河南省人民政府办公厅关于明确豫政〔2012〕103号文件重点工作责任单位的通知,
  // http://henan.kjzch.com/hn/2013-05-17/130585.html: a province's breakdown, sections 一、/（一）,
  // units written as a province writes them (…厅, 省政府国资委, 省政府食安办, a bare 质监局 after
  // 省农业厅、卫生厅) and closed by 负责落实.
  it('a province\'s 重点工作 table: 厅-level units, 省政府… units, 负责落实 after the list', async () => {
    const res = await convertWord(henan);
    expect(res.document.region).toMatchObject({ province: '河南省', city: null });
    expect(res.records.map((r) => [r.dimensionCode, r.dimension, r.subdimension, r.indicatorCode])).toEqual([
      ['1', '实施质量提升战略，提高质量总体水平', '提升产品质量', '1'],
      ['1', '实施质量提升战略，提高质量总体水平', '提升产品质量', '2'],
    ]);
    const [a, b] = res.records;
    expect(a!.task).toMatch(/^依靠技术进步/);
    // 负责落实 says the listed units carry the work: all responsible, none lead
    expect(roles(a!)).toEqual([
      ['省市场监督管理局', 'responsible'],
      ['省工业和信息化厅', 'responsible'],
      ['省科学技术厅', 'responsible'],
      ['省国有资产监督管理委员会', 'responsible'],
    ]);
    // raw is the piece as written, trailing words included
    expect(a!.departments.map((d) => d.raw)).toEqual(['省质监局', '工业和信息化厅', '科技厅', '省政府国资委负责落实']);
    expect(roles(b!).map((x) => x[0])).toEqual(['省农业农村厅', '省卫生健康委员会', '省市场监督管理局', '省市场监督管理局', '省食品安全委员会办公室']);
    expect(res.records.flatMap((r) => r.departments).every((d) => d.known)).toBe(true);
    expect(codes(res, 'unknown-department')).toEqual([]);
  });

  // 湖北日报 2024-08-21, http://epaper.hbnews.net/epaper/hbrb/pc/content/202408/21/content_169791.html:
  // each item of a city's list states 【目标任务】, 【推进措施】 (numbered measures), 责任单位,
  // 联系人 and 联系电话. As a table: the contact person and the telephone number are kept with the
  // record but are neither a department, a deadline nor points.
  it('目标任务 | 推进措施 | 责任单位 | 联系人 | 联系电话', async () => {
    const res = await convertWord(shiyan);
    expect(res.records).toHaveLength(1);
    const [r] = res.records;
    expect(r).toMatchObject({ indicatorCode: '1', criterion: '深入开展放心消费行动，培育市级放心消费单位不少于40个、放心消费街区4个。', deadline: null, indicatorPoints: null, criterionPoints: null });
    expect(r!.task).toContain('开展放心满意消费培育活动');
    expect(r!.task).toContain('鼓励各县区出台放心消费培育奖补政策。');
    expect(roles(r!)).toEqual([['市市场监督管理局', 'responsible']]);
    expect(r!.notes).toContain('孙学明');
    expect(r!.notes).toContain('3236601');
    expect(warnings(res)).toEqual([]);
  });

  // 争创“全国质量强市示范城市”申报表 (国质检质〔2012〕180号 附件), http://fsou.com/html/text/chl/1729/172990_2.html:
  // a blank application form — labels, check boxes, a year row with empty cells. It holds no
  // values to read: no indicator records, no allocations from the year columns, no fields made
  // of two labels (`2009年: 2010年`); its cells are kept in one warning.
  it('a blank 申报表 (labels, □ check boxes, 2009年/2010年/2011年 with empty cells) makes no records', async () => {
    const res = await convertWord(blankForm);
    expect(res.records).toEqual([]);
    expect(res.allocations).toEqual([]);
    expect(res.document.fields).toEqual({});
    const kept = codes(res, 'table-not-understood');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.message).toContain('城市GDP（亿元）');
  });

  // 咸阳市2022年深化“放管服”改革优化营商环境工作要点 (https://newton.com.tw/wiki/…/61994341) and
  // 四川省“十四五”现代流通体系建设实施方案 (http://law.foodmate.net/show-219854.html) write who does
  // what as one sentence: “A、B牵头，C及D按职责分工负责”, “责任单位：A、B、C按职责分工负责”.
  it('department cells written as sentences: “…牵头，…按职责分工负责”', async () => {
    const res = await convertWord(xianyang);
    expect(res.records).toHaveLength(2);
    const [a, b] = res.records;
    expect(roles(a!)).toEqual([
      ['市政府办公室', 'lead'],
      ['市行政审批制度改革工作领导小组办公室', 'lead'],
      ['市级各有关部门', 'support'],
      ['各县（市、区）人民政府', 'support'],
    ]);
    expect(a!.deadline).toMatchObject({ kind: 'date', end: '2022-10' });
    // no 牵头 in the cell: everyone named is responsible
    expect(roles(b!)).toEqual([
      ['市发展和改革委员会', 'responsible'],
      ['市市场监督管理局', 'responsible'],
      ['市商务局', 'responsible'],
    ]);
    expect(b!.deadline).toMatchObject({ kind: 'date', end: '2022-12' });
  });
});

describe('layouts of real documents from other places: targets and units written in the text', () => {
  // 青海省 关于贯彻落实《质量强国建设纲要》的实施意见, http://8a9v.com/article-23781-1.html: the
  // 2025 targets of a 质量强省 plan (制造业产品质量合格率稳定在94%以上, 农畜产品监测合格率保持在98%以上,
  // 制修订地方标准300项以上, 地理标志商标累计注册量达到45件以上) in the usual 主要指标 table of a
  // five-year plan: 单位, a dated target column and 指标属性 (预期性/约束性), in Traditional characters
  // as that page writes them.
  it('主要指标 with 单位, 2025年目标值 and 指标属性 (Traditional characters)', async () => {
    const res = await convertWord(qinghai);
    expect(res.document.region).toMatchObject({ province: '青海省' });
    expect(res.records.map((r) => [r.indicatorCode, r.indicator, r.target, r.targetDate])).toEqual([
      ['1', '制造业产品质量合格率', '94以上', '2025'],
      ['2', '农畜产品监测合格率', '98以上', '2025'],
      ['3', '制修订地方标准', '300以上', '2025'],
      ['4', '地理标志商标累计注册量', '45以上', '2025'],
    ]);
    expect(res.records.map((r) => r.targetValue)).toEqual([
      { comparator: '>=', value: 94, valueMax: null, unit: '%' },
      { comparator: '>=', value: 98, valueMax: null, unit: '%' },
      { comparator: '>=', value: 300, valueMax: null, unit: '项' },
      { comparator: '>=', value: 45, valueMax: null, unit: '件' },
    ]);
    // the attribute keeps its name: “预期性” alone would say nothing
    expect(res.records[1]!.notes).toBe('指标属性：约束性');
    expect(res.records.every((r) => r.departments.length === 0 && r.indicatorPoints === null)).toBe(true);
    expect(warnings(res)).toEqual([]);
  });
});

describe('layouts of real documents from other places: departments written in the item', () => {
  // 张掖市推进质量振兴工作方案 (张政办发〔2011〕187号),
  // https://www.zhangye.gov.cn/zyszfxxgk/fdzdgknr_5657/qtfdzdgknr/zfgb/zfgb2011/2011_07/2011_02/202411/t20241118_1317315.html,
  // and 北海市实施质量兴市战略工作任务分解方案 (北政发〔2010〕39号) close each task with the units
  // that carry it, in brackets: （牵头单位：市质监局，各县区政府）, （北海市人民政府、合浦县人民政府负责落实）.
  // Put in a table with no department column, those brackets are the rows' departments.
  it('a 序号 | 主要任务 table whose tasks end in （牵头单位：…） or （…负责落实）', async () => {
    const res = await convertWord(zhangye);
    expect(res.records.map((r) => [r.indicatorCode, r.task])).toEqual([
      ['1', '全面推进质量振兴工作。各级政府要切实加强推进质量振兴工作的组织领导，将推进质量振兴列入重点工作内容，建立长效机制。'],
      ['2', '健全完善推进质量振兴奖励制度。将推进质量振兴工作列入县区、部门考核内容，对工作推进有力、工作成效显著的县区和企业给予奖励。'],
      ['3', '补充完善工作方案，出台产品、工程、服务、生态环境等工作实施方案。'],
      // a bracket that names no unit is part of the text
      ['4', '加强计量基础建设（含能源计量）。'],
    ]);
    expect(res.records.map(roles)).toEqual([
      [['各县（市、区）人民政府', 'lead']],
      [
        ['市市场监督管理局', 'lead'],
        ['各县（市、区）人民政府', 'lead'],
      ],
      [
        ['张掖市人民政府', 'responsible'],
        ['甘州区人民政府', 'responsible'],
      ],
      [],
    ]);
    expect(res.records[1]!.flags).toContain('departments-from-text');
    expect(res.records[3]!.flags).not.toContain('departments-from-text');
    // the cell as written stays in provenance
    expect(res.records[1]!.provenance.cells.task).toContain('（牵头单位：市质监局，各县区政府）');
  });
});

describe('layouts of real documents from other places: a province plan with the units after each task', () => {
  // 四川省“十四五”现代流通体系建设实施方案, http://law.foodmate.net/show-219854.html: each task closes
  // with 〔责任单位：…按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕 — a role
  // label, the units, then a remark that is no unit.
  it('〔责任单位：A、B、C按职责分工负责。remark〕 after the task: units to departments, the remark to notes', async () => {
    const res = await convertWord(sichuan);
    expect(res.document.region).toMatchObject({ province: '四川省', city: null });
    const [a, b] = res.records;
    expect(a!.task).toBe('加强市场体系建设。推进高标准市场体系建设，全面融入全国统一大市场。');
    expect(roles(a!)).toEqual([
      ['省发展和改革委员会', 'responsible'],
      ['省市场监督管理局', 'responsible'],
      ['省商务厅', 'responsible'],
      ['省大数据中心', 'responsible'],
    ]);
    expect(a!.departments.map((d) => d.known)).toEqual([true, true, true, false]);
    expect(a!.notes).toBe('具体任务均涉及相关市（州）人民政府，不再做分工，下同。');
    expect(codes(res, 'unknown-department').map((d) => d.message)).toEqual([expect.stringContaining('省大数据中心')]);
    expect(b!.task).toBe('优化市场准入环境。实施“证照分离”改革全覆盖，持续推进“一网通办”“一日办结”。');
    expect(roles(b!)).toEqual([['省市场监督管理局', 'responsible']]);
  });
});
