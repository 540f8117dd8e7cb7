// Department cells of provinces, autonomous regions, municipalities and cities the other briefs do
// not cover (cells and sources in departments-regions.cells.ts), each read as a 责任单位 cell of a
// document of the group's level and compared with the departments departments.md gives.
import { describe, expect, it } from 'vitest';
import { convertBytes, defaultOptions } from '../../pipeline/convert.ts';
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

describe('what the regional cells needed, and where it stops', () => {
  it('every name the dictionary does not know stays as written, with a located warning naming it', () => {
    for (const g of GROUPS) {
      for (const [cell] of g.cells) {
        const r = parse(cell, g.level);
        const unknown = r.value.filter((d) => !d.known).map((d) => d.name);
        const warned = r.diagnostics.filter((d) => d.code === 'unknown-department');
        expect([cell, warned.length]).toEqual([cell, unknown.length]);
        unknown.forEach((name, i) => {
          expect(warned[i]!.message).toContain(name);
          expect(warned[i]).toMatchObject({ severity: 'warning', location: { table: 1, row: 2, column: 3 } });
        });
      }
    }
  });

  it('a level of its own for 自治区, 盟 and 旗; a 区 written after 自治 is not a district', () => {
    expect(brief('自治区市场监管局', '市')).toBe('自治区市场监督管理局/responsible');
    expect(brief('广西壮族自治区商务厅', '省')).toBe('自治区商务厅/responsible');
    expect(brief('区市场监管局', '区')).toBe('区市场监督管理局/responsible');
    expect(brief('市场监管局', '盟')).toBe('盟市场监督管理局/responsible');
    expect(brief('鄂托克旗市场监管局', '市')).toBe('旗市场监督管理局/responsible');
  });

  it('`/` splits only between two names; alone it stands for no department', () => {
    expect(brief('市发改委/市统计局', '市')).toBe('市发展和改革委员会/responsible | 市统计局/responsible');
    const alone = parse('/', '市');
    expect(alone.value).toEqual([]);
    expect(alone.diagnostics.map((d) => d.code)).toEqual(['department-placeholder']);
  });

  it('a bracket naming an office of the unit is its scope; one naming a former name adds nothing; one naming a unit adds it', () => {
    expect(brief('市市场监管局（标准化科）', '市')).toBe('市市场监督管理局/responsible[标准化科]');
    expect(brief('省农业农村厅（原省农业厅）', '省')).toBe('省农业农村厅/responsible');
    expect(brief('市市场监管局（市知识产权局）', '市')).toBe('市市场监督管理局/responsible | 市市场监督管理局/responsible');
    // a bracket after 原 that names no unit stays a scope
    expect(brief('市市场监管局（原则上牵头）', '市')).toBe('市市场监督管理局/responsible[原则上牵头]');
  });

  it('the national regulator\'s branches are 金融监管局/分局; a city\'s or province\'s own 金融监管局 is its local finance bureau', () => {
    expect(brief('四川金融监管局', '省')).toBe('金融监管局/responsible');
    expect(brief('国家金融监督管理总局四川监管局', '省')).toBe('金融监管局/responsible');
    expect(brief('省金融监管局', '省')).toBe('省地方金融监督管理局/responsible');
    expect(brief('江门市地方金融监管局', '市')).toBe('市地方金融监督管理局/responsible');
  });

  it('names whose successor is not one unit stay unknown (大数据局 became 数据局 in some places, part of 政务服务和数据管理局 in others)', () => {
    expect(brief('市大数据管理局', '市')).toBe('市大数据管理局?/responsible');
    expect(brief('市物价局', '市')).toBe('市物价局?/responsible');
  });
});

describe('names from before a reform', () => {
  const old = (cell: string, level = '市') => parse(cell, level).diagnostics.filter((d) => d.code === 'department-old-name');

  it('read as the successor, with an info diagnostic naming both, located at the cell', () => {
    const r = old('市质监局、市安监局、江门检验检疫局、江门银保监分局');
    expect(r.map((d) => d.message.match(/"([^"]+)"/g))).toEqual([
      ['"市质监局"', '"市市场监督管理局"'],
      ['"市安监局"', '"市应急管理局"'],
      ['"江门检验检疫局"', '"海关"'],
      ['"江门银保监分局"', '"金融监管分局"'],
    ]);
    expect(r.every((d) => d.severity === 'info' && d.location?.table === 1 && d.location.row === 2)).toBe(true);
    expect(old('省环保厅、省国土资源厅', '省')).toHaveLength(2);
    expect(old('市质监局城关分局')).toHaveLength(1);
  });

  it('abbreviations, names still in use and current names holding an old word give none', () => {
    expect(old('市场监管局、市经信局、市科技局、市自然资源和规划局、市发改委、国家金融监督管理总局江门监管分局')).toEqual([]);
  });
});

describe('a document of an autonomous prefecture', () => {
  it('gives its own level (州) to units written without one', async () => {
    const text =
      '恩施土家族苗族自治州质量强州建设任务分解表\n\n序号\t重点任务\t责任单位\t完成时限\n' +
      '1\t开展质量提升行动\t市场监管局（牵头）、发改委、各县市人民政府\t2025年底前\n2\t加强品牌建设\t州商务局/州农业农村局\t长期坚持\n';
    const r = await convertBytes(new TextEncoder().encode(text), 'zhou.txt', defaultOptions());
    expect(r.document.region).toEqual({ province: '湖北省', city: '恩施土家族苗族自治州', county: null });
    expect(r.records.map((x) => x.departments.map((d) => `${d.name}/${d.role}`).join(' | '))).toEqual([
      '州市场监督管理局/lead | 州发展和改革委员会/support | 各县（市、区）人民政府/support',
      '州商务局/responsible | 州农业农村局/responsible',
    ]);
  });
});

describe('county units of the round-6 layouts (test/e2e/unseen-layouts-6)', () => {
  it('a county 经济商务局 (economy and commerce merged) and the 质量强县/区/省 office are known units', () => {
    expect(brief('县经济商务局', '县')).toBe('县经济商务局/responsible');
    expect(brief('县经商局、县财政局', '县')).toBe('县经济商务局/responsible | 县财政局/responsible');
    expect(brief('县质量强县工作领导小组办公室', '县')).toBe('县质量强县工作领导小组办公室/responsible');
    expect(brief('区质量强区办', '区')).toBe('区质量强区工作领导小组办公室/responsible');
    // the city office keeps its own name in a county document
    expect(brief('市质量强市办', '县')).toBe('市质量强市工作领导小组办公室/responsible');
  });
});
