// The documents of test/e2e/unseen-layouts-6.test.ts, the sixth round of layouts from real
// documents of kinds the earlier rounds (unseen-docs.ts, unseen-layouts-4.test.ts) did not cover.
// Each is rebuilt cell by cell as Word writes it (scripts/word-builder.ts: every row lists its
// cells, vertical merges as restart/continue, spans as w:gridSpan) with the cell texts worded as
// such documents word them. The sources are the kinds of 附件 county and city governments and
// their 市场监管局 publish with a 质量强县/质量强市 plan or assessment; the names of places and
// units are the publishers' own, the figures abridged. scripts/make-unseen6-pdfs.ts prints each to
// PDF (test/fixtures/pdf/unseen6/), and the test requires the print to give the Word records.
// A document's blocks are never changed for one format: edit one here and regenerate its PDF.
import { cont, hrow, top, w, wrow, type WBlock } from '../../scripts/word-builder.ts';

// 质量强县（市、区）工作考核评分表, the 附件 of a county's 质量强县 assessment (浙江/江西 counties publish
// it as 序号 | 考核内容 | 考核要点 | 分值 | 评分办法 | 自评分 | 得分): the content merged over its
// 考核要点 with its points in brackets, a 分值 per 考核要点, the assessed county's 自评分 filled in
// where it scored itself and the assessors' 得分 left empty, and a 合计 row holding both totals.
export const qiangxianScoring: WBlock[] = [
  { paragraph: '附件' },
  { paragraph: '2023年度遂昌县质量强县工作考核评分表' },
  {
    widths: [1, 3, 6, 1, 6, 1, 1],
    rows: [
      hrow('序号', '考核内容', '考核要点', '分值', '评分办法', '自评分', '得分'),
      wrow(top('1'), top('质量工作组织领导（10分）'), '成立质量强县工作领导小组，建立工作协调推进机制。', '4', '成立领导小组的得2分；建立协调推进机制并有效运行的得2分。', '4', ''),
      wrow(cont(), cont(), '将质量工作纳入乡镇（街道）和部门年度综合考核。', '6', '纳入综合考核且权重不低于2%的得6分；纳入考核但权重低于2%的得3分；未纳入的不得分。', '6', ''),
      wrow(top('2'), top('质量基础建设（15分）'), '新建或改造社会公用计量标准。', '5', '每新建或改造1项得1分，最高5分。', '3', ''),
      wrow(cont(), cont(), '主导或参与制修订国家、行业标准。', '5', '主导制定国家标准的每项得2分，参与的每项得1分，最高5分。', '', ''),
      wrow(cont(), cont(), '推进检验检测认证机构整合和资源共享。', '5', '完成整合任务的得5分；部分完成的得2分。', '', ''),
      wrow(w('合计', 3), '25', '', '13', ''),
    ],
  },
];

// 三年行动计划 主要目标任务分解 (a city's 质量强市建设三年行动计划（2024—2026年）附件): one target
// column per year headed by the year alone (2024年 | 2025年 | 2026年) after a 2023年基数 column,
// with 单位 and 责任单位.
export const yearColumns: WBlock[] = [
  { paragraph: '丽水市质量强市建设三年行动计划（2024—2026年）主要目标任务分解表' },
  {
    widths: [1, 5, 1, 2, 2, 2, 2, 3],
    rows: [
      hrow('序号', '指标名称', '单位', '2023年基数', '2024年', '2025年', '2026年', '责任单位'),
      wrow('1', '制造业产品质量合格率', '%', '93.8', '94', '94.5', '95', '市市场监管局、市经信局'),
      wrow('2', '新增“品字标浙江制造”企业', '家', '12', '15', '18', '20', '市市场监管局'),
      wrow('3', '主导制修订国家标准和行业标准', '项', '8', '10', '12', '15', '市市场监管局、市科技局'),
    ],
  },
];

