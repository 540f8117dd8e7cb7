import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arabizeDateNumerals,
  chineseNumeralToInt,
  dateText,
  findDates,
  headerDate,
  parseCode,
  parsePoints,
} from '../../pipeline/normalize/dates.ts';

describe('headerDate', () => {
  it.each([
    ['2017年底指标情况', '2017-12'],
    ['2017年底\n\n指标情况', '2017-12'],
    ['2019年底达到目标', '2019-12'],
    ['2019年底\n\n达到目标', '2019-12'],
    ['2018年6月', '2018-06'],
    ['2020年', '2020'],
    ['2020年目标值', '2020'],
    ['2017年度现状值', '2017'],
    ['2019年上半年目标', '2019-06'],
    ['截至2018年12月31日', '2018-12-31'],
    ['２０１７年底指標情況', '2017-12'],
    ['2017 年 底 指 标 情 况', '2017-12'],
    ['二〇一七年底指标情况', '2017-12'],
  ])('%s → %s', (text, want) => {
    expect(headerDate(text)).toBe(want);
  });
  it.each(['目标值', '现状', '指标情况', '', '12315', '序号', '6月底'])('%s → null', (text) => {
    expect(headerDate(text)).toBeNull();
  });
});

describe('chineseNumeralToInt', () => {
  it.each([
    ['一', 1], ['二', 2], ['两', 2], ['〇', 0], ['零', 0], ['十', 10], ['十五', 15], ['二十', 20], ['二十三', 23],
    ['一百', 100], ['一百零五', 105], ['一百二十', 120], ['三千零二', 3002], ['一万二千', 12000],
    ['二〇一八', 2018], ['二○一九', 2019], ['贰拾叁', 23], ['12', 12],
  ])('%s → %d', (s, n) => {
    expect(chineseNumeralToInt(s)).toBe(n);
  });
  it.each(['', '十十', '百十五', '第三', 'abc', '三个', '十a'])('%s → null', (s) => {
    expect(chineseNumeralToInt(s)).toBeNull();
  });
  it('reads back every number it writes (1..9999)', () => {
    const D = '〇一二三四五六七八九';
    const write = (n: number): string => {
      const parts: string[] = [];
      const units = ['千', '百', '十', ''];
      const digits = String(n).padStart(4, '0').split('').map(Number);
      let zero = false;
      digits.forEach((d, i) => {
        if (d === 0) { zero = parts.length > 0; return; }
        if (zero) { parts.push('零'); zero = false; }
        parts.push(d === 1 && units[i] === '十' && parts.length === 0 ? '十' : D[d]! + units[i]);
      });
      return parts.join('');
    };
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), (n) => chineseNumeralToInt(write(n)) === n));
  });
});

describe('arabizeDateNumerals / findDates', () => {
  it('turns date numerals into digits and leaves other numerals alone', () => {
    expect(arabizeDateNumerals('二〇一八年十月三十一日')).toBe('2018年10月31日');
    expect(arabizeDateNumerals('每年九月份')).toBe('每年9月份');
    expect(arabizeDateNumerals('一年一次')).toBe('一年一次');
    expect(arabizeDateNumerals('三个月内')).toBe('三个月内');
    expect(arabizeDateNumerals('二十三日')).toBe('二十三日');
  });
  it('finds the dates of a range cell in order', () => {
    const toks = findDates(dateText('2018年10月-12月底'));
    expect(toks.map((t) => [t.year, t.month])).toEqual([[2018, 10], [null, 12]]);
  });
  it('does not read 2018年初步 as 年初', () => {
    expect(findDates(dateText('2018年初步建成'))[0]).toMatchObject({ year: 2018, month: null, period: null });
  });
});

