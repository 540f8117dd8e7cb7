// Real department cells are checked as one line each: `name/role[scope]` per department,
// `?` after a name the dictionary does not know, joined by ` | `. Shared by the tests of
// real cells (departments-real, departments-county).
import { loadDepartmentDictionary, parseDepartments } from '../../pipeline/normalize/departments.ts';

const dictionary = loadDepartmentDictionary().value;

/** The cell parsed as a 责任单位 cell of a document of `level`, at table 1, row 2, column 3. */
export const parse = (cell: string, level: string) =>
  parseDepartments(cell.split('\n'), { role: 'responsible', level, dictionary, documentId: 'doc', location: { table: 1, row: 2, column: 3 } });

export const brief = (cell: string, level: string): string =>
  parse(cell, level)
    .value.map((d) => `${d.name}${d.known ? '' : '?'}/${d.role}${d.scope ? `[${d.scope}]` : ''}`)
    .join(' | ');
