// The documents of the unseen-layouts tests (test/e2e/unseen-layouts*.test.ts), each as the
// blocks a builder turns into a real .docx: `spec` ones through scripts/make-docx-samples.ts
// (`buildDocx`, rowSpan/colSpan cells), `word` ones through scripts/word-builder.ts (`wordFile`,
// cells as Word writes them). The tests read each from Word; scripts/make-unseen-pdfs.ts prints
// the same documents to PDF (test/fixtures/pdf/unseen/) and test/e2e/cross-format-unseen-2.test.ts
// requires the PDF to give the Word file's records. A document's blocks are never changed for
// one format: edit a document here and both tests see it (regenerate the PDFs).
import { buildDocx, type SpecBlock } from '../../scripts/make-docx-samples.ts';
import { cont, hrow, top, w, wordFile, wrow, type WBlock, type WPage } from '../../scripts/word-builder.ts';

const c = (t: string, rowSpan?: number, colSpan?: number) => ({ lines: t ? t.split('\n') : [], rowSpan, colSpan });

export type UnseenDoc = { name: string; builder: 'spec'; blocks: SpecBlock[] } | { name: string; builder: 'word'; blocks: WBlock[] };

/** The document as a .docx; `page` (word documents only) prints it on another page. */
export async function unseenDocx(doc: UnseenDoc, page?: WPage): Promise<Uint8Array> {
  if (doc.builder === 'spec') {
    if (page) throw new Error(`${doc.name}: page variants are made by the word builder only`);
    return new Uint8Array(await buildDocx(doc.blocks));
  }
  return wordFile(doc.blocks, page ? { page } : {});
}

// ---------------------------------------------------------------------------
// test/e2e/unseen-layouts.test.ts

/** two-row header: 责任单位 spanning 牵头单位/配合单位; merged task cells; 序号 */
export const kunshan: SpecBlock[] = [
  { kind: 'paragraph', text: '昆山市2020年质量强市工作任务分解表' },
  {
    kind: 'table',
    widths: [1, 4, 5, 2, 2, 2],
    rows: [
      { tableHeader: true, cells: [c('序号', 2), c('重点工作任务', 2), c('具体措施', 2), c('责任单位', 1, 2), c('完成时间', 2)] },
      { tableHeader: true, cells: [c('牵头单位'), c('配合单位')] },
      { cells: [c('1', 2), c('实施质量提升行动', 2), c('制定质量提升行动方案'), c('市市场监管局'), c('市发改委、市工信局'), c('2020年6月底前')] },
      { cells: [c('开展质量月活动'), c('市市场监管局'), c('各区镇'), c('每年9月')] },
      { cells: [c('2'), c('加强品牌建设'), c('培育省级名牌产品5个以上'), c('市市场监管局'), c('市商务局'), c('长期坚持')] },
    ],
  },
];

/** Traditional characters and full-width digits in a Word table */
export const shunde: SpecBlock[] = [
  { kind: 'paragraph', text: '順德區質量強區工作任務分解表' },
  {
    kind: 'table',
    widths: [3, 5, 2, 2],
    rows: [
      { tableHeader: true, cells: [c('指標內容'), c('工作任務'), c('責任單位'), c('完成時限')] },
      { cells: [c('１．質量發展規劃（１０分）'), c('１．１出台質量發展規劃。'), c('區市場監管局'), c('２０２０年１２月')] },
    ],
  },
];

/** a table without a header row is mapped by content */
export const yiwu: SpecBlock[] = [
  { kind: 'paragraph', text: '义乌市质量工作考核评分细则' },
  {
    kind: 'table',
    widths: [2, 4, 6, 2, 1],
    rows: [
      { cells: [c('质量基础（20分）', 2), c('1.标准化工作（10分）'), c('制定标准化发展规划的得5分；主导制定国家标准的每项得1分，最高5分。'), c('市市场监管局'), c('10')] },
      { cells: [c('2.计量工作（10分）'), c('建立计量工作协调机制的得5分，未建立的不得分；开展计量检定的得5分。'), c('市市场监管局、市财政局'), c('10')] },
    ],
  },
];

/** section rows spanning the table head the rows below them (no dimension column) */
export const hangzhou: SpecBlock[] = [
  { kind: 'paragraph', text: '杭州市质量强市建设重点工作任务清单' },
  {
    kind: 'table',
    widths: [1, 6, 3, 2],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('工作任务'), c('责任单位'), c('完成时限')] },
      { cells: [c('一、质量宏观管理（23分）', 1, 4)] },
      { cells: [c('1'), c('制定质量发展规划'), c('市市场监管局'), c('2021年底')] },
      { cells: [c('2'), c('建立质量工作考核机制'), c('市委组织部'), c('2021年6月')] },
      { cells: [c('二、质量安全监管', 1, 4)] },
      { cells: [c('3'), c('开展产品质量监督抽查'), c('市市场监管局'), c('每季度')] },
    ],
  },
];

/** 一级/二级/三级指标 with merged points per group and a 加分项 row spanning the hierarchy */
export const quanzhou: SpecBlock[] = [
  { kind: 'paragraph', text: '2019年度泉州市质量工作考核评分表' },
  {
    kind: 'table',
    widths: [2, 2, 4, 1, 5, 2],
    rows: [
      { tableHeader: true, cells: [c('一级指标'), c('二级指标'), c('三级指标'), c('分值'), c('评分标准'), c('责任单位')] },
      { cells: [c('质量发展\n（30分）', 3), c('质量规划\n（10分）', 2), c('1.制定质量发展规划'), c('5'), c('已出台的得5分，未出台的不得分。'), c('市市场监管局', 2)] },
      { cells: [c('2.规划实施情况'), c('5'), c('按进度实施的得5分。')] },
      { cells: [c('质量投入\n（20分）'), c('3.质量工作经费保障'), c('20'), c('经费足额保障的得20分；不足的按比例扣分。'), c('市财政局')] },
      { cells: [c('加分项', 1, 3), c('5'), c('获得中国质量奖的加5分。'), c('市市场监管局')] },
    ],
  },
];

/** (a) 评分表: 考核项目 merged over 4 and 3 rows, 分值 per row, 考核部门, a 合计 row */
export const changdeScoring: WBlock[] = [
  { paragraph: '常德市2023年度质量强市工作考核评分表' },
  {
    widths: [2, 5, 1, 6, 2],
    rows: [
      hrow('考核项目', '考核内容', '分值', '评分标准', '考核部门'),
      wrow(top('质量工作组织领导'), '成立质量强市工作领导小组，定期研究质量工作。', '5', '成立领导小组的得2分；每年召开会议研究质量工作的得3分。', '市市场监管局'),
      wrow(cont(), '将质量工作纳入政府绩效考核。', '5', '纳入绩效考核的得5分，未纳入的不得分。', '市委组织部'),
      wrow(cont(), '制定实施质量发展规划。', '4', '出台规划的得2分；按进度实施的得2分。', '市发改委'),
      wrow(cont(), '落实质量工作经费保障。', '3', '经费列入财政预算的得3分。', '市财政局'),
      wrow(top('质量基础建设'), '加强计量能力建设，新建社会公用计量标准。', '5', '每新建1项得1分，最高5分。', '市场监管局'),
      wrow(cont(), '实施标准化战略。', '4', '主导制定国家或行业标准的每项得2分，最高4分。', '市质监局'),
      wrow(cont(), '推进检验检测认证机构整合。', '3', '完成整合任务的得3分。', '市市场监督管理局'),
      wrow(w('合计', 2), '29', '', ''),
    ],
  },
];

