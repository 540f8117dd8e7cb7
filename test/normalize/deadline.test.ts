import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeadlineSchema, type Deadline } from '../../schemas/dataset.ts';
import { parseDeadline, parseDeadlineNote } from '../../pipeline/normalize/deadline.ts';

const ctx = { documentId: 'doc' };
const dl = (raw: string, o: Partial<Deadline>): Deadline => ({
  raw, kind: 'date', start: null, end: null, frequency: null, month: null, inherited: false, ...o,
});
const parse = (s: string | string[], extra: Partial<Parameters<typeof parseDeadline>[1]> = {}) => parseDeadline(s, { ...ctx, ...extra });

// Hand-checked expectations: every gold deadline must come back from its raw text.
const GOLD_DIR = join(process.env.GOVTABLES_SHARED ?? '/work/shared', 'gold');
const goldDeadlines: Deadline[] = existsSync(GOLD_DIR)
  ? readdirSync(GOLD_DIR)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()
      .flatMap((f) => (JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')).records as { deadline: Deadline | null }[]))
      .map((r) => r.deadline)
      .filter((d): d is Deadline => d !== null)
  : [];

describe.skipIf(goldDeadlines.length === 0)('gold deadlines', () => {
  it('has gold deadlines to check', () => {
    expect(goldDeadlines.length).toBeGreaterThan(200);
  });
  it('parses every gold raw text to the gold deadline object', () => {
    const wrong = goldDeadlines
      .map((gold) => ({ gold, got: gold.inherited ? parseDeadlineNote(gold.raw) : parse(gold.raw).value }))
      .filter(({ gold, got }) => JSON.stringify(got) !== JSON.stringify(gold));
    expect(wrong).toEqual([]);
  });
  it('gold deadlines raise no warning', () => {
    const warned = goldDeadlines.filter((g) => !g.inherited && parse(g.raw).diagnostics.some((d) => d.severity === 'warning'));
    expect(warned).toEqual([]);
  });
});

describe('parseDeadline: dates', () => {
  it.each([
    ['2018年10月', '2018-10'],
    ['2018年4月', '2018-04'],
    ['2018年12月底', '2018-12'],
    ['2018年底', '2018-12'],
    ['2018年末', '2018-12'],
    ['2019年上半年', '2019-06'],
    ['2019年下半年', '2019-12'],
    ['2019年第三季度', '2019-09'],
    ['2019年一季度', '2019-03'],
    ['2018年12月31日前', '2018-12-31'],
    ['2018年6月底前', '2018-06'],
    ['2018年6月底前完成', '2018-06'],
    ['2018年', '2018'],
    ['2018年度', '2018'],
    ['2018年10月份', '2018-10'],
    ['2018.10', '2018-10'],
    ['2018-10-31', '2018-10-31'],
    ['2018/6', '2018-06'],
    // a clock time after the date (spreadsheet date-time cells, notices) says nothing about the day
    ['2025/6/30 12:00', '2025-06-30'],
    ['2025-06-30 08:30:00', '2025-06-30'],
    ['2025年6月30日 17:00前', '2025-06-30'],
    ['2018年质量月', '2018-09'],
    ['2019年6月\n ', '2019-06'],
    ['2018年初步建成', '2018'],
    ['2018年年底', '2018-12'],
    ['2018年年底前', '2018-12'],
  ])('%s → date %s', (text, end) => {
    const r = parse(text);
    expect(r.value).toEqual(dl(r.value!.raw, { end }));
    expect(r.diagnostics).toEqual([]);
  });

  it.each([
    ['２０１８年１０月', '2018-10'],
    ['2018 年 10 月', '2018-10'],
    ['2018年 10月', '2018-10'],
    ['二〇一八年十月', '2018-10'],
    ['二○一八年十二月三十一日前', '2018-12-31'],
    ['二〇一九年六月底', '2019-06'],
    ['２０１９年上半年', '2019-06'],
  ])('variant %s → date %s', (text, end) => {
    expect(parse(text).value).toMatchObject({ kind: 'date', end, start: null });
  });

  it('keeps raw as normalized text (full-width digits half-width, spaces next to CJK removed)', () => {
    expect(parse('２０１８年１０月').value!.raw).toBe('2018年10月');
    expect(parse('2018 年 10 月').value!.raw).toBe('2018年10月');
    expect(parse(['2018年', '10月']).value!.raw).toBe('2018年10月');
  });

  it('rejects impossible dates instead of inventing them', () => {
    const r = parse('2018年13月');
    expect(r.value!.end).toBe('2018');
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'deadline-invalid-date']]);
    expect(parse('2018年2月30日').value!.end).toBe('2018-02');
    expect(parse('2020年2月29日').value!.end).toBe('2020-02-29');
  });
});

