// Dates, Chinese numerals, item codes and point suffixes in cell text.
//
// The calendar words (year periods such as 年底/上半年, named months such as
// 质量月) and the numbering words (code separators, measure words that mark a
// number as content) live in pipeline/data/*.json; this module holds only the
// grammar. Every function takes raw or normalized text and normalizes it first
// (normalizeText is idempotent), so Traditional, full-width or spaced input
// gives the same answer.
import dateVocab from '../data/date-vocab.json' with { type: 'json' };
import numberingVocab from '../data/numbering-vocab.json' with { type: 'json' };
import { normalizeText } from './text.ts';

// ---------------------------------------------------------------------------
// Chinese numerals

const DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0, 'Ｏ': 0, '０': 0,
  '一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '三': 3, '叁': 3, '四': 4, '肆': 4,
  '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
};
const UNIT: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000 };
const BIG_UNIT: Record<string, number> = { '万': 10_000, '亿': 100_000_000 };

/** Characters that can appear in a Chinese numeral (for building regexes). */
export const CHINESE_NUMERAL_CHARS = '〇零○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/**
 * `十五` → 15, `二十三` → 23, `一百零五` → 105, `二〇一八` → 2018 (digit by digit when
 * no unit is written), `12` → 12. Anything else (empty, mixed junk) → null.
 */
export function chineseNumeralToInt(s: string): number | null {
  const t = s.trim();
  if (!t) return null;
  if (/^\d+$/.test(t)) return Number(t);
  const chars = [...t];
  if (!chars.every((c) => c in DIGIT || c in UNIT || c in BIG_UNIT)) return null;
  // Positional form (二〇一八, 一九): every character is a digit.
  if (chars.every((c) => c in DIGIT)) {
    if (chars.length === 1) return DIGIT[chars[0]!]!;
    return Number(chars.map((c) => DIGIT[c]).join(''));
  }
  let total = 0; // completed 万/亿 groups
  let section = 0; // current group below 万
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const c of chars) {
    if (c in DIGIT) {
      if (digit !== null && DIGIT[c] !== 0 && digit !== 0) return null; // 二三 with a unit elsewhere: not a numeral
      digit = DIGIT[c]!;
    } else if (c in UNIT) {
      const u = UNIT[c]!;
      if (u >= lastUnit) return null; // 十百: units must decrease inside a group
      if (digit === null && u !== 10) return null; // only 十 may stand bare (十五 = 一十五; 百十五 is not written)
      section += (digit ?? 1) * u;
      digit = null;
      lastUnit = u;
    } else {
      const u = BIG_UNIT[c]!;
      section += digit ?? 0;
      if (section === 0) return null;
      total += section * u;
      section = 0;
      digit = null;
      lastUnit = Infinity;
    }
  }
  return total + section + (digit ?? 0);
}

const NUM_CLASS = `[${CHINESE_NUMERAL_CHARS}]`;

/**
 * Chinese numerals inside dates become Arabic: `二〇一八年十月三十一日` → `2018年10月31日`,
 * `每年九月份` → `每年9月份`. Only numerals that sit before 年 (four positional
 * digits), 月 (1–12) or 日/号 (1–31) are touched, so `一年一次` stays as written.
 */
export function arabizeDateNumerals(text: string): string {
  let s = text.replace(new RegExp(`${NUM_CLASS}{4}(?=年)`, 'g'), (m) => {
    if (![...m].every((c) => c in DIGIT)) return m;
    return String(chineseNumeralToInt(m));
  });
  s = s.replace(new RegExp(`(?<!${NUM_CLASS}|\\d)${NUM_CLASS}{1,3}(?=月)`, 'g'), (m) => {
    const n = chineseNumeralToInt(m);
    return n !== null && n >= 1 && n <= 12 ? String(n) : m;
  });
  s = s.replace(new RegExp(`(?<=月)${NUM_CLASS}{1,4}(?=[日号])`, 'g'), (m) => {
    const n = chineseNumeralToInt(m);
    return n !== null && n >= 1 && n <= 31 ? String(n) : m;
  });
  return s;
}

// ---------------------------------------------------------------------------
// Date tokens

export type Period = [number, number];

/** One date found in a text. `year` null means the text gave only a month/period. */
export interface DateToken {
  /** Offset in the scanned string. */
  index: number;
  length: number;
  year: number | null;
  month: number | null;
  day: number | null;
  /** Months covered when a period (年底, 上半年, 一季度…) was written instead of a month. */
  period: Period | null;
  /** Set when the month came from a named month (质量月 → 9). */
  named: string | null;
  /** True when the written month or day was impossible and was dropped (`2018年13月`). */
  invalid?: boolean;
}