/** (a) 评分表 whose 考核项目 states its points (一、…（13分）): the 分值 of each row is its criterion's */
export const changdeScoringPoints: WBlock[] = [
  { paragraph: '常德市质量工作考核评分细则' },
  {
    widths: [2, 5, 1, 6, 2],
    rows: [
      hrow('考核项目', '考核内容', '分值', '评分标准', '考核部门'),
      wrow(top('一、质量工作组织领导（13分）'), '1.成立质量强市工作领导小组。', '5分', '成立领导小组的得5分。', top('市市场监管局')),
      wrow(cont(), '2.将质量工作纳入政府绩效考核。', '5分', '纳入绩效考核的得5分。', cont()),
      wrow(cont(), '3.落实质量工作经费保障。', '3分', '经费列入财政预算的得3分。', '市财政局'),
      wrow(top('二、质量基础建设（9分）'), '4.加强计量能力建设。', '5分', '每新建1项得1分，最高5分。', top('市场监管局')),
      wrow(cont(), '5.实施标准化战略。', '4分', '每项得2分，最高4分。', cont()),
      wrow(w('合  计', 2), '22分', '', ''),
    ],
  },
];

/** (b) 任务分解表: two-row header (责任单位 over 牵头单位/配合单位), merged 序号 and 重点任务, departments and deadlines as written */
export const changdeTwoRowHeader: WBlock[] = [
  { paragraph: '常德市质量强市建设2023年重点任务分解表' },
  {
    widths: [1, 3, 6, 3, 3, 2],
    rows: [
      { header: true, cells: [top('序号'), top('重点任务'), top('具体措施'), w('责任单位', 2), top('完成时限')] },
      { header: true, cells: [cont(), cont(), cont(), w('牵头单位'), w('配合单位'), cont()] },
      wrow(top('1'), top('实施质量提升行动'), '制定全市质量提升行动实施方案，明确年度目标任务。', '市质监局', '市发改委、市工信局', '2023年底前'),
      wrow(cont(), cont(), '开展重点产品质量攻关，组织企业实施质量改进项目。', '市场监管局', '各县（市、区）人民政府', '长期坚持'),
      wrow(top('2'), top('夯实质量基础'), '推进计量、标准、认证认可、检验检测一站式服务。', '市市场监督管理局', '市科技局', '每季度末'),
      wrow(cont(), cont(), '建设国家级产品质量检验检测中心。', '市市场监督管理局', '市财政局', '2024年6月'),
      wrow('3', '加强品牌建设', '培育“常德品牌”，每年认定一批品牌企业。', '各县（市、区）人民政府', '', '每年'),
    ],
  },
];

/** (b) 时间安排 over 开始时间/完成时间, 责任单位 over 牵头/配合, task codes 1.1 in the measures, scoped and grouped departments */
export const changdeStartEnd: WBlock[] = [
  { paragraph: '常德市2023年质量提升行动任务分解表' },
  {
    widths: [1, 3, 6, 3, 3, 2, 2],
    rows: [
      { header: true, cells: [top('序号'), top('重点任务'), top('工作措施'), w('责任单位', 2), w('时间安排', 2)] },
      { header: true, cells: [cont(), cont(), cont(), w('牵头单位'), w('配合单位'), w('开始时间'), w('完成时间')] },
      wrow(top('1'), top('提升产品质量'), '1.1 开展消费品质量提升行动。', '市场监管局（产品质量）', '市工信局、市商务局，各县（市、区）人民政府', '2023年3月', '2023年12月'),
      wrow(cont(), cont(), '1.2 实施农产品质量安全提升工程。', '市农业农村局', '市直有关部门', '2023年1月', '2024年6月'),
      wrow('2', '提升工程质量', '2.1 开展工程质量安全专项整治。', '市住建局、市交通运输局', '市水利局', '2023年', '2025年'),
    ],
  },
];

/** (c) a long table over three pages: 续表 + repeated header, then 续表 + no header row at all */
export const changdeThreePages: WBlock[] = (() => {
  const head = hrow('序号', '工作任务', '责任单位', '完成时限');
  return [
    { paragraph: '附件2' },
    { paragraph: '常德市质量提升行动重点工作任务清单' },
    {
      widths: [1, 6, 3, 2],
      rows: [
        head,
        wrow('1', '开展质量提升示范区创建。', '市市场监管局', '2023年12月'),
        wrow('2', '推进农产品质量安全追溯体系建设。', '市农业农村局', '2023年底'),
        wrow(top('3'), top('加强工程质量监管，开展质量安全专项检查。'), '市住房城乡建设局', '每季度'),
        wrow(cont(), cont(), '市交通运输局', '每季度'),
      ],
    },
    { paragraph: '续表', pageBreakBefore: true },
    { widths: [1, 6, 3, 2], rows: [head, wrow('4', '组织开展“质量月”活动。', '市市场监管局', '每年9月'), wrow('5', '完善质量激励机制，组织市长质量奖评选。', '市人社局、市市场监管局', '2024年6月')] },
    { paragraph: '续表', pageBreakBefore: true },
    { widths: [1, 6, 3, 2], rows: [wrow('6', '开展服务业质量满意度测评。', '市发改委', '2024年'), wrow('7', '推进质量基础设施“一站式”服务。', '市市场监管局', '长期')] },
  ];
})();

/** (c) a page break with neither 续表 nor a repeated header: the headerless part continues the table */
export const changdeBreakNoHeader: WBlock[] = [
  { paragraph: '常德市质量提升行动重点工作任务清单' },
  { widths: [1, 6, 3, 2], rows: [hrow('序号', '工作任务', '责任单位', '完成时限'), wrow('1', '开展质量提升示范区创建。', '市市场监管局', '2023年12月'), wrow('2', '推进农产品质量安全追溯体系建设。', '市农业农村局', '2023年底')] },
  { paragraph: '', pageBreakBefore: true },
  { widths: [1, 6, 3, 2], rows: [wrow('3', '开展服务业质量满意度测评。', '市发改委', '2024年'), wrow('4', '推进质量基础设施“一站式”服务。', '市市场监管局', '长期')] },
];

/** (c) the continuation alone (a headerless numbered list after a title): read by content, not as a form */
export const changdeContinuationAlone: WBlock[] = [
  { paragraph: '常德市质量提升行动重点工作任务清单（续）' },
  { widths: [1, 6, 3, 2], rows: [wrow('5', '开展服务业质量满意度测评。', '市发改委', '2024年'), wrow('6', '推进质量基础设施“一站式”服务。', '市市场监管局', '长期'), wrow('7', '组织开展“质量月”活动。', '市市场监管局、市委宣传部', '每年9月')] },
];

/** (c) 续表 written as the first row of the continuation; a merged group running over the page break */
export const changdeContinuationRow: WBlock[] = (() => {
  const head = hrow('序号', '重点任务', '具体措施', '责任单位', '完成时限');
  return [
    { paragraph: '常德市质量强市建设重点任务分解表' },
    {
      widths: [1, 3, 6, 3, 2],
      rows: [
        head,
        wrow(top('1'), top('实施质量提升行动'), '制定质量提升行动方案。', '市市场监管局', '2023年底前'),
        wrow(cont(), cont(), '开展重点产品质量攻关。', '市工信局', '长期坚持'),
      ],
    },
    {
      widths: [1, 3, 6, 3, 2],
      rows: [{ cells: [w('续表', 5)] }, head, wrow('', '', '组织企业实施质量改进项目。', '市工信局', '每年'), wrow('2', '夯实质量基础', '推进检验检测一站式服务。', '市市场监管局', '2024年6月')],
    },
  ];
})();

/** (b)+(c) a two-row header repeated after 续表; 责任单位 and 完成时限 merged down to the page break */
export const changdeHeaderRepeated: WBlock[] = (() => {
  const head = [
    { header: true, cells: [top('序号'), top('重点任务'), top('具体措施'), w('责任单位', 2), top('完成时限')] },
    { header: true, cells: [cont(), cont(), cont(), w('牵头单位'), w('配合单位'), cont()] },
  ];
  return [
    { paragraph: '常德市质量强市建设重点任务分解表' },
    {
      widths: [1, 3, 6, 3, 3, 2],
      rows: [
        ...head,
        wrow(top('1'), top('实施质量提升行动'), '制定质量提升行动方案。', top('市市场监管局'), top('市发改委'), top('2023年底前')),
        wrow(cont(), cont(), '开展重点产品质量攻关。', cont(), cont(), cont()),
      ],
    },
    { paragraph: '续表', pageBreakBefore: true },
    { widths: [1, 3, 6, 3, 3, 2], rows: [...head, wrow('', '', '组织企业实施质量改进项目。', '', '', ''), wrow('2', '夯实质量基础', '推进检验检测一站式服务。', '市市场监管局', '', '')] },
  ];
})();

