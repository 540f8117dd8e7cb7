// More layouts no seed has, as real Word files built in the test: the kinds of tables
// other cities publish for 质量强市/质量提升 plans, 任务分解表, 考核评分细则, 目标责任书.
// Each test states the records an analyst reading the table would expect.
import { describe, expect, it } from 'vitest';
import { buildDocx, type SpecBlock } from '../../scripts/make-docx-samples.ts';
import { convertBytes } from '../../pipeline/convert.ts';
import { normalizeKey } from '../../pipeline/normalize/text.ts';

const c = (t: string, rowSpan?: number, colSpan?: number) => ({ lines: t ? t.split('\n') : [], rowSpan, colSpan });

async function convert(blocks: SpecBlock[]) {
  const bytes = new Uint8Array(await buildDocx(blocks));
  return convertBytes(bytes, 'unseen.docx');
}

type Res = Awaited<ReturnType<typeof convert>>;

/** Every non-empty cell of the spec is kept in a record, a document field or a diagnostic. */
function lostCells(blocks: SpecBlock[], res: Res): string[] {
  const parts: string[] = [res.document.title ?? '', ...Object.entries(res.document.fields).flat()];
  for (const x of res.records) parts.push(JSON.stringify({ ...x, provenance: undefined }), ...Object.values(x.provenance.cells));
  for (const d of res.diagnostics) parts.push(d.message);
  const hay = normalizeKey(parts.join('\n')).replace(/\\n/g, '');
  const lost: string[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const row of b.rows) for (const cell of row.cells) {
      const key = normalizeKey(cell.lines.join(''));
      if (key && !hay.includes(key)) lost.push(key);
    }
  }
  return lost;
}

const depts = (r: { departments: { name: string; role: string }[] }) => r.departments.map((d) => [d.name, d.role]);

