// A second round of layouts taken from real documents of other places (addresses in each
// test), of kinds the earlier rounds did not cover: a veto row (否决项), departments written
// as 牵头单位：… / 责任单位：… lines in one cell, an indicator system with 权重, two target
// columns and a 数据提供部门 column, targets coded ㈦ in the same cell as their text, a table
// of blank slots to be filled in (1. 2. ……) with —— cells, and a 绩效 table with 指标值 and
// 实施进度, and an inspection 评分表 with award rules and empty 奖励分/扣减分/实得分 columns. Each document is rebuilt cell by cell as Word writes it (scripts/word-builder.ts)
// with the cell texts and the department names as the sources write them. What each test
// expects is what an analyst reading the source table expects (canonical-schema.md); none of
// it was copied from what the pipeline prints.
import { describe, expect, it } from 'vitest';
import { codes, convertWord as convertShared, warnings, type WordRecord, type WordResult } from './unseen-word.ts';
import { cont, hrow, top, w, wrow, type WBlock } from '../../scripts/word-builder.ts';

const convertWord = (blocks: WBlock[]) => convertShared(blocks, 'unseen4.docx');
type Res = WordResult;
type Rec = WordRecord;
const roles = (r: WordRecord) => r.departments.map((d) => [d.name, d.role]);

// 安徽省质量工作考核要点 (附件 of 安徽省质量工作考核办法), https://zjtcn.com/baike/ahszlgzkhbffj6370008:
// 考核内容 (质量目标（40分）, 质量措施（60分）) | 序号 | 考核指标 | 考核要点, the first three merged
// down over the 考核要点 of each indicator, a closing 否决项 row whose text spans the last two
// columns, and the 备注 explaining the terms below the table.
const anhui: WBlock[] = [
  { paragraph: '安徽省质量工作考核要点' },
  {
    widths: [2, 1, 3, 5],
    rows: [
      hrow('考核内容', '序号', '考核指标', '考核要点'),
      wrow(top('质量目标\n（40分）'), top('1'), top('产品质量量化指标'), '制造业产品质量合格率'),
      wrow(cont(), cont(), cont(), '主要农产品质量安全监测合格率'),
      wrow(cont(), '2', '工程质量量化指标', '建筑工程竣工验收合格率'),
      wrow(top('质量措施\n（60分）'), top('3'), top('质量宏观管理'), '质量发展规划制订与实施'),
      wrow(cont(), cont(), cont(), '质量安徽建设活动'),
      wrow(cont(), cont(), cont(), '质量工作协调机制建立与运行'),
      wrow(cont(), top('4'), top('质量安全监管'), '质量监管能力和制度建设'),
      wrow(cont(), cont(), cont(), '打击假冒伪劣及专项整治'),
      wrow(cont(), top('5'), top('质量基础建设'), '标准、计量、认证认可基础建设'),
      wrow(cont(), cont(), cont(), '检验检测技术能力建设'),
      wrow('否决项', '6', w('发生区域性、系统性产品质量安全事件的，考核结果一律为D级。', 2)),
    ],
  },
  { paragraph: '备注：1.“区域性产品质量安全事件”是指某一特定区域内市场秩序被破坏而发生的质量安全事件。' },
];

// 鞍立政发〔2023〕2号 立山区政府2023年重点工作任务分解和责任分工方案,
// http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html: each target is followed by
// two lines, 牵头单位：… and 责任单位：…. Put in a table, both lines sit in one 责任分工 cell.
const lishan: WBlock[] = [
  { paragraph: '鞍山市立山区人民政府' },
  { paragraph: '立山区政府2023年重点工作任务分解和责任分工方案' },
  {
    widths: [1, 6, 4],
    rows: [
      hrow('序号', '重点工作', '责任分工'),
      wrow(w('一、经济社会发展的主要预期目标', 3)),
      wrow('1', '努力实现地区生产总值增长6.2%左右。', '牵头单位：区发改局\n责任单位：立山经济开发区，全区经济运行各专班'),
      wrow('2', '规模上工业增加值增长5%左右。', '牵头单位：区工信局\n责任单位：立山经济开发区'),
      wrow('3', '固定资产投资增长15%左右。', '牵头单位：区发改局\n责任单位：立山经济开发区，各街道、区直各部门'),
      wrow('4', '社会消费品零售总额增长9%左右。', '牵头单位：区商务局\n责任单位：各街道，区市场局'),
      wrow('5', '一般公共预算收入增长8%左右。', '牵头单位：区财政局\n责任单位：立山经济开发区，各街道，税务局'),
    ],
  },
];