// A bureau's own 年度重点工作任务清单 (市场监管局 internal lists: 序号 | 工作任务 | 责任领导 | 责任科室 |
// 完成时限 | 成效指标): the leader is a person, the sections of the bureau (科, 处) do the work, and the
// 成效指标 is what the work must achieve.
export const bureauTasks: WBlock[] = [
  { paragraph: '衢州市市场监督管理局2024年质量工作重点任务清单' },
  {
    widths: [1, 6, 2, 2, 2, 4],
    rows: [
      hrow('序号', '工作任务', '责任领导', '责任科室', '完成时限', '成效指标'),
      wrow('1', '组织实施产品质量监督抽查，加强抽查结果处理。', '王建国', '产品质量安全监督管理科', '2024年11月底前', '完成市级监督抽查500批次以上'),
      wrow('2', '开展质量强县（市、区）创建，指导县（市、区）争创省级质量强县。', '李明', '质量发展科', '2024年12月', '新增省级质量强县1个'),
      wrow('3', '推进标准化试点示范项目建设。', '李明', '标准化处', '长期', '新增国家级标准化试点项目2个以上'),
    ],
  },
];

// 质量提升行动重点项目表 (a city's 质量提升行动 附件: 序号 | 项目名称 | 建设内容 | 建设年限 | 总投资（万元） |
// 2024年计划投资（万元） | 责任单位), the projects grouped under section rows spanning the table (一、… 二、…)
// and the 序号 starting again at 1 in each section.
export const keyProjects: WBlock[] = [
  { paragraph: '湖州市质量提升行动重点项目表' },
  {
    widths: [1, 3, 6, 2, 2, 2, 3],
    rows: [
      hrow('序号', '项目名称', '建设内容', '建设年限', '总投资（万元）', '2024年计划投资（万元）', '责任单位'),
      wrow(w('一、质量基础设施项目', 7)),
      wrow('1', '湖州市计量检定测试中心', '新建计量检定实验室1.2万平方米，购置检定设备200台（套）。', '2023—2025年', '18000', '6000', '市市场监管局'),
      wrow('2', '国家绿色家居产品质量检验检测中心', '建设检测实验室及配套用房，形成家居产品全项目检测能力。', '2024—2026年', '25000', '5000', '市市场监管局、吴兴区人民政府'),
      wrow(w('二、产业质量提升项目', 7)),
      wrow('1', '新能源汽车零部件质量提升项目', '实施生产线智能化改造，建立全流程质量追溯系统。', '2024—2025年', '32000', '12000', '市经信局'),
      wrow('2', '湖羊产业全链条质量提升工程', '建设标准化养殖基地10个，制定湖羊养殖地方标准2项。', '2024年', '4500', '4500', '市农业农村局'),
    ],
  },
];

// 工作推进计划表 with a header in three rows: 责任分工及进度安排 over 责任单位 and 时间安排, each over
// 牵头单位/配合单位 and 开始时间/完成时间; 序号, 重点任务 and 具体措施 merged down all three rows.
export const threeRowHeader: WBlock[] = [
  { paragraph: '嘉兴市质量强市建设工作推进计划表' },
  {
    widths: [1, 3, 6, 3, 3, 2, 2],
    rows: [
      { header: true, cells: [top('序号'), top('重点任务'), top('具体措施'), w('责任分工及进度安排', 4)] },
      { header: true, cells: [cont(), cont(), cont(), w('责任单位', 2), w('时间安排', 2)] },
      { header: true, cells: [cont(), cont(), cont(), w('牵头单位'), w('配合单位'), w('开始时间'), w('完成时间')] },
      wrow(top('1'), top('强化质量基础支撑'), '建设长三角质量基础设施一站式服务平台。', '市市场监管局', '市发展改革委、市科技局', '2024年1月', '2024年12月'),
      wrow(cont(), cont(), '培育省级以上标准化示范项目。', '市市场监管局', '各县（市、区）人民政府', '2024年3月', '2025年6月'),
      wrow('2', '提升工程建设质量', '开展住宅工程质量潜在缺陷保险试点。', '市住房城乡建设局', '市金融办', '2024年4月', '2024年10月'),
    ],
  },
];

