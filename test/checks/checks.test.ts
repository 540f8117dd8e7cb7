// The checks report, never fix: numbering gaps, points that do not add up, stated totals,
// records without departments. Records here carry the real codes and points of the seeds,
// or are built by the records stage from the cell texts of 评分表 rows.
import { describe, expect, it } from 'vitest';
import { checkStatedTotal, POINTS_FROM_MERGED_CELL, runChecks } from '../../pipeline/checks/index.ts';
import { buildGrid } from '../../pipeline/grid/index.ts';
import { detectLayout } from '../../pipeline/layout/index.ts';
import type { SourceCell, SourceRow, TableMode } from '../../pipeline/model.ts';
import { cell } from '../../pipeline/model.ts';
import { loadDepartmentDictionary } from '../../pipeline/normalize/departments.ts';
import { buildIndicatorRecords } from '../../pipeline/records/indicators.ts';
import type { IndicatorRecord } from '../../schemas/dataset.ts';

let seq = 0;
function rec(p: Partial<IndicatorRecord>): IndicatorRecord {
  seq++;
  return {
    id: `d-1-${seq}`, documentId: 'd', table: 1, tableTitle: null, seq, region: { province: null, city: null, county: null },
    dimensionCode: null, dimension: null, dimensionPoints: null, subdimension: null, indicatorCode: null, indicator: null, indicatorPoints: null,
    criterionCode: null, criterion: null, scoringMethod: null, criterionPoints: null, aspect: null, taskCode: null, task: null,
    baseline: null, baselineDate: null, target: null, targetDate: null, departments: [{ name: '市市场监督管理局', raw: '市质监局', role: 'lead', scope: null, known: true }],
    deadline: null, notes: null, baselineValue: null, targetValue: null,
    provenance: { file: 'f', format: 'txt', table: 1, rows: [seq + 1, seq + 1], pages: [], cells: {} }, flags: [], ...p,
  };
}
const codes = (ds: { code: string }[]) => ds.map((d) => d.code);

describe('runChecks', () => {
  it('reports a gap in task numbering (000: 14.13 → 14.15) and a repeated code', () => {
    const rs = ['14.12', '14.13', '14.15', '14.15'].map((taskCode) => rec({ indicatorCode: '14', taskCode }));
    const out = runChecks(rs, () => true);
    expect(out.find((d) => d.code === 'numbering-gap')!.message).toBe('Numbering jumps from 14.13 to 14.15: 1 item(s) missing or misnumbered.');
    expect(codes(out)).toContain('duplicate-code');
  });

  it('reports items whose points do not add up to their indicator (000 indicator 7: 18 of 20)', () => {
    const base = { dimension: '城市质量文化特色鲜明', indicatorCode: '7', indicator: '建立起完善的质量诚信体系，质量诚信意识普遍增强', indicatorPoints: 20 };
    const rs = [rec({ ...base, scoringMethod: 'a', criterionPoints: 6 }), rec({ ...base, scoringMethod: 'b', criterionPoints: 6 }), rec({ ...base, scoringMethod: 'c', criterionPoints: 6 })];
    expect(runChecks(rs, () => true).filter((d) => d.code === 'points-do-not-add-up').map((d) => d.message)).toEqual([
      'Items under indicator 7 add up to 18 points, but the indicator states 20.',
    ]);
    // adding the missing 2 points silences it
    expect(codes(runChecks([...rs, rec({ ...base, scoringMethod: 'd', criterionPoints: 2 })], () => true))).not.toContain('points-do-not-add-up');
  });

  it('reports indicators that do not add up to their dimension (001 质量宏观管理: 26 of 23)', () => {
    const rs = [5, 2, 4, 6, 3, 1.5, 2.5, 2].map((p, i) => rec({ dimension: '质量宏观管理', dimensionPoints: 23, indicatorCode: String(i + 1), indicatorPoints: p }));
    expect(runChecks(rs, () => true).map((d) => d.message)).toContain('Indicators under 质量宏观管理 add up to 26 points, but the dimension states 23.');
  });

  it('reports a record without departments only where the table has a department column', () => {
    const r = rec({ departments: [] });
    expect(codes(runChecks([r], () => true))).toContain('missing-department');
    expect(codes(runChecks([r], () => false))).not.toContain('missing-department');
  });
});

