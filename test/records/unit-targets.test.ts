// An indicator table whose target is one column per unit (`考核目标` spanning 柯城区 | 衢江区 | …)
// gives allocations besides its records; dated sub-columns, or sub-columns that name no unit, do not.
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../pipeline/grid/index.ts';
import { detectLayout } from '../../pipeline/layout/index.ts';
import type { SourceRow, SourceTable } from '../../pipeline/model.ts';
import { buildIndicatorRecords } from '../../pipeline/records/indicators.ts';
import { splitMetric } from '../../pipeline/records/matrix.ts';
import { buildUnitAllocations, isUnitHeader } from '../../pipeline/records/unit-targets.ts';
import { dictionary, head, recordsContext, row } from './table-builder.ts';

const ctx = recordsContext();
function build(...rows: SourceRow[]) {
  const t: SourceTable = { kind: 'table', mode: 'docx', pages: [], rows };
  const grid = buildGrid(t, { documentId: 'doc', table: 1 }).value;
  const layout = detectLayout(grid);
  const out = buildIndicatorRecords(grid, layout, ctx);
  return { layout, ...out, ...buildUnitAllocations(grid, layout, out.records, ctx) };
}
const cols = (top: string, labels: string[]) => [head(['序号', 2], ['考核指标', 2], [top, 1, labels.length], ['分值', 2]), head(...labels)];

describe('targets one column per unit', () => {
  it('one allocation per filled unit cell; `/` gives none; the notes stay on the record', () => {
    const out = build(...cols('考核目标', ['柯城区', '衢江区', '龙游县']), row('1', '中心村规划编制率', '90%', '≥85%', '/', '5'), row('2', '新增绿地面积（亩）', '10', '', '3', '10'));
    expect(out.allocations.map((a) => [a.metric, a.assignee, a.value, a.unit, a.comparator, a.raw])).toEqual([
      ['中心村规划编制率', '柯城区', 90, '%', null, '90%'],
      ['中心村规划编制率', '衢江区', 85, '%', '>=', '≥85%'],
      ['新增绿地面积', '柯城区', 10, '亩', null, '10'],
      ['新增绿地面积', '龙游县', 3, '亩', null, '3'],
    ]);
    // numbered on after the table's two records: no id is both a record's and an allocation's
    expect(out.records.map((r) => r.id)).toEqual(['doc-1-1', 'doc-1-2']);
    expect(out.allocations.map((a) => [a.id, a.seq])).toEqual([3, 4, 5, 6].map((n) => [`doc-1-${n}`, n]));
    expect(out.allocations[1]!.provenance).toMatchObject({ table: 1, rows: [3, 3], cells: { metric: '中心村规划编制率', assignee: '衢江区', value: '≥85%' } });
    expect(out.records.map((r) => [r.target, r.notes])).toEqual([
      [null, '柯城区：90%；衢江区：≥85%'],
      [null, '柯城区：10；龙游县：3'],
    ]);
  });

  it('a value merged across every unit column gives one allocation per unit', () => {
    const out = build(...cols('2025年目标值', ['柯城区', '衢江区', '龙游县']), row('1', '规划编制率', ['≥95%', 1, 3], '5'));
    expect(out.allocations.map((a) => [a.assignee, a.value, a.comparator, a.unit])).toEqual([
      ['柯城区', 95, '>=', '%'],
      ['衢江区', 95, '>=', '%'],
      ['龙游县', 95, '>=', '%'],
    ]);
  });

  it('a target merged down over two rows of one indicator gives one allocation per unit', () => {
    const out = build(
      head(['序号', 2], ['考核指标', 2], ['考核内容', 2], ['考核目标', 1, 3]),
      head('柯城区', '衢江区', '龙游县'),
      row('1', ['规划编制率', 2], '编制控规', ['90%', 2], ['80%', 2], ['70%', 2]),
      row('2', '编制村规'),
    );
    expect(out.records.map((r) => [r.indicator, r.criterion])).toEqual([
      ['规划编制率', '编制控规'],
      ['规划编制率', '编制村规'],
    ]);
    expect(out.allocations.map((a) => [a.metric, a.assignee, a.value])).toEqual([
      ['规划编制率', '柯城区', 90],
      ['规划编制率', '衢江区', 80],
      ['规划编制率', '龙游县', 70],
    ]);
  });

  it('dated sub-columns (2023年 | 2024年 | 2025年) are no units: no allocations', () => {
    const out = build(...cols('目标值', ['2023年', '2024年', '2025年']), row('1', '中心村规划编制率', '80%', '85%', '90%', '5'));
    expect(out.records).toHaveLength(1);
    expect(out.allocations).toEqual([]);
  });

  it('sub-columns naming grades, not units (基本目标 | 奋斗目标 | 挑战目标): no allocations', () => {
    const out = build(...cols('考核目标', ['基本目标', '奋斗目标', '挑战目标']), row('1', '中心村规划编制率', '80%', '85%', '90%', '5'));
    expect(out.records).toHaveLength(1);
    expect(out.allocations).toEqual([]);
  });
});

describe('unit headers and metrics', () => {
  it('a unit header is a place, a place-like name or a department; totals and words are not', () => {
    expect(['柯城区', '江山市', '城北街道', '高新区', '市场监管局', '江山'].filter((h) => isUnitHeader(h, dictionary))).toEqual(['柯城区', '江山市', '城北街道', '高新区', '市场监管局', '江山']);
    expect(['合计', '全市', '目标值', '2025年', '基本目标', 'A区'].filter((h) => isUnitHeader(h, dictionary))).toEqual([]);
  });

  it('a unit closing the metric moves out; a figure in brackets is part of the metric', () => {
    expect(splitMetric('对村镇规划编制资金投入（万元）')).toEqual({ metric: '对村镇规划编制资金投入', unit: '万元', comparator: null });
    expect(splitMetric('产品合格率%')).toEqual({ metric: '产品合格率', unit: '%', comparator: null });
    expect(splitMetric('控规编制率（98%）')).toEqual({ metric: '控规编制率（98%）', unit: null, comparator: null });
    expect(splitMetric('万台特种设备事故率低于')).toMatchObject({ comparator: '<', unit: null });
  });
});
