// The layout rules added for the round-6 documents (test/e2e/unseen-layouts-6.test.ts), each with
// the cases it must not fire on: a third header row only when shaped as one; columns headed by a
// year alone are targets only after a baseline dated earlier; a matrix's rows are the assignees
// only when they are labelled by places; and the header words added with them.
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../pipeline/grid/index.ts';
import { fieldOfHeader } from '../../pipeline/layout/header-words.ts';
import { detectLayout } from '../../pipeline/layout/index.ts';
import type { SourceRow, SourceTable } from '../../pipeline/model.ts';
import { buildAllocations } from '../../pipeline/records/matrix.ts';
import { head, row } from '../records/table-builder.ts';

const gridOf = (...rows: SourceRow[]) => {
  const t: SourceTable = { kind: 'table', mode: 'docx', pages: [], rows };
  return buildGrid(t, { documentId: 'doc', table: 1 }).value;
};
const fields = (l: ReturnType<typeof detectLayout>) => l.columns.map((m) => (m ? `${m.field}${m.role ? `:${m.role}` : ''}` : null));
const ctx = { documentId: 'doc', file: 'f.docx', format: 'docx' as const, table: 1 };

describe('a third header row', () => {
  const top = head(['序号', 3], ['重点任务', 3], ['责任分工及进度安排', 1, 4]);
  const mid = head(['责任单位', 1, 2], ['时间安排', 1, 2]);
  const low = head('牵头单位', '配合单位', '开始时间', '完成时间');
  const body = row('1', '强化质量基础支撑', '市市场监管局', '市科技局', '2024年1月', '2024年12月');

  it('is read when its own cells are header words and the rest is merged down from above', () => {
    const l = detectLayout(gridOf(top, mid, low, body));
    expect(l.headerRows).toBe(3);
    expect(fields(l)).toEqual(['indicatorCode', 'task', 'departments:lead', 'departments:support', 'deadline', 'deadline']);
    expect(l.columns[4]!.header).toBe('时间安排开始时间');
  });

  it('a section row spanning the table under a two-row header is no header, even holding a header word', () => {
    const l = detectLayout(
      gridOf(
        head(['序号', 2], ['重点任务', 2], ['责任单位', 1, 2]),
        head('牵头单位', '配合单位'),
        row(['重点任务', 1, 4]),
        row('1', '强化质量基础支撑', '市市场监管局', '市科技局'),
        row('2', '提升工程建设质量', '市住建局', '市水利局'),
      ),
    );
    expect(l.headerRows).toBe(2);
    expect(fields(l)).toEqual(['indicatorCode', 'task', 'departments:lead', 'departments:support']);
  });

  it('the first body row under a two-row header is no header: its cells are not all header words', () => {
    const l = detectLayout(gridOf(head(['序号', 2], ['指标名称', 2], ['目标值', 1, 2]), head('2024年', '2025年'), row('1', '制造业产品质量合格率', '94', '95'), row('2', '品牌', '3', '5')));
    expect(l.headerRows).toBe(2);
  });
});

describe('columns headed by a year alone', () => {
  it('are targets after a baseline column dated earlier', () => {
    const l = detectLayout(gridOf(head('序号', '指标名称', '单位', '2023年基数', '2024年', '2025年', '2026年'), row('1', '制造业产品质量合格率', '%', '93.8', '94', '94.5', '95'), row('2', '新增品牌企业', '家', '12', '15', '18', '20')));
    expect(l.kind).toBe('indicator');
    expect(fields(l)).toEqual(['indicatorCode', 'indicator', 'unit', 'baseline', 'target', 'target', 'target']);
    expect(l.columns.slice(4).map((m) => m!.header)).toEqual(['2024年', '2025年', '2026年']);
  });

  it('are left alone without a baseline (past figures as much as targets)', () => {
    const l = detectLayout(gridOf(head('序号', '指标名称', '2021年', '2022年', '2023年'), row('1', '制造业产品质量合格率', '93', '93.5', '94'), row('2', '新增品牌企业', '10', '12', '15')));
    expect(fields(l).slice(2)).toEqual([null, null, null]);
  });

  it('are left alone when the baseline is not earlier than each of them', () => {
    const l = detectLayout(gridOf(head('序号', '指标名称', '2024年现状值', '2023年', '2024年', '2025年'), row('1', '合格率', '93', '93.5', '94', '95'), row('2', '新增品牌企业', '10', '12', '15', '18')));
    expect(fields(l).slice(3)).toEqual([null, null, null]);
  });
});