describe('checkStatedTotal', () => {
  it('compares a stated total (评价总分为 1060 分) with the indicators', () => {
    const rs = [rec({ indicator: 'a', indicatorPoints: 1000 }), rec({ indicator: 'b', indicatorPoints: 20 })];
    expect(checkStatedTotal(rs, ['评价总分为 1060 分，…'], 'd').map((d) => [d.code, d.message])).toEqual([
      ['total-does-not-add-up', 'The document states a total of 1060 points, but its indicators add up to 1020.'],
    ]);
    expect(checkStatedTotal(rs, ['评价总分为1020分。'], 'd').map((d) => d.code)).toEqual(['total-matches']);
  });
});

// Records built by the records stage, as the pipeline hands them to the checks.
const dictionary = loadDepartmentDictionary().value;
type Spec = string | [string, number];
const c = (s: Spec): SourceCell => (typeof s === 'string' ? cell(s ? [s] : []) : cell([s[0]], s[1]));
const row = (...cells: Spec[]): SourceRow => ({ header: false, pageBreakBefore: false, cells: cells.map(c) });
function records(mode: TableMode, ...rows: SourceRow[]): IndicatorRecord[] {
  const grid = buildGrid({ kind: 'table', mode, pages: [], rows }, { documentId: 'doc', table: 1 }).value;
  const ctx = {
    documentId: 'doc', file: 'f', format: mode === 'text' ? ('txt' as const) : ('docx' as const), table: 1, tableTitle: null,
    region: { province: '湖南省', city: '常德市', county: null }, level: '市', dictionary, firstIsLead: false, noteDeadline: null, year: 2023,
  };
  return buildIndicatorRecords(grid, detectLayout(grid), ctx).records;
}
const pointsWarnings = (rs: IndicatorRecord[]) => runChecks(rs, () => true).filter((d) => d.code === 'points-do-not-add-up').map((d) => d.message);