// 质量工作考核细则 with no 分值 column: the item's points written inside its text (`…。（3分）`, ASCII
// `(2分)`), the group's points on a line of its own in the merged 考核项目 cell, under the header
// 考核内容及分值, with the 考核部门 of each item.
export const pointsInText: WBlock[] = [
  { paragraph: '2022年度台州市黄岩区质量工作考核细则' },
  {
    widths: [2, 7, 6, 2],
    rows: [
      hrow('考核项目', '考核内容及分值', '评分标准', '考核部门'),
      wrow(top('组织领导\n（8分）'), '1.建立质量工作领导机制，定期研究部署质量工作。（3分）', '召开专题会议研究质量工作的得3分，未召开的不得分。', '区市场监管局'),
      wrow(cont(), '2.将质量工作经费列入本级财政预算。(2分)', '列入预算的得2分。', '区财政局'),
      wrow(cont(), '3.开展“质量月”等群众性质量活动。（3分）', '开展活动的得2分；活动有特色、有影响的另加1分。', '区市场监管局'),
      wrow(top('质量安全\n（12分）'), '4.未发生区域性、系统性质量安全事故。（8分）', '发生一般质量安全事故的扣4分，发生较大及以上事故的不得分。', '区市场监管局、区应急管理局'),
      wrow(cont(), '5.完成产品质量监督抽查任务，不合格产品后处理率100%。（4分）', '抽查任务完成率每低1个百分点扣0.5分。', '区市场监管局'),
    ],
  },
];

// 重点工作任务分解 with a 备注 column and no deadline or support column: the remarks hold a deadline
// (`2024年6月底前完成`), the units that help (`市财政局、市发改委配合`) or a reporting rule, as the
// 备注 of such lists do.
export const notesColumn: WBlock[] = [
  { paragraph: '金华市2024年质量强市工作要点任务分解' },
  {
    widths: [1, 7, 3, 4],
    rows: [
      hrow('序号', '重点工作', '牵头单位', '备注'),
      wrow('1', '出台质量强市建设实施意见。', '市市场监管局', '2024年6月底前完成'),
      wrow('2', '落实首席质量官制度，新增首席质量官100名。', '市市场监管局', '市经信局、市人力社保局配合'),
      wrow('3', '开展政府质量工作考核。', '市市场监管局', '每季度报送工作进展'),
    ],
  },
];

// 各县（市、区）目标任务分配表 written the other way round: a row per county, a column per indicator
// with its unit in brackets (新增市场主体（户） …), and a 合计 row (a city's 质量工作 目标任务 附件).
export const transposed: WBlock[] = [
  { paragraph: '2024年各县（市、区）质量工作主要目标任务分配表' },
  {
    widths: [1, 3, 2, 3, 2, 2],
    rows: [
      hrow('序号', '县（市、区）', '新增市场主体（户）', '产品质量监督抽查合格率（%）', '新增省级以上品牌（个）', '制修订标准（项）'),
      wrow('1', '婺城区', '5000', '≥95', '3', '2'),
      wrow('2', '金东区', '4200', '≥95', '2', '1'),
      wrow('3', '兰溪市', '3800', '≥94', '2', '2'),
      wrow('4', '义乌市', '9000', '≥96', '5', '3'),
      wrow(w('合计', 2), '22000', '—', '12', '8'),
    ],
  },
];

// 巡察（审计）反馈问题整改清单, the 附件 every 整改方案 carries (序号 | 存在问题 | 整改措施 | 整改目标 | 责任单位 |
// 责任人 | 整改时限): a problem merged over the measures that answer it, each measure with its own
// aim, unit, person and deadline; a measure cell may hold two numbered measures.
export const rectification: WBlock[] = [
  { paragraph: '市市场监管局关于质量强市工作专项督查反馈问题整改清单' },
  {
    widths: [1, 4, 5, 3, 3, 1, 2],
    rows: [
      hrow('序号', '存在问题', '整改措施', '整改目标', '责任单位', '责任人', '整改时限'),
      wrow(top('1'), top('质量工作考核指标体系不完善，部分指标未量化。'), '修订质量工作考核办法，细化量化考核指标。', '考核指标全部量化', '市市场监管局', '张伟', '2024年6月底前'),
      wrow(cont(), cont(), '建立考核结果通报制度。', '考核结果按年度通报', '市市场监管局', '张伟', '2024年12月底前'),
      wrow('2', '计量检定能力不足，部分强检项目无法开展。', '1.新建社会公用计量标准5项。\n2.补齐强检项目检定能力短板。', '强检项目覆盖率达到95%以上', '市市场监管局、市财政局', '刘强', '2024年12月底前'),
      wrow('3', '企业质量主体责任落实不到位。', '开展首席质量官培训，督促企业建立质量管理体系。', '规上企业首席质量官覆盖率达到60%', '市经信局', '陈敏', '长期坚持'),
    ],
  },
];

