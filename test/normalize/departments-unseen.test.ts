// Department cells another city (常德市) writes that the seeds do not: groups of 市直 units,
// agencies named by their national body, units the seeds never name.
import { describe, expect, it } from 'vitest';
import { loadDepartmentDictionary, parseDepartments } from '../../pipeline/normalize/departments.ts';

const dictionary = loadDepartmentDictionary().value;
const parse = (cell: string) =>
  parseDepartments(cell.split('\n'), { role: 'responsible', level: '市', dictionary, documentId: 'doc' }).value.map((d) => [d.raw, d.name, d.known]);

describe('departments other cities write', () => {
  it('市直各相关单位 is a group, kept as written and known', () => {
    expect(parse('市直各相关单位')).toEqual([['市直各相关单位', '市直各相关单位', true]]);
    expect(parse('市直有关部门')).toEqual([['市直有关部门', '市直有关部门', true]]);
  });

  it('国家税务总局常德市税务局 is the city-level 税务局 (place dropped)', () => {
    expect(parse('国家税务总局常德市税务局')).toEqual([['国家税务总局常德市税务局', '市税务局', true]]);
  });

  it('fire and 文明办 units are known under one name', () => {
    expect(parse('市应急管理局、市消防救援支队')).toEqual([
      ['市应急管理局', '市应急管理局', true],
      ['市消防救援支队', '市消防救援支队', true],
    ]);
    expect(parse('市委宣传部（市文明办）').map((d) => d[1])).toEqual(['市委宣传部', '市精神文明建设办公室']);
  });
});