describe('a matrix written the other way round', () => {
  const transposed = () =>
    gridOf(
      head('序号', '县（市、区）', '新增市场主体（户）', '抽查合格率（%）', '新增品牌（个）'),
      row('1', '婺城区', '5000', '≥95', '3'),
      row('2', '兰溪市', '3800', '≥94', '2'),
      row(['合计', 1, 2], '8000', '', '5'),
    );

  it('rows labelled by places are the assignees, the header cells the metrics; a wrong total is reported', () => {
    const grid = transposed();
    const l = detectLayout(grid);
    expect(l).toMatchObject({ kind: 'matrix', assigneeColumn: 1 });
    const out = buildAllocations(grid, l, ctx);
    expect(out.allocations.map((a) => [a.metric, a.assignee, a.value, a.unit, a.comparator])).toEqual([
      ['新增市场主体', '婺城区', 5000, '户', null],
      ['抽查合格率', '婺城区', 95, '%', '>='],
      ['新增品牌', '婺城区', 3, '个', null],
      ['新增市场主体', '兰溪市', 3800, '户', null],
      ['抽查合格率', '兰溪市', 94, '%', '>='],
      ['新增品牌', '兰溪市', 2, '个', null],
    ]);
    // 5000 + 3800 is not 8000; 3 + 2 is 5
    const mismatch = out.diagnostics.filter((d) => d.code === 'total-row-mismatch');
    expect(mismatch.map((d) => d.location.column)).toEqual([3]);
    expect(out.diagnostics.some((d) => d.code === 'total-row' && d.message.includes('8000'))).toBe(true);
  });

  it('a place column under an unlisted header is found by its names', () => {
    const l = detectLayout(gridOf(head('序号', '名称', '新增市场主体', '抽查合格率', '新增品牌'), row('1', '婺城区', '5000', '95', '3'), row('2', '兰溪市', '3800', '94', '2'), row('3', '城北街道', '900', '96', '1')));
    expect(l).toMatchObject({ kind: 'matrix', assigneeColumn: 1 });
  });

  it('the usual matrix (a row per metric, a column per place) keeps its metric rows', () => {
    const grid = gridOf(head('序号', '指标', '顺庆区', '高坪区', '嘉陵区'), row('1', '新增规上工业企业', '20', '15', '10'), row('2', '产品抽检合格率', '≥95', '≥95', '≥94'));
    const l = detectLayout(grid);
    expect(l.kind).toBe('matrix');
    expect(l.assigneeColumn).toBeUndefined();
    expect(buildAllocations(grid, l, ctx).allocations.map((a) => [a.metric, a.assignee])[0]).toEqual(['新增规上工业企业', '顺庆区']);
  });

  it('row labels that are metrics under an unlisted header are no assignees', () => {
    const l = detectLayout(gridOf(head('序号', '名称', '顺庆区', '高坪区', '嘉陵区'), row('1', '新增规上工业企业（家）', '20', '15', '10'), row('2', '产品抽检合格率（%）', '95', '95', '94')));
    expect(l.kind).toBe('matrix');
    expect(l.assigneeColumn).toBeUndefined();
  });
});

describe('考核方式 beside 评分标准', () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => row(String(i + 1), `考核内容${i + 1}。`, '查阅资料', `达到要求的得${i + 2}分。`));
  it('the way of checking is a note under its header, the rules the scoring method', () => {
    const l = detectLayout(gridOf(head('序号', '考核内容', '考核方式', '评分标准'), ...body(2)));
    expect(fields(l)).toEqual(['indicatorCode', 'criterion', 'notes', 'scoringMethod']);
    expect(l.columns[2]!.header).toBe('考核方式');
  });

  it('a 考核方式 column alone is the scoring method; two scoring columns without one keep the earlier reading', () => {
    const alone = detectLayout(gridOf(head('序号', '考核指标', '目标值', '考核方式'), row('1', '产品质量监督抽查合格率', '≥95%', '以省级监督抽查结果为准。'), row('2', '新增有效发明专利', '150件', '以知识产权部门统计数据为准。')));
    expect(fields(alone)[3]).toBe('scoringMethod');
    const two = detectLayout(gridOf(head('序号', '三级指标', '评分标准', '打分方法'), ...body(2)));
    expect(fields(two).slice(2)).toEqual(['criterion', 'scoringMethod']);
  });
});

describe('a form on top of an indicator table', () => {
  const form = [row('项目名称', ['质量强县创建专项经费', 1, 3]), row('主管部门', '县市场监督管理局', '实施单位', '县市场监督管理局'), row('项目资金（万元）', ['50', 1, 3]), row('年度绩效目标', ['完成质量强县创建任务。', 1, 3])];

  it('the header row right below the form rows is found: every own cell a header word', () => {
    const l = detectLayout(gridOf(...form, row('一级指标', '二级指标', '三级指标', '指标值'), row(['产出指标', 2], '数量指标', '开展培训', '≥5场'), row('质量指标', '合格率', '≥95%')));
    expect(l).toMatchObject({ kind: 'indicator', headerRows: 5, captionRows: 4 });
    expect(fields(l)).toEqual(['dimension', 'subdimension', 'indicator', 'target']);
  });

  it('a form row naming two header words among its values is no header: the table stays a form', () => {
    const l = detectLayout(gridOf(...form, row('责任单位', '县市场监督管理局', '完成时间', '2024年12月'), row('联系人', '张三', '联系电话', '0578-1234567')));
    expect(l.kind).toBe('form');
  });
});