/** (c) 续表 and the header repeated inside one long table */
export const changdeRepeatInside: WBlock[] = (() => {
  const head = hrow('序号', '工作任务', '责任单位', '完成时限');
  return [
    { paragraph: '常德市2023年质量工作要点' },
    {
      widths: [1, 6, 3, 2],
      rows: [
        head,
        wrow('1', '召开全市质量大会。', '市市场监管局', '2023年3月'),
        { cells: [w('续表1', 4)] },
        head,
        wrow('2', '开展“质量月”活动。', '市市场监管局', '2023年9月'),
      ],
    },
  ];
})();

/** (d) a 备注 column, an empty trailing column and rows whose cells are all empty */
export const changdeNotesColumn: WBlock[] = [
  { paragraph: '常德市2023年质量工作目标任务分解表' },
  {
    widths: [1, 5, 3, 2, 2, 1],
    rows: [
      hrow('序号', '目标任务', '责任单位', '完成时限', '备注', ''),
      wrow('1', '全市制造业产品质量合格率达到94%以上。', '市市场监管局', '2023年底', '约束性指标', ''),
      wrow('', '', '', '', '', ''),
      wrow('2', '新增省级以上知名品牌5个。', '市工信局、市商务局', '2023年12月', '', ''),
      wrow('3', '建成县级农产品质量安全检测站。', '各县（市、区）人民政府', '2023年6月底前', '新增', ''),
      wrow('', '', '', '', '', ''),
    ],
  },
  { paragraph: '注：各责任单位于每季度末报送工作进展。' },
];


// ---------------------------------------------------------------------------
// test/e2e/unseen-layouts-2.test.ts

/** two-row header: 目标值 over 2020年/2022年, 责任单位 over 牵头/配合, 完成时限 merged down; a 单位 column */
export const wuhu: SpecBlock[] = [
  { kind: 'paragraph', text: '芜湖市质量提升行动主要指标表' },
  {
    kind: 'table',
    widths: [1, 5, 1, 2, 2, 2, 3, 3, 2],
    rows: [
      { tableHeader: true, cells: [c('序号', 2), c('指标名称', 2), c('单位', 2), c('2019年现状值', 2), c('目标值', 1, 2), c('责任单位', 1, 2), c('完成时限', 2)] },
      { tableHeader: true, cells: [c('2020年'), c('2022年'), c('牵头单位'), c('配合单位')] },
      { cells: [c('1'), c('制造业产品质量合格率'), c('%'), c('93.5'), c('≥94'), c('≥95'), c('市市场监管局'), c('市工信局'), c('2022年底')] },
      { cells: [c('2'), c('主导制定国际、国家和行业标准'), c('项'), c('12'), c('20'), c('30'), c('市市场监管局'), c('市发改委、市工信局'), c('2022年底')] },
    ],
  },
];

/** flat header with 现状值, 2020年目标值, 2022年目标值 and a 计量单位 column */
export const nanchong: SpecBlock[] = [
  { kind: 'paragraph', text: '附件1' },
  { kind: 'paragraph', text: '南充市质量强市主要指标' },
  {
    kind: 'table',
    widths: [1, 5, 1, 2, 2, 2],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('指标'), c('计量单位'), c('现状值'), c('2020年目标值'), c('2022年目标值')] },
      { cells: [c('1'), c('万人有效发明专利拥有量'), c('件'), c('3.2'), c('4'), c('5以上')] },
      { cells: [c('2'), c('食品抽检合格率'), c('%'), c('97'), c('98'), c('98以上')] },
    ],
  },
];

/** 序号 with Chinese numerals for sections (序号 + one text cell) and Arabic for items */
export const yichang: SpecBlock[] = [
  { kind: 'paragraph', text: '宜昌市质量强市工作任务分解表' },
  {
    kind: 'table',
    widths: [1, 6, 3, 2],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('工作任务'), c('责任单位'), c('完成时限')] },
      { cells: [c('一'), c('夯实质量基础'), c(''), c('')] },
      { cells: [c('1'), c('推进计量检测能力建设，新建社会公用计量标准5项。'), c('市市场监管局'), c('2021年12月')] },
      { cells: [c('2'), c('实施标准化战略，主导制定地方标准3项以上。'), c('市市场监管局、市农业农村局'), c('2021年底')] },
      { cells: [c('二'), c('加强品牌建设'), c(''), c('')] },
      { cells: [c('3'), c('培育宜昌名牌产品。'), c('市商务局'), c('持续推进')] },
    ],
  },
];

/** department cells with inline roles, 等部门, one department per line */
export const mianyang: SpecBlock[] = [
  { kind: 'paragraph', text: '绵阳市质量提升行动任务分解表' },
  {
    kind: 'table',
    widths: [1, 6, 4, 2],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('主要任务'), c('责任单位'), c('完成时限')] },
      { cells: [c('1'), c('开展质量提升示范区建设。'), c('市市场监管局（牵头）、市发改委'), c('2020年12月底前')] },
      { cells: [c('2'), c('加强工程质量监管。'), c('市住建局\n市交通运输局\n市水利局'), c('长期')] },
      { cells: [c('3'), c('推进农产品质量安全追溯体系建设。'), c('市农业农村局等部门'), c('每年')] },
    ],
  },
];

/** scoring table: points as 10分, 5, 2×5 and 0-5; a 合计 row is no record and is checked against the sum */
export const deyang: SpecBlock[] = [
  { kind: 'paragraph', text: '2021年度德阳市质量工作考核评分细则' },
  {
    kind: 'table',
    widths: [1, 3, 1, 6, 2],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('考核内容'), c('分值'), c('评分标准'), c('责任单位')] },
      { cells: [c('1'), c('质量工作领导机制'), c('10分'), c('成立质量工作领导小组的得5分；定期召开会议的得5分。'), c('市市场监管局')] },
      { cells: [c('2'), c('质量发展规划'), c('5'), c('出台规划的得5分，未出台不得分。'), c('市发改委')] },
      { cells: [c('3'), c('质量提升专项行动'), c('2×5'), c('每开展一项专项行动得2分，最高10分。'), c('市市场监管局')] },
      { cells: [c('4'), c('质量工作宣传'), c('0-5'), c('视宣传情况酌情给0-5分。'), c('市委宣传部')] },
      { cells: [c('合计', 1, 2), c('30'), c(''), c('')] },
    ],
  },
];

/** a 总分 row that does not match the sum is reported */
export const totalMismatch: SpecBlock[] = [
  { kind: 'paragraph', text: '质量工作考核评分表' },
  {
    kind: 'table',
    widths: [3, 1, 6],
    rows: [
      { tableHeader: true, cells: [c('考核项目'), c('分值'), c('评分标准')] },
      { cells: [c('质量安全'), c('20'), c('未发生质量安全事故的得20分。')] },
      { cells: [c('质量基础'), c('15'), c('建成省级质检中心的得15分。')] },
      { cells: [c('总分'), c('40'), c('')] },
    ],
  },
];

/** a title row spanning all columns above the header */
export const suining: SpecBlock[] = [
  { kind: 'paragraph', text: '各部门要按照职责分工抓好落实。' },
  {
    kind: 'table',
    widths: [1, 6, 3, 2],
    rows: [
      { cells: [c('遂宁市2021年质量强市工作要点任务分解表', 1, 4)] },
      { tableHeader: true, cells: [c('序号'), c('工作要点'), c('牵头单位'), c('完成时间')] },
      { cells: [c('1'), c('召开全市质量大会。'), c('市市场监管局'), c('2021年3月')] },
      { cells: [c('2'), c('开展“质量月”活动。'), c('市市场监管局'), c('2021年9月')] },
    ],
  },
];

