// More layouts no seed has, as real Word files built in the test: the kinds of tables
// other cities publish for 质量强市/质量提升 plans, 任务分解表, 考核评分细则, 目标责任书.
// Each test states the records an analyst reading the table would expect.
import { describe, expect, it } from 'vitest';
import { buildDocx, type SpecBlock } from '../../scripts/make-docx-samples.ts';
import { convertBytes } from '../../pipeline/convert.ts';
import { normalizeKey } from '../../pipeline/normalize/text.ts';
import {
  dazhou,
  deyang,
  districtMatrix,
  guangan,
  leshan,
  luzhou,
  meishan,
  mianyang,
  nanchong,
  neijiang,
  responsibilityLetter,
  suining,
  totalMismatch,
  totalSpanning,
  wuhu,
  yaan,
  yichang,
  zigong,
  ziyang,
} from './unseen-docs.ts';

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
    const blocks: SpecBlock[] = wuhu;
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
    const blocks: SpecBlock[] = nanchong;
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
    const blocks: SpecBlock[] = yichang;
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
    const blocks: SpecBlock[] = mianyang;
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
    const blocks: SpecBlock[] = deyang;
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
    const res = await convert(totalMismatch);
    expect(res.records).toHaveLength(2);
    const bad = res.diagnostics.filter((d) => d.code === 'total-row-mismatch');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.severity).toBe('warning');
    expect(bad[0]!.message).toMatch(/40/);
    expect(bad[0]!.message).toMatch(/35/);
  });

  it('a title row spanning all columns above the header', async () => {
    const blocks: SpecBlock[] = suining;
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
    const blocks: SpecBlock[] = dazhou;
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
    const blocks: SpecBlock[] = responsibilityLetter;
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
    const blocks: SpecBlock[] = luzhou;
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
    const res = await convert(guangan);
    expect(res.records.map((r) => [r.indicatorCode, r.task, r.departments.length, r.deadline?.end])).toEqual([
      ['1', '完善质量工作考核办法并组织实施。', 1, '2023-06'],
      ['2', '组织开展首席质量官培训。', 2, '2023-12'],
    ]);
    expect(res.diagnostics.find((d) => d.code === 'table-mapped')!.message).toContain('"推进事项" → task');
  });

  it('一 / （一） / 1 numbering in one 序号 column: sections, subsections, items', async () => {
    const res = await convert(neijiang);
    expect(res.records.map((r) => [r.dimensionCode, r.dimension, r.subdimension, r.indicatorCode])).toEqual([
      ['1', '全面提升产品质量', '提升消费品质量', '1'],
      ['1', '全面提升产品质量', '提升农产品质量', '2'],
      ['2', '全面提升工程质量', null, '3'],
    ]);
    expect(res.diagnostics.filter((d) => d.code === 'section-row')).toHaveLength(4);
  });

  it('scoring table with 小计 rows per group and a 总分 row; 一级指标 merged down', async () => {
    const res = await convert(ziyang);
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
    const blocks: SpecBlock[] = meishan;
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
    const res = await convert(districtMatrix);
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
    const res = await convert(zigong);
    expect(depts(res.records[0]!)).toEqual([
      ['市市场监督管理局', 'lead'],
      ['市发展和改革委员会', 'support'],
      ['市工业和信息化局', 'support'],
    ]);
  });
});

describe('more layouts no seed has: units and totals written inside one cell', () => {
  it('目标值（%） header: the unit in the header applies to bare numbers', async () => {
    const res = await convert(leshan);
    expect(res.records[0]).toMatchObject({ indicator: '制造业产品质量合格率', baseline: '93', target: '95', notes: '预期性' });
    expect(res.records[0]!.targetValue).toMatchObject({ value: 95, unit: '%' });
    expect(res.records[0]!.baselineValue).toMatchObject({ value: 93, unit: '%' });
  });

  it('a 合计 row written as one spanning cell (合计：100分) is a total, not a section', async () => {
    const res = await convert(totalSpanning);
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
    const res = await convert(yaan);
    expect(res.records.map((r) => [r.dimensionCode, r.dimension, r.subdimension, r.taskCode, r.task])).toEqual([
      ['1', '夯实质量基础', '加强计量能力建设', '1', '建设区域计量测试中心。'],
      ['1', '夯实质量基础', '加强计量能力建设', '2', '开展计量惠民活动。'],
      ['2', '加强品牌建设', null, '3', '培育区域公用品牌。'],
    ]);
    expect(res.records[1]!.departments[0]).toMatchObject({ name: '市市场监督管理局' });
  });
});
