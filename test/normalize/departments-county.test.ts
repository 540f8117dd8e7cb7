// Department cells of county / district / township documents (县, 区, 县级市, 镇/园区) and of
// the cities above them, read with the `search` tool in public documents (address per group).
// Most are 牵头单位/责任单位 cells of 政府工作报告 task breakdowns; groups marked `主送` are the
// addressee line of such a document (the same unit words a 责任单位 column repeats: 各乡镇人民政府,
// 县直及驻县各单位, …); a few are unit lists of a leader's division of work. Expected values were
// written from departments.md before the run (`name/role`, `?` after a name not in the dictionary).
// The cells are in departments-county.cells.ts. Unknown rate over them: 31.8% (95 of 299) with the
// dictionary before them, 2.4% (7 of 287) after (the rest: companies, a task force, an old merged
// 教育和科学技术局, a provincial 大数据中心, a scenic-area office, a 贸工局).
import { describe, expect, it } from 'vitest';
import { loadDepartmentDictionary, parseDepartments } from '../../pipeline/normalize/departments.ts';
import { GROUPS } from './departments-county.cells.ts';

const dictionary = loadDepartmentDictionary().value;


const parse = (cell: string, level: string) =>
  parseDepartments(cell.split('\n'), { role: 'responsible', level, dictionary, documentId: 'doc', location: { table: 1, row: 2, column: 3 } });
const brief = (cell: string, level: string): string =>
  parse(cell, level)
    .value.map((d) => `${d.name}${d.known ? '' : '?'}/${d.role}${d.scope ? `[${d.scope}]` : ''}`)
    .join(' | ');

describe('department cells of county, district and township documents', () => {
  for (const g of GROUPS) {
    it(g.source, () => {
      for (const [cell, expected] of g.cells) expect([cell, brief(cell, g.level)]).toEqual([cell, expected]);
    });
  }

  it('at most one department in twelve is unknown over these cells', () => {
    let total = 0;
    let unknown = 0;
    for (const g of GROUPS) for (const [cell] of g.cells) for (const d of parse(cell, g.level).value) (total++, d.known || unknown++);
    expect(total).toBeGreaterThanOrEqual(200);
    expect(unknown / total).toBeLessThan(1 / 12);
  });
});