// 年度重点工作 按季度推进计划 (a county's 质量强县 年度工作计划 附件: 序号 | 重点工作 | 责任单位 | 时间进度 over
// 一季度 | 二季度 | 三季度 | 四季度): each quarter's cell holds the milestone due in it, empty where none.
export const quarterly: WBlock[] = [
  { paragraph: '缙云县2024年质量强县重点工作推进计划' },
  {
    widths: [1, 5, 3, 2, 2, 2, 2],
    rows: [
      { header: true, cells: [top('序号'), top('重点工作'), top('责任单位'), w('时间进度', 4)] },
      { header: true, cells: [cont(), cont(), cont(), w('一季度'), w('二季度'), w('三季度'), w('四季度')] },
      wrow('1', '组织开展县政府质量奖评选。', '县市场监管局', '制定评选方案', '组织申报', '开展评审', '公布结果'),
      wrow('2', '推进小微企业质量管理体系认证提升行动。', '县市场监管局、县经济商务局', '摸底调查', '组织培训', '完成认证20家', ''),
      wrow('3', '开展质量强县工作自评。', '县质量强县工作领导小组办公室', '', '', '', '形成自评报告'),
    ],
  },
];

// 质量强县 考核评分细则 with a 考核方式 column beside 评分标准 (考核项目 | 考核内容 | 分值 | 考核方式 | 评分标准, as
// county 评分细则 print it): 考核方式 says how the assessors check (查阅资料、实地查看), 评分标准 how they score.
export const checkMethod: WBlock[] = [
  { paragraph: '青田县质量强县工作考核评分细则' },
  {
    widths: [2, 6, 1, 2, 6],
    rows: [
      hrow('考核项目', '考核内容', '分值', '考核方式', '评分标准'),
      wrow(top('质量发展（20分）'), '制定出台质量强县建设实施方案。', '8', '查阅资料', '出台方案的得8分；未出台的不得分。'),
      wrow(cont(), '建立质量工作联席会议制度，每年至少召开1次会议。', '6', '查阅资料、实地查看', '建立制度的得3分；召开会议的得3分。'),
      wrow(cont(), '开展质量强县宣传活动。', '6', '查阅资料', '开展宣传活动的得6分。'),
      wrow(top('质量安全（10分）'), '未发生较大及以上质量安全事故。', '10', '部门核实', '发生较大质量安全事故的不得分。'),
    ],
  },
];

// 重点任务清单 with a 任务来源 column (序号 | 重点任务 | 任务来源 | 责任单位 | 完成时限): where each task comes
// from (the government work report, a province assessment), and 责任单位 cells written with the short
// role labels 牵头：/配合：/参与： on lines of their own, as 江苏 and 浙江 lists write them.
export const taskSource: WBlock[] = [
  { paragraph: '宿迁市2024年质量强市建设重点任务清单' },
  {
    widths: [1, 6, 3, 4, 2],
    rows: [
      hrow('序号', '重点任务', '任务来源', '责任单位', '完成时限'),
      wrow('1', '创建全国质量强市示范城市。', '市政府工作报告', '牵头：市市场监管局\n配合：市发改委、市工信局', '2024年12月'),
      wrow('2', '实施“标准化+”行动，主导制修订国家标准5项以上。', '省质量强省建设考核指标', '牵头：市市场监管局\n参与：各县（区）人民政府', '2024年底'),
      wrow('3', '开展质量基础设施“一站式”服务。', '市委全会部署', '市市场监管局', '长期坚持'),
    ],
  },
];

// 项目支出绩效目标表, published with every department's budget (部门预算公开): a form on top (项目名称,
// 主管部门/实施单位, 项目资金, 年度绩效目标 as label | value cells) and, in the same table, the targets under
// a header row 一级指标 | 二级指标 | 三级指标 | 指标值, 产出指标/效益指标 merged down over their 二级指标.
export const performanceTargets: WBlock[] = [
  { paragraph: '2024年度项目支出绩效目标表' },
  {
    widths: [2, 2, 4, 3],
    rows: [
      wrow('项目名称', w('质量强县创建专项经费', 3)),
      wrow('主管部门', '松阳县市场监督管理局', '实施单位', '松阳县市场监督管理局'),
      wrow('项目资金（万元）', w('50', 3)),
      wrow('年度绩效目标', w('完成质量强县创建任务，开展质量提升活动，提升全县质量总体水平。', 3)),
      wrow('一级指标', '二级指标', '三级指标', '指标值'),
      wrow(top('产出指标'), top('数量指标'), '开展质量提升培训', '≥5场'),
      wrow(cont(), cont(), '帮扶企业开展质量攻关', '≥20家'),
      wrow(cont(), '时效指标', '创建任务完成时间', '2024年12月底前'),
      wrow(top('效益指标'), '社会效益指标', '全县产品质量监督抽查合格率', '≥95%'),
      wrow(cont(), '满意度指标', '企业满意度', '≥90%'),
    ],
  },
];

