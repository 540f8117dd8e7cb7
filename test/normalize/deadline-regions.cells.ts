// Deadline texts of 质量强省/市/县 plans and task breakdowns the other deadline briefs do not cover:
// the forms the task that asked for this brief named (`brief`), and time words read with the
// `search` tool in the documents of departments-regions.cells.ts and others (address per row).
// Expected values were written from canonical-schema.md (Deadline) and the choices at the top of
// pipeline/normalize/deadline.ts before the run. Used by deadline-regions.test.ts.
// 108 rows: before the vocabulary and rules for them 22 unspecified and 11 read wrong (a fixed holiday
// read as its year, a start date taken for the due date, 至今/及以后 read as due dates, 上、下半年各一次
// as a date, 即日起/已启动/逐步推进/有序推进/分步实施 not understood); after, 17 unspecified (each
// expected: no time stated, a duration, a repetition without a schema frequency, a month without a
// year) and none wrong.
import type { Deadline } from '../../schemas/dataset.ts';

export type Want = Partial<Pick<Deadline, 'kind' | 'start' | 'end' | 'frequency' | 'month'>>;
/** [cell text, document year (null: not known), expected, source] */
export type Row = [string, number | null, Want, string];

const date = (end: string): Want => ({ kind: 'date', start: null, end, frequency: null, month: null });
const range = (start: string, end: string): Want => ({ kind: 'range', start, end, frequency: null, month: null });
const every = (frequency: Deadline['frequency'], month: number | null = null, start: string | null = null, end: string | null = null): Want =>
  ({ kind: 'recurring', frequency, month, start, end });
const ongoing = (start: string | null = null): Want => ({ kind: 'ongoing', start, end: null, frequency: null, month: null });
const completed = (end: string | null = null): Want => ({ kind: 'completed', start: null, end, frequency: null, month: null });
const unspecified = (month: number | null = null): Want => ({ kind: 'unspecified', start: null, end: null, frequency: null, month });

export const BRIEF = 'brief';
const CAIDIAN = 'https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml';
const SICHUAN18 = 'https://sqrdapp.com/law/show-214999.html';
const XILINGOL = 'https://www.xlgl.gov.cn/eportal/ui?pageId=899882137ce4493cae8586c8e7b5ad68';
const BAODI = 'https://www.tjbd.gov.cn/zwgk/zdjcygk/202505/t20250528_6941717.html';
const QUANZHOU = 'http://qz.fjsen.com/2024-07/02/content_31678586.htm';
const XIANYANG = 'https://newton.com.tw/wiki/鹹陽市2022年深化“放管服”改革最佳化營商環境工作要點/61994341';
const GUANGZHOU = 'http://chinasmartgrid.com.cn/news/20231103/650947.shtml';
const XINJIANG = 'http://3.www.altxw.com/yw/202509/t20250925_30835509.html';
const MOHURD = 'http://yanqitong.cn/index.php/tongzhigonggao/15557.html';