/** several tables with paragraphs between; a contact list is kept as a warning, not records */
export const dazhou: SpecBlock[] = [
  { kind: 'paragraph', text: '达州市质量提升行动方案' },
  { kind: 'paragraph', text: '一、主要目标' },
  { kind: 'paragraph', text: '表1 主要指标' },
  {
    kind: 'table',
    widths: [1, 5, 2, 2],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('指标名称'), c('现状值'), c('目标值')] },
      { cells: [c('1'), c('产品质量监督抽查合格率'), c('92%'), c('95%以上')] },
    ],
  },
  { kind: 'paragraph', text: '二、重点任务' },
  { kind: 'paragraph', text: '表2 重点任务分解表' },
  {
    kind: 'table',
    widths: [1, 6, 3, 2],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('重点任务'), c('责任单位'), c('完成时限')] },
      { cells: [c('1'), c('实施质量基础设施提升工程。'), c('市市场监管局'), c('2022年')] },
      { cells: [c('2'), c('推进企业标准自我声明公开。'), c('市市场监管局'), c('每年')] },
    ],
  },
  { kind: 'paragraph', text: '三、联络员名单' },
  {
    kind: 'table',
    widths: [1, 4, 2, 2, 3],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('单位'), c('姓名'), c('职务'), c('联系电话')] },
      { cells: [c('1'), c('市市场监管局'), c('张三'), c('科长'), c('0818-2345678')] },
      { cells: [c('2'), c('市发改委'), c('李四'), c('副科长'), c('13800000000')] },
    ],
  },
];

/** 目标责任书: a two-column 指标 | 目标 table, no departments */
export const responsibilityLetter: SpecBlock[] = [
  { kind: 'paragraph', text: '2021年度质量工作目标责任书' },
  { kind: 'paragraph', text: '为全面落实质量强市战略，市政府与各县（市、区）人民政府签订本责任书。' },
  {
    kind: 'table',
    widths: [4, 4],
    rows: [
      { tableHeader: true, cells: [c('指标'), c('目标')] },
      { cells: [c('主要农产品质量安全抽检合格率'), c('98%以上')] },
      { cells: [c('新增省级以上名牌产品'), c('2个')] },
      { cells: [c('区域内不发生重大质量安全事故'), c('零发生')] },
    ],
  },
  { kind: 'paragraph', text: '甲方：市人民政府（盖章）        乙方：县人民政府（盖章）' },
];

/** 工作举措 | 责任领导 | 牵头单位 | 时间进度: a leader column holds people, not departments */
export const luzhou: SpecBlock[] = [
  { kind: 'paragraph', text: '泸州市2022年质量强市工作重点任务清单' },
  {
    kind: 'table',
    widths: [1, 6, 2, 3, 2],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('工作举措'), c('责任领导'), c('牵头单位'), c('时间进度')] },
      { cells: [c('1'), c('建设国家级质检中心。'), c('王副市长'), c('市市场监管局'), c('2022年10月')] },
      { cells: [c('2'), c('开展质量基础设施“一站式”服务。'), c('王副市长'), c('市市场监管局'), c('2022年全年')] },
    ],
  },
];

/** a text column under a header word nobody listed (推进事项) still holds the items */
export const guangan: SpecBlock[] = [
  { kind: 'paragraph', text: '广安市质量工作推进事项清单' },
  {
    kind: 'table',
    widths: [1, 6, 3, 2],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('推进事项'), c('责任单位'), c('完成时限')] },
      { cells: [c('1'), c('完善质量工作考核办法并组织实施。'), c('市市场监管局'), c('2023年6月')] },
      { cells: [c('2'), c('组织开展首席质量官培训。'), c('市市场监管局、市人社局'), c('2023年底')] },
    ],
  },
];

/** 一 / （一） / 1 numbering in one 序号 column: sections, subsections, items */
export const neijiang: SpecBlock[] = [
  { kind: 'paragraph', text: '内江市质量提升行动任务分解表' },
  {
    kind: 'table',
    widths: [1, 6, 3, 2],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('重点任务'), c('责任单位'), c('完成时限')] },
      { cells: [c('一'), c('全面提升产品质量'), c(''), c('')] },
      { cells: [c('（一）'), c('提升消费品质量'), c(''), c('')] },
      { cells: [c('1'), c('开展消费品质量安全风险监测。'), c('市市场监管局'), c('每年')] },
      { cells: [c('（二）'), c('提升农产品质量'), c(''), c('')] },
      { cells: [c('2'), c('推进农产品“三品一标”认证。'), c('市农业农村局'), c('2022年底')] },
      { cells: [c('二'), c('全面提升工程质量'), c(''), c('')] },
      { cells: [c('3'), c('落实工程质量终身责任制。'), c('市住建局'), c('长期')] },
    ],
  },
];

/** scoring table with 小计 rows per group and a 总分 row; 一级指标 merged down */
export const ziyang: SpecBlock[] = [
  { kind: 'paragraph', text: '资阳市质量工作考核评分细则' },
  {
    kind: 'table',
    widths: [2, 4, 1, 6],
    rows: [
      { tableHeader: true, cells: [c('一级指标'), c('考核内容'), c('分值'), c('评分标准')] },
      { cells: [c('质量安全', 3), c('产品质量监督抽查'), c('10'), c('抽查合格率达到95%的得10分。')] },
      { cells: [c('食品安全监管'), c('10'), c('未发生重大食品安全事故的得10分。')] },
      { cells: [c('小计'), c('20'), c('')] },
      { cells: [c('质量基础', 2), c('标准化建设'), c('8'), c('主导制定标准的每项得2分，最高8分。')] },
      { cells: [c('小计'), c('9'), c('')] },
      { cells: [c('总分', 1, 2), c('28'), c('')] },
    ],
  },
];

/** 目标责任书 with 序号 | 考核指标 | 目标值 | 分值 | 考核方式 and a 合计 row */
export const meishan: SpecBlock[] = [
  { kind: 'paragraph', text: '眉山市2023年度质量工作目标责任书' },
  { kind: 'paragraph', text: '一、目标任务' },
  {
    kind: 'table',
    widths: [1, 5, 2, 1, 4],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('考核指标'), c('目标值'), c('分值'), c('考核方式')] },
      { cells: [c('1'), c('产品质量监督抽查合格率'), c('≥95%'), c('20'), c('以省级监督抽查结果为准。')] },
      { cells: [c('2'), c('新增有效发明专利'), c('150件'), c('15'), c('以知识产权部门统计数据为准。')] },
      { cells: [c('合计'), c(''), c(''), c('35'), c('')] },
    ],
  },
];

/** targets per district with a 单位 column and a 合计 column: the unit applies, the total is no assignee */
export const districtMatrix: SpecBlock[] = [
  { kind: 'paragraph', text: '2022年各区县质量工作主要目标任务分配表' },
  {
    kind: 'table',
    widths: [1, 5, 1, 2, 2, 2, 2],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('指标'), c('单位'), c('顺庆区'), c('高坪区'), c('嘉陵区'), c('合计')] },
      { cells: [c('1'), c('新增规上工业企业'), c('家'), c('20'), c('15'), c('10'), c('45')] },
      { cells: [c('2'), c('产品抽检合格率'), c('%'), c('≥95'), c('≥95'), c('≥94'), c('')] },
    ],
  },
];

/** role labels inside one department cell (牵头单位：…；配合单位：…) */
export const zigong: SpecBlock[] = [
  { kind: 'paragraph', text: '自贡市质量提升行动任务分解表' },
  {
    kind: 'table',
    widths: [1, 6, 4, 2],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('重点任务'), c('责任单位'), c('完成时限')] },
      { cells: [c('1'), c('开展重点产品质量攻关。'), c('牵头单位：市市场监管局\n配合单位：市发改委、市工信局'), c('2022年底前')] },
    ],
  },
];

/** 目标值（%） header: the unit in the header applies to bare numbers */
export const leshan: SpecBlock[] = [
  { kind: 'paragraph', text: '乐山市质量发展主要指标' },
  {
    kind: 'table',
    widths: [1, 5, 2, 2, 3],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('指标名称'), c('现状值（%）'), c('目标值（%）'), c('备注')] },
      { cells: [c('1'), c('制造业产品质量合格率'), c('93'), c('95'), c('预期性')] },
    ],
  },
];

