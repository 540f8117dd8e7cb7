// Roles inside one department cell (departments-roles.ts): a unit marked lead among
// unmarked ones, and role labels (`牵头单位：…；配合单位：…`), read by the normalizer
// so that every format and stage gets them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../schemas/dataset.ts';
import { loadDepartmentDictionary, parseDepartments, type DepartmentContext } from '../../pipeline/normalize/departments.ts';
import { splitRoleLabels } from '../../pipeline/normalize/departments-roles.ts';

const dictionary = loadDepartmentDictionary().value;

function ctx(over: Partial<DepartmentContext> = {}): DepartmentContext {
  return { role: 'responsible', level: '市', dictionary, documentId: 'doc', ...over };
}
/** [name, role] per department. */
const roles = (lines: string[], over: Partial<DepartmentContext> = {}): [string, Role][] =>
  parseDepartments(lines, ctx(over)).value.map((d) => [d.name, d.role]);
const codes = (lines: string[], over: Partial<DepartmentContext> = {}): string[] =>
  parseDepartments(lines, ctx(over)).diagnostics.map((d) => d.code);

const LEAD_SUPPORT_SUPPORT: [string, Role][] = [
  ['市市场监督管理局', 'lead'],
  ['市发展和改革委员会', 'support'],
  ['市工业和信息化局', 'support'],
];

describe('a unit marked lead among unmarked ones', () => {
  it('（牵头） after one unit of a responsible cell: the others support it, with an info diagnostic', () => {
    const r = parseDepartments(['市市场监管局（牵头）、市发改委、市工信局'], ctx({ location: { table: 2, row: 5, column: 3 } }));
    expect(r.value.map((d) => [d.name, d.role])).toEqual(LEAD_SUPPORT_SUPPORT);
    expect(r.value.map((d) => d.raw)).toEqual(['市市场监管局（牵头）', '市发改委', '市工信局']);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'info', code: 'department-support-inferred', location: { table: 2, row: 5, column: 3 } });
    expect(r.diagnostics[0]!.message).toContain('市市场监管局（牵头）');
  });

  it('lead words 牵头 / 主责 / 负责, in brackets or written after the name', () => {
    expect(roles(['市市场监管局（主责），市发改委，市工信局'])).toEqual(LEAD_SUPPORT_SUPPORT);
    expect(roles(['市市场监管局负责，市发改委、市工信局'])).toEqual(LEAD_SUPPORT_SUPPORT);
    expect(roles(['市市场监管局牵头', '市发改委', '市工信局'])).toEqual(LEAD_SUPPORT_SUPPORT);
  });

  it('support words 配合 / 协助 / 参与 / 协同 set support themselves', () => {
    for (const w of ['配合', '协助', '参与', '协同']) {
      expect(roles([`市市场监管局负责，市发改委、市工信局${w}`])).toEqual(LEAD_SUPPORT_SUPPORT);
      expect(codes([`市市场监管局负责，市发改委、市工信局${w}`])).toEqual([]);
    }
    expect(roles(['市教育局牵头（市场监管局协助）'])).toEqual([
      ['市教育局', 'lead'],
      ['市市场监督管理局', 'support'],
    ]);
  });

  it('half-width brackets and commas, Traditional characters', () => {
    expect(roles(['市市场监管局(牵头),市发改委,市工信局'])).toEqual(LEAD_SUPPORT_SUPPORT);
    expect(roles(['市市場監管局（牽頭）、市發改委、市工信局'])).toEqual(LEAD_SUPPORT_SUPPORT);
  });

  it('a support or lead column keeps its role for unmarked units', () => {
    expect(roles(['市市场监管局（牵头）、市发改委'], { role: 'support' })).toEqual([
      ['市市场监督管理局', 'lead'],
      ['市发展和改革委员会', 'support'],
    ]);
    // (`，`: after a `、` run the bracket would apply to the whole run)
    expect(roles(['市发改委，市商务局（配合）'], { role: 'lead' })).toEqual([
      ['市发展和改革委员会', 'lead'],
      ['市商务局', 'support'],
    ]);
    expect(codes(['市市场监管局（牵头）、市发改委'], { role: 'support' })).toEqual([]);
  });

  it('support words alone (no lead) leave the other units responsible (江门 seed cell)', () => {
    expect(roles(['市行政服务中心、市编办、市质监局，各审批职能部门配合、各市（区）政府。']).map((d) => d[1])).toEqual([
      'responsible',
      'responsible',
      'responsible',
      'support',
      'responsible',
    ]);
  });
});

