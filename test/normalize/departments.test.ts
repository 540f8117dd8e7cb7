// Department normalization (departments.md, canonical-schema.md Department),
// tested on real department cells of the seeds plus variants another city writes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Department, Role } from '../../schemas/dataset.ts';
import { DepartmentSchema } from '../../schemas/dataset.ts';
import {
  loadDepartmentDictionary,
  parseDepartments,
  roleNoteFirstIsLead,
  type DepartmentContext,
} from '../../pipeline/normalize/departments.ts';

const dictionary = loadDepartmentDictionary().value;

function ctx(over: Partial<DepartmentContext> = {}): DepartmentContext {
  return { role: 'responsible', level: '市', dictionary, documentId: 'doc', ...over };
}
/** [raw, name, role, scope] per department, the shape the gold files check. */
function brief(lines: string[], over: Partial<DepartmentContext> = {}): [string, string, Role, string | null][] {
  return parseDepartments(lines, ctx(over)).value.map((d) => [d.raw, d.name, d.role, d.scope]);
}
const names = (lines: string[], over: Partial<DepartmentContext> = {}): string[] =>
  parseDepartments(lines, ctx(over)).value.map((d) => d.name);

describe('gold cells of 000_31c5ce152806ac8c (江门)', () => {
  it('table 1 (责任单位): place governments, 等部门 kept in raw only', () => {
    expect(brief(['新会区政府、开平市政府，市质监局'])).toEqual([
      ['新会区政府', '新会区人民政府', 'responsible', null],
      ['开平市政府', '开平市人民政府', 'responsible', null],
      ['市质监局', '市市场监督管理局', 'responsible', null],
    ]);
    expect(brief(['市发展改革局、市经济和信息化局、市商务局、市质监局等部门、各市（区）政府'])).toEqual([
      ['市发展改革局', '市发展和改革委员会', 'responsible', null],
      ['市经济和信息化局', '市工业和信息化局', 'responsible', null],
      ['市商务局', '市商务局', 'responsible', null],
      ['市质监局等部门', '市市场监督管理局', 'responsible', null],
      ['各市（区）政府', '各县（市、区）人民政府', 'responsible', null],
    ]);
  });

  it('table 2 (注：排名第一的责任单位为牵头单位): first lead, rest support, inline 配合, trailing 。', () => {
    expect(brief(['市行政服务中心、市编办、市质监局，各审批职能部门配合、各市（区）政府。'], { firstIsLead: true })).toEqual([
      ['市行政服务中心', '市行政服务中心', 'lead', null],
      ['市编办', '市机构编制委员会办公室', 'support', null],
      ['市质监局', '市市场监督管理局', 'support', null],
      ['各审批职能部门配合', '各审批职能部门', 'support', null],
      ['各市（区）政府。', '各县（市、区）人民政府', 'support', null],
    ]);
  });

  it('a bracket naming a unit adds it with the same role; raw is the whole piece', () => {
    expect(brief(['市工商局（市消委会）、其他相关职能部门、各市（区）政府'], { firstIsLead: true })).toEqual([
      ['市工商局（市消委会）', '市市场监督管理局', 'lead', null],
      ['市工商局（市消委会）', '市消费者委员会', 'lead', null],
      ['其他相关职能部门', '其他相关职能部门', 'support', null],
      ['各市（区）政府', '各县（市、区）人民政府', 'support', null],
    ]);
  });

  it('bracketed members [含…] keep the group and add the member', () => {
    expect(brief(['市质监局、市经济和信息化局、市质量强市活动领导小组成员单位[含各市（区）政府]'], { firstIsLead: true })).toEqual([
      ['市质监局', '市市场监督管理局', 'lead', null],
      ['市经济和信息化局', '市工业和信息化局', 'support', null],
      ['市质量强市活动领导小组成员单位[含各市（区）政府]', '市质量强市活动领导小组成员单位', 'support', null],
      ['市质量强市活动领导小组成员单位[含各市（区）政府]', '各县（市、区）人民政府', 'support', null],
    ]);
  });

  it('及 between two names, newspapers and broadcasters, place names dropped', () => {
    expect(
      brief(['市质量强市办、市委宣传部及市质量强市活动领导小组各成员单位、市文广新局、江门日报社、江门市广播电视台、各市（区）政府'], { firstIsLead: true }),
    ).toEqual([
      ['市质量强市办', '市质量强市工作领导小组办公室', 'lead', null],
      ['市委宣传部', '市委宣传部', 'support', null],
      ['市质量强市活动领导小组各成员单位', '市质量强市活动领导小组各成员单位', 'support', null],
      ['市文广新局', '市文化和旅游局', 'support', null],
      ['江门日报社', '日报社', 'support', null],
      ['江门市广播电视台', '广播电视台', 'support', null],
      ['各市（区）政府', '各县（市、区）人民政府', 'support', null],
    ]);
    expect(brief(['人行江门市中心支行、市金融局、江门银监分局、江门市保险行业协会、各市（区）政府'], { firstIsLead: true })).toEqual([
      ['人行江门市中心支行', '中国人民银行', 'lead', null],
      ['市金融局', '市地方金融监督管理局', 'support', null],
      ['江门银监分局', '金融监管分局', 'support', null],
      ['江门市保险行业协会', '市保险行业协会', 'support', null],
      ['各市（区）政府', '各县（市、区）人民政府', 'support', null],
    ]);
  });
});