describe('parseDeadline: ranges', () => {
  it.each([
    ['2017年1月—2017年6月', '2017-01', '2017-06'],
    ['2017年1月-2017年6月', '2017-01', '2017-06'],
    ['2017年1月——2017年6月', '2017-01', '2017-06'],
    ['2017年1月～2017年6月', '2017-01', '2017-06'],
    ['2017年1月至2017年6月', '2017-01', '2017-06'],
    ['2017年1月到2017年6月底', '2017-01', '2017-06'],
    ['2017年1月起至2017年6月', '2017-01', '2017-06'],
    ['2017年1月至6月', '2017-01', '2017-06'],
    ['2018年10月-12月', '2018-10', '2018-12'],
    ['2018年11月-2月', '2018-11', '2019-02'],
    ['2018-2019年', '2018', '2019'],
    ['2018—2020年', '2018', '2020'],
    ['2018年至2019年', '2018', '2019'],
    ['2018年下半年至2019年上半年', '2018-07', '2019-06'],
    ['2018年10月至2019年6月底前', '2018-10', '2019-06'],
    ['2018 年 10 月 — 2018 年 12 月', '2018-10', '2018-12'],
    ['２０１８年１０月－１２月', '2018-10', '2018-12'],
  ])('%s → range %s..%s', (text, start, end) => {
    const r = parse(text);
    expect(r.value).toMatchObject({ kind: 'range', start, end, frequency: null, month: null, inherited: false });
    expect(r.diagnostics).toEqual([]);
  });
});

describe('parseDeadline: recurring', () => {
  it.each([
    ['每年', 'yearly', null],
    ['每年度', 'yearly', null],
    ['每年至少召开一次', 'yearly', null],
    ['每年9月份前', 'yearly', 9],
    ['每年9月前', 'yearly', 9],
    ['每年8月份前', 'yearly', 8],
    ['每年9月', 'yearly', 9],
    ['每年10月份', 'yearly', 10],
    ['每年12月', 'yearly', 12],
    ['每年质量月举办', 'yearly', 9],
    ['每年底', 'yearly', 12],
    ['每年年底前', 'yearly', 12],
    ['每年上半年', 'yearly', 6],
    ['每年九月', 'yearly', 9],
    ['每年３·１５', 'yearly', 3],
    ['每年持续推进', 'yearly', null],
    ['一年一次', 'yearly', null],
    ['每季度', 'quarterly', null],
    ['每个季度', 'quarterly', null],
    ['每半年', 'half-yearly', null],
    ['每半年一次', 'half-yearly', null],
    ['每月', 'monthly', null],
    ['每个月10日前', 'monthly', null],
    ['每年質量月舉辦', 'yearly', 9],
    ['每 年 10 月 份', 'yearly', 10],
  ])('%s → %s month %s', (text, frequency, month) => {
    const r = parse(text);
    expect(r.value).toMatchObject({ kind: 'recurring', frequency, month, start: null, end: null });
    expect(r.diagnostics).toEqual([]);
  });

  it('a date with a start marker before the frequency is the start', () => {
    expect(parse('2018年起每年').value).toMatchObject({ kind: 'recurring', start: '2018', frequency: 'yearly' });
    expect(parse('2018年下半年开始每季度').value).toMatchObject({ kind: 'recurring', start: '2018-07', frequency: 'quarterly' });
  });

  it('several months in a recurring deadline keep the first and say so', () => {
    const r = parse('每年3月、9月');
    expect(r.value).toMatchObject({ kind: 'recurring', month: 3 });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['deadline-several-months']);
  });
});

describe('parseDeadline: ongoing, completed', () => {
  it.each(['持续开展', '常态化工作持续推进', '日常工作', '长期', '长期坚持', '持續開展', '長期', '常態化工作持續推進', '不定期开展'])('%s → ongoing', (text) => {
    const r = parse(text);
    expect(r.value).toMatchObject({ kind: 'ongoing', start: null, end: null, frequency: null, month: null });
    expect(r.diagnostics).toEqual([]);
  });
  it('a date followed by a start marker is the start of ongoing work', () => {
    expect(parse('2018年起持续开展').value).toMatchObject({ kind: 'ongoing', start: '2018', end: null });
    expect(parse('2018年10月起').value).toMatchObject({ kind: 'ongoing', start: '2018-10', end: null });
  });
  it.each(['已完成', '已落实', '已完成。', '已 完 成'])('%s → completed', (text) => {
    expect(parse(text).value).toMatchObject({ kind: 'completed', start: null, end: null });
  });
  it('a completed cell keeps the date it states', () => {
    expect(parse('2017年已完成').value).toMatchObject({ kind: 'completed', end: '2017' });
  });
});