/** a 合计 row written as one spanning cell (合计：100分) is a total, not a section */
export const totalSpanning: SpecBlock[] = [
  { kind: 'paragraph', text: '质量强县考核评分细则' },
  {
    kind: 'table',
    widths: [1, 5, 6],
    rows: [
      { tableHeader: true, cells: [c('序号'), c('考核内容'), c('评分标准')] },
      { cells: [c('1'), c('质量工作机制（60分）'), c('机制健全的得60分。')] },
      { cells: [c('2'), c('质量安全（40分）'), c('未发生质量安全事故的得40分。')] },
      { cells: [c('合计：100分', 1, 3)] },
    ],
  },
];

/** 一、… and （一）… written alone in the task column (no 序号, other cells empty) head the rows below */
export const yaan: SpecBlock[] = [
  { kind: 'paragraph', text: '雅安市质量提升行动重点任务分解表' },
  {
    kind: 'table',
    widths: [6, 3, 2],
    rows: [
      { tableHeader: true, cells: [c('重点任务'), c('责任单位'), c('完成时限')] },
      { cells: [c('一、夯实质量基础'), c(''), c('')] },
      { cells: [c('（一）加强计量能力建设'), c(''), c('')] },
      { cells: [c('1.建设区域计量测试中心。'), c('市市场监管局', 2), c('2023年底')] },
      { cells: [c('2.开展计量惠民活动。'), c('每年5月')] },
      { cells: [c('二、加强品牌建设'), c(''), c('')] },
      { cells: [c('3.培育区域公用品牌。'), c('市农业农村局'), c('长期')] },
    ],
  },
];


// ---------------------------------------------------------------------------
// test/e2e/unseen-layouts-3.test.ts

/** 评分细则 with 一级/二级/三级指标, 考核要点, 评分方法, an empty 自评分 and 需提交材料 */
export const nantong: WBlock[] = [
  { paragraph: '2016年度南通市质量工作考核评分细则（部门）' },
  {
    widths: [2, 2, 3, 5, 6, 1, 2],
    rows: [
      hrow('一级指标', '二级指标', '三级指标', '考核要点', '评分方法', '自评分', '需提交材料'),
      wrow(
        top('一、质量宏观管理'),
        top('（一）规划战略制定'),
        top('1.质量发展规划制定与实施（4分）'),
        '1.1质量发展目标纳入地区国民经济和社会发展规划（1分）',
        '质量（含计量）发展目标纳入地区国民经济和社会发展规划的得1分，纳入部门规划的得0.5分，未纳入规划的不得分。',
        '',
        '市监局文件',
      ),
      wrow(cont(), cont(), cont(), '1.2质量工作在年度政府工作报告中有相应体现（1分）', '政府工作报告中有质量工作内容的得1分，仅提及质量的得0.5分，无体现的不得分。', '', '市监局工作报告'),
      wrow(
        cont(),
        cont(),
        cont(),
        '1.3制定质量发展十三五规划，制定年度贯彻实施质量发展纲要行动计划（1分）',
        '制定质量发展十三五规划得0.5分、根据质量发展纲要和市政府办公室年度行动计划制定本地区年度质量工作具体方案得0.5分；未制定的不得分。',
        '',
        '市监局文件',
      ),
      wrow(
        cont(),
        cont(),
        cont(),
        '1.4在产业、环境、科技、金融、财税、人才培养等方面，制定推动质量发展工作的相关配套政策和措施（1分）',
        '在产业、环境、科技、金融、财税、人才培养等方面制定相关政策和措施得1分，每缺少一个方面政策措施扣0.1分，未制定相关政策措施的不得分。',
        '',
        '市监局文件',
      ),
    ],
  },
];

/** 考核细则 with header cells spanning two columns, a vertical merged group, deductions and a 备注 row */
export const duchaDeductions: WBlock[] = [
  { paragraph: '督查工作考核细则（试行）' },
  { paragraph: '（起评分100分）' },
  {
    widths: [1, 1, 8, 3],
    rows: [
      { header: true, cells: [w('考核条目', 2), w('考核细则', 2)] },
      wrow(top('区\n政\n府\n重\n点\n工\n作'), '1', '上报区政府重点工作实施方案。', '未报扣10分'),
      wrow(cont(), '2', '区政府年度重点工作实施方案无阶段性目标，无具体工作措施。', '扣5分'),
      wrow(cont(), '3', '区政府重点工作各季度报告不能反映工作实施情况和成果。', '扣5-10分'),
      wrow(cont(), '4', '未按要求参加有关会议和调研活动。', '每次扣5分'),
      wrow(top('市、区两级政府列督事项'), '5', '上报反馈报告。', '未上报每件扣10分'),
      wrow(cont(), '6', '反馈报告无实质性内容，不能反映实施进展情况。', '每件扣5分'),
      wrow(w('备注', 2), '仅有市、区两级政府列督事项的部门和单位，考核扣分分值加倍。', '原扣5分\n-现扣10分\n原扣10分\n-现扣20分'),
    ],
  },
];

/** 自评打分表: 分值 beside 自评得分 and 备注, a 合计 row holding both totals */
export const yanan: WBlock[] = [
  { paragraph: '延安市2016-2017年度县区级政府质量工作考核自评打分表' },
  {
    widths: [2, 5, 1, 6, 1, 3],
    rows: [
      hrow('考核项目', '考核内容', '分值', '评分标准', '自评得分', '备注'),
      wrow(top('质量目标完成情况'), '产品质量监督抽查合格率', '10', '合格率达到备案目标的得10分，每低1个百分点扣2分。', '8', '合格率低于目标1个百分点'),
      wrow(cont(), '未发生区域性、系统性质量安全事件', '10', '发生区域性、系统性质量安全事件的不得分。', '10', ''),
      wrow(top('质量措施落实情况'), '质量工作纳入政府绩效考核', '5', '纳入的得5分，未纳入的不得分。', '5', ''),
      wrow(w('合计', 2), '25', '', '23', ''),
    ],
  },
];

/** a province's 重点工作 table: 厅-level units, 省政府… units, 负责落实 after the list */
export const henan: WBlock[] = [
  { paragraph: '河南省贯彻国务院质量发展纲要（2011—2020年）重点工作责任分工表' },
  {
    widths: [1, 8, 4],
    rows: [
      hrow('序号', '重点工作', '责任单位'),
      wrow(w('一、实施质量提升战略，提高质量总体水平', 3)),
      wrow(w('（一）提升产品质量', 3)),
      wrow(
        '1',
        '依靠技术进步、管理创新和标准完善，加强产品可靠性设计、试验和生产过程质量控制，促进我省产品质量由符合性向适用性、高可靠性转型。',
        '省质监局、工业和信息化厅、科技厅、省政府国资委负责落实',
      ),
      wrow('2', '围绕安全、优质、高效、品牌，建立完善农产品、食品的良好生产规范和可追溯制度，提升质量安全水平。', '省农业厅、卫生厅、质监局、食品药品监管局、省政府食安办负责落实'),
    ],
  },
];

/** 目标任务 | 推进措施 | 责任单位 | 联系人 | 联系电话 */
export const shiyan: WBlock[] = [
  { paragraph: '十堰市2024年质量强市重点工作任务清单' },
  {
    widths: [1, 4, 8, 3, 2, 2],
    rows: [
      hrow('序号', '目标任务', '推进措施', '责任单位', '联系人', '联系电话'),
      wrow(
        '1',
        '深入开展放心消费行动，培育市级放心消费单位不少于40个、放心消费街区4个。',
        '1.开展放心满意消费培育活动，培育市级放心消费单位不少于40个、街区4个、放心消费行业协会4个、放心消费乡村（社区）4个、放心消费镇（街道）4个。\n2.将放心消费培育指标完成情况纳入政府质量工作、食品安全工作考核，对真抓实干、成效明显的地方予以督查激励。鼓励各县区出台放心消费培育奖补政策。',
        '市市场监督管理局',
        '孙学明',
        '3236601',
      ),
    ],
  },
];

