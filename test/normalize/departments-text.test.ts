// Departments written in a bracket closing an item's own text (departments-text.ts). The texts
// are cells of real documents (test/e2e/unseen-docs.ts: 张掖 `zhangye`, 四川 `sichuan`); the records
// stage puts the result in a record (test/e2e/unseen-layouts-3.test.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDepartmentDictionary } from '../../pipeline/normalize/departments.ts';
import { closingBracket, departmentsFromText } from '../../pipeline/normalize/departments-text.ts';

const dictionary = loadDepartmentDictionary().value;
const data = JSON.parse(readFileSync(new URL('../../pipeline/data/departments.json', import.meta.url), 'utf8')) as {
  textDepartments: { maxLabelledLength: number; closingPunctuation: string[] };
};
const read = (t: string, level = '市') => departmentsFromText(t, { level, dictionary, documentId: 'doc', location: { table: 2, row: 3 } });
/** [name, role, known] per department. */
const units = (t: string, level = '市') => read(t, level).value?.departments.map((d) => [d.name, d.role, d.known]);

// 张掖市推进质量振兴工作方案 (张政办发〔2011〕187号)
const ZHANGYE_1 = '全面推进质量振兴工作。各级政府要切实加强推进质量振兴工作的组织领导，将推进质量振兴列入重点工作内容，建立长效机制。（牵头单位：各县区政府）';
const ZHANGYE_2 = '健全完善推进质量振兴奖励制度。将推进质量振兴工作列入县区、部门考核内容，对工作推进有力、工作成效显著的县区和企业给予奖励。（牵头单位：市质监局，各县区政府）';
const ZHANGYE_3 = '补充完善工作方案，出台产品、工程、服务、生态环境等工作实施方案。（张掖市人民政府、甘州区人民政府负责落实）';
const ZHANGYE_4 = '加强计量基础建设（含能源计量）。';
// 四川省“十四五”现代流通体系建设实施方案
const SICHUAN_1 =
  '加强市场体系建设。推进高标准市场体系建设，全面融入全国统一大市场。〔责任单位：省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕';
const SICHUAN_2 = '优化市场准入环境。实施“证照分离”改革全覆盖，持续推进“一网通办”“一日办结”。〔责任单位：省市场监管局〕';

describe('a labelled bracket closing the text', () => {
  it('（牵头单位：A，B）: the units take the label role, the text loses the bracket', () => {
    const r = read(ZHANGYE_2);
    expect(r.value).not.toBeNull();
    expect(r.value!.departments.map((d) => [d.name, d.role, d.raw])).toEqual([
      ['市市场监督管理局', 'lead', '市质监局'],
      ['各县（市、区）人民政府', 'lead', '各县区政府'],
    ]);
    expect(r.value!.text).toBe('健全完善推进质量振兴奖励制度。将推进质量振兴工作列入县区、部门考核内容，对工作推进有力、工作成效显著的县区和企业给予奖励。');
    expect(r.value!.remark).toBe('');
    expect(units(ZHANGYE_1)).toEqual([['各县（市、区）人民政府', 'lead', true]]);
  });

  it('〔责任单位：…负责。remark〕: the sentence after the units is a remark; an unknown unit-like name is kept with its diagnostic', () => {
    const r = read(SICHUAN_1, '省');
    expect(r.value!.departments.map((d) => [d.name, d.role, d.known])).toEqual([
      ['省发展和改革委员会', 'responsible', true],
      ['省市场监督管理局', 'responsible', true],
      ['省商务厅', 'responsible', true],
      ['省大数据中心', 'responsible', false],
    ]);
    expect(r.value!.text).toBe('加强市场体系建设。推进高标准市场体系建设，全面融入全国统一大市场。');
    expect(r.value!.remark).toBe('具体任务均涉及相关市（州）人民政府，不再做分工，下同。');
    expect(r.diagnostics.map((d) => [d.code, d.location])).toEqual([['unknown-department', { table: 2, row: 3 }]]);
    expect(r.diagnostics[0]!.message).toContain('省大数据中心');
    expect(units(SICHUAN_2, '省')).toEqual([['省市场监督管理局', 'responsible', true]]);
  });

  it('an unknown unit after a label is accepted up to maxLabelledLength characters, not beyond', () => {
    const n = data.textDepartments.maxLabelledLength;
    const filler = '大数据产业发展促进和应用推广服务研究院所';
    expect(filler.length).toBeGreaterThanOrEqual(n - 2);
    const name = (len: number) => `省${filler.slice(0, len - 3)}中心`;
    expect(name(n)).toHaveLength(n);
    expect(units(`优化市场准入环境。〔责任单位：${name(n)}〕`, '省')).toEqual([[name(n), 'responsible', false]]);
    const over = read(`优化市场准入环境。〔责任单位：${name(n + 1)}〕`, '省');
    expect(over).toEqual({ value: null, diagnostics: [] });
  });
});