describe('parseCode', () => {
  // Real cell texts of the seeds, then variants another city would write.
  it.each([
    ['一、城市质量发展战略规划明确清晰', '1', '城市质量发展战略规划明确清晰'],
    ['十、质量发展实现制度创新、方法创新和机制创新', '10', '质量发展实现制度创新、方法创新和机制创新'],
    ['1．制定并出台城市质量发展规划（20分）', '1', '制定并出台城市质量发展规划（20分）'],
    ['7．建立起完善的质量诚信体系', '7', '建立起完善的质量诚信体系'],
    ['1.制定并出台城市质量发展规划', '1', '制定并出台城市质量发展规划'],
    ['1.1出台江门市十三五质量发展规划。', '1.1', '出台江门市十三五质量发展规划。'],
    ['3.1质量工作纳入政府综合绩效评价。（2分）', '3.1', '质量工作纳入政府综合绩效评价。（2分）'],
    ['15统计分析开展情况（3分）', '15', '统计分析开展情况（3分）'],
    ['15市政府成立专门的质量强市工作领导机构', '15', '市政府成立专门的质量强市工作领导机构'],
    ['47土壤质量稳步提升', '47', '土壤质量稳步提升'],
    ['14 计量、标准和认证认可基础能力建设。（3分）', '14', '计量、标准和认证认可基础能力建设。（3分）'],
    ['10.1 开展产品质量问题集中整治', '10.1', '开展产品质量问题集中整治'],
    ['19.1  产品国家监督抽查合格率达90%以上。（1分）', '19.1', '产品国家监督抽查合格率达90%以上。（1分）'],
    ['5、 质量宏观管理成效明显', '5', '质量宏观管理成效明显'],
    ['26.质量信用（分1）', '26', '质量信用（分1）'],
    ['21.31推进', '21.31', '推进'],
    ['（二）产品质量', '2', '产品质量'],
    ['(3)加强监管', '3', '加强监管'],
    ['（12）加强监管', '12', '加强监管'],
    ['2）加强监管', '2', '加强监管'],
    ['第三章 质量基础', '3', '质量基础'],
    ['第2部分：评价指标', '2', '评价指标'],
    ['①加强', '1', '加强'],
    ['二、城市質量文化特色鮮明', '2', '城市质量文化特色鲜明'],
    ['１．制定並出台', '1', '制定并出台'],
    ['３．１質量工作', '3.1', '质量工作'],
  ])('%s → %s', (text, code, rest) => {
    expect(parseCode(text)).toEqual({ code, rest });
  });
  it.each([
    '12315、12365、12312、12331等投诉热线',
    '2018年12月',
    '2017年有退运160多批',
    '80以上',
    '80以上。',
    '10家以上企业获得市级政府质量奖',
    '3家企业获得市级政府质量奖',
    '1个以上',
    '500公顷以上',
    '2平方公里',
    '30吨',
    '1‰以上',
    '12.9%',
    '1.36‰',
    '100%',
    '5-45名',
    '0.28（2017年全国特种设备万台死亡率）',
    '1.5',
    '4',
    '第三方评价结果',
    '城市质量发展战略规划',
    '一城市',
    '',
  ])('no code in %s', (text) => {
    const r = parseCode(text);
    expect(r.code).toBeNull();
    expect(r.rest).toBe(text.trim());
  });
});

describe('parsePoints', () => {
  it.each([
    ['质量宏观管理（23分）', 23, '质量宏观管理'],
    ['制定并出台城市质量发展规划（20分）', 20, '制定并出台城市质量发展规划'],
    ['结合本市（区）实际情况制定并已经出台质量发展规划及其具体工作措施（10分）。', 10, '结合本市（区）实际情况制定并已经出台质量发展规划及其具体工作措施。'],
    ['质量工作纳入政府综合绩效评价。（2分）', 2, '质量工作纳入政府综合绩效评价。'],
    ['统计分析开展情况（3分）', 3, '统计分析开展情况'],
    ['产品国家监督抽查合格率达90%以上。（1分）', 1, '产品国家监督抽查合格率达90%以上。'],
    ['服务质量（1.5分）', 1.5, '服务质量'],
    ['计量（0.5分）', 0.5, '计量'],
    ['质量满意度（5 分）', 5, '质量满意度'],
    ['质量满意度（10 分）；', 10, '质量满意度；'],
    ['质量宏观管理(23分)', 23, '质量宏观管理'],
    ['质量信用（分1）', 1, '质量信用'],
    ['品質（１０分）', 10, '品质'],
    ['（36分）', 36, ''],
  ])('%s → %d', (text, points, rest) => {
    expect(parsePoints(text)).toEqual({ points, rest, several: false });
  });
  it.each([
    '设立并实施政府质量奖（10分）。开展获奖组织优秀质量管理方法推广活动（10分）。',
    '在质量、耗能等方面开展年度审核工作，严格执行工业产品质量、工业行业准入制度和产业与技术政策的得1.5分（每个方面0.5分）；未开展工作的不得分。',
    '提供专项经费，并且经费数额占年财政一般预算收入比例达到1‰的得30分；达到0.6‰的得20分；达到0.3‰的得10分。',
    '未达到年度空气质量改善目标的扣1分。国考、省考断面水质未达到年度水质改善目标的每个断面扣0.2分（累计最多不超过1分）。',
  ])('several amounts keep the text: %s', (text) => {
    expect(parsePoints(text)).toEqual({ points: null, rest: text, several: true });
  });
  it.each([
    '经向社会广泛征集，形成符合城市特点的质量精神的得15分。',
    '质量技术基础结果（3）',
    '比例（比例取千分位整数）',
    '质量发展纲要（2011-2020年）',
    '（10分）说明',
    '',
  ])('no points suffix in %s', (text) => {
    expect(parsePoints(text)).toEqual({ points: null, rest: text, several: false });
  });
  it('accepts a bare （3） only when asked', () => {
    expect(parsePoints('27.质量技术基础结果（3）', { bareNumber: true })).toEqual({ points: 3, rest: '27.质量技术基础结果', several: false });
    expect(parsePoints('质量发展纲要（2011-2020年）', { bareNumber: true }).points).toBeNull();
  });
});