/** a blank 申报表 (labels, □ check boxes, 2009年/2010年/2011年 with empty cells) makes no records */
export const blankForm: WBlock[] = [
  { paragraph: '争创“全国质量强市示范城市”申报表' },
  {
    widths: [2, 3, 2, 3],
    rows: [
      wrow('申报城市', w('（盖章）', 3)),
      wrow('城市类别', w('计划单列市□ 副省级城市□ 地级城市□\n直辖市的城区□ 县级市□', 3)),
      wrow('行政负责人', '', '联系人', ''),
      wrow('人口：（万人）', '', '辖区面积：（平方公里）', ''),
      wrow('', '2009年', '2010年', '2011年'),
      wrow('城市GDP（亿元）', '', '', ''),
      wrow('城市支柱产业', w('（产业发展、质量水平、品牌建设等情况）', 3)),
    ],
  },
];

/** department cells written as sentences: “…牵头，…按职责分工负责” */
export const xianyang: WBlock[] = [
  { paragraph: '咸阳市2022年质量强市工作要点任务分解表' },
  {
    widths: [1, 8, 5, 2],
    rows: [
      hrow('序号', '工作任务', '责任单位', '完成时限'),
      wrow(
        '1',
        '全面实施行政许可事项清单管理，编制并公布市、县两级行政许可事项清单。',
        '市政府办公室、市行政审批制度改革工作领导小组办公室牵头，市级各有关部门及各县市区政府按职责分工负责',
        '2022年10月底前',
      ),
      wrow('2', '加强流通领域市场主体登记便利化。', '市发展改革委、市市场监管局、市商务局按职责分工负责', '2022年12月底前'),
    ],
  },
];

/** 主要指标 with 单位, 2025年目标值 and 指标属性 (Traditional characters) */
export const qinghai: WBlock[] = [
  { paragraph: '青海省質量強省建設主要指標' },
  {
    widths: [1, 6, 1, 2, 2],
    rows: [
      hrow('序號', '指標名稱', '單位', '2025年目標值', '指標屬性'),
      wrow('1', '製造業產品質量合格率', '%', '94以上', '預期性'),
      wrow('2', '農畜產品監測合格率', '%', '98以上', '約束性'),
      wrow('3', '制修訂地方標準', '項', '300以上', '預期性'),
      wrow('4', '地理標志商標累計註冊量', '件', '45以上', '預期性'),
    ],
  },
];

/** a 序号 | 主要任务 table whose tasks end in （牵头单位：…） or （…负责落实） */
export const zhangye: WBlock[] = [
  { paragraph: '张掖市推进质量振兴工作任务分解表' },
  {
    widths: [1, 10],
    rows: [
      hrow('序号', '主要任务'),
      wrow('1', '全面推进质量振兴工作。各级政府要切实加强推进质量振兴工作的组织领导，将推进质量振兴列入重点工作内容，建立长效机制。（牵头单位：各县区政府）'),
      wrow('2', '健全完善推进质量振兴奖励制度。将推进质量振兴工作列入县区、部门考核内容，对工作推进有力、工作成效显著的县区和企业给予奖励。（牵头单位：市质监局，各县区政府）'),
      wrow('3', '补充完善工作方案，出台产品、工程、服务、生态环境等工作实施方案。（张掖市人民政府、甘州区人民政府负责落实）'),
      wrow('4', '加强计量基础建设（含能源计量）。'),
    ],
  },
];

/** 〔责任单位：A、B、C按职责分工负责。remark〕 after the task: units to departments, the remark to notes */
export const sichuan: WBlock[] = [
  { paragraph: '四川省“十四五”现代流通体系建设实施方案重点任务清单' },
  {
    widths: [1, 10],
    rows: [
      hrow('序号', '重点任务'),
      wrow(
        '1',
        '加强市场体系建设。推进高标准市场体系建设，全面融入全国统一大市场。〔责任单位：省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕',
      ),
      wrow('2', '优化市场准入环境。实施“证照分离”改革全覆盖，持续推进“一网通办”“一日办结”。〔责任单位：省市场监管局〕'),
    ],
  },
];

/** Every document above, in the order of the tests. */
export const UNSEEN_DOCS: UnseenDoc[] = [
  { name: 'kunshan', builder: 'spec', blocks: kunshan },
  { name: 'shunde', builder: 'spec', blocks: shunde },
  { name: 'yiwu', builder: 'spec', blocks: yiwu },
  { name: 'hangzhou', builder: 'spec', blocks: hangzhou },
  { name: 'quanzhou', builder: 'spec', blocks: quanzhou },
  { name: 'changdeScoring', builder: 'word', blocks: changdeScoring },
  { name: 'changdeScoringPoints', builder: 'word', blocks: changdeScoringPoints },
  { name: 'changdeTwoRowHeader', builder: 'word', blocks: changdeTwoRowHeader },
  { name: 'changdeStartEnd', builder: 'word', blocks: changdeStartEnd },
  { name: 'changdeThreePages', builder: 'word', blocks: changdeThreePages },
  { name: 'changdeBreakNoHeader', builder: 'word', blocks: changdeBreakNoHeader },
  { name: 'changdeContinuationAlone', builder: 'word', blocks: changdeContinuationAlone },
  { name: 'changdeContinuationRow', builder: 'word', blocks: changdeContinuationRow },
  { name: 'changdeHeaderRepeated', builder: 'word', blocks: changdeHeaderRepeated },
  { name: 'changdeRepeatInside', builder: 'word', blocks: changdeRepeatInside },
  { name: 'changdeNotesColumn', builder: 'word', blocks: changdeNotesColumn },
  { name: 'wuhu', builder: 'spec', blocks: wuhu },
  { name: 'nanchong', builder: 'spec', blocks: nanchong },
  { name: 'yichang', builder: 'spec', blocks: yichang },
  { name: 'mianyang', builder: 'spec', blocks: mianyang },
  { name: 'deyang', builder: 'spec', blocks: deyang },
  { name: 'totalMismatch', builder: 'spec', blocks: totalMismatch },
  { name: 'suining', builder: 'spec', blocks: suining },
  { name: 'dazhou', builder: 'spec', blocks: dazhou },
  { name: 'responsibilityLetter', builder: 'spec', blocks: responsibilityLetter },
  { name: 'luzhou', builder: 'spec', blocks: luzhou },
  { name: 'guangan', builder: 'spec', blocks: guangan },
  { name: 'neijiang', builder: 'spec', blocks: neijiang },
  { name: 'ziyang', builder: 'spec', blocks: ziyang },
  { name: 'meishan', builder: 'spec', blocks: meishan },
  { name: 'districtMatrix', builder: 'spec', blocks: districtMatrix },
  { name: 'zigong', builder: 'spec', blocks: zigong },
  { name: 'leshan', builder: 'spec', blocks: leshan },
  { name: 'totalSpanning', builder: 'spec', blocks: totalSpanning },
  { name: 'yaan', builder: 'spec', blocks: yaan },
  { name: 'nantong', builder: 'word', blocks: nantong },
  { name: 'duchaDeductions', builder: 'word', blocks: duchaDeductions },
  { name: 'yanan', builder: 'word', blocks: yanan },
  { name: 'henan', builder: 'word', blocks: henan },
  { name: 'shiyan', builder: 'word', blocks: shiyan },
  { name: 'blankForm', builder: 'word', blocks: blankForm },
  { name: 'xianyang', builder: 'word', blocks: xianyang },
  { name: 'qinghai', builder: 'word', blocks: qinghai },
  { name: 'zhangye', builder: 'word', blocks: zhangye },
  { name: 'sichuan', builder: 'word', blocks: sichuan },
];

// ---------------------------------------------------------------------------
// test/e2e/unseen-layouts-5.test.ts (Word only; not in UNSEEN_DOCS, no PDF of them yet)