describe('an unlabelled bracket', () => {
  it('known units (`…负责落实`) are the departments, responsible', () => {
    const r = read(ZHANGYE_3);
    expect(units(ZHANGYE_3)).toEqual([
      ['张掖市人民政府', 'responsible', true],
      ['甘州区人民政府', 'responsible', true],
    ]);
    expect(r.value!.text).toBe('补充完善工作方案，出台产品、工程、服务、生态环境等工作实施方案。');
    expect(r.diagnostics).toEqual([]);
  });

  it('an unknown name without a label stays in the text, even one that ends like a unit', () => {
    expect(read('优化市场准入环境。〔省大数据中心〕', '省')).toEqual({ value: null, diagnostics: [] });
  });

  it('a bracket naming no unit (`（含能源计量）。`) stays in the text', () => {
    expect(read(ZHANGYE_4)).toEqual({ value: null, diagnostics: [] });
  });
});

describe('the closing bracket', () => {
  it('one closing punctuation mark after the bracket is allowed; the text is cut before the bracket', () => {
    expect(closingBracket(ZHANGYE_4, dictionary)).toEqual({ inner: '含能源计量', index: 8 });
    expect(read(`${ZHANGYE_1}。`).value!.text).toBe(read(ZHANGYE_1).value!.text);
  });

  it('nested brackets count as one; a bracket that is the whole text, or none at the end, gives nothing', () => {
    expect(closingBracket('甲（乙（丙）丁）', dictionary)).toEqual({ inner: '乙（丙）丁', index: 1 });
    expect(closingBracket('（牵头单位：各县区政府）', dictionary)).toBeNull();
    expect(read('（牵头单位：各县区政府）')).toEqual({ value: null, diagnostics: [] });
    expect(closingBracket('建立长效机制。', dictionary)).toBeNull();
  });
});

describe('a user dictionary (--departments) sets textDepartments too', () => {
  const withUser = (json: object) => {
    const dir = mkdtempSync(join(tmpdir(), 'govtables-textdep-'));
    const file = join(dir, 'user.json');
    writeFileSync(file, JSON.stringify(json));
    return loadDepartmentDictionary(file);
  };
  const readWith = (dict: typeof dictionary, t: string, level = '省') => departmentsFromText(t, { level, dictionary: dict, documentId: 'doc' });
  const long = '省大数据产业发展促进和应用推广综合服务中心';

  it('maxLabelledLength is replaced: a longer labelled unit is accepted, the built-in length rejects it', () => {
    const text = `优化市场准入环境。〔责任单位：${long}〕`;
    expect(long.length).toBeGreaterThan(data.textDepartments.maxLabelledLength);
    expect(readWith(dictionary, text).value).toBeNull();
    const user = withUser({ textDepartments: { maxLabelledLength: 30 } });
    expect(user.diagnostics).toEqual([]);
    expect(readWith(user.value, text).value?.departments.map((d) => [d.name, d.known])).toEqual([[long, false]]);
    // the rest of the built-in settings stays
    expect(user.value.textDepartments.closingPunctuation).toEqual(expect.arrayContaining(data.textDepartments.closingPunctuation));
  });

  it('characters are added to the lists: a closing `！` and a remark after `；`', () => {
    const text = '健全完善奖励制度。（牵头单位：市质监局；其他县区参照执行）！';
    expect(readWith(dictionary, text, '市').value).toBeNull();
    const user = withUser({ textDepartments: { closingPunctuation: ['！'], remarkSeparators: ['；'] } }).value;
    const r = readWith(user, text, '市').value!;
    expect(r.departments.map((d) => [d.name, d.role])).toEqual([['市市场监督管理局', 'lead']]);
    expect([r.text, r.remark]).toEqual(['健全完善奖励制度。', '其他县区参照执行']);
  });

  it('a malformed textDepartments entry is an error diagnostic, the built-in settings are kept', () => {
    const user = withUser({ textDepartments: { maxLabelledLength: 'long', remarkSeparators: ['。。'] } });
    expect(user.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['error', 'department-dictionary-invalid'],
      ['error', 'department-dictionary-invalid'],
    ]);
    expect(user.value.textDepartments).toEqual(dictionary.textDepartments);
  });
});