const YEAR_PERIODS: Record<string, Period> = Object.fromEntries(
  Object.entries(dateVocab.yearPeriods).filter(([k]) => !k.startsWith('$')) as [string, Period][],
);
const NAMED_MONTHS: Record<string, number> = Object.fromEntries(
  Object.entries(dateVocab.namedMonths).filter(([k]) => !k.startsWith('$')) as [string, number][],
);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRe).join('|');
}

const PERIOD_ALT = alternation(Object.keys(YEAR_PERIODS));
const STANDALONE_ALT = alternation(dateVocab.standalonePeriods);
const MONTH_SUFFIX_ALT = alternation(dateVocab.monthSuffixes);
const NAMED_ALT = alternation(Object.keys(NAMED_MONTHS));

const YEAR_RANGE_SEP = '(?:——|[-—–－~～〜至到])';
// A year with 年 (`2018年`, `2018年度`), then a month/day, a period or a named month.
const YEAR_DATE = new RegExp(
  `(?<!\\d)((?:19|20)\\d{2})年度?` +
    // `(?!步)`: `2018年初步建成` is not 年初.
    // The last alternative is a bare month opening a month range: the `1` of `2023年1-6月`.
    `(?:(\\d{1,2})月份?(?:(\\d{1,2})[日号])?(?:${MONTH_SUFFIX_ALT})?|(${PERIOD_ALT})(?!步)|(${NAMED_ALT})|(\\d{1,2})(?=${YEAR_RANGE_SEP}\\d{1,2}月))?`,
  'y',
);
// `2018-10`, `2018.10.31`, `2018/10` (not followed by 年, which would make it a year range).
const ISO_DATE = new RegExp(`(?<!\\d)((?:19|20)\\d{2})[-./](\\d{1,2})(?:[-./](\\d{1,2}))?(?![\\d年.])`, 'y');
// A bare year that opens a year range: the `2018` of `2018-2019年` or of `2018-2019`.
const BARE_YEAR = new RegExp(`(?<!\\d)((?:19|20)\\d{2})(?=${YEAR_RANGE_SEP}(?:19|20)\\d{2}(?:年|(?![\\d./-])))`, 'y');
// The bare year that closes such a range: the `2019` of `2018-2019` (with 年 it is a YEAR_DATE).
const BARE_YEAR_CLOSE = new RegExp(`(?<=(?<!\\d)(?:19|20)\\d{2}${YEAR_RANGE_SEP})((?:19|20)\\d{2})(?![\\d./-])`, 'y');
// A bare month that opens a month range: the `1` of `1-6月`, `2023年1-6月`.
const BARE_MONTH = new RegExp(`(?<![\\d.])(\\d{1,2})(?=${YEAR_RANGE_SEP}\\d{1,2}月)`, 'y');
// A month without a year: `9月份`, `12月31日`.
const MONTH_ONLY = new RegExp(`(?<![\\d.])(\\d{1,2})月份?(?:(\\d{1,2})[日号])?(?:${MONTH_SUFFIX_ALT})?`, 'y');
const PERIOD_ONLY = new RegExp(`(?:${STANDALONE_ALT})`, 'y');
const NAMED_ONLY = new RegExp(`(?:${NAMED_ALT})`, 'y');