describe('splitting', () => {
  it('names written together are split by the dictionary (瓦房店 牵头部门)', () => {
    expect(brief(['市市场监管局市财政局'], { role: 'lead' })).toEqual([
      ['市市场监管局', '市市场监督管理局', 'lead', null],
      ['市财政局', '市财政局', 'lead', null],
    ]);
    expect(names(['市市场监管局市教育局', '', '市团委'])).toEqual(['市市场监督管理局', '市教育局', '市团委']);
    expect(names(['县质监局县财政局县教育局'])).toEqual(['县市场监督管理局', '县财政局', '县教育局']);
    // PDF text often leaves a space where a separator was.
    expect(brief(['市市场监管局 市财政局'], { role: 'lead' })).toEqual([
      ['市市场监管局', '市市场监督管理局', 'lead', null],
      ['市财政局', '市财政局', 'lead', null],
    ]);
  });

  it('the government office and the people\'s congress office, written in full or short, are known', () => {
    expect(names(['市人民政府办公室、县人民政府办、市人大办公室、市人大常委会办公室'])).toEqual([
      '市政府办公室',
      '县政府办公室',
      '市人大常委会办公室',
      '市人大常委会办公室',
    ]);
    expect(brief(['市人民政府办公室'])).toEqual([['市人民政府办公室', '市政府办公室', 'responsible', null]]);
    // the government itself stays the government
    expect(names(['市人民政府'])).toEqual(['市人民政府']);
  });

  it('a name broken over two lines is joined back; a break between whole names separates', () => {
    expect(brief(['市市民服务', '', '中心'], { role: 'lead' })).toEqual([['市市民服务中心', '市市民服务中心', 'lead', null]]);
    expect(names(['市经信局', '', '市科技局'])).toEqual(['市工业和信息化局', '市科学技术局']);
    expect(names(['   市经信局', '', '   市建设局', '', '   市农发局'])).toEqual(['市工业和信息化局', '市住房和城乡建设局', '市农业农村局']);
    // 004 盐城: a list broken inside `市统计局`.
    expect(names(['市环保局、市安监局、市', '', '统计局等相关单位'])).toEqual(['市生态环境局', '市应急管理局', '市统计局']);
    expect(names(['市委', '宣传部'])).toEqual(['市委宣传部']);
    expect(names(['市经济和信息', '化局、市商务局'])).toEqual(['市工业和信息化局', '市商务局']);
    expect(names(['市质监局', '等部门'])).toEqual(['市市场监督管理局']);
  });

  it('separators inside brackets do not split; ASCII and full-width separators both split', () => {
    expect(names(['各县（市、区）政府,市质监局;市商务局'])).toEqual(['各县（市、区）人民政府', '市市场监督管理局', '市商务局']);
    expect(names(['市教育局和市体育局'])).toEqual(['市教育局', '市体育局']);
    // `和` inside a name is not a separator.
    expect(names(['市人力资源和社会保障局'])).toEqual(['市人力资源和社会保障局']);
  });

  it('placeholders such as 无 or / give no department and an info diagnostic', () => {
    for (const cell of [['无'], ['/'], ['—'], ['暂无']]) {
      const r = parseDepartments(cell, ctx());
      expect(r.value).toEqual([]);
      expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['info', 'department-placeholder']]);
    }
  });

  it('empty and blank cells give no departments and no diagnostics', () => {
    expect(parseDepartments([], ctx())).toEqual({ value: [], diagnostics: [] });
    expect(parseDepartments(['', '  '], ctx())).toEqual({ value: [], diagnostics: [] });
  });
});