// 江苏基本实现现代化指标体系（2013年修订，讨论稿）, https://m.taodocs.com/p-11843033.html:
// 类别 | 序号 | 指标名称 (over the group and its sub-indicators) | 单位 | 苏南目标值 | 全省目标值 |
// 权重 | 数据提供部门. A group (居民收入水平) holds several sub-indicators under one 序号, one 权重
// and one 数据提供部门; the providers are written as short words (统计, 经信、统计).
const jiangsu: WBlock[] = [
  { paragraph: '江苏基本实现现代化指标体系' },
  { paragraph: '（2013年修订，讨论稿）' },
  {
    widths: [2, 1, 3, 4, 1, 2, 2, 1, 2],
    rows: [
      { header: true, cells: [w('类别'), w('序号'), w('指标名称', 2), w('单位'), w('苏南\n目标值'), w('全省\n目标值'), w('权重'), w('数据提供部门')] },
      wrow(top('经济现代化'), '1', w('人均地区生产总值', 2), '元', '180000', '130000', '4', '统计'),
      wrow(cont(), '2', w('服务业增加值占GDP比重', 2), '%', '60', '60', '3', '统计'),
      wrow(cont(), '3', w('工业全员劳动生产率', 2), '万元/人', '50', '45', '3', '经信、统计'),
      wrow(cont(), '9', w('自主品牌企业增加值占GDP比重', 2), '%', '15', '15', '2', '工商'),
      wrow(top('人民生活现代化'), top('11'), top('居民\n收入水平'), '城镇居民人均可支配收入', '元', '75000', '70000', top('6'), top('调查总队、统计')),
      wrow(cont(), cont(), cont(), '农村居民人均纯收入', '元', '38000', '32000', cont(), cont()),
      wrow(cont(), cont(), cont(), '城乡居民收入达标人口比例', '%', '50', '50', cont(), cont()),
      wrow(cont(), top('13'), top('基本\n社会保障'), '城乡基本养老保险覆盖率', '%', '98', '98', top('5'), top('人社、卫生')),
      wrow(cont(), cont(), cont(), '城乡基本医疗保险覆盖率', '%', '98', '98', cont(), cont()),
      wrow(cont(), cont(), cont(), '城镇住房保障体系健全率', '%', '', '99', cont(), '住建'),
    ],
  },
];

// 新余市 食品安全 目标任务 (http://www.fsou.net/html/text/lar/169842/16984229_3.html): each
// target is numbered ㈦ ㈧ ㈨ ㈩ in its own text, the tasks under it 19、20、… in theirs, and the
// 责任部门 are the units of before the 2018 reform (食品药品监管局, 质监局, 工商局, 卫生局, 环保局).
const xinyu: WBlock[] = [
  { paragraph: '新余市食品安全工作目标任务分解表' },
  {
    widths: [4, 6, 3],
    rows: [
      hrow('工作目标', '工作任务', '责任部门'),
      wrow(
        '㈦依法治理和有效控制饮用水源和植物土壤的污染，饮用水源达到国家饮用水三级以上标准，灌溉水源符合国家标准。',
        '19、加强对水源的监测与治理。增加饮用水源监测频率，查明仙女湖、袁惠渠、孔目江周边污染状况，依据不同情况，依法监督并限制、禁止污染物排放。',
        '市环保局、市建设局、市农业局、市水利局',
      ),
      wrow(
        '㈧全面推开食品安全信用体系建设工作，食品安全信用企业（单位）达到80%以上。',
        '20、全市食品安全信用企业（单位）80%达到市级信用建设标准，其中有3个以上食品（饮食）行业的30家以上企业（单位）达到国家级信用建设标准。',
        '市食品药品监管局、市农业局、市质监局、市工商局、市卫生局',
      ),
      wrow(
        '㈨健全食品安全应急救援体系，应急救援网络覆盖面达100%。',
        '21、完善食品安全事故应急处置机制。落实重大食品安全违法案件报告制度和案件协查工作机制。',
        '市食品药品监管局、市工商局、市质监局、市卫生局',
      ),
      wrow(
        '㈩食品安全宣传教育到位，公众对食品安全满意率达到85%以上。',
        '22、加强食品安全宣传教育。深入开展食品安全“五进”（即进机关、进企业、进社区、进学校、进农村）宣传活动。',
        '市委宣传部、市食品药品监管局',
      ),
    ],
  },
];

