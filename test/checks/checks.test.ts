// The checks report, never fix: numbering gaps, points that do not add up, stated totals,
// records without departments. Records here carry the real codes and points of the seeds.
import { describe, expect, it } from 'vitest';
import { checkStatedTotal, runChecks } from '../../pipeline/checks/index.ts';
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
  it('compares a stated total (003: 评价总分为 1060 分) with the indicators', () => {
    const rs = [rec({ indicator: 'a', indicatorPoints: 1000 }), rec({ indicator: 'b', indicatorPoints: 20 })];
    expect(checkStatedTotal(rs, ['评价总分为 1060 分，…'], 'd').map((d) => [d.code, d.message])).toEqual([
      ['total-does-not-add-up', 'The document states a total of 1060 points, but its indicators add up to 1020.'],
    ]);
    expect(checkStatedTotal(rs, ['评价总分为1020分。'], 'd').map((d) => d.code)).toEqual(['total-matches']);
  });
});