describe('each 分值 cell counts once', () => {
  const head = row('一级指标', '考核项目', '考核内容', '分值', '评分标准', '考核部门');
  // 质量基础建设（9分）: 计量能力建设 2 + 2, 标准化建设 3 + 2, a 分值 on each row under the merged 考核项目
  const basis = (stated: number) =>
    records(
      'docx',
      head,
      row([`质量基础建设（${stated}分）`, 4], ['计量能力建设', 2], '新建社会公用计量标准。', '2', '每新建1项得1分，最高2分。', '市市场监管局'),
      row('开展计量惠民活动。', '2', '开展活动的得2分。', '市市场监管局'),
      row(['标准化建设', 2], '主导制定国家或行业标准。', '3', '每项得1.5分，最高3分。', '市市场监管局'),
      row('开展标准化试点示范。', '2', '获批省级以上试点的得2分。', '市发改委'),
    );

  it('two indicators with a 分值 per row add up to their dimension: no warning', () => {
    const rs = basis(9);
    expect(rs.map((r) => [r.dimension, r.dimensionPoints, r.indicator, r.indicatorPoints])).toEqual([
      ['质量基础建设', 9, '计量能力建设', 2],
      ['质量基础建设', 9, '计量能力建设', 2],
      ['质量基础建设', 9, '标准化建设', 3],
      ['质量基础建设', 9, '标准化建设', 2],
    ]);
    expect(pointsWarnings(rs)).toEqual([]);
  });

  it('a dimension its rows do not add up to still warns', () => {
    expect(pointsWarnings(basis(10))).toEqual(['Indicators under 质量基础建设 add up to 9 points, but the dimension states 10.']);
  });

  it('the same 分值 written on each row of one indicator counts on each row (text table, 评价总分为60分)', () => {
    // a text table leaves the cells under a group empty; each row writes its own 20
    const rs = records(
      'text',
      row('指标项', '指标内容', '分值', '考核评分方法'),
      row('制度、方法和机制创新', '质量工作在制度、方法或机制应具有示范引领作用和推广价值，', '20', '在宣传质量成果等方面取得很好效果（10分）；具有推广价值（10分）'),
      row('', '', '20', '在动员全社会参与质量发展方面取得很好效果（10分）；具有推广价值（10分）。'),
      row('', '', '20', '在创建活动中具有制度、方法或机制上的创新（10分）；具有推广价值（10分）。'),
    );
    expect(rs.map((r) => [r.indicator, r.indicatorPoints])).toEqual(Array(3).fill(['质量工作在制度、方法或机制应具有示范引领作用和推广价值，', 20]));
    expect(rs[1]!.flags).toContain('filled-from-merged-cell');
    expect(checkStatedTotal(rs, ['评价总分为60分。'], 'doc').map((d) => d.code)).toEqual(['total-matches']);
    expect(checkStatedTotal(rs, ['评价总分为80分。'], 'doc').map((d) => d.message)).toEqual(['The document states a total of 80 points, but its indicators add up to 60.']);
  });

  it('a 分值 merged over the rows of its indicator counts once (flag points-from-merged-cell)', () => {
    // 质量工作组织领导 and its 分值 10 merged over two rows, 质量基础建设 8 on one: 18
    const base = { dimension: '质量工作', dimensionPoints: 18 };
    const cells = (indicator: string, pts: string) => ({ indicator, indicatorPoints: pts });
    const rs = [
      rec({ ...base, indicator: '质量工作组织领导', indicatorPoints: 10, criterion: '成立质量强市工作领导小组。' }),
      rec({ ...base, indicator: '质量工作组织领导', indicatorPoints: 10, criterion: '将质量工作纳入政府绩效考核。', flags: ['filled-from-merged-cell', POINTS_FROM_MERGED_CELL] }),
      rec({ ...base, indicator: '质量基础建设', indicatorPoints: 8, criterion: '加强计量能力建设。' }),
    ];
    for (const r of rs) r.provenance.cells = cells(r.indicator!, String(r.indicatorPoints));
    expect(pointsWarnings(rs)).toEqual([]);
    expect(checkStatedTotal(rs, ['评价总分为18分'], 'd').map((d) => d.code)).toEqual(['total-matches']);
    // without the flag each row's 10 is its own cell: 28
    rs[1]!.flags = ['filled-from-merged-cell'];
    expect(pointsWarnings(rs)).toEqual(['Indicators under 质量工作 add up to 28 points, but the dimension states 18.']);
  });

  it('a 分值 cell merged over two rows, through the records stage: flagged on the copy, counted once', () => {
    // 计量能力建设 and its 分值 4 merged over two rows, 标准化建设 5 on one row: 9 under 质量基础建设（9分）
    const rs = records(
      'docx',
      head,
      row(['质量基础建设（9分）', 3], ['计量能力建设', 2], '新建社会公用计量标准。', ['4', 2], '每新建1项得1分。', '市市场监管局'),
      row('开展计量惠民活动。', '开展活动的得2分。', '市市场监管局'),
      row('标准化建设', '主导制定国家或行业标准。', '5', '每项得1.5分。', '市市场监管局'),
    );
    expect(rs.map((r) => [r.indicator, r.indicatorPoints, r.flags.includes(POINTS_FROM_MERGED_CELL)])).toEqual([
      ['计量能力建设', 4, false],
      ['计量能力建设', 4, true],
      ['标准化建设', 5, false],
    ]);
    expect(pointsWarnings(rs)).toEqual([]);
    expect(checkStatedTotal(rs, ['评价总分为9分。'], 'doc').map((d) => d.code)).toEqual(['total-matches']);
  });

  it("an indicator's own （N分） counts once, whatever its rows' 分值 say (criterion points)", () => {
    const base = { dimension: '质量工作', dimensionPoints: 22, indicatorCode: '1', indicator: '质量工作组织领导', indicatorPoints: 13 };
    const rs = [5, 5, 3].map((p, i) =>
      rec({ ...base, criterionCode: String(i + 1), criterionPoints: p, provenance: { ...rec({}).provenance, cells: { indicator: '一、质量工作组织领导（13分）', indicatorPoints: `${p}分` } } }),
    );
    rs.push(rec({ dimension: '质量工作', dimensionPoints: 22, indicatorCode: '2', indicator: '质量基础建设', indicatorPoints: 9, provenance: { ...rec({}).provenance, cells: { indicator: '二、质量基础建设（9分）' } } }));
    expect(runChecks(rs, () => true).filter((d) => d.severity === 'warning')).toEqual([]);
    expect(checkStatedTotal(rs, ['总分为22分'], 'd').map((d) => d.code)).toEqual(['total-matches']);
  });
});