// 2012年度工作绩效考核项目表 (附件2), http://www.wzdkw.gov.cn/system/2012/07/06/011064048_02.shtml:
// 项目名称及分值 over the group and its items, 赋分办法, 总牵头单位, 考核责任单位. The first group
// (重点工作) lists numbered blank slots (1. 2. 3. ……) to be filled with each unit's own key
// work, its method and units merged over them; where no unit assesses, the cell says ——.
const kaohe: WBlock[] = [
  { paragraph: '附件2' },
  { paragraph: '2012年度工作绩效考核项目表' },
  {
    widths: [3, 5, 2, 3, 3],
    rows: [
      { header: true, cells: [w('项目名称及分值', 2), w('赋分办法'), w('总牵头单位'), w('考核责任单位')] },
      wrow(top('（一）重点工作\n（500分）'), '1.', top('按实绩赋分'), top('县委办、县府办'), top('县考核办')),
      wrow(cont(), '2.', cont(), cont(), cont()),
      wrow(cont(), '3.', cont(), cont(), cont()),
      wrow(cont(), '……', cont(), cont(), cont()),
      wrow(top('（二）“五型”机关创建\n（100分）'), '1.责任型和服务型机关创建（30分）', top('按排名赋分'), top('县直机关工委'), '县委办、县府办、县监察局'),
      wrow(cont(), '2.学习型机关创建（20分）', cont(), cont(), '县委宣传部'),
      wrow(cont(), '3.效率型和廉洁型机关创建（50分）', cont(), cont(), '县纪委（监察局）、县财政局、县审计局'),
      wrow(top('（三）综合评价\n（400分）'), '1.县四套班子领导评价（100分）', '按排名赋分', '县委办、县府办', '县考核办'),
      wrow(cont(), '2.街道（乡镇）党政主要领导评价（50分）', '按排名赋分', '县委办、县府办', '县考核办'),
      wrow(cont(), '3.互学互比（50分）', '按实绩赋分', '县委办、县府办', '县考核办'),
      wrow(cont(), '4.督考综评（100分）', '按实绩赋分', '县考核办', '——'),
      wrow(cont(), '5.民意调查（100分）', '按实绩赋分', '县发改局（统计局）', '——'),
    ],
  },
];

// 大英县 双心及文明城市创建专项资金项目 绩效自评, https://dyxrmt.cn/article-147197-19.html:
// a 绩效目标 table whose first column is one cell 绩效指标 merged down the whole table, then
// 一级指标 | 二级指标 | 三级指标 | 指标值 | 实施进度 (已完成100%: how far the work got, no deadline).
const daying: WBlock[] = [
  { paragraph: '大英县2020年双心及文明城市创建专项资金项目绩效自评表' },
  {
    widths: [1, 2, 2, 3, 3, 2],
    rows: [
      { header: true, cells: [top('绩效\n指标'), w('一级指标'), w('二级指标'), w('三级指标'), w('指标值'), w('实施进度')] },
      wrow(cont(), top('项目决策'), '数量指标', '宣传次数', '至少全年完成2次宣传', '已完成100%'),
      wrow(cont(), cont(), '质量指标', '创建质量', '按质按量完成', '已完成100%'),
      wrow(cont(), cont(), '时效指标', '全年', '1-12月', '已完成100%'),
      wrow(cont(), cont(), '成本指标', '成本', '10万元', '已完成100%'),
      wrow(cont(), top('项目效益'), '社会效益\n指标', '提升全县消费者维权意识', '不断提升', '已完成100%'),
      wrow(cont(), '满意度指标', '满意度指标', '群众满意度', '90%', '已完成100%'),
    ],
  },
];

