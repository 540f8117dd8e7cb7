// Every repair leaves a flag on the records it touched and an info diagnostic that
// points at the table and row (real seeds).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile } from '../../pipeline/convert.ts';
import { SEEDS, hasShared } from '../helpers.ts';

describe.skipIf(!hasShared)('repairs are flagged and diagnosed', () => {
  it('003: 续表 header repeats skipped; vertical text joined under a merged cell', async () => {
    const r = await convertFile(join(SEEDS, '003_7252e7e3900ebd4b.txt'));
    const flagged = r.records.filter((x) => x.flags.includes('header-repeat-skipped'));
    expect(flagged.length).toBeGreaterThanOrEqual(6);
    expect(r.diagnostics.filter((d) => d.code === 'continuation-title-skipped' && d.severity === 'info')).toHaveLength(6);
    expect(r.records[0]!.dimension).toBe('质量发展战略规划');
    expect(r.records[1]!.flags).toContain('filled-from-merged-cell');
  });
  it('000: split 方面 cells aligned and flagged; departments inherited under a merged cell', async () => {
    const r = await convertFile(join(SEEDS, '000_31c5ce152806ac8c.txt'));
    const split = r.records.filter((x) => x.flags.includes('split-cell-aligned'));
    expect(split.length).toBe(44);
    expect(split.every((x) => x.aspect !== null)).toBe(true);
    const d = r.diagnostics.find((x) => x.code === 'split-cell-aligned')!;
    expect(d.location).toMatchObject({ table: 2 });
    expect(d.location.row).toBeGreaterThan(1);
    expect(r.records.filter((x) => x.flags.includes('department-inherited')).length).toBeGreaterThan(0);
  });
  it('001: a merged cell printed again after page breaks is collapsed; the nested 19.1/19.2 row is split', async () => {
    const r = await convertFile(join(SEEDS, '001_81fbc2292bfaeaa4.txt'));
    expect(r.records.some((x) => x.flags.includes('repeated-text-collapsed'))).toBe(true);
    const nested = r.records.filter((x) => x.flags.includes('nested-row-split'));
    expect(nested.map((x) => x.criterionCode)).toEqual(['19.1', '19.2']);
    expect(nested.every((x) => x.indicatorCode === '19')).toBe(true);
  });
});
