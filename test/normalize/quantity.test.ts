import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuantitySchema, type Quantity } from '../../schemas/dataset.ts';
import { comparatorFromWords, parseQuantity } from '../../pipeline/normalize/quantity.ts';

const q = (comparator: Quantity['comparator'], value: number, unit: string | null = null, valueMax: number | null = null): Quantity => ({
  comparator, value, valueMax, unit,
});

describe('parseQuantity: baseline/target cells of the seeds', () => {
  it.each<[string, Quantity]>([
    ['98%以上', q('>=', 98, '%')],
    ['80%以上', q('>=', 80, '%')],
    ['30%以上', q('>=', 30, '%')],
    ['1‰以上', q('>=', 1, '‰')],
    ['3个以上', q('>=', 3, '个')],
    ['1个以上', q('>=', 1, '个')],
    ['50以上', q('>=', 50)],
    ['75以上', q('>=', 75)],
    ['80以上。', q('>=', 80)],
    ['100%', q('=', 100, '%')],
    ['12.9%', q('=', 12.9, '%')],
    ['95.79%', q('=', 95.79, '%')],
    ['1.36‰', q('=', 1.36, '‰')],
    ['81.30', q('=', 81.3)],
    ['5-45名', q('=', 5, '名', 45)],
    ['5-51名', q('=', 5, '名', 51)],
    ['0', q('=', 0)],
    ['53', q('=', 53)],
    // allocation cells (town matrix)
    ['≥90', q('>=', 90)],
    ['≥95', q('>=', 95)],
    ['0.3', q('=', 0.3)],
    ['  1', q('=', 1)],
    ['1.5', q('=', 1.5)],
  ])('%s', (text, want) => {
    expect(parseQuantity(text)).toEqual(want);
  });

  it.each([
    '未开展测评',
    '暂无数据',
    '完成土壤环境详查工作。',
    '完成农用地土壤环境详查任务的36.8%。',
    '建筑工程98%以上；交通工程100%；水利工程100%。',
    '0.28（2017年全国特种设备事故万台死亡率0.30）。',
    '10家以上企业获得市级以上政府质量奖。',
    '低于2019年全国特种设备万台设备事故死亡率。',
    '种植业产品抽检合格率为97.8%。',
    '驰名商标数量为24件',
    '质量满意度调查测评结果居全国同级城市排名前列。',
    '2017年有退运160多批，境外通报1批。',
    '无法统计名次。',
    '',
  ])('not one quantity: %s', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});

describe('parseQuantity: comparison words and variants', () => {
  it.each<[string, Quantity]>([
    ['低于0.3', q('<', 0.3)],
    ['不低于95%', q('>=', 95, '%')],
    ['不少于36天', q('>=', 36, '天')],
    ['不超过5%', q('<=', 5, '%')],
    ['大于80', q('>', 80)],
    ['高于80%', q('>', 80, '%')],
    ['小于1‰', q('<', 1, '‰')],
    ['达到100%', q('>=', 100, '%')],
    ['达到95%以上', q('>=', 95, '%')],
    ['≤0.5', q('<=', 0.5)],
    ['>=90', q('>=', 90)],
    ['＞80', q('>', 80)],
    ['5%以下', q('<=', 5, '%')],
    ['3个及以上', q('>=', 3, '个')],
    ['约80', q(null, 80)],
    ['80左右', q(null, 80)],
    ['三个以上', q('>=', 3, '个')],
    ['十五家', q('=', 15, '家')],
    ['95%-98%', q('=', 95, '%', 98)],
    ['5～45名', q('=', 5, '名', 45)],
    ['5至45名', q('=', 5, '名', 45)],
    ['1,200家', q('=', 1200, '家')],
    // another city's typing: full-width digits and signs, spaces, Traditional
    ['９８％以上', q('>=', 98, '%')],
    ['98 % 以上', q('>=', 98, '%')],
    ['≥ 90', q('>=', 90)],
    ['５－４５名', q('=', 5, '名', 45)],
    ['不低於95%', q('>=', 95, '%')],
    ['3個以上', q('>=', 3, '个')],
  ])('%s', (text, want) => {
    expect(parseQuantity(text)).toEqual(want);
  });

  it.each(['低于95%以上', '45-5名', '5个-3家', '98%以上企业', '以上', '%'])('contradictory or incomplete: %s', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });

  it('reads back any number written with a unit and a suffix word', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('%', '‰', '个', '家', '名', ''),
        fc.constantFrom(['以上', '>='], ['以下', '<='], ['', '=']),
        (whole, frac, unit, [word, comparator]) => {
          const value = Number(`${whole}.${frac}`);
          const got = parseQuantity(`${value}${unit}${word}`);
          return got !== null && QuantitySchema.safeParse(got).success &&
            got.value === value && got.unit === (unit || null) && got.comparator === comparator && got.valueMax === null;
        },
      ),
    );
  });
});

describe('parseQuantity: counts of events and batches (绩效目标表 and 考核 targets)', () => {
  it.each<[string, Quantity]>([
    ['≥5场', q('>=', 5, '场')],
    ['培训不少于3场次', null as unknown as Quantity],
    ['3场次', q('=', 3, '场次')],
    ['12期', q('=', 12, '期')],
    ['抽检5批次以上', null as unknown as Quantity],
    ['500批次以上', q('>=', 500, '批次')],
    ['2篇', q('=', 2, '篇')],
    ['≤3例', q('<=', 3, '例')],
  ])('%s', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });
});

describe('parseQuantity: area and length units', () => {
  it.each<[string, Quantity]>([
    ['500公顷', q('=', 500, '公顷')],
    ['1.2万公顷以上', q('>=', 1.2, '万公顷')],
    ['不少于3000亩', q('>=', 3000, '亩')],
    ['10万亩', q('=', 10, '万亩')],
    ['25平方公里', q('=', 25, '平方公里')],
    ['2000平方米以上', q('>=', 2000, '平方米')],
    ['120公里', q('=', 120, '公里')],
    ['50-80千米', q('=', 50, '千米', 80)],
  ])('%s', (text, want) => {
    expect(parseQuantity(text)).toEqual(want);
  });

  it('two different area units in a range are not one quantity', () => {
    expect(parseQuantity('5公顷-80亩')).toBeNull();
  });
});

describe('comparatorFromWords', () => {
  it.each([
    ['万台特种设备事故率低于', '<', '万台特种设备事故率'],
    ['万台特种设备死亡率低于', '<', '万台特种设备死亡率'],
    ['制造业产品国家监督抽查合格率≥', '>=', '制造业产品国家监督抽查合格率'],
    ['食品抽检合格率不低于', '>=', '食品抽检合格率'],
    ['食品抽检合格率不低於：', '>=', '食品抽检合格率'],
    ['质量损失率不高于', '<=', '质量损失率'],
    ['合格率达到', '>=', '合格率'],
    ['满意度高于', '>', '满意度'],
    ['投诉率小于', '<', '投诉率'],
  ])('%s → %s', (text, comparator, rest) => {
    expect(comparatorFromWords(text)).toEqual({ comparator, rest });
  });
  it.each(['江苏名牌申报数', '制造业产品国家监督抽查合格率%', '经济发达', '低于', '', '合格率低于全国平均水平'])('no comparison word at the end: %s', (text) => {
    expect(comparatorFromWords(text)).toBeNull();
  });
});