describe('level prefix and place names', () => {
  it('the 市 of 市场 is not a prefix; a missing prefix takes the document level', () => {
    expect(names(['市场监管局'])).toEqual(['市市场监督管理局']);
    expect(names(['市市场监管局'])).toEqual(['市市场监督管理局']);
    expect(names(['市场监管局、住建局'], { level: '县' })).toEqual(['县市场监督管理局', '县住房和城乡建设局']);
    expect(names(['区市场监管局'], { level: '市' })).toEqual(['区市场监督管理局']);
    expect(names(['省市场监管局、镇政府、街道城管局'])).toEqual(['省市场监督管理局', '镇人民政府', '街道城市管理局']);
  });

  it('a leading place name is dropped before a known stem; its suffix is the level', () => {
    expect(names(['瓦房店市市场监管局'])).toEqual(['市市场监督管理局']);
    expect(names(['广州市质监局'])).toEqual(['市市场监督管理局']);
    expect(names(['江苏省盐城市环保局'])).toEqual(['市生态环境局']);
    expect(names(['海淀区教育局'])).toEqual(['区教育局']);
    expect(names(['如皋海关', '盐城检验检疫局'])).toEqual(['海关', '海关']);
  });

  it('a place government keeps its place', () => {
    expect(names(['新会区政府、开平市政府、市政府、台山市人民政府'])).toEqual([
      '新会区人民政府',
      '开平市人民政府',
      '市人民政府',
      '台山市人民政府',
    ]);
    expect(names(['各县（市、区）'])).toEqual(['各县（市、区）人民政府']);
    expect(parseDepartments(['各镇（街道）'], ctx({ level: '县' })).value).toEqual([
      { name: '各镇（街道）', raw: '各镇（街道）', role: 'responsible', scope: null, known: true },
    ]);
    expect(names(['各县市区政府、各县（市、区）政府、各市(区)政府、各市（区）委组织部'])).toEqual([
      '各县（市、区）人民政府',
      '各县（市、区）人民政府',
      '各县（市、区）人民政府',
      '各县（市、区）委组织部',
    ]);
  });
});

describe('dictionary table of departments.md', () => {
  const rows: [string[], string][] = [
    [['质监局', '质量技术监督局', '工商局', '工商行政管理局', '食品药品监管局', '食药监局', '食品药品监督管理局', '市场监管局', '市场监督管理局', '知识产权局'], '市场监督管理局'],
    [['发展改革局', '发改委', '发改局', '发展和改革局', '发展和改革委员会'], '发展和改革委员会'],
    [['经济和信息化局', '经信局', '经信委', '经济和信息化委员会', '工业和信息化局'], '工业和信息化局'],
    [['住房城乡建设局', '住建局', '建设局', '城建局', '城乡建设局', '住房和城乡建设局'], '住房和城乡建设局'],
    [['环境保护局', '环保局', '生态环境局'], '生态环境局'],
    [['国土资源局', '自然资源局'], '自然资源局'],
    [['农业局', '农委', '农业委员会', '农发局', '农业发展局', '海洋渔业局', '海洋与渔业局', '农业农村局'], '农业农村局'],
    [['林业和园林局', '林业局'], '林业局'],
    [['旅游局', '文广新局', '文化广电新闻出版局', '文化局', '文化和旅游局'], '文化和旅游局'],
    [['卫生计生局', '卫生计生委', '卫计局', '卫计委', '卫生局', '卫生和计划生育局', '卫生和计划生育委员会', '卫生健康委员会', '卫健委'], '卫生健康委员会'],
    [['安监局', '安全生产监督管理局', '应急管理局'], '应急管理局'],
    [['人社局', '人力资源社会保障局', '人力资源和社会保障局'], '人力资源和社会保障局'],
    [['交通局', '交通运输局'], '交通运输局'],
    [['水务局', '水利局'], '水利局'],
    [['城管局', '城市管理局'], '城市管理局'],
    [['科技局', '科学技术局'], '科学技术局'],
    [['金融局', '地方金融监督管理局'], '地方金融监督管理局'],
    [['粮食局', '粮食和物资储备局'], '粮食和物资储备局'],
    [['监察局', '监察委员会'], '监察委员会'],
    [['编办', '机构编制委员会办公室'], '机构编制委员会办公室'],
    [['消委会', '消费者委员会'], '消费者委员会'],
    [['食安委', '食品安全委员会'], '食品安全委员会'],
    [['质量强市办', '质量强市工作小组办公室', '质量强市工作领导小组办公室'], '质量强市工作领导小组办公室'],
  ];
  it.each(rows)('%j → %s (with and without the 市 prefix)', (written, canonical) => {
    for (const w of written) {
      const expected = [{ name: `市${canonical}`, raw: `市${w}`, role: 'responsible', scope: null, known: true }];
      expect(parseDepartments([`市${w}`], ctx()).value).toEqual(expected);
      expect(parseDepartments([w], ctx()).value.map((d) => d.name)).toEqual([`市${canonical}`]);
    }
  });
  it('unchanged stems stay, known', () => {
    const unchanged = ['商务局', '财政局', '公安局', '教育局', '统计局', '体育局', '邮政管理局', '委宣传部', '委组织部', '团委', '打假办', '行政服务中心', '市民服务中心', '房管办', '网信统筹局', '政府督查室', '保险行业协会'];
    for (const s of unchanged) {
      const r = parseDepartments([`市${s}`], ctx());
      expect(r.value).toEqual([{ name: `市${s}`, raw: `市${s}`, role: 'responsible', scope: null, known: true }]);
      expect(r.diagnostics).toEqual([]);
    }
  });
  it('units that are not city departments', () => {
    expect(names(['江门海关、如皋海关、盐城检验检疫局'])).toEqual(['海关', '海关', '海关']);
    expect(names(['人行江门市中心支行、人民银行瓦支行、人民银行盐城市中心支行、中国人民银行南通市中心支行'])).toEqual(
      Array(4).fill('中国人民银行'),
    );
    expect(names(['江门银监分局、南通银保监分局'])).toEqual(['金融监管分局', '金融监管分局']);
    expect(names(['江门日报社、江门市广播电视台'])).toEqual(['日报社', '广播电视台']);
  });
  it('groups are kept as written with known: true', () => {
    const groups = ['各相关单位', '有关单位', '各相关部门', '相关职能部门', '其他相关职能部门', '各成员单位', '市相关部门', '各承办单位', '各审批职能部门', '各检验检测机构主管部门', '市质量强市活动领导小组成员单位', '市打假联席会议各成员单位', '市质量强市推进工作领导小组各成员单位', '县创建工作领导小组成员单位'];
    for (const g of groups) {
      const r = parseDepartments([g], ctx());
      expect(r.value).toEqual([{ name: g, raw: g, role: 'responsible', scope: null, known: true }]);
      expect(r.diagnostics).toEqual([]);
    }
  });
});

