// Department cells of county / district / township documents (县, 区, 县级市, 镇/园区) and of
// the cities above them, read with the `search` tool in public documents (address per group).
// Most are 牵头单位/责任单位 cells of 政府工作报告 task breakdowns; groups marked `主送` are the
// addressee line of such a document (the same unit words a 责任单位 column repeats: 各乡镇人民政府,
// 县直及驻县各单位, …); a few are unit lists of a leader's division of work. Expected values were
// written from departments.md before the run (`name/role`, `?` after a name not in the dictionary).
// The cells are in departments-county.cells.ts. Unknown rate over them: 32.3% (118 of 365) with the
// dictionary before them, 3.4% (12 of 351) after (the rest: companies, a task force, an old merged
// 教育和科学技术局, a provincial 大数据中心, a scenic-area office, 贸工局, 经贸局 and 物价局
// whose work was split, a 运管处, 县直 written with its 各单位 shared).
import { describe, expect, it } from 'vitest';
import { brief, parse } from './department-brief.ts';
import { GROUPS } from './departments-county.cells.ts';




describe('department cells of county, district and township documents', () => {
  for (const g of GROUPS) {
    it(g.source, () => {
      for (const [cell, expected] of g.cells) expect([cell, brief(cell, g.level)]).toEqual([cell, expected]);
    });
  }

  it('at most one department in twenty is unknown over these cells', () => {
    let total = 0;
    let unknown = 0;
    for (const g of GROUPS) for (const [cell] of g.cells) for (const d of parse(cell, g.level).value) (total++, d.known || unknown++);
    expect(total).toBeGreaterThanOrEqual(350);
    expect(unknown / total).toBeLessThan(1 / 20);
  });
});

describe('rules the county cells needed, and where they stop', () => {
  it('a part written once for two names completes the other only when the completed name is known', () => {
    expect(brief('各乡镇党委、政府', '县')).toBe('各乡镇党委/responsible | 各乡镇人民政府/responsible');
    expect(brief('县委、政府', '县')).toBe('县委/responsible | 县人民政府/responsible');
    expect(brief('城北、城南街道办事处', '县')).toBe('城北街道办事处/responsible | 城南街道办事处/responsible');
    expect(brief('市发改委、政府', '市')).toBe('市发展和改革委员会/responsible | 政府?/responsible');
    expect(brief('城北，城南街道办事处', '县')).toBe('城北?/responsible | 城南街道办事处/responsible');
    const notes = parse('各乡镇党委、政府', '县').diagnostics.filter((d) => d.code === 'department-shared-part');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', location: { table: 1, row: 2, column: 3 } });
  });

  it('a place branch of a known bureau keeps the bureau, an unknown bureau stays unknown', () => {
    expect(brief('市公安局城关分局', '区')).toBe('市公安局分局/responsible');
    expect(brief('市某某局城关分局', '区')).toBe('市某某局城关分局?/responsible');
  });

  it('a bare county name in front of a unit is dropped; an ordinary word that is also a place is not', () => {
    expect(brief('汶上团县委', '县')).toBe('县团委/responsible');
    expect(brief('繁昌供电公司', '县')).toBe('供电公司/responsible');
    expect(brief('广安财政局', '市')).toBe('广安财政局?/responsible');
    expect(brief('市城乡水务局', '市')).toBe('市水利局/responsible');
  });

  it('a bare 镇 or 街道 is its government or office; groups of townships stay groups', () => {
    expect(brief('城关镇、红梅街道', '县')).toBe('城关镇人民政府/responsible | 红梅街道办事处/responsible');
    expect(brief('各乡镇', '县')).toBe('各乡镇/responsible');
    expect(brief('乡镇（街道）', '县')).toBe('乡镇（街道）/responsible');
    expect(brief('各乡、镇人民政府', '县')).toBe('各乡、镇人民政府/responsible');
    expect(brief('各经济开发区管委会', '市')).toBe('各经济开发区管委会/responsible');
    // a name broken over two lines after 乡 is not a township
    expect(brief('市住房和城乡\n建设局', '市')).toBe('市住房和城乡建设局/responsible');
    expect(brief('统筹城乡', '市')).toBe('统筹城乡?/responsible');
  });

  it('an office written with 政府 in front is one unit, the office; 政府 and a unit written together still split', () => {
    // 质量工作考核评分细则 (徐州), http://www.renrendoc.com/p-14155210.html
    expect(brief('市发改委、市经信委、市环保局、市科技局、人行徐州分行、市财政局、市人社局、市政府金融办', '市')).toBe(
      '市发展和改革委员会/responsible | 市工业和信息化局/responsible | 市生态环境局/responsible | 市科学技术局/responsible | 中国人民银行/responsible | 市财政局/responsible | 市人力资源和社会保障局/responsible | 市地方金融监督管理局/responsible',
    );
    expect(brief('县人民政府法制办', '县')).toBe('县司法局/responsible');
    expect(brief('区政府金融办牵头', '县')).toBe('区地方金融监督管理局/lead');
    // an owner compound with a stem of its own keeps it
    expect(brief('市政府办公室、市政府研究室、市政府督查室', '市')).toBe('市政府办公室/responsible | 市政府研究室/responsible | 市政府督查室/responsible');
    // not an office ending (发改委), or the office with its own level (市金融办): two units
    expect(brief('市政府发改委', '市')).toBe('市人民政府/responsible | 市发展和改革委员会/responsible');
    expect(brief('市政府市金融办', '市')).toBe('市人民政府/responsible | 市地方金融监督管理局/responsible');
  });

  it('a 协同责任单位： label gives support and leaves no 协同 on the lead line before it', () => {
    // 滁州 2020 市政府重点工作责任分解, http://www.chuzhou.gov.cn/public/152523227/567017766.html
    const cell = '牵头责任单位：市财政局。\n协同责任单位：市税务局、滁州海关、市人行、滁州经开区管委会、中新苏滁高新区管委会等，各县、市、区政府。';
    expect(brief(cell, '市')).toBe(
      '市财政局/lead | 市税务局/support | 海关/support | 中国人民银行/support | 滁州经开区/support | 中新苏滁高新区/support | 各县（市、区）人民政府/support',
    );
    expect(brief('牵头单位：市商务局；协同单位：市财政局\n协同：市税务局', '市')).toBe('市商务局/lead | 市财政局/support | 市税务局/support');
  });
});
