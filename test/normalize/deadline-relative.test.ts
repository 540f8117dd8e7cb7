// Deadlines written relative to the plan's year (次年1月, 当年12月底前), as other cities' plans do.
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../pipeline/normalize/deadline.ts';

const read = (cell: string, year: number | null) => {
  const r = parseDeadline([cell], { documentId: 'doc', year });
  return { d: r.value!, codes: r.diagnostics.map((x) => x.code) };
};

describe('relative years in a deadline cell', () => {
  it.each([
    ['次年1月', '2024-01'],
    ['次年1月底前', '2024-01'],
    ['明年底', '2024-12'],
    ['当年12月底前', '2023-12'],
    ['今年6月', '2023-06'],
  ])('%s in a 2023 plan → date %s, noted', (cell, end) => {
    const { d, codes } = read(cell, 2023);
    expect(d).toMatchObject({ raw: cell, kind: 'date', end });
    expect(codes).toContain('deadline-relative-year');
  });

  it('without a document year the month is kept and the year reported missing', () => {
    const { d, codes } = read('次年1月', null);
    expect(d).toMatchObject({ kind: 'unspecified', end: null, month: 1 });
    expect(codes).toEqual(['deadline-year-missing']);
  });

  it('in a recurring cell 次年 follows each year: still recurring', () => {
    const { d, codes } = read('每年12月总结、次年1月上报', 2023);
    expect(d).toMatchObject({ kind: 'recurring', frequency: 'yearly', month: 12, end: null });
    expect(codes).not.toContain('deadline-relative-year');
  });
});