// 质量工作考核评分细则 (徐州), http://www.renrendoc.com/p-14155210.html: 一级指标 | 二级指标 | 三级指标 |
// 评分标准 | 评分依据 | 打分方法 | 考核牵头部门 | 分值. The requirement with its （1分） sits under 评分标准,
// the scoring rules under 打分方法; 评分依据 and 分值 are merged over the items of an indicator.
export const xuzhou: WBlock[] = [
  { paragraph: '质量工作考核评分细则' },
  {
    widths: [2, 2, 3, 5, 3, 5, 3, 1],
    rows: [
      hrow('一级指标', '二级指标', '三级指标', '评分标准', '评分依据', '打分方法', '考核牵头部门', '分值'),
      wrow(
        top('质量宏观管理（20分）'),
        top('规划战略制定'),
        top('1.质量发展规划制定与实施'),
        '1.将质量（含计量）发展目标纳入本地区国民经济社会发展规划。（1分）',
        top('地区国民经济社会发展规划、有关文件、资料等'),
        '质量（含计量）发展目标纳入地区国民经济和社会发展规划的得1分，纳入部门规划的得0.5分，无发展规划的不得分。',
        '市发改委、市质监局',
        top('4'),
      ),
      wrow(cont(), cont(), cont(), '2.质量工作在年度政府工作报告中有体现。（1分）', cont(), '质量工作在政府工作报告中有体现的得1分，体现不充分的得0.5分，无体现的不得分。', '市质监局', cont()),
      wrow(cont(), cont(), cont(), '3.根据质量发展纲要和省政府的年度行动计划，制定本地区年度具体工作方案。（1分）', cont(), '制定本地区年度具体工作方案的得1分，没有制定的不得分。', '市质监局', cont()),
      wrow(
        cont(),
        cont(),
        cont(),
        '4.在产业、环境、科技、金融、财税、人才培养方面，制定了推动质量工作的相关配套政策和措施。（1分）',
        cont(),
        '每缺少一个方面政策措施扣0.1分，没有制定相关政策和措施的不得分。',
        '市发改委、市经信委、市环保局、市科技局、人行徐州分行、市财政局、市人社局、市政府金融办',
        cont(),
      ),
    ],
  },
];

// 开化县2023年度重点工作清单（一季度政府工作报告重点任务执行落实情况）, 开化县人民政府 2023-12-22
// (table as published: 序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况): milestones ①②③ with their
// dates in one cell, the quarter's progress and a one-word verdict (达序推进).
export const kaihua: WBlock[] = [
  { paragraph: '开化县2023年度重点工作清单（一季度政府工作报告重点任务执行落实情况）' },
  {
    widths: [1, 4, 6, 6, 2],
    rows: [
      hrow('序号', '工作事项', '进度安排', '进展情况', '完成情况'),
      wrow('1', '启动新安综合体建设。', '①2月上旬前，完成设计招标。②3月底前，完成图纸深化设计。③5月底前，完成施工许可报批并开工建设。', '①已完成。2月10日，完成设计招标。②截至3月31日，施工图正在图审。', '达序推进'),
      wrow(
        '2',
        '以更加开放的姿态，支持银行、证券、保险业发展，壮大金融服务业。',
        '①3月底前，召开金融联席会议，明确2023年金融指标增长目标，压实责任，明确举措。②5月底前，召开金融助力“三年活动”破难攻坚要素保障政银企业对接会。③6月底前，出台碳账户贷款贴息、央行结构性货币政策工具贴息政策，并组织开展兑现。',
        '①已完成。2月23日，召开2023年度第一次金融联席会议暨绿色金融推进会，传达省市金融工作精神，明确2023年金融指标增长目标，压实责任明确举措，为打造中国式现代化山区县样板提供高质量金融托举。',
        '达序推进',
      ),
      wrow(
        '3',
        '出境水II类以上水质天数占比和空气优良率均保持在98%以上。',
        '①通过乡镇断面水质、空气自动站，实时监控水、气环境质量数据，每月上报水气环境质量情况，实时提供预警信息，做好水气环境质量保护工作。②每月完成地表水及饮用水源地水质监测、每季度完成农村环境质量监测及城市污水处理厂监测。③每半年完成一次全县农村生活污水处理终端水质监测。',
        '①一季度，我县出境水有效监测天数90天，Ⅰ类水质75天，Ⅱ类水质15天，Ⅱ类水质以上占100%。',
        '达序推进',
      ),
    ],
  },
];

// 企业档案工作等级评定标准（2010修订）, 衢州市档案局, http://daj.qz.gov.cn/shtml/10363/492691/detail_1.shtml:
// 编号 | 评定项目与评定内容 | 分数 | 评分细则, the hierarchy written as codes 1 / 1.1 / 1.1.1 on rows of
// their own (no merged cells), every level with its 分数, the rules only on the leaves.
export const quzhou: WBlock[] = [
  { paragraph: '企业档案工作等级评定标准（2010修订）' },
  {
    widths: [1, 5, 1, 6],
    rows: [
      hrow('编号', '评定项目与评定内容', '分数', '评分细则'),
      wrow('1', '组织管理', '19', ''),
      wrow('1.1', '机构', '2', ''),
      wrow('1.1.1', '设置了与企业发展相适应的档案管理机构', '1', '1.设置了档案管理机构或部门（0.5分）；\n2.建立了档案、资料、情报、信息一体化部门（0.5分）。'),
      wrow('1.1.2', '建立了档案集中统一管理体系', '1', '企业各门类和载体的档案实行集中统一管理（1分）。'),
      wrow('1.2', '人员', '5', ''),
      wrow('1.2.1', '有明确的企业领导分管档案工作', '1', '有明确分管领导并列入分管领导的岗位职责（1分）。'),
      wrow('1.2.2', '配备了与企业档案工作实际相适应的档案人员', '3', '1.档案部门负责人应具有中级以上专业技术职称或大学本科以上学历（1分）；\n2.档案人员应具备大学专科以上学历或同等学识水平（1分）；\n3、档案人员定期接受档案业务培训（1分）。'),
      wrow('1.2.3', '企业内部建立了档案工作人员网络', '1', '在企业内建立健全了档案工作人员网络，各部门均明确了兼职档案员（1分）。'),
      wrow('1.3', '制度', '12', ''),
    ],
  },
];

// 疫情疫病项目支出绩效评价表 (a customs office's 项目支出绩效评价, published as a form in
// https://github.com/hktianyi/Meeting admin/src/main/webapp/WEB-INF/views/task/kpi/yqyb.jsp): a header in two
// rows (采集数据项 over 数据项1/数据项2, the rest merged down), 一级指标 with its 权重, 二级指标 with its
// 分值, 三级指标 with 计量单位, 目标值(标准) and 分值, then columns left empty for the figures
// collected (a / where a second figure does not apply) and the 指标值 computed from them.
export const yqyb: WBlock[] = [
  { paragraph: '疫情疫病项目支出绩效评价表' },
  {
    widths: [2, 1, 2, 1, 5, 1, 2, 1, 2, 2, 2],
    rows: [
      { header: true, cells: [top('一级指标'), top('权重'), top('二级指标'), top('分值'), top('三级指标'), top('计量单位'), top('目标值(标准)'), top('分值'), w('采集数据项', 2), top('指标值')] },
      { header: true, cells: [cont(), cont(), cont(), cont(), cont(), cont(), cont(), cont(), w('数据项1'), w('数据项2'), cont()] },
      wrow(top('预算绩效'), top('50'), top('预算管理'), top('75'), '预算执行进度(7月)', '%', '40%', '7', '', '', ''),
      wrow(cont(), cont(), cont(), cont(), '预算执行进度（11月）', '%', '80.21%', '8', '', '', ''),
      wrow(cont(), cont(), cont(), cont(), '预算调整次数（实际调整数）', '次', '0', '5', '', '/', ''),
      wrow(cont(), cont(), cont(), cont(), '项目预算资金是否被核减', '是/否', '否', '25', '', '/', ''),
      wrow(cont(), cont(), cont(), cont(), '结转结余资金率', '%', '-0%', '25', '', '', ''),
      wrow(cont(), cont(), cont(), cont(), '是否开展预算编报考评', '是/否', '是', '5', '', '/', ''),
      wrow(cont(), cont(), top('财务管理'), top('25'), '用款计划差错率', '%', '-0%', '7', '', '', ''),
      wrow(cont(), cont(), cont(), cont(), '是否存在违规行为', '是/否', '否', '13', '', '/', ''),
      wrow(cont(), cont(), cont(), cont(), '是否开展会计决算报表考评', '是/否', '是', '5', '', '/', ''),
    ],
  },
];