export const ROWS: Row[] = [
  // the forms the brief named
  ['2025年底前', 2024, date('2025-12'), BRIEF],
  ['2024—2026年', 2024, range('2024', '2026'), BRIEF],
  ['长期坚持', 2024, ongoing(), BRIEF],
  ['持续推进', 2024, ongoing(), BRIEF],
  ['按国家统一部署', 2024, unspecified(), BRIEF],
  ['每季度末', 2024, every('quarterly'), BRIEF],
  ['上半年', 2024, date('2024-06'), BRIEF],
  ['上半年', null, unspecified(6), BRIEF],
  ['年内', 2024, date('2024'), BRIEF],
  ['年内', null, unspecified(), BRIEF],
  ['2025年6月底前完成并长期坚持', 2024, date('2025-06'), BRIEF],
  ['第一季度', 2025, date('2025-03'), BRIEF],
  ['次年1月底前', 2024, date('2025-01'), BRIEF],
  ['12月31日前', 2024, date('2024-12-31'), BRIEF],
  ['12月31日前', null, unspecified(12), BRIEF],
  ['2024年起', 2024, ongoing('2024'), BRIEF],
  ['三年内', 2024, unspecified(), BRIEF],
  ['逐年推进', 2024, every('yearly'), BRIEF],
  ['分阶段实施：2024年6月底前完成试点，2025年底前全面推开', 2024, date('2025-12'), BRIEF],
  ['分阶段实施', 2024, ongoing(), BRIEF],
  // dates
  ['2024.12', null, date('2024-12'), BRIEF],
  ['2024/12/31', null, date('2024-12-31'), BRIEF],
  ['2024年12月31日24时前', null, date('2024-12-31'), BRIEF],
  ['二〇二五年底前', null, date('2025-12'), BRIEF],
  ['2024年十二月底', null, date('2024-12'), BRIEF],
  ['2025年底以前', null, date('2025-12'), BRIEF],
  ['2025年年末', null, date('2025-12'), BRIEF],
  ['截至2025年底', null, date('2025-12'), BRIEF],
  ['到2027年底', null, date('2027-12'), BRIEF],
  ['力争到2025年', null, date('2025'), QUANZHOU],
  ['2025年基本完成', null, date('2025'), BRIEF],
  ['2025年第一季度', null, date('2025-03'), BRIEF],
  ['2025年三季度末', null, date('2025-09'), BRIEF],
  ['2024年Q4', null, date('2024-12'), BRIEF],
  ['2025年年中', null, date('2025-06'), BRIEF],
  ['2025年6月中旬前', null, date('2025-06'), BRIEF],
  ['10月中旬前', 2024, date('2024-10'), BRIEF],
  ['一季度末', 2024, date('2024-03'), BRIEF],
  ['二季度末前', null, unspecified(6), BRIEF],
  ['2022年10月底前', null, date('2022-10'), XIANYANG],
  ['于2018年5月10日前', null, date('2018-05-10'), XILINGOL],
  ['于3月16日前', 2018, date('2018-03-16'), SICHUAN18],
  ['于4月30日前', 2018, date('2018-04-30'), SICHUAN18],
  ['2023年1月15日前', null, date('2023-01-15'), CAIDIAN],
  ['2025年国庆前', null, date('2025-10'), BRIEF],
  ['2025年元旦前', null, date('2025-01'), BRIEF],
  ['2024年“质量月”期间', null, date('2024-09'), BRIEF],
  ['2026年春节前', null, date('2026'), BRIEF],
  ['2024年底前出台，2025年起实施', null, date('2024-12'), BRIEF],
  ['2024年12月底前完成第一阶段，2025年12月底前完成第二阶段，2026年底前全面完成', null, date('2026-12'), BRIEF],
  ['第一阶段：2024年；第二阶段：2025年', null, date('2025'), BRIEF],
  ['2024年6月底前完成，此后每年更新', null, date('2024-06'), BRIEF],
  // ranges
  ['2025年5月29日至2025年6月28日', null, range('2025-05-29', '2025-06-28'), BAODI],
  ['2023-2025年', null, range('2023', '2025'), XIANYANG],
  ['2025年至2027年', null, range('2025', '2027'), XINJIANG],
  ['2024年至2027年', null, range('2024', '2027'), BRIEF],
  ['2024年11月至2025年6月', null, range('2024-11', '2025-06'), BRIEF],
  ['2024.01—2024.12', null, range('2024-01', '2024-12'), BRIEF],
  ['2024年1月～12月', null, range('2024-01', '2024-12'), BRIEF],
  ['2025年1月1日—12月31日', null, range('2025-01-01', '2025-12-31'), BRIEF],
  ['4-6月', 2024, range('2024-04', '2024-06'), BRIEF],
  ['2024年启动，2026年完成', null, range('2024', '2026'), BRIEF],
  ['2024年1月起至2025年12月', null, range('2024-01', '2025-12'), BRIEF],
  ['“十四五”期间', null, range('2021', '2025'), BRIEF],
  ['“十五五”期间', null, range('2026', '2030'), BRIEF],
  // recurring
  ['每年3月15日前', null, every('yearly', 3), BRIEF],
  ['每月10日前', null, every('monthly'), BRIEF],
  ['每季度最后一个月的30日前', null, every('quarterly'), CAIDIAN],
  ['从2023年第一季度开始，每季度最后一个月的30日前', null, every('quarterly', null, '2023-01'), CAIDIAN],
  ['每半年', null, every('half-yearly'), BRIEF],
  ['上、下半年各一次', 2024, every('half-yearly'), BRIEF],
  ['每年年底前', null, every('yearly', 12), BRIEF],
  ['每年年初', null, every('yearly', 1), BRIEF],
  ['每年质量月', null, every('yearly', 9), BRIEF],
  ['每年世界标准日', null, every('yearly', 10), BRIEF],
  ['每年一次', null, every('yearly'), BRIEF],
  ['按季度报送', null, every('quarterly'), BRIEF],
  ['2024年起，每年开展一次', null, every('yearly', null, '2024'), BRIEF],
  ['2024—2026年（分年度实施）', null, every('yearly', null, '2024', '2026'), BRIEF],
  ['每年12月底前报送，次年1月总结', 2024, every('yearly', 12), BRIEF],
  ['每学期', null, every('half-yearly'), BRIEF],
  // ongoing
  ['常态化推进', null, ongoing(), BRIEF],
  ['即日起', null, ongoing(), BRIEF],
  ['已启动', null, ongoing(), BRIEF],
  ['逐步推进', null, ongoing(), BRIEF],
  ['有序推进', null, ongoing(), BRIEF],
  ['分步实施', null, ongoing(), BRIEF],
  ['2024年至今', null, ongoing('2024'), BRIEF],
  ['2023年以来', null, ongoing('2023'), BRIEF],
  ['2025年及以后', null, ongoing('2025'), BRIEF],
  ['2024年3月起', null, ongoing('2024-03'), BRIEF],
  ['自2024年1月1日起施行', null, ongoing('2024-01-01'), BRIEF],
  ['长期', null, ongoing(), BRIEF],
  // completed
  ['已完成', null, completed(), BRIEF],
  ['2024年6月已完成', null, completed('2024-06'), BRIEF],
  // unspecified, warned
  ['按省统一部署', null, unspecified(), BRIEF],
  ['按上级要求', null, unspecified(), BRIEF],
  ['根据工作需要', null, unspecified(), BRIEF],
  ['适时', null, unspecified(), BRIEF],
  ['近期', null, unspecified(), BRIEF],
  ['远期', null, unspecified(), BRIEF],
  ['2年内', null, unspecified(), BRIEF],
  ['三年行动期内', null, unspecified(), BRIEF],
  ['另行通知', null, unspecified(), BRIEF],
  ['每两年一次', null, unspecified(), BRIEF],
  ['待定', null, unspecified(), BRIEF],
  ['到2027年，培育建设100个以上质量强县', null, date('2027'), MOHURD],
  ['2025年前', null, date('2025'), GUANGZHOU],
];
