// Department cells of provinces, autonomous regions, municipalities and cities the other briefs do
// not cover (cells and sources in departments-regions.cells.ts), each read as a 责任单位 cell of a
// document of the group's level and compared with the departments departments.md gives.
import { describe, expect, it } from 'vitest';
import { brief, parse } from './department-brief.ts';
import { BRIEF, GROUPS } from './departments-regions.cells.ts';

describe('department cells of other provinces, regions and cities', () => {
  it('holds at least 150 cells, some read in public documents', () => {
    expect(GROUPS.reduce((n, g) => n + g.cells.length, 0)).toBeGreaterThanOrEqual(150);
    expect(GROUPS.filter((g) => !g.source.startsWith(BRIEF)).length).toBeGreaterThanOrEqual(10);
  });

  for (const g of GROUPS) {
    it(g.source, () => {
      for (const [cell, expected] of g.cells) expect([cell, brief(cell, g.level)]).toEqual([cell, expected]);
    });
  }
});