// 附表3 工程项目质量考核检查评分表, https://www.360docs.net/doc/026909904.html: 检查项目 (七、…) and its
// 基础分值 merged over the 检查内容 under it, rules that award (奖励1分) rather than deduct, and
// empty 奖励分 | 扣减分 | 实得分 | 情况说明 columns for the inspectors to fill in.
const jianchaScoring: WBlock[] = [
  { paragraph: '附表3：' },
  { paragraph: '工程项目质量考核检查评分表' },
  {
    widths: [2, 1, 2, 6, 1, 1, 1, 2],
    rows: [
      hrow('检查项目', '基础分值', '检查内容', '评分及奖罚标准', '奖励分', '扣减分', '实得分', '情况说明'),
      wrow(top('七、创优创奖及质量宣传'), top('10分'), '优质工程', '1、制订了项目创优规划和成立创优组织机构的，奖励1分；\n2、工程拟创优资料收集及时、完整的，奖励1分。', '', '', '', ''),
      wrow(cont(), cont(), 'QC成果', '1、国家级：每项奖励2分；\n2、省、部级：每项奖励0.5分；\n3、市级：每项奖励0.2分。', '', '', '', ''),
      wrow(cont(), cont(), '荣誉称号', '1、国家级：每项奖励2分；\n2、省、部级：每项奖励0.5分；\n3、市级：每项奖励0.2分。', '', '', '', ''),
      wrow(cont(), cont(), '宣传报道及刊物发表', '1、在《中国十九冶报》上，发表质量方面报道的，每篇奖励0.2分，发表质量管理论文的，每篇奖励0.5分；\n2、在市级以上的刊物上，发表质量方面报道的，每篇奖励0.5分，发表质量管理论文的，每篇奖励1分。', '', '', '', ''),
    ],
  },
];