function daysIn(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

function valid(t: DateToken): boolean {
  if (t.month !== null && (t.month < 1 || t.month > 12)) return false;
  if (t.day !== null && (t.month === null || t.day < 1 || t.day > daysIn(t.year, t.month))) return false;
  return true;
}

/**
 * Scans a text (already normalized, Chinese numerals already Arabic, no spaces)
 * for dates, left to right, without overlaps.
 */
export function findDates(s: string): DateToken[] {
  const out: DateToken[] = [];
  let i = 0;
  while (i < s.length) {
    const tok = dateAt(s, i);
    if (tok && valid(tok)) {
      out.push(tok);
      i += tok.length;
    } else if (tok && tok.year !== null) {
      // `2018年13月`, `2018年2月30日`: keep what is certain (the year, or the
      // month when only the day is impossible) and mark the token for the caller.
      const monthOk = tok.month !== null && tok.month >= 1 && tok.month <= 12;
      out.push({ ...tok, month: monthOk ? tok.month : null, day: null, period: monthOk ? tok.period : null, invalid: true });
      i += tok.length;
    } else {
      i += 1;
    }
  }
  return out;
}

function exec(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

function dateAt(s: string, i: number): DateToken | null {
  let m = exec(YEAR_DATE, s, i);
  if (m) {
    const [whole, y, mo, d, period, named, bareMonth] = m;
    return {
      index: i,
      length: whole.length,
      year: Number(y),
      month: mo ? Number(mo) : named ? NAMED_MONTHS[named]! : bareMonth ? Number(bareMonth) : null,
      day: d ? Number(d) : null,
      period: period ? YEAR_PERIODS[period]! : null,
      named: named ?? null,
    };
  }
  m = exec(ISO_DATE, s, i);
  if (m) {
    return { index: i, length: m[0].length, year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null, period: null, named: null };
  }
  m = exec(BARE_YEAR, s, i) ?? exec(BARE_YEAR_CLOSE, s, i);
  if (m) return { index: i, length: m[0].length, year: Number(m[1]), month: null, day: null, period: null, named: null };
  m = exec(BARE_MONTH, s, i);
  if (m) return { index: i, length: m[0].length, year: null, month: Number(m[1]), day: null, period: null, named: null };
  m = exec(MONTH_ONLY, s, i);
  if (m) {
    return { index: i, length: m[0].length, year: null, month: Number(m[1]), day: m[2] ? Number(m[2]) : null, period: null, named: null };
  }
  m = exec(PERIOD_ONLY, s, i);
  if (m) {
    // `年底` standing alone; `2018年底` was taken by YEAR_DATE above.
    const key = m[0];
    return { index: i, length: key.length, year: null, month: null, day: null, period: YEAR_PERIODS[key] ?? null, named: null };
  }
  m = exec(NAMED_ONLY, s, i);
  if (m) return { index: i, length: m[0].length, year: null, month: NAMED_MONTHS[m[0]]!, day: null, period: null, named: m[0] };
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * ISO 8601 at the precision written. `side` chooses the month of a period:
 * its first month for the start of a range, its last for a due date.
 * A token without a year gives null (the caller decides what a yearless date means).
 */
export function tokenToIso(t: DateToken, side: 'start' | 'end', year: number | null = t.year): string | null {
  if (year === null) return null;
  const month = t.month ?? (t.period ? t.period[side === 'start' ? 0 : 1] : null);
  if (month === null) return String(year);
  if (t.day === null) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(t.day)}`;
}

/** Month a token stands for, as a due month (`下半年` → 12, `9月` → 9, `质量月` → 9). */
export function tokenMonth(t: DateToken): number | null {
  return t.month ?? (t.period ? t.period[1] : null);
}

/** Normalized text prepared for date scanning: Simplified, half-width, Arabic date numerals, no spaces. */
export function dateText(text: string): string {
  // A clock time after a date (`2025/6/30 12:00`, `6月30日 17:00前`, as spreadsheets print date-time
  // cells) says nothing about the day: dropped, so it cannot run into the day once spaces go.
  return arabizeDateNumerals(normalizeText(text))
    .replace(/(?<=[\d日号])\s*(?<!\d:)\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/g, '')
    .replace(/\s+/g, '');
}

/**
 * The date a column header states, ISO at its precision: `2017年底指标情况` → `2017-12`,
 * `2019年底达到目标` → `2019-12`, `2018年6月` → `2018-06`, `2020年` → `2020`; no dated year → null.
 * The first dated year in the text wins.
 */
export function headerDate(text: string): string | null {
  const tok = findDates(dateText(text)).find((t) => t.year !== null);
  return tok ? tokenToIso(tok, 'end') : null;
}

// ---------------------------------------------------------------------------
// Item codes

const CODE_SEPARATORS = numberingVocab.codeSeparators;
const CHAPTER_ALT = alternation(numberingVocab.chapterWords);
const MEASURE_ALT = alternation(numberingVocab.measureWords);
const CIRCLED = numberingVocab.circledDigits;
/** `㈦` `⑴` `⒈`: one character standing for a numbered code (each string counts from 1). */
const ENCLOSED = (numberingVocab as { enclosedCodes?: string[] }).enclosedCodes ?? [];
function enclosedCode(ch: string): number | null {
  for (const set of ENCLOSED) {
    const i = [...set].indexOf(ch);
    if (i >= 0) return i + 1;
  }
  return null;
}
const SEP_CLASS = `[${CODE_SEPARATORS.map(escapeRe).join('')}]`;

// `（二）`, `(2)`, `（1）`: a parenthesized number at the very start.
const PAREN_CODE = new RegExp(`^[（(]\\s*(\\d{1,3}|${NUM_CLASS}{1,4})\\s*[)）]\\s*`);
// `1）` / `2)`: a number closed by a parenthesis.
const HALF_PAREN_CODE = /^(\d{1,3})\s*[)）]\s*/;
// `第三章`, `第2部分`.
const CHAPTER_CODE = new RegExp(`^第(\\d{1,3}|${NUM_CLASS}{1,4})(?:${CHAPTER_ALT})\\s*${SEP_CLASS}?\\s*`);
// `一、`, `十．`: a Chinese numeral needs a separator (`一城市` is not a code).
const CJK_NUM_CODE = new RegExp(`^(${NUM_CLASS}{1,4})\\s*[、．.，,：:]\\s*`);
// `7．`, `1.`, `3.1`, `10.1`, `15` (then CJK), `14 计量`.
const ARABIC_CODE = /^(\d{1,3}(?:\.\d{1,3})*)(\.|．|、|，|,|：|:)?(\s*)/;
const MEASURE_AFTER = new RegExp(`^(?:${MEASURE_ALT})`);
const IDEOGRAPH = /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;

/**
 * Leading item code: `一、城市质量…` → '1'; `（二）` → '2'; `7．建立…` → '7'; `1.制定` → '1';
 * `3.1质量工作` → '3.1'; `15统计分析` → '15'; `14 计量` → '14'; `第三章` → '3'.
 * Numbers that are content (`12315、12365…`, `2018年…`, `80以上`, `10家以上`, a lone `1.5`)
 * are left alone. `rest` is the normalized text after the code.
 */
export function parseCode(text: string): { code: string | null; rest: string } {
  const s = normalizeText(text);
  const none = { code: null, rest: s };
  if (!s) return none;

  const circled = CIRCLED.indexOf(s[0]!);
  if (circled >= 0) return done(String(circled + 1), s.slice(1));
  const enclosed = enclosedCode(s[0]!);
  if (enclosed !== null) return done(String(enclosed), s.slice(1).replace(/^[、．.，,：:\s]+/, ''));

  let m = PAREN_CODE.exec(s) ?? HALF_PAREN_CODE.exec(s);
  if (m) {
    const n = chineseNumeralToInt(m[1]!);
    return n === null ? none : done(String(n), s.slice(m[0].length));
  }
  m = CHAPTER_CODE.exec(s);
  if (m) {
    const n = chineseNumeralToInt(m[1]!);
    return n === null ? none : done(String(n), s.slice(m[0].length));
  }
  m = CJK_NUM_CODE.exec(s);
  if (m) {
    const n = chineseNumeralToInt(m[1]!);
    return n === null ? none : done(String(n), s.slice(m[0].length));
  }
  m = ARABIC_CODE.exec(s);
  if (m) {
    const [whole, code, sep, space] = m;
    const after = s.slice(whole.length);
    // A code needs text after it, and that text must not continue the number.
    if (!after || /^[\d%‰]/.test(after)) return none;
    if (sep || space) return done(code!, after);
    // No separator: only when an ideograph follows that is not a measure word
    // (`15统计分析` is a code; `10家以上`, `2018年`, `80以上` are content).
    return IDEOGRAPH.test(after) && !MEASURE_AFTER.test(after) ? done(code!, after) : none;
  }
  return none;

  function done(code: string, rest: string) {
    const r = rest.trim();
    return r ? { code, rest: r } : none;
  }
}

// ---------------------------------------------------------------------------
// Point suffixes

// `（10分）`, `(1.5分)`, `（分1）` (source typo, the number after 分), at the very end,
// optionally followed by one `。`/`；`/`;`.
const POINTS_SUFFIX = /[（(]\s*(?:(\d+(?:\.\d+)?)\s*分|分\s*(\d+(?:\.\d+)?))\s*[)）]\s*([。；;]?)\s*$/;
// `（3）`: only with `bareNumber`, for columns where the caller knows a bare number is points.
const BARE_SUFFIX = /[（(]\s*(\d+(?:\.\d+)?)\s*[)）]\s*([。；;]?)\s*$/;
// Any stated point amount (`得20分`, `（5分）`, `扣0.5分`); 分钟/分之 are not points.
const POINT_AMOUNT = /(?:\d+(?:\.\d+)?\s*分(?![钟之])|分\s*\d+(?:\.\d+)?\s*[)）])/g;

/**
 * The single `（N分）` at the very end of a text → points, removed from `rest` (a
 * trailing `。`/`；` stays: `…措施（10分）。` → `…措施。`). A text that states several
 * point amounts (`…（10分）。…（10分）。`, `得1.5分（每个方面0.5分）`) keeps its text,
 * points null, `several` true. `opts.bareNumber` also accepts a bare `（3）` at the end
 * (use only where the column is known to hold points).
 */
export function parsePoints(
  text: string,
  opts: { bareNumber?: boolean } = {},
): { points: number | null; rest: string; several: boolean } {
  const s = normalizeText(text);
  const amounts = s.match(POINT_AMOUNT)?.length ?? 0;
  if (amounts > 1) return { points: null, rest: s, several: true };
  let m = POINTS_SUFFIX.exec(s);
  if (m) {
    return { points: Number(m[1] ?? m[2]), rest: (s.slice(0, m.index).trimEnd() + m[3]).trim(), several: false };
  }
  if (opts.bareNumber && amounts === 0) {
    m = BARE_SUFFIX.exec(s);
    if (m) return { points: Number(m[1]), rest: (s.slice(0, m.index).trimEnd() + m[2]).trim(), several: false };
  }
  return { points: null, rest: s, several: false };
}