describe('scope, brackets, roles and trailing words', () => {
  it('a scope bracket goes to scope (如皋 001)', () => {
    expect(brief(['市场监管局（产品）、市住建局（工程）、市交通局（工程）、市水务局（工程）、市发改委（服务）'])).toEqual([
      ['市场监管局（产品）', '市市场监督管理局', 'responsible', '产品'],
      ['市住建局（工程）', '市住房和城乡建设局', 'responsible', '工程'],
      ['市交通局（工程）', '市交通运输局', 'responsible', '工程'],
      ['市水务局（工程）', '市水利局', 'responsible', '工程'],
      ['市发改委（服务）', '市发展和改革委员会', 'responsible', '服务'],
    ]);
    expect(brief(['市场监管局（质量）', '市发改委（能耗）', '市环保局(环境)'])).toEqual([
      ['市场监管局（质量）', '市市场监督管理局', 'responsible', '质量'],
      ['市发改委（能耗）', '市发展和改革委员会', 'responsible', '能耗'],
      ['市环保局(环境)', '市生态环境局', 'responsible', '环境'],
    ]);
  });

  it('a scope bracket after a run joined by 、 applies to the whole run, not across ，', () => {
    expect(brief(['市质监局，市建设局、市交通运输局、市水利局（工程）'])).toEqual([
      ['市质监局', '市市场监督管理局', 'responsible', null],
      ['市建设局', '市住房和城乡建设局', 'responsible', '工程'],
      ['市交通运输局', '市交通运输局', 'responsible', '工程'],
      ['市水利局（工程）', '市水利局', 'responsible', '工程'],
    ]);
    // A name with a bracket of its own ends the run.
    expect(brief(['市场监管局（产品）、市住建局、市水务局（工程）']).map((d) => d[3])).toEqual(['产品', '工程', '工程']);
  });

  it('inline roles: 牵头 / 配合 (如皋 001) and variants', () => {
    expect(brief(['市教育局牵头（市场监管局配合）'])).toEqual([
      ['市教育局牵头（市场监管局配合）', '市教育局', 'lead', null],
      ['市教育局牵头（市场监管局配合）', '市市场监督管理局', 'support', null],
    ]);
    expect(brief(['市发改委、市财政局牵头，市各相关部门配合'])).toEqual([
      ['市发改委', '市发展和改革委员会', 'lead', null],
      ['市财政局牵头', '市财政局', 'lead', null],
      ['市各相关部门配合', '市各相关部门', 'support', null],
    ]);
    expect(brief(['市商務局（牽頭）、市統計局'], { role: 'support' })).toEqual([
      ['市商務局（牽頭）', '市商务局', 'lead', null],
      ['市統計局', '市统计局', 'support', null],
    ]);
  });

  it('trailing 等部门 / 等相关单位 / 等 are dropped from the name but kept in raw', () => {
    expect(brief(['市场监管局、市住建局、市交通局、市水务局等'])).toEqual([
      ['市场监管局', '市市场监督管理局', 'responsible', null],
      ['市住建局', '市住房和城乡建设局', 'responsible', null],
      ['市交通局', '市交通运输局', 'responsible', null],
      ['市水务局等', '市水利局', 'responsible', null],
    ]);
    expect(names(['市城建局', '市交通局、市水利局等相关单位'])).toEqual(['市住房和城乡建设局', '市交通运输局', '市水利局']);
    expect(names(['盐城检验检疫局等相关单位。'])).toEqual(['海关']);
  });

  it('firstIsLead: first lead, the rest support, bracket units share the first role', () => {
    expect(brief(['市质监局，江门海关'], { firstIsLead: true }).map((d) => d[2])).toEqual(['lead', 'support']);
    expect(brief(['市市场监管局市财政局'], { firstIsLead: true, role: 'responsible' }).map((d) => d[2])).toEqual(['lead', 'support']);
  });
});