describe('layouts of real documents from other places, round 4', () => {
  it('考核要点 under merged 考核内容（N分）/序号/考核指标, and a closing 否决项 row', async () => {
    const res = await convertWord(anhui);
    expect(res.document).toMatchObject({ title: '安徽省质量工作考核要点' });
    expect(res.document.region).toMatchObject({ province: '安徽省', city: null });
    const items = res.records.filter((r) => r.dimension !== '否决项');
    expect(items.map((r) => [r.dimension, r.dimensionPoints, r.indicatorCode, r.indicator, r.criterion])).toEqual([
      ['质量目标', 40, '1', '产品质量量化指标', '制造业产品质量合格率'],
      ['质量目标', 40, '1', '产品质量量化指标', '主要农产品质量安全监测合格率'],
      ['质量目标', 40, '2', '工程质量量化指标', '建筑工程竣工验收合格率'],
      ['质量措施', 60, '3', '质量宏观管理', '质量发展规划制订与实施'],
      ['质量措施', 60, '3', '质量宏观管理', '质量安徽建设活动'],
      ['质量措施', 60, '3', '质量宏观管理', '质量工作协调机制建立与运行'],
      ['质量措施', 60, '4', '质量安全监管', '质量监管能力和制度建设'],
      ['质量措施', 60, '4', '质量安全监管', '打击假冒伪劣及专项整治'],
      ['质量措施', 60, '5', '质量基础建设', '标准、计量、认证认可基础建设'],
      ['质量措施', 60, '5', '质量基础建设', '检验检测技术能力建设'],
    ]);
    // the veto is one item of its own: its text whole, under 否决项, with no points
    const veto = res.records.filter((r) => r.dimension === '否决项');
    expect(veto).toHaveLength(1);
    expect(veto[0]).toMatchObject({ indicatorCode: '6', criterion: '发生区域性、系统性产品质量安全事件的，考核结果一律为D级。', indicatorPoints: null, criterionPoints: null, dimensionPoints: null });
    // no merged dimension or indicator leaks into the veto row
    expect(veto[0]!.indicator).toBeNull();
    expect(res.records.every((r) => r.departments.length === 0 && r.deadline === null)).toBe(true);
    // 40 + 60 = 100, nothing to add up below them: nothing to warn about
    expect(warnings(res)).toEqual([]);
  });

  it('one cell holding “牵头单位：A\\n责任单位：B，C” under a header that names no role', async () => {
    const res = await convertWord(lishan);
    expect(res.document).toMatchObject({ year: 2023 });
    expect(res.document.region).toMatchObject({ province: '辽宁省', city: '鞍山市', county: '立山区' });
    expect(res.records.map((r) => [r.dimensionCode, r.dimension, r.indicatorCode])).toEqual([
      ['1', '经济社会发展的主要预期目标', '1'],
      ['1', '经济社会发展的主要预期目标', '2'],
      ['1', '经济社会发展的主要预期目标', '3'],
      ['1', '经济社会发展的主要预期目标', '4'],
      ['1', '经济社会发展的主要预期目标', '5'],
    ]);
    expect(res.records[0]!.task).toBe('努力实现地区生产总值增长6.2%左右。');
    expect(res.records.map(roles)).toEqual([
      [
        ['区发展和改革委员会', 'lead'],
        ['立山经济开发区', 'responsible'],
        ['全区经济运行各专班', 'responsible'],
      ],
      [
        ['区工业和信息化局', 'lead'],
        ['立山经济开发区', 'responsible'],
      ],
      [
        ['区发展和改革委员会', 'lead'],
        ['立山经济开发区', 'responsible'],
        ['各街道', 'responsible'],
        ['区直各部门', 'responsible'],
      ],
      [
        ['区商务局', 'lead'],
        ['各街道', 'responsible'],
        ['区市场监督管理局', 'responsible'],
      ],
      [
        ['区财政局', 'lead'],
        ['立山经济开发区', 'responsible'],
        ['各街道', 'responsible'],
        // a stem written without a level takes the document's (departments.md rule 2)
        ['区税务局', 'responsible'],
      ],
    ]);
    // the role labels are no part of a department's name
    expect(res.records.flatMap((r) => r.departments).some((d) => /单位|：/.test(d.name))).toBe(false);
    // a development zone and a group of task teams are units as written, not unknown names
    expect(codes(res, 'unknown-department')).toEqual([]);
    // a target is no deadline; nothing here states one
    expect(res.records.every((r) => r.deadline === null)).toBe(true);
  });

  it('指标体系 with 权重, 苏南/全省 target columns, a 单位 column and a 数据提供部门 column', async () => {
    const res = await convertWord(jiangsu);
    expect(res.document.region).toMatchObject({ province: '江苏省', city: null });
    // a title ending in 指标体系 is a title; the short name 江苏 at its start is the province
    expect(res.document.title).toBe('江苏基本实现现代化指标体系');
    expect(res.records).toHaveLength(10);
    // the sub-indicator is the leaf; its group is the indicator, which carries the 权重
    expect(res.records.map((r) => [r.dimension, r.indicatorCode, r.indicatorPoints])).toEqual([
      ['经济现代化', '1', 4],
      ['经济现代化', '2', 3],
      ['经济现代化', '3', 3],
      ['经济现代化', '9', 2],
      ['人民生活现代化', '11', 6],
      ['人民生活现代化', '11', 6],
      ['人民生活现代化', '11', 6],
      ['人民生活现代化', '13', 5],
      ['人民生活现代化', '13', 5],
      ['人民生活现代化', '13', 5],
    ]);
    const names = res.records.map((r) => [r.indicator, r.criterion]);
    expect(names[0]).toEqual(['人均地区生产总值', null]);
    expect(names[4]).toEqual(['居民收入水平', '城镇居民人均可支配收入']);
    expect(names[9]).toEqual(['基本社会保障', '城镇住房保障体系健全率']);
    // the province's target is the target; the 苏南 one stays with the record, named
    expect(res.records.map((r) => r.target)).toEqual(['130000', '60', '45', '15', '70000', '32000', '50', '98', '98', '99']);
    expect(res.records[2]!.targetValue).toMatchObject({ value: 45, unit: '万元/人' });
    expect(res.records[0]!.notes).toContain('苏南目标值：180000');
    expect(res.records[9]!.notes ?? '').not.toContain('苏南目标值');
    // the providers of the figures are kept, named, but are not units responsible for the work
    expect(res.records[2]!.notes).toContain('数据提供部门：经信、统计');
    expect(res.records[9]!.notes).toContain('数据提供部门：住建');
    expect(res.records.every((r) => r.departments.length === 0)).toBe(true);
    expect(codes(res, 'unknown-department')).toEqual([]);
    // a 权重 merged over a group is the group's, counted once
    expect(res.records[5]!.flags).toContain('points-from-merged-cell');
    expect(warnings(res)).toEqual([]);
  });

  it('targets numbered ㈦…㈩ and tasks 19、… in their own text, pre-2018 units', async () => {
    const res = await convertWord(xinyu);
    expect(res.document.region).toMatchObject({ province: '江西省', city: '新余市' });
    expect(res.records.map((r) => [r.criterionCode, r.taskCode])).toEqual([
      ['7', '19'],
      ['8', '20'],
      ['9', '21'],
      ['10', '22'],
    ]);
    expect(res.records[0]!.criterion).toBe('依法治理和有效控制饮用水源和植物土壤的污染，饮用水源达到国家饮用水三级以上标准，灌溉水源符合国家标准。');
    expect(res.records[3]!.task).toBe('加强食品安全宣传教育。深入开展食品安全“五进”（即进机关、进企业、进社区、进学校、进农村）宣传活动。');
    expect(res.records.map((r) => r.departments.map((d) => d.name))).toEqual([
      ['市生态环境局', '市住房和城乡建设局', '市农业农村局', '市水利局'],
      ['市市场监督管理局', '市农业农村局', '市市场监督管理局', '市市场监督管理局', '市卫生健康委员会'],
      ['市市场监督管理局', '市市场监督管理局', '市市场监督管理局', '市卫生健康委员会'],
      ['市委宣传部', '市市场监督管理局'],
    ]);
    expect(res.records.flatMap((r) => r.departments).every((d) => d.known && d.role === 'responsible')).toBe(true);
    // 80%以上 inside the target's sentence is no 分值
    expect(res.records.every((r) => r.criterionPoints === null && r.indicatorPoints === null)).toBe(true);
    expect(warnings(res)).toEqual([]);
  });

  it('a 考核项目表 with blank numbered slots (1. 2. ……) and —— where no unit is named', async () => {
    const res = await convertWord(kaohe);
    expect(res.document.title).toBe('2012年度工作绩效考核项目表');
    // the blank slots of 重点工作 are one item to be filled in, not four records without content
    const key = res.records.filter((r) => r.dimension === '重点工作');
    expect(key).toHaveLength(1);
    expect(key[0]).toMatchObject({ dimensionCode: '1', dimensionPoints: 500, scoringMethod: '按实绩赋分' });
    expect(roles(key[0]!)).toEqual([
      ['县委办公室', 'lead'],
      ['县政府办公室', 'lead'],
      ['县考核办', 'responsible'],
    ]);
    expect(res.diagnostics.some((d) => d.message.includes('……'))).toBe(true);
    const rest = res.records.filter((r) => r.dimension !== '重点工作');
    expect(rest.map((r) => [r.dimensionCode, r.dimension, r.dimensionPoints, r.indicatorCode, r.indicator, r.indicatorPoints, r.scoringMethod])).toEqual([
      ['2', '“五型”机关创建', 100, '1', '责任型和服务型机关创建', 30, '按排名赋分'],
      ['2', '“五型”机关创建', 100, '2', '学习型机关创建', 20, '按排名赋分'],
      ['2', '“五型”机关创建', 100, '3', '效率型和廉洁型机关创建', 50, '按排名赋分'],
      ['3', '综合评价', 400, '1', '县四套班子领导评价', 100, '按排名赋分'],
      ['3', '综合评价', 400, '2', '街道（乡镇）党政主要领导评价', 50, '按排名赋分'],
      ['3', '综合评价', 400, '3', '互学互比', 50, '按实绩赋分'],
      ['3', '综合评价', 400, '4', '督考综评', 100, '按实绩赋分'],
      ['3', '综合评价', 400, '5', '民意调查', 100, '按实绩赋分'],
    ]);
    expect(roles(rest[1]!)).toEqual([
      ['县直属机关工作委员会', 'lead'],
      ['县委宣传部', 'responsible'],
    ]);
    // —— names no unit: no department, no unknown-department warning for it
    expect(roles(rest[6]!)).toEqual([['县考核办', 'lead']]);
    // a bracket naming a unit adds that unit (departments.md rule 5), at the level of the unit it follows
    expect(roles(rest[2]!)).toEqual([
      ['县直属机关工作委员会', 'lead'],
      ['县纪律检查委员会', 'responsible'],
      ['县监察委员会', 'responsible'],
      ['县财政局', 'responsible'],
      ['县审计局', 'responsible'],
    ]);
    expect(roles(rest[7]!)).toEqual([
      ['县发展和改革委员会', 'lead'],
      ['县统计局', 'lead'],
    ]);
    expect(res.records.flatMap((r) => r.departments).some((d) => d.name.includes('—'))).toBe(false);
    // 30 + 20 + 50 = 100 and 100 + 50 + 50 + 100 + 100 = 400: the points add up
    expect(warnings(res).filter((c) => c.includes('points') || c.includes('total'))).toEqual([]);
  });

  it('绩效 table: a label column merged down the table, 指标值 as the target, 实施进度 as a note', async () => {
    const res = await convertWord(daying);
    expect(res.records.map((r) => [r.dimension, r.subdimension, r.indicator, r.target])).toEqual([
      ['项目决策', '数量指标', '宣传次数', '至少全年完成2次宣传'],
      ['项目决策', '质量指标', '创建质量', '按质按量完成'],
      ['项目决策', '时效指标', '全年', '1-12月'],
      ['项目决策', '成本指标', '成本', '10万元'],
      ['项目效益', '社会效益指标', '提升全县消费者维权意识', '不断提升'],
      ['满意度指标', '满意度指标', '群众满意度', '90%'],
    ]);
    // how far the work got is a note, not a deadline
    expect(res.records.every((r) => r.deadline === null)).toBe(true);
    expect(res.records.every((r) => r.notes === '实施进度：已完成100%')).toBe(true);
    expect(res.records[5]!.targetValue).toMatchObject({ value: 90, unit: '%' });
    // the label down the first column is no field of any record
    expect(res.records.some((r) => JSON.stringify([r.dimension, r.subdimension, r.indicator, r.criterion, r.task]).includes('绩效指标'))).toBe(false);
  });

  it('检查评分表: 基础分值 merged over the 检查内容, award rules, empty 奖励分/扣减分/实得分 columns', async () => {
    const res = await convertWord(jianchaScoring);
    expect(res.document.title).toBe('工程项目质量考核检查评分表');
    expect(res.records.map((r) => [r.indicatorCode, r.indicator, r.indicatorPoints, r.criterion])).toEqual([
      ['7', '创优创奖及质量宣传', 10, '优质工程'],
      ['7', '创优创奖及质量宣传', 10, 'QC成果'],
      ['7', '创优创奖及质量宣传', 10, '荣誉称号'],
      ['7', '创优创奖及质量宣传', 10, '宣传报道及刊物发表'],
    ]);
    expect(res.records[1]!.scoringMethod).toBe('1、国家级：每项奖励2分；2、省、部级：每项奖励0.5分；3、市级：每项奖励0.2分。');
    // a rule stating several amounts awards them; it is no points of the item
    expect(res.records.every((r) => r.criterionPoints === null)).toBe(true);
    // the 10 points merged over four rows are the item's, counted once
    expect(res.records[3]!.flags).toContain('points-from-merged-cell');
    // columns left blank for the inspectors add nothing
    expect(res.records.every((r) => r.notes === null && r.departments.length === 0)).toBe(true);
    expect(warnings(res)).toEqual([]);
  });
});