describe('role labels inside one cell', () => {
  it('牵头单位：…；配合单位：… (full-width colon and semicolon)', () => {
    const r = parseDepartments(['牵头单位：市市场监管局；配合单位：市发改委、市住建局'], ctx());
    expect(r.value.map((d) => [d.raw, d.name, d.role])).toEqual([
      ['市市场监管局', '市市场监督管理局', 'lead'],
      ['市发改委', '市发展和改革委员会', 'support'],
      ['市住建局', '市住房和城乡建设局', 'support'],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('labels on their own lines, half-width colons, 部门 and 单位 variants', () => {
    expect(roles(['牵头单位：市市场监管局', '配合单位：市发改委、市工信局'])).toEqual(LEAD_SUPPORT_SUPPORT);
    expect(roles(['主责单位:市市场监管局;参与单位:市发改委,市工信局'])).toEqual(LEAD_SUPPORT_SUPPORT);
    expect(roles(['牵头部门: 市市场监管局', '协助部门: 市发改委、市工信局'])).toEqual(LEAD_SUPPORT_SUPPORT);
    expect(roles(['牵头：市市场监管局；协办：市发改委、市工信局。'])).toEqual(LEAD_SUPPORT_SUPPORT);
  });

  it('责任单位：… is responsible; with a 排名第一 note its first unit leads', () => {
    expect(roles(['责任单位：市市场监管局、市发改委'])).toEqual([
      ['市市场监督管理局', 'responsible'],
      ['市发展和改革委员会', 'responsible'],
    ]);
    expect(roles(['责任单位：市市场监管局、市发改委；协办单位：市工信局'], { firstIsLead: true })).toEqual(LEAD_SUPPORT_SUPPORT);
    // The note speaks of responsible units: a support part is not reordered.
    expect(roles(['牵头单位：市市场监管局；配合单位：市发改委、市工信局'], { firstIsLead: true })).toEqual(LEAD_SUPPORT_SUPPORT);
  });

  it('Traditional labels and names', () => {
    expect(roles(['牽頭單位：市質監局；配合單位：市衛計委'])).toEqual([
      ['市市场监督管理局', 'lead'],
      ['市卫生健康委员会', 'support'],
    ]);
  });

  it('text before the first label keeps the column role', () => {
    expect(roles(['市市场监管局；配合单位：市发改委'], { role: 'lead' })).toEqual([
      ['市市场监督管理局', 'lead'],
      ['市发展和改革委员会', 'support'],
    ]);
  });

  it('line breaks inside a part still separate names; a label broken over two lines is still a label', () => {
    const r = parseDepartments(['牵头部门：市发改委', '配合部门：市财政局', '市数字经济发展中心'], ctx());
    expect(r.value.map((d) => [d.name, d.role, d.known])).toEqual([
      ['市发展和改革委员会', 'lead', true],
      ['市财政局', 'support', true],
      ['市数字经济发展中心', 'support', false],
    ]);
    expect(roles(['牵头单', '位：市市场监管局；配合', '单位：市发改委、市工信局'])).toEqual(LEAD_SUPPORT_SUPPORT);
  });

  it('scope brackets and inline words inside a labelled part', () => {
    const r = parseDepartments(['牵头单位：市市场监管局；配合单位：市发改委（价格）、市住建局（工程）'], ctx());
    expect(r.value.map((d) => [d.name, d.role, d.scope])).toEqual([
      ['市市场监督管理局', 'lead', null],
      ['市发展和改革委员会', 'support', '价格'],
      ['市住房和城乡建设局', 'support', '工程'],
    ]);
  });

  it('a label followed by 无 gives no department, only the placeholder diagnostic', () => {
    const r = parseDepartments(['牵头单位：市市场监管局；配合单位：无'], ctx());
    expect(r.value.map((d) => [d.name, d.role])).toEqual([['市市场监督管理局', 'lead']]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['department-placeholder']);
  });

  it('a user dictionary adds labels', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'govtables-roles-')), 'labels.json');
    writeFileSync(file, JSON.stringify({ roleLabels: { support: ['协作单位'] } }));
    const r = loadDepartmentDictionary(file);
    expect(r.diagnostics).toEqual([]);
    expect(roles(['牵头单位：市市场监管局；协作单位：市发改委、市工信局'], { dictionary: r.value })).toEqual(LEAD_SUPPORT_SUPPORT);
    writeFileSync(file, JSON.stringify({ roleLabels: { support: '协作单位' } }));
    expect(loadDepartmentDictionary(file).diagnostics[0]).toMatchObject({ code: 'department-dictionary-invalid' });
  });
});

describe('a cell with no role words', () => {
  it('every unit takes the column role, no diagnostics, lines handed on untouched', () => {
    const lines = ['市市场监管局、市发改委', '市工信局'];
    expect(roles(lines)).toEqual([
      ['市市场监督管理局', 'responsible'],
      ['市发展和改革委员会', 'responsible'],
      ['市工业和信息化局', 'responsible'],
    ]);
    expect(codes(lines)).toEqual([]);
    expect(roles(lines, { role: 'support' }).map((d) => d[1])).toEqual(['support', 'support', 'support']);
    expect(splitRoleLabels(lines, 'responsible', dictionary)).toEqual([{ lines, role: 'responsible', label: null }]);
  });

  it('a colon that follows no label is not a label', () => {
    expect(splitRoleLabels(['市政府办公室：市督查室'], 'responsible', dictionary)).toHaveLength(1);
  });
});