// 滁州市人民政府关于2020年市政府重点工作及责任分解的通知, http://www.chuzhou.gov.cn/public/152523227/567017766.html:
// each item is followed by three lines, 牵头负责领导：(a person) / 牵头责任单位：… / 协同责任单位：…; put in a
// table, the three lines sit in one 责任分工 cell.
export const chuzhou: WBlock[] = [
  { paragraph: '滁州市人民政府关于2020年市政府重点工作及责任分解的通知' },
  {
    widths: [1, 5, 6],
    rows: [
      hrow('序号', '重点工作', '责任分工'),
      wrow(w('一、确保完成全年主要预期目标', 3)),
      wrow('1', '地区生产总值增长8%以上。', '牵头负责领导：金力。\n牵头责任单位：市发展改革委。\n协同责任单位：市经信局、市商务局、市交通局、市农业农村局、滁州经开区管委会、中新苏滁高新区管委会等，各县、市、区政府。'),
      wrow('2', '财政收入增长8%左右。', '牵头负责领导：金力。\n牵头责任单位：市财政局。\n协同责任单位：市税务局、滁州海关、市人行、滁州经开区管委会、中新苏滁高新区管委会等，各县、市、区政府。'),
      wrow('3', '固定资产投资增长10%以上。', '牵头负责领导：金力。\n牵头责任单位：市发展改革委。\n协同责任单位：市经信局、市住建局、市交通局、市水利局、滁州经开区管委会、中新苏滁高新区管委会等，各县、市、区政府。'),
    ],
  },
];

// 皖江城市带承接产业转移示范区 附件2：示范区10市考核评价指标体系, http://www.holdmm.net/html/text/lar/172282/17228238_1.html:
// 序号 | 考评指标 | 目标任务考核指标权重 | 发展成效考核指标权重 | 数据来源. Two weights for two assessments side by side
// (the first left empty where an indicator counts in the second only), the providers of the figures written
// as province departments.
export const wanjiang: WBlock[] = [
  { paragraph: '附件2：示范区10市考核评价指标体系' },
  {
    widths: [1, 5, 2, 2, 4],
    rows: [
      hrow('序号', '考评指标', '目标任务考核指标权 重', '发展成效考核指标权 重', '数据来源'),
      wrow('1', '地区生产总值', '10', '6', '省统计局'),
      wrow('2', '财政收入', '12', '7', '省财政厅'),
      wrow('8', '城镇化率', '8', '5', '省住房城乡建设厅、省统计局'),
      wrow('9', '新兴产业比重', '', '5', '省科技厅、省统计局'),
      wrow('13', '土地税收产出率', '', '4', '省国土资源厅、省财政厅、\n省发展改革委、省统计局'),
      wrow('15', '城镇居民人均可支配收入', '9', '5', '国家统计局安徽调查总队'),
    ],
  },
];

// 衢州市 村镇规划建设 考核 (附件), http://www.holdmm.net/html/text/lar/173362/17336259_2.html: 序号 | 考核指标 |
// 考核目标 spanning one column per county (柯城区 … 开化县) | 基本分 | 评分标准. A target per county inside a
// scoring table; a county's target may be a scope (县城、省级中心镇), a figure, or / where none is set.
export const quzhouTowns: WBlock[] = [
  { paragraph: '村镇规划建设考核指标及评分标准' },
  {
    widths: [1, 4, 2, 2, 2, 2, 2, 2, 1, 5],
    rows: [
      { header: true, cells: [top('序号'), top('考核指标'), w('考 核 目 标', 6), top('基本分'), top('评 分 标 准')] },
      { header: true, cells: [cont(), cont(), w('柯城区'), w('衢江区'), w('龙游县'), w('江山市'), w('常山县'), w('开化县'), cont(), cont()] },
      wrow('1', '近期建设用地范围内控规编制率（98%）', '各建制镇', '各建制镇', '县城、省级中心镇', '县城、省级中心镇', '县城、省级中心镇', '县城、省级中心镇', '5', '完成得基本分；大于目标值的，每增加1%加1分，最高加2分；小于目标值的，每少1%扣1分，扣分至基本分值扣完为止。'),
      wrow('2', '中心村规划编制率', '90%', '90%', '90%', '90%', '90%', '90%', '5', '完成得基本分；大于目标值的，每增加1%加0.5分，加分至基本分值为止；小于目标值的，每少1%扣1分，扣分至基本分值扣完为止。'),
      wrow('4', '对村镇规划编制资金投入（万元）', '100', '100', '100', '100', '100', '100', '5', '完成得基本分，大于目标值的，每增加10万元加0.5分，加分至基本分值封顶；少于目标值的，每少10万元扣1分，扣分至基本分值扣完为止。'),
      wrow('6', '新增公共绿化面积（公顷）', '1', '2', '3', '16', '6', '5', '10', '完成得基本分，超额完成的，每增加1公顷加2分，加分至基本分值封顶；未完成的，每少完成目标值10%扣1分，扣分至基本分值扣完为止。'),
      wrow('8', '廉租住房保障（户）', '/', '/', '新增175户、其中实物配租85户，租赁补贴90户', '新增200户、其中实物配租100户，租赁补贴100户', '/', '/', '5', '完成得基本分，未完成的不得分。'),
    ],
  },
];

// 2011年定远县食品安全工作目标考核评分细则 (附件), https://renrendoc.com/p-67288047.html: 考核项目 (1.…（75分）) |
// 考核对象 (the unit assessed, 食安办) | 考核要点 (1.1…) | 分值 | 考核内容 (1.1.1…（10分）) | 评分标准 | 得分情况 | 说明,
// three levels coded in three columns, a 注 about bonus points inside an item and 加分项 rules in the scoring text.
export const dingyuan: WBlock[] = [
  { paragraph: '附件：' },
  { paragraph: '2011年定远县食品安全工作目标考核评分细则' },
  {
    widths: [2, 1, 3, 1, 5, 5, 1, 1],
    rows: [
      hrow('考核项目', '考核对象', '考核要点', '分值', '考核内容', '评分标准', '得分情况', '说明'),
      wrow(top('1.政府组织工作与保障（75分）'), top('食安办'), top('1.1食品安全工作纳入政府目标考核'), top('20'), '1.1.1食品安全工作纳入政府目标考核。（10分）', '有纳入考核的文件得10分，否则不得分；', '', ''),
      wrow(cont(), cont(), cont(), cont(), '1.1.2有考核，有考核结果。（10分）', '没有考核扣10分，无考核结果扣5分。', '', ''),
      wrow(cont(), cont(), top('1.2研究解决食品安全实际问题情况'), top('15'), '1.2.1县政府常务会（或县长办公会、食品安全委员会）研究、部署食品安全工作。（5分）', '有会议记要得5分，否则不得分；', '', ''),
      wrow(cont(), cont(), cont(), cont(), '1.2.2成立食品安全委员会（或协调委员会），并由政府主要负责人担任主任委员。（5分）', '没有成立扣5分，不是主要负责人担任主任委员扣2.5分；', '', ''),
      wrow(cont(), cont(), cont(), cont(), '1.2.3县政府领导现场调研、检查食品安全工作相关背景材料（相关信息和影像资料）。（5分）\n注：该项设有加分项（最多加5分）', '全年县政府分管领导参加不少于四次，每少一次扣1.25分。加分项：县主要领导参加一次加2.5分；', '', ''),
      wrow(cont(), cont(), top('1.3食品安全工作经费纳入同级财政预算'), top('20'), '1.3.1食品安全监管部门日常监管经费有保障，有食品安全专项经费投入，食品安全抽检经费纳入政府财政预算。（15分）\n注：该项设有加分项（最多加10分）', '与上年度相比持平得15分，每下降一个百分点扣7.5分；加分项：每上升一个百分点加1分；', '', ''),
      wrow(cont(), cont(), cont(), cont(), '1.3.2食品安全委员会办公室有工作经费。（5分）', '10万元以上（含10万）得5分，5-10万（含5万）得2.5分，3-5万（含3万）得1.25分，少于3万不得分。', '', ''),
    ],
  },
];