describe('a header naming units and a deadline together', () => {
  const mapped = (h: string) => {
    const l = detectLayout(gridOf(head('序号', '重点任务', h), row('1', '制定年度工作要点。', '市市场监管局'), row('2', '开展质量月活动。', '市委宣传部')));
    const m = l.columns[2]!;
    return [m.field, m.role ?? null, m.second ?? null];
  };
  it('责任单位及完成时限, 完成时间和牵头单位: departments, the deadline second', () => {
    expect(mapped('责任单位及完成时限')).toEqual(['departments', 'responsible', 'deadline']);
    expect(mapped('完成时间和牵头单位')).toEqual(['departments', 'lead', 'deadline']);
  });
  it('other joined headers keep their one field', () => {
    expect(mapped('责任分工及单位')).toEqual(['departments', 'responsible', null]);
    expect(mapped('考核内容及分值')[0]).toBe('criterion');
    expect(mapped('牵头单位及配合单位')).toEqual(['departments', 'lead', null]);
    expect(mapped('完成时限')).toEqual(['deadline', null, null]);
  });
});

describe('a list printed in parts side by side', () => {
  it('a one-row header repeating its words part after part, each part with an item column', () => {
    const two = detectLayout(gridOf(head('序号', '指标名称', '目标值', '序号', '指标名称', '目标值'), row('1', '合格率', '≥95', '3', '满意度', '≥85'), row('2', '品牌数', '5', '', '', '')));
    expect(two.partWidth).toBe(3);
    expect(fields(two)).toEqual(['indicatorCode', 'indicator', 'target', 'indicatorCode', 'indicator', 'target']);
    const three = detectLayout(gridOf(head('序号', '指标', '序号', '指标', '序号', '指标'), row('1', '合格率', '2', '满意度', '3', '品牌数'), row('4', '标准数', '5', '专利数', '', '')));
    expect(three.partWidth).toBe(2);
  });

  it('is not read into repeated words without an item column, nor into a header that does not repeat whole', () => {
    const roles = detectLayout(gridOf(head('序号', '重点任务', '牵头单位', '配合单位', '牵头单位', '配合单位'), row('1', '开展质量月活动。', '市市场监管局', '市委宣传部', '市工信局', '市商务局'), row('2', '创建示范城市。', '市市场监管局', '市发改委', '市财政局', '市住建局')));
    expect(roles.partWidth).toBeUndefined();
    const years = detectLayout(gridOf(head('序号', '指标名称', '目标值', '序号', '指标名称', '备注'), row('1', '合格率', '≥95', '3', '满意度', '新增'), row('2', '品牌数', '5', '', '', '')));
    expect(years.partWidth).toBeUndefined();
  });
});

describe('round-6 header words', () => {
  it.each([
    ['考核内容及分值', 'criterion'],
    ['考核要点及分值', 'criterion'],
    ['考核项目及分值', 'indicator'],
    ['指标名称及分值', 'indicator'],
    ['分值', 'indicatorPoints'],
    ['建设内容', 'criterion'],
    ['建设年限', 'deadline'],
    ['成效指标', 'target'],
    ['2023年基数', 'baseline'],
    ['总投资（万元）', 'notes'],
    ['2024年计划投资（万元）', 'notes'],
    ['责任科室', 'departments'],
    ['任务来源', 'notes'],
    ['重点任务', 'task'],
    ['存在问题', 'criterion'],
    ['整改目标', 'target'],
    ['整改时限', 'deadline'],
    ['整改措施', 'task'],
    ['扣分标准', 'scoringMethod'],
    ['加分标准', 'notes'],
  ])('%s → %s', (header, field) => {
    expect(fieldOfHeader(header)?.field).toBe(field);
  });
});

describe('二级指标 is the subdimension only above an indicator column (canonical-schema.md header words)', () => {
  const fields = (...header: string[]) => detectLayout(gridOf(head(...header), row(...header.map((_, i) => (i === 0 ? '质量基础（20分）' : i === header.length - 1 ? '得10分。' : String(i)))), row(...header.map((_, i) => (i === 0 ? '' : i === header.length - 1 ? '得5分。' : String(i + 1)))))).columns.map((m) => m?.field ?? null);

  it('一级指标 | 二级指标 | 分值 | 评分标准: the second level is the leaf\'s indicator', () => {
    expect(fields('一级指标', '二级指标', '分值', '评分标准')).toEqual(['dimension', 'indicator', 'indicatorPoints', 'scoringMethod']);
  });

  it('counter-cases: with 三级指标 or 指标名称 after it, 二级指标 stays the subdimension; a dimension written twice is not touched', () => {
    expect(fields('一级指标', '二级指标', '三级指标', '分值', '评分标准')[1]).toBe('subdimension');
    expect(fields('一级指标', '二级指标', '指标名称', '分值', '评分标准')[1]).toBe('subdimension');
    // two dimension words: the second becomes the subdimension by duplicate resolution, whatever its header
    expect(fields('类别', '一级指标', '分值', '评分标准')[1]).toBe('subdimension');
  });
});