describe('Traditional and full-width input', () => {
  it('normalizes before lookup, raw stays as written', () => {
    expect(brief(['市質監局、市衛生計生局、市國土資源局'])).toEqual([
      ['市質監局', '市市场监督管理局', 'responsible', null],
      ['市衛生計生局', '市卫生健康委员会', 'responsible', null],
      ['市國土資源局', '市自然资源局', 'responsible', null],
    ]);
    expect(names([' 市 质 监 局 ， 各市(区)政府 '])).toEqual(['市市场监督管理局', '各县（市、区）人民政府']);
  });
});

describe('unknown departments', () => {
  it('are kept as written, known: false, with a located warning', () => {
    const location = { table: 2, row: 14, column: 5, page: null };
    const r = parseDepartments(['市质监局、市大数据管理局'], ctx({ location, documentId: 'abc' }));
    expect(r.value).toEqual([
      { name: '市市场监督管理局', raw: '市质监局', role: 'responsible', scope: null, known: true },
      { name: '市大数据管理局', raw: '市大数据管理局', role: 'responsible', scope: null, known: false },
    ]);
    const warnings = r.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ documentId: 'abc', severity: 'warning', code: 'unknown-department', location });
    expect(warnings[0]!.message).toContain('市大数据管理局');
    // 市质监局 is known through its old name: an info diagnostic says so, at the same place
    expect(r.diagnostics.filter((d) => d.severity === 'info')).toEqual([
      expect.objectContaining({ documentId: 'abc', code: 'department-old-name', location }),
    ]);
  });
  it('a place in front of an unknown stem is not guessed away', () => {
    expect(parseDepartments(['江门市大数据管理局'], ctx()).value[0]).toMatchObject({ name: '江门市大数据管理局', known: false });
  });
});

describe('user dictionary files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govtables-dep-'));
  it('JSON entries add stems and place names', () => {
    const file = join(dir, 'extra.json');
    writeFileSync(file, JSON.stringify({ stems: { 大数据管理局: ['数据局', '大数据局'] }, placeNames: ['如皋'] }));
    const r = loadDepartmentDictionary(file);
    expect(r.diagnostics).toEqual([]);
    const c = ctx({ dictionary: r.value });
    expect(parseDepartments(['市数据局、如皋市场监管局'], c).value.map((d) => [d.name, d.known])).toEqual([
      ['市大数据管理局', true],
      ['市市场监督管理局', true],
    ]);
  });
  it('CSV as_written,canonical rows add or override stems', () => {
    const file = join(dir, 'extra.csv');
    writeFileSync(file, '\uFEFFas_written,canonical\r\n大数据局,大数据管理局\r\n"旅游局",旅游局\r\n');
    const r = loadDepartmentDictionary(file);
    expect(r.diagnostics).toEqual([]);
    expect(names(['市大数据局、市旅游局'], { dictionary: r.value })).toEqual(['市大数据管理局', '市旅游局']);
    // The built-in dictionary is not changed by loading a user file.
    expect(names(['市旅游局'])).toEqual(['市文化和旅游局']);
  });
  it('a bad file gives an error diagnostic and the built-in dictionary', () => {
    for (const [name, body] of [
      ['bad.json', '{ not json'],
      ['bad.csv', 'written,name\n大数据局,大数据管理局\n'],
      ['bad-shape.json', JSON.stringify({ stems: ['x'], units: [{ match: '(', name: 'x' }] })],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, body);
      const r = loadDepartmentDictionary(file);
      expect(r.diagnostics.length).toBeGreaterThan(0);
      expect(r.diagnostics.every((d) => d.severity === 'error' && d.code === 'department-dictionary-invalid')).toBe(true);
      expect(names(['市质监局'], { dictionary: r.value })).toEqual(['市市场监督管理局']);
    }
    const missing = loadDepartmentDictionary(join(dir, 'missing.json'));
    expect(missing.diagnostics[0]).toMatchObject({ severity: 'error', code: 'department-dictionary-invalid' });
  });
});