describe('more layouts no seed has (generated .docx)', () => {
  it('two-row header: 目标值 over 2020年/2022年, 责任单位 over 牵头/配合, 完成时限 merged down; a 单位 column', async () => {
    const blocks: SpecBlock[] = [
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
    const res = await convert(blocks);
    expect(res.records).toHaveLength(2);
    const [a, b] = res.records;
    expect(a).toMatchObject({ indicatorCode: '1', indicator: '制造业产品质量合格率', baseline: '93.5', baselineDate: '2019', deadline: { kind: 'date', end: '2022-12' } });
    expect(a!.baselineValue).toMatchObject({ value: 93.5, unit: '%' });
    // the plan's end target is the record's target; the intermediate one is kept in notes with its year
    expect(a).toMatchObject({ target: '≥95', targetDate: '2022' });
    expect(a!.targetValue).toMatchObject({ comparator: '>=', value: 95, unit: '%' });
    expect(a!.notes).toContain('2020年');
    expect(a!.notes).toContain('≥94');
    expect(depts(a!)).toEqual([
      ['市市场监督管理局', 'lead'],
      ['市工业和信息化局', 'support'],
    ]);
    expect(b).toMatchObject({ indicatorCode: '2', target: '30', targetDate: '2022', baseline: '12' });
    expect(b!.targetValue).toMatchObject({ value: 30, unit: '项' });
    expect(depts(b!).map((d) => d[1])).toEqual(['lead', 'support', 'support']);
    expect(lostCells(blocks, res)).toEqual([]);
  });

  it('flat header with 现状值, 2020年目标值, 2022年目标值 and a 计量单位 column', async () => {
    const blocks: SpecBlock[] = [
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
    const res = await convert(blocks);
    expect(res.records.map((r) => [r.indicatorCode, r.indicator, r.baseline, r.target, r.targetDate])).toEqual([
      ['1', '万人有效发明专利拥有量', '3.2', '5以上', '2022'],
      ['2', '食品抽检合格率', '97', '98以上', '2022'],
    ]);
    expect(res.records[0]!.targetValue).toEqual({ comparator: '>=', value: 5, valueMax: null, unit: '件' });
    expect(res.records[1]!.baselineValue).toMatchObject({ value: 97, unit: '%' });
    expect(res.records[1]!.notes).toContain('98');
    expect(lostCells(blocks, res)).toEqual([]);
  });

  it('序号 with Chinese numerals for sections (序号 + one text cell) and Arabic for items', async () => {
    const blocks: SpecBlock[] = [
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
    const res = await convert(blocks);
    expect(res.records.map((r) => [r.dimensionCode, r.dimension, r.indicatorCode, r.task])).toEqual([
      ['1', '夯实质量基础', '1', '推进计量检测能力建设，新建社会公用计量标准5项。'],
      ['1', '夯实质量基础', '2', '实施标准化战略，主导制定地方标准3项以上。'],
      ['2', '加强品牌建设', '3', '培育宜昌名牌产品。'],
    ]);
    expect(res.records[2]!.deadline).toMatchObject({ kind: 'ongoing' });
    expect(res.diagnostics.filter((d) => d.code === 'section-row')).toHaveLength(2);
  });

  it('department cells with inline roles, 等部门, one department per line', async () => {
    const blocks: SpecBlock[] = [
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
    const res = await convert(blocks);
    expect(res.records).toHaveLength(3);
    expect(depts(res.records[0]!)).toEqual([
      ['市市场监督管理局', 'lead'],
      ['市发展和改革委员会', 'support'],
    ]);
    expect(depts(res.records[1]!).map((d) => d[1])).toEqual(['responsible', 'responsible', 'responsible']);
    expect(res.records[1]!.departments.map((d) => d.raw)).toEqual(['市住建局', '市交通运输局', '市水利局']);
    expect(res.records[2]!.departments[0]).toMatchObject({ name: '市农业农村局', role: 'responsible' });
    expect(res.records[2]!.deadline).toMatchObject({ kind: 'recurring', frequency: 'yearly' });
  });

  it('scoring table: points as 10分, 5, 2×5 and 0-5; a 合计 row is no record and is checked against the sum', async () => {
    const blocks: SpecBlock[] = [
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
    const res = await convert(blocks);
    expect(res.records.map((r) => [r.indicatorCode, r.criterion, r.indicatorPoints])).toEqual([
      ['1', '质量工作领导机制', 10],
      ['2', '质量发展规划', 5],
      ['3', '质量提升专项行动', 10],
      ['4', '质量工作宣传', 5],
    ]);
    // the written points text is kept where it is not a plain number
    expect(res.records[2]!.notes).toContain('2×5');
    expect(res.records[3]!.notes).toContain('0-5');
    const total = res.diagnostics.filter((d) => d.code === 'total-row');
    expect(total).toHaveLength(1);
    expect(total[0]!.message).toContain('30');
    expect(res.diagnostics.filter((d) => d.code === 'total-row-mismatch')).toEqual([]);
  });

  it('a 总分 row that does not match the sum is reported', async () => {
    const res = await convert([
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
    ]);
    expect(res.records).toHaveLength(2);
    const bad = res.diagnostics.filter((d) => d.code === 'total-row-mismatch');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.severity).toBe('warning');
    expect(bad[0]!.message).toMatch(/40/);
    expect(bad[0]!.message).toMatch(/35/);
  });

  it('a title row spanning all columns above the header', async () => {
    const blocks: SpecBlock[] = [
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
    const res = await convert(blocks);
    expect(res.records.map((r) => [r.indicatorCode, r.task, r.tableTitle])).toEqual([
      ['1', '召开全市质量大会。', '遂宁市2021年质量强市工作要点任务分解表'],
      ['2', '开展“质量月”活动。', '遂宁市2021年质量强市工作要点任务分解表'],
    ]);
    expect(res.records[0]!.departments[0]).toMatchObject({ name: '市市场监督管理局', role: 'lead' });
    expect(res.records[1]!.deadline).toMatchObject({ end: '2021-09' });
    expect(res.document.region).toMatchObject({ city: '遂宁市' });
  });

  it('several tables with paragraphs between; a contact list is kept as a warning, not records', async () => {
    const blocks: SpecBlock[] = [
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
    const res = await convert(blocks);
    expect(res.records.map((r) => [r.table, r.tableTitle])).toEqual([
      [1, '表1主要指标'],
      [2, '表2重点任务分解表'],
      [2, '表2重点任务分解表'],
    ]);
    expect(res.records[0]).toMatchObject({ indicator: '产品质量监督抽查合格率', baseline: '92%', target: '95%以上' });
    expect(res.records[0]!.targetValue).toMatchObject({ comparator: '>=', value: 95, unit: '%' });
    expect(res.records[1]).toMatchObject({ task: '实施质量基础设施提升工程。', deadline: { end: '2022' } });
    const kept = res.diagnostics.filter((d) => d.code === 'table-not-understood');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.location.table).toBe(3);
    expect(kept[0]!.message).toContain('张三');
    expect(kept[0]!.message).toContain('13800000000');
    expect(lostCells(blocks, res)).toEqual([]);
  });

  it('目标责任书: a two-column 指标 | 目标 table, no departments', async () => {
    const blocks: SpecBlock[] = [
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
    const res = await convert(blocks);
    expect(res.records.map((r) => [r.indicator, r.target])).toEqual([
      ['主要农产品质量安全抽检合格率', '98%以上'],
      ['新增省级以上名牌产品', '2个'],
      ['区域内不发生重大质量安全事故', '零发生'],
    ]);
    expect(res.records[0]!.targetValue).toMatchObject({ comparator: '>=', value: 98, unit: '%' });
    expect(res.records[1]!.targetValue).toMatchObject({ value: 2, unit: '个' });
    expect(res.records.every((r) => r.departments.length === 0)).toBe(true);
    // no department column: no missing-department warnings for this table
    expect(res.diagnostics.filter((d) => d.code === 'missing-departments' || d.code === 'no-departments')).toEqual([]);
  });
});

describe('more layouts no seed has: headers and numbering other cities write', () => {
  it('工作举措 | 责任领导 | 牵头单位 | 时间进度: a leader column holds people, not departments', async () => {
    const blocks: SpecBlock[] = [
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
    const res = await convert(blocks);
    expect(res.records.map((r) => [r.indicatorCode, r.task, depts(r)])).toEqual([
      ['1', '建设国家级质检中心。', [['市市场监督管理局', 'lead']]],
      ['2', '开展质量基础设施“一站式”服务。', [['市市场监督管理局', 'lead']]],
    ]);
    expect(res.records[0]!.notes).toContain('王副市长');
    expect(res.records[0]!.deadline).toMatchObject({ kind: 'date', end: '2022-10' });
    expect(lostCells(blocks, res)).toEqual([]);
  });

  it('a text column under a header word nobody listed (推进事项) still holds the items', async () => {
    const res = await convert([
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
    ]);
    expect(res.records.map((r) => [r.indicatorCode, r.task, r.departments.length, r.deadline?.end])).toEqual([
      ['1', '完善质量工作考核办法并组织实施。', 1, '2023-06'],
      ['2', '组织开展首席质量官培训。', 2, '2023-12'],
    ]);
    expect(res.diagnostics.find((d) => d.code === 'table-mapped')!.message).toContain('"推进事项" → task');
  });

  it('一 / （一） / 1 numbering in one 序号 column: sections, subsections, items', async () => {
    const res = await convert([
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
    ]);
    expect(res.records.map((r) => [r.dimensionCode, r.dimension, r.subdimension, r.indicatorCode])).toEqual([
      ['1', '全面提升产品质量', '提升消费品质量', '1'],
      ['1', '全面提升产品质量', '提升农产品质量', '2'],
      ['2', '全面提升工程质量', null, '3'],
    ]);
    expect(res.diagnostics.filter((d) => d.code === 'section-row')).toHaveLength(4);
  });

  it('scoring table with 小计 rows per group and a 总分 row; 一级指标 merged down', async () => {
    const res = await convert([
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
    ]);
    expect(res.records.map((r) => [r.dimension, r.criterion, r.indicatorPoints])).toEqual([
      ['质量安全', '产品质量监督抽查', 10],
      ['质量安全', '食品安全监管', 10],
      ['质量基础', '标准化建设', 8],
    ]);
    expect(res.diagnostics.filter((d) => d.code === 'total-row')).toHaveLength(3);
    // the second 小计 says 9 where its rows give 8
    const bad = res.diagnostics.filter((d) => d.code === 'total-row-mismatch');
    expect(bad.map((d) => d.location.row)).toEqual([6]);
  });

  it('目标责任书 with 序号 | 考核指标 | 目标值 | 分值 | 考核方式 and a 合计 row', async () => {
    const blocks: SpecBlock[] = [
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
    const res = await convert(blocks);
    expect(res.records.map((r) => [r.indicatorCode, r.indicator, r.target, r.indicatorPoints, r.scoringMethod])).toEqual([
      ['1', '产品质量监督抽查合格率', '≥95%', 20, '以省级监督抽查结果为准。'],
      ['2', '新增有效发明专利', '150件', 15, '以知识产权部门统计数据为准。'],
    ]);
    expect(res.records[1]!.targetValue).toMatchObject({ value: 150, unit: '件' });
    expect(res.diagnostics.filter((d) => d.code === 'total-row')).toHaveLength(1);
    expect(res.diagnostics.filter((d) => d.code === 'total-row-mismatch')).toEqual([]);
    expect(lostCells(blocks, res)).toEqual([]);
  });
});

describe('more layouts no seed has: matrices and role labels', () => {
  it('targets per district with a 单位 column and a 合计 column: the unit applies, the total is no assignee', async () => {
    const res = await convert([
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
    ]);
    expect(res.records).toEqual([]);
    expect(res.allocations.map((a) => [a.metric, a.assignee, a.value, a.unit, a.comparator])).toEqual([
      ['新增规上工业企业', '顺庆区', 20, '家', null],
      ['新增规上工业企业', '高坪区', 15, '家', null],
      ['新增规上工业企业', '嘉陵区', 10, '家', null],
      ['产品抽检合格率', '顺庆区', 95, '%', '>='],
      ['产品抽检合格率', '高坪区', 95, '%', '>='],
      ['产品抽检合格率', '嘉陵区', 94, '%', '>='],
    ]);
    const total = res.diagnostics.filter((d) => d.code === 'total-column');
    expect(total).toHaveLength(1);
    expect(total[0]!.message).toContain('45');
    expect(res.diagnostics.filter((d) => d.code === 'total-row-mismatch')).toEqual([]);
  });

  it('role labels inside one department cell (牵头单位：…；配合单位：…)', async () => {
    const res = await convert([
      { kind: 'paragraph', text: '自贡市质量提升行动任务分解表' },
      {
        kind: 'table',
        widths: [1, 6, 4, 2],
        rows: [
          { tableHeader: true, cells: [c('序号'), c('重点任务'), c('责任单位'), c('完成时限')] },
          { cells: [c('1'), c('开展重点产品质量攻关。'), c('牵头单位：市市场监管局\n配合单位：市发改委、市工信局'), c('2022年底前')] },
        ],
      },
    ]);
    expect(depts(res.records[0]!)).toEqual([
      ['市市场监督管理局', 'lead'],
      ['市发展和改革委员会', 'support'],
      ['市工业和信息化局', 'support'],
    ]);
  });
});

describe('more layouts no seed has: units and totals written inside one cell', () => {
  it('目标值（%） header: the unit in the header applies to bare numbers', async () => {
    const res = await convert([
      { kind: 'paragraph', text: '乐山市质量发展主要指标' },
      {
        kind: 'table',
        widths: [1, 5, 2, 2, 3],
        rows: [
          { tableHeader: true, cells: [c('序号'), c('指标名称'), c('现状值（%）'), c('目标值（%）'), c('备注')] },
          { cells: [c('1'), c('制造业产品质量合格率'), c('93'), c('95'), c('预期性')] },
        ],
      },
    ]);
    expect(res.records[0]).toMatchObject({ indicator: '制造业产品质量合格率', baseline: '93', target: '95', notes: '预期性' });
    expect(res.records[0]!.targetValue).toMatchObject({ value: 95, unit: '%' });
    expect(res.records[0]!.baselineValue).toMatchObject({ value: 93, unit: '%' });
  });

  it('a 合计 row written as one spanning cell (合计：100分) is a total, not a section', async () => {
    const res = await convert([
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
    ]);
    expect(res.records.map((r) => [r.criterion, r.criterionPoints])).toEqual([
      ['质量工作机制', 60],
      ['质量安全', 40],
    ]);
    expect(res.diagnostics.filter((d) => d.code === 'section-row')).toEqual([]);
    expect(res.diagnostics.filter((d) => d.code === 'total-row')).toHaveLength(1);
    expect(res.diagnostics.filter((d) => d.code === 'total-row-mismatch')).toEqual([]);
  });
});

describe('more layouts no seed has: section headings inside the item column', () => {
  it('一、… and （一）… written alone in the task column (no 序号, other cells empty) head the rows below', async () => {
    const res = await convert([
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
    ]);
    expect(res.records.map((r) => [r.dimensionCode, r.dimension, r.subdimension, r.taskCode, r.task])).toEqual([
      ['1', '夯实质量基础', '加强计量能力建设', '1', '建设区域计量测试中心。'],
      ['1', '夯实质量基础', '加强计量能力建设', '2', '开展计量惠民活动。'],
      ['2', '加强品牌建设', null, '3', '培育区域公用品牌。'],
    ]);
    expect(res.records[1]!.departments[0]).toMatchObject({ name: '市市场监督管理局' });
  });
});
