// Layouts no seed has, built as real Word files in the test: a two-row header with
// a merged 责任单位 over 牵头/配合, a 序号 + 工作任务 + 具体措施 breakdown with merged
// task cells, a Traditional-character table, a table with no header and a points column.
import { describe, expect, it } from 'vitest';
import { buildDocx, type SpecBlock } from '../../scripts/make-docx-samples.ts';
import { convertBytes } from '../../pipeline/convert.ts';

const c = (t: string, rowSpan?: number, colSpan?: number) => ({ lines: t ? t.split('\n') : [], rowSpan, colSpan });

async function convert(blocks: SpecBlock[]) {
  const bytes = new Uint8Array(await buildDocx(blocks));
  return convertBytes(bytes, 'unseen.docx');
}

describe('layouts no seed has (generated .docx)', () => {
  it('two-row header: 责任单位 spanning 牵头单位/配合单位; merged task cells; 序号', async () => {
    const res = await convert([
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
    ]);
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
    const res = await convert([
      { kind: 'paragraph', text: '順德區質量強區工作任務分解表' },
      {
        kind: 'table',
        widths: [3, 5, 2, 2],
        rows: [
          { tableHeader: true, cells: [c('指標內容'), c('工作任務'), c('責任單位'), c('完成時限')] },
          { cells: [c('１．質量發展規劃（１０分）'), c('１．１出台質量發展規劃。'), c('區市場監管局'), c('２０２０年１２月')] },
        ],
      },
    ]);
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
    const res = await convert([
      { kind: 'paragraph', text: '义乌市质量工作考核评分细则' },
      {
        kind: 'table',
        widths: [2, 4, 6, 2, 1],
        rows: [
          { cells: [c('质量基础（20分）', 2), c('1.标准化工作（10分）'), c('制定标准化发展规划的得5分；主导制定国家标准的每项得1分，最高5分。'), c('市市场监管局'), c('10')] },
          { cells: [c('2.计量工作（10分）'), c('建立计量工作协调机制的得5分，未建立的不得分；开展计量检定的得5分。'), c('市市场监管局、市财政局'), c('10')] },
        ],
      },
    ]);
    expect(res.records).toHaveLength(2);
    expect(res.records[0]).toMatchObject({ dimension: '质量基础', dimensionPoints: 20, indicatorCode: '1', indicator: '标准化工作', indicatorPoints: 10 });
    expect(res.records[0]!.scoringMethod).toMatch(/^制定标准化发展规划/);
    expect(res.records[1]).toMatchObject({ dimension: '质量基础', indicatorCode: '2' });
    expect(res.records[1]!.departments.map((d) => d.role)).toEqual(['responsible', 'responsible']);
  });

  it('section rows spanning the table head the rows below them (no dimension column)', async () => {
    const res = await convert([
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
    ]);
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
    const res = await convert([
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
    ]);
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