describe('roleNoteFirstIsLead', () => {
  it('recognises notes that make the first department the lead', () => {
    expect(roleNoteFirstIsLead('注：排名第一的责任单位为牵头单位')).toBe(true);
    expect(roleNoteFirstIsLead('注：第一个单位为牵头单位。')).toBe(true);
    expect(roleNoteFirstIsLead('備註：排名第一的責任單位為牽頭單位')).toBe(true);
    expect(roleNoteFirstIsLead('说明：列第一位的为牵头部门，其余为配合部门')).toBe(true);
  });
  it('does not fire on other notes', () => {
    expect(roleNoteFirstIsLead('注：以上工作要求在2017年4月前全部完成')).toBe(false);
    expect(roleNoteFirstIsLead('各专责小组的牵头单位负责协调相关单位制定本专责项目的具体创建方案。')).toBe(false);
  });
});

describe('robustness', () => {
  // Cells assembled from real fragments, separators, brackets and noise.
  const fragment = fc.constantFrom(
    '市', '市场', '监管局', '质监局', '市质监局', '各市（区）政府', '江门', '海关', '及', '和', '、', '，', ';', '（', '）', '[', ']',
    '含', '牵头', '配合', '等部门', '等', '产品', '中心', '市民服务', '局', '委', ' ', '。', '/', '無', '衛生計生局', 'A', '1',
  );
  const cell = fc.array(fc.array(fragment, { maxLength: 12 }).map((xs) => xs.join('')), { maxLength: 4 });
  it('never throws, gives non-empty names, and is deterministic', () => {
    fc.assert(
      fc.property(cell, fc.boolean(), (lines, firstIsLead) => {
        const a = parseDepartments(lines, ctx({ firstIsLead }));
        const b = parseDepartments([...lines], ctx({ firstIsLead }));
        expect(b).toEqual(a);
        for (const d of a.value) {
          expect(d.name.length).toBeGreaterThan(0);
          expect(d.raw.length).toBeGreaterThan(0);
          expect(DepartmentSchema.parse(d)).toEqual(d);
        }
        expect(a.diagnostics.filter((d) => d.code === 'unknown-department')).toHaveLength(a.value.filter((d) => !d.known).length);
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });
});

/** Every distinct department cell of the seeds' 责任单位 / 牵头部门 / 配合部门 columns (001: headerless). */
const SEED_CELLS: string[][] = [
  // seed 001
  ["市质量强市工作领导小组办公室"],
  ["市委组织部、市质量强市工作领导小组办公室"],
  ["市商务局、市场监管局"],
  ["市场监管局"],
  ["市场监管局、市旅游局"],
  ["市场监管局（质量）", "市发改委（能耗）", "市环保局（环境）"],
  ["市商务局、市旅游局、市场监管局"],
  ["市财政局"],
  ["市卫生计生委"],
  ["市场监管局、如皋海关"],
  ["市农委"],
  ["市交通局"],
  ["市教育局牵头（市场监管局配合）"],
  ["市粮食局"],
  ["市场监管局、市发改委"],
  ["市旅游局"],
  ["市住建局"],
  ["市住建局", "市交通局", "市水务局"],
  ["市场监管局（产品）、市住建局（工程）、市交通局（工程）、市水务局（工程）、市发改委（服务）"],
  ["如皋海关"],
  ["市住建局、市交通局、市水务局、市场监管局"],
  ["市科技局"],
  ["市交通局", "市水务局     "],
  ["市环保局"],
  ["", "市质量强市工作小组办公室"],
  ["市场监管局、市统计局"],
  ["市场监管局、市农委"],
  ["市场监管局、市住建局、市交通局、市水务局等"],
  ["市相关部门", "        2018年度如皋市各镇（区、街道）质量工作目标任务分解表"],
  // seed 000
  ["新会区政府、开平市政府，市质监局"],
  ["市发展改革局、市经济和信息化局、市商务局、市质监局等部门、各市（区）政府"],
  ["市发展改革局、市商务局、市旅游局、市质监局等部门、各市（区）政府"],
  ["市财政局、各市（区）政府"],
  ["市环境保护局、各市（区）政府"],
  ["市环境保护局、市住房城乡建设局、市水务局、市农业局、各市（区）政府"],
  ["市环境保护局、市农业局、市国土资源局、各市（区）政府"],
  ["市住房城乡建设局、市交通运输局、市水务局、各市（区）政府"],
  ["市住房城乡建设局、各市（区）政府"],
  ["市住房城乡建设局、市水务局、各市（区）政府"],
  ["市农业局、市海洋渔业局、各市（区）政府"],
  ["市农业局、各市（区）政府"],
  ["市商务局、各市（区）政府"],
  ["市商务局、市工商局、各相关单位、各市（区）政府"],
  ["市工商局、各市（区）政府"],
  ["市工商局、市消委会、各相关单位、各市（区）政府"],
  ["市质监局、各市（区）政府"],
  ["市质监局、市农业局、市林业和园林局、市海洋渔业局、各市（区）政府"],
  ["市质监局、各相关部门、各市（区）政府"],
  ["市质监局、市食品药品监管局、市工商局、市商务局、市农业局、各市（区）政府"],
  ["市质监局，江门海关，新会区政府"],
  ["市质监局、市工商局、市商务局、各市（区）政府"],
  ["市质监局，市农业局，市海洋渔业局，江门海关、各市（区）政府"],
  ["市质监局，有关单位、各市（区）政府"],
  ["市质监局、市商务局、各市（区）政府"],
  ["市质监局、市旅游局、市商务局、各市（区）政府"],
  ["市质监局"],
  ["市食品药品监管局、各市（区）政府"],
  ["江门海关，市卫生计生局、各市（区）政府"],
  ["江门海关、各市（区）政府"],
  ["市质量强市办"],
  ["各市（区）政府"],
  ["市质量强市办、各市（区）政府"],
  ["市质量强市办、市委宣传部"],
  ["市质量强市办、市委宣传部、各市（区）政府"],
  ["市质量强市办、市委宣传部及市质量强市活动领导小组各成员单位、市文广新局、江门日报社、江门市广播电视台、各市（区）政府"],
  ["市科技局、各市（区）政府"],
  ["市经济和信息化局、各市（区）政府"],
  ["市水务局、各市（区）政府"],
  ["江门海关"],
  ["市住房城乡建设局"],
  ["市食品药品监管局"],
  ["市水务局"],
  ["市质监局、市经济和信息化局、市质量强市活动领导小组成员单位[含各市（区）政府]"],
  ["市发展改革局、各市（区）政府"],
  ["市发展改革局、市网信统筹局、各市（区）政府"],
  ["市交通运输局、各市（区）政府"],
  ["市旅游局、各市（区）政府"],
  ["市卫生计生局、各市（区）政府"],
  ["市商务局，市农业局、各市（区）政府"],
  ["市工商局、市质监局、市食品药品监管局、各市（区）政府"],
  ["市质量强市办、市委宣传部、市质监局"],
  ["市质量强市办，市质量强市活动领导小组成员单位[含各市（区）政府]"],
  ["市质量强市办、市质量强市活动领导小组成员单位[含各市（区）政府]"],
  ["市质量强市办、市委宣传部、市质监局、市文广新局、江门日报社、江门市广播电视台、各市（区）政府"],
  ["市质监局、新会区政府"],
  ["市海洋渔业局、各市（区）政府"],
  ["市教育局、各市（区）政府"],
  ["市体育局、各市（区）政府"],
  ["市发展改革局、市卫生计生局、各市（区）政府"],
  ["市文广新局、各市（区）政府"],
  ["市住房城乡建设局、市水务局，市林业和园林局，各市（区）政府"],
  ["市行政服务中心、市编办、市质监局，各审批职能部门配合、各市（区）政府。"],
  ["市质监局，江门海关"],
  ["市质监局、市发展改革局、市经济和信息化局、市环境保护局、各市（区）政府"],
  ["市质监局、市商务局、市人力资源社会保障局、市教育局、各市（区）政府"],
  ["人行江门市中心支行、市金融局、江门银监分局、江门市保险行业协会、各市（区）政府"],
  ["市知识产权局、各市（区）政府"],
  ["各检验检测机构主管部门、各市（区）政府"],
  ["市海洋与渔业局、各市（区）政府"],
  ["江门海关、市农业局、市海洋渔业局、各市（区）政府"],
  ["江门海关、市卫生计生局、各市（区）政府"],
  ["市委组织部、市质量强市办、各市（区）政府"],
  ["各市（区）政府，各市（区）委组织部"],
  ["市食品药品监管局、市农业局、市海洋渔业局、市工商局、各市（区）政府"],
  ["市食品药品监管局、市公安局、各市（区）政府"],
  ["市打假办、各市（区）政府"],
  ["市商务局、市交通运输局、市卫生计生局、市旅游局、市邮政管理局、市文广新局、各市（区）政府"],
  ["市打假办、市财政局、各市（区）政府"],
  ["市商务局、市经济和信息化局、市交通运输局、市卫生计生局、市旅游局、市邮政管理局、各市（区）政府"],
  ["市工商局、市商务局、市质监局、市食品药品监管局、各市（区）政府"],
  ["市打假联席会议各成员单位、各市（区）政府"],
  ["市农业局、市海洋渔业局、市食品药品监管局、各市（区）政府"],
  ["市邮政管理局、各市（区）政府"],
  ["市旅游局、其他相关职能部门、各市（区）政府"],
  ["市农业局、市海洋渔业局、市工商局、市食品药品监管局、各市（区）政府"],
  ["市商务局、市经济和信息化局、市工商局、市质监局、市旅游局、各市（区）政府"],
  ["市质监局、市工商局、各市（区）政府"],
  ["市商务局、市经济和信息化局、市交通运输局、市卫生计生局、各市（区）政府"],
  ["市人力资源社会保障局、各市（区）政府"],
  ["市食安委、市食品药品监管局、各市（区）政府"],
  ["市商务局、市经济和信息化局、市金融局、市旅游局、人行江门市中心支行、各市（区）政府"],
  ["市商务局、市经济和信息化局、市农业局、市文广新局、市旅游局、各市（区）政府"],
  ["市商务局、市质监局"],
  ["市经济和信息化局、市金融局、市科技局、市商务局、各市（区）政府"],
  ["市工商局、市消委会、各市（区）政府"],
  ["各相关单位、各市（区）政府"],
  ["市行政服务中心、各市（区）政府、各承办单位"],
  ["市工商局（市消委会）、其他相关职能部门、各市（区）政府"],
  ["市行政服务中心、市工商局、市质监局、市农业局、市食品药品监管局、各市（区）政府"],
  ["市质监局、市农业局、市海洋渔业局、市工商局、市食品药品监管局、市保险行业协会、各市（区）政府"],
  ["相关职能部门、各市（区）政府"],
  // seed 002
  ["市市场监管局"],
  ["各成员单位"],
  ["市市场监管局市财政局"],
  ["市委宣传部"],
  ["市市场监管局市教育局", "", "市团委"],
  ["市经信局", "", "市科技局"],
  ["市发改局", "", "市经信局"],
  ["市经信局"],
  ["市农发局", "", "市环保局", "", "市经信局"],
  ["市农发局"],
  ["市商务局"],
  ["市市场监管局", "", "市旅游局"],
  ["市卫计局", "", "市教育局", "", "市交通局", "", "市旅游局", "", "市商务局", "", "市安监局", "", "人民银行瓦支行"],
  ["市市场监管局", "", "市农发局", "", "市商务局"],
  ["市人社局"],
  ["市经信局", "", "市安监局", "", "市建设局", "", "市环保局", "", "市卫计局", "", "市旅游局", "", "市农发局"],
  ["市市场监管局", "", "市建设局", "", "市商务局", "", "市环保局", "", "市农发局"],
  ["市公安局", "", "市旅游局", "", "市财政局"],
  ["市卫计局"],
  ["市人社局", "", "市市场监管局"],
  ["   市经信局", "", "   市建设局", "", "   市农发局"],
  ["市市场监管局", "", "市农发局"],
  ["市农发局", "", "市市场监管局"],
  ["市公安局"],
  ["市安监局"],
  ["市建设局", "", "市交通局"],
  ["市建设局"],
  ["市房管办"],
  ["市商务局", "", "市旅游局"],
  [" 市市场监管局"],
  ["市市民服务", "", "中心"],
];

/**
 * Cells of the seeds that hold text which is not a department: the text
 * extraction of 001 glues the next table's title to the last cell.
 */
const NOT_DEPARTMENTS = ['2018年度如皋市各镇（区、街道）质量工作目标任务分解表'];

describe('all department cells of the seeds', () => {
  const compact = (s: string): string => s.replace(/\s+/g, '');
  it.each(SEED_CELLS.map((c) => [c.join(' / '), c]))('%s', (_label, lines) => {
    const r = parseDepartments(lines as string[], ctx());
    expect(r.value.length).toBeGreaterThan(0);
    const joined = compact((lines as string[]).join(''));
    for (const d of r.value as Department[]) {
      expect(DepartmentSchema.parse(d)).toEqual(d);
      expect(joined).toContain(compact(d.raw));
      // No separator outside brackets, no trailing drop or role word left in a name.
      expect(d.name.replace(/（[^）]*）/g, '')).not.toMatch(/[、，,；;。]|等$|牵头$|配合$/);
      if (!d.known) expect(NOT_DEPARTMENTS).toContain(d.name);
    }
    expect(r.diagnostics.filter((d) => d.code === 'unknown-department').length).toBe(r.value.filter((d) => !d.known).length);
  });
  it('only the title glued to a 001 cell stays unknown', () => {
    const unknown = SEED_CELLS.flatMap((c) => parseDepartments(c, ctx()).value.filter((d) => !d.known).map((d) => d.name));
    expect(unknown).toEqual(NOT_DEPARTMENTS);
  });
});