describe('parseDeadline: mixed cells and doubts', () => {
  it('a dated deadline beats a recurring tail, with an info diagnostic', () => {
    const r = parse('2018年12月前完成，以后每年持续推进', { location: { table: 2, row: 7, column: 6 } });
    expect(r.value).toEqual(dl('2018年12月前完成，以后每年持续推进', { end: '2018-12' }));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ documentId: 'doc', severity: 'info', code: 'deadline-mixed', location: { table: 2, row: 7, column: 6 } });
  });
  it('a dated deadline beats an ongoing tail', () => {
    const r = parse('2018年底前出台，长期坚持');
    expect(r.value).toMatchObject({ kind: 'date', end: '2018-12' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['deadline-mixed']);
  });
  it('several dates → the latest as due date, with an info diagnostic', () => {
    const r = parse('2018年6月底前启动，2018年12月底前完成');
    expect(r.value).toMatchObject({ kind: 'date', end: '2018-12' });
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['info', 'deadline-several-dates']]);
    expect(parse('2019年3月、2018年12月').value!.end).toBe('2019-03');
  });
  it('a month without a year takes the document year when given', () => {
    const r = parse('6月底前', { year: 2018 });
    expect(r.value).toMatchObject({ kind: 'date', end: '2018-06' });
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['info', 'deadline-year-assumed']]);
    expect(parse('下半年', { year: 2019 }).value).toMatchObject({ kind: 'date', end: '2019-12' });
  });
  it('a month without a year and no document year is unspecified, month kept, warned', () => {
    const r = parse('下半年');
    expect(r.value).toEqual({ raw: '下半年', kind: 'unspecified', start: null, end: null, frequency: null, month: 12, inherited: false });
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'deadline-year-missing']]);
  });
  it.each(['根据上级要求', '尽快', 'TBD', '——'])('%s is not understood: unspecified, raw kept, warning', (text) => {
    const r = parse(text, { location: { table: 1, row: 3 } });
    expect(r.value).toMatchObject({ kind: 'unspecified', raw: text, start: null, end: null });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'deadline-not-understood', location: { table: 1, row: 3 } });
    expect(r.diagnostics[0]!.message).toMatch(/\.$/);
  });
  it.each(['', '   ', [], ['', ' ']])('empty cell %j → null, no diagnostics', (text) => {
    expect(parse(text as string | string[])).toEqual({ value: null, diagnostics: [] });
  });
});

describe('parseDeadline: properties', () => {
  const pad = (n: number) => String(n).padStart(2, '0');
  const fw = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  const cn = (s: string) => s.replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]!);
  const cnMonth = (m: number) => (m <= 10 ? (m === 10 ? '十' : '〇一二三四五六七八九'[m]!) : '十' + '〇一二'[m - 10]);

  it('YYYY年M月 is a date at month precision however it is written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const want = `${y}-${pad(m)}`;
        for (const text of [`${y}年${m}月`, fw(`${y}年${m}月`), `${y} 年 ${m} 月`, `${cn(String(y))}年${cnMonth(m)}月`, `${y}年${m}月底前`]) {
          const r = parse(text);
          if (r.value?.kind !== 'date' || r.value.end !== want || r.diagnostics.length) return false;
        }
        return true;
      }),
    );
  });
  it('every output validates against the schema and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'2018年10月至每季度持续已完成底前-—起上半年质量月12 ，'.split('')), maxLength: 14 }), (text) => {
        const r = parse(text);
        return r.value === null ? r.diagnostics.length === 0 : DeadlineSchema.safeParse(r.value).success;
      }),
    );
  });
});

describe('parseDeadlineNote', () => {
  it('reads the note of 002 as an inherited date', () => {
    expect(parseDeadlineNote('注：以上工作要求在2017年4月前全部完成。')).toEqual({
      raw: '注：以上工作要求在2017年4月前全部完成。', kind: 'date', start: null, end: '2017-04', frequency: null, month: null, inherited: true,
    });
  });
  it.each([
    ['註：以上工作要求在2017年4月前全部完成。', { kind: 'date', end: '2017-04' }],
    ['注: 上述任务于2018年底前完成', { kind: 'date', end: '2018-12' }],
    ['备注：以上各项工作须在2018年6月30日前落实到位', { kind: 'date', end: '2018-06-30' }],
    ['说明：所有任务2018年1月至2018年12月完成', { kind: 'range', start: '2018-01', end: '2018-12' }],
    ['注：以上工作要求在二〇一七年四月前全部完成', { kind: 'date', end: '2017-04' }],
  ])('%s', (text, want) => {
    expect(parseDeadlineNote(text)).toMatchObject({ ...want, inherited: true });
  });
  it.each([
    '注：排名第一的责任单位为牵头单位',
    '2018年10月召开动员大会，以上工作全部完成',
    '注：以上数据为2017年底数据，目标为2019年底',
    '注：以上工作要尽快完成',
    '江门市创建全国质量强市示范城市工作指标',
    '',
  ])('not a deadline note: %s', (text) => {
    expect(parseDeadlineNote(text)).toBeNull();
  });
});