// 考核细则 with the rules split in two columns, 扣分标准 and 加分标准 (序号 | 考核内容 | 分值 | 扣分标准 |
// 加分标准), as 质量工作考核 细则 of several counties print them.
export const deductBonus: WBlock[] = [
  { paragraph: '2023年度龙泉市质量工作考核细则' },
  {
    widths: [1, 5, 1, 5, 4],
    rows: [
      hrow('序号', '考核内容', '分值', '扣分标准', '加分标准'),
      wrow('1', '完成年度产品质量监督抽查任务。', '10', '未完成抽查任务的每少1批次扣0.5分。', '获评省级抽查工作先进的加2分。'),
      wrow('2', '建立质量安全风险预警机制。', '5', '未建立机制的扣5分。', ''),
      wrow('3', '培育“品字标”企业。', '5', '未完成培育目标的扣3分。', '每超额培育1家加1分，最高加3分。'),
    ],
  },
];

// 重点任务分工 with the unit and the deadline in one column (序号 | 重点任务 | 责任单位及完成时限), the
// deadline on a line of its own or after a `；`, as shorter 任务分工 tables in 实施方案 print them.
export const deptWithDeadline: WBlock[] = [
  { paragraph: '温州市质量强市建设实施方案重点任务分工' },
  {
    widths: [1, 8, 4],
    rows: [
      hrow('序号', '重点任务', '责任单位及完成时限'),
      wrow('1', '制定质量强市建设年度工作要点。', '市市场监管局\n2024年6月底前'),
      wrow('2', '推进制造业质量技术攻关，实施重点产品质量提升项目。', '市发改委、市经信局；2024年12月底前'),
      wrow('3', '开展质量强县（市、区）创建工作。', '各县（市、区）人民政府\n长期坚持'),
    ],
  },
];

// 主要指标 printed in two halves side by side to fit the page (序号 | 指标名称 | 单位 | 2025年目标值 twice over),
// as the 附表 of some 质量发展/市场监管 规划 print a short list of indicators.
export const sideBySide: WBlock[] = [
  { paragraph: '台州市“十四五”质量发展主要指标' },
  {
    widths: [1, 4, 1, 2, 1, 4, 1, 2],
    rows: [
      hrow('序号', '指标名称', '单位', '2025年目标值', '序号', '指标名称', '单位', '2025年目标值'),
      wrow('1', '制造业产品质量合格率', '%', '≥95', '4', '食品安全抽检合格率', '%', '≥98.5'),
      wrow('2', '农产品质量安全抽检合格率', '%', '≥98', '5', '药品抽检合格率', '%', '≥99'),
      wrow('3', '每万人口高价值发明专利拥有量', '件', '8', '', '', '', ''),
    ],
  },
];

/** Every document above, in the order of the tests (each printed to PDF). */
export const UNSEEN6_DOCS: { name: string; blocks: WBlock[] }[] = [
  { name: 'qiangxianScoring', blocks: qiangxianScoring },
  { name: 'yearColumns', blocks: yearColumns },
  { name: 'bureauTasks', blocks: bureauTasks },
  { name: 'keyProjects', blocks: keyProjects },
  { name: 'threeRowHeader', blocks: threeRowHeader },
  { name: 'pointsInText', blocks: pointsInText },
  { name: 'notesColumn', blocks: notesColumn },
  { name: 'transposed', blocks: transposed },
  { name: 'rectification', blocks: rectification },
  { name: 'quarterly', blocks: quarterly },
  { name: 'checkMethod', blocks: checkMethod },
  { name: 'taskSource', blocks: taskSource },
  { name: 'performanceTargets', blocks: performanceTargets },
  { name: 'deductBonus', blocks: deductBonus },
  { name: 'deptWithDeadline', blocks: deptWithDeadline },
  { name: 'sideBySide', blocks: sideBySide },
];
