// The plan or assessment year a document states about itself: `(2017-2018 年度)`
// on a cover page, `2018年度如皋市各镇…分解表`, `江门市2018年质量工作要点`.
//
// Conservative on purpose: years are everywhere in task texts (`2019年底达到
// 目标`, `开展对全市2015年、2016年质量分析`, `《质量发展纲要（2011-2020年）》`)
// and none of those is the document's year. Only short, heading-like texts are
// read (a title, a cover line, a table title), and only these statements count:
//   - a range followed by 年度: `2017-2018年度`, `2017年—2018年度`;
//   - a single year followed by 年度: `2018年度`;
//   - `YYYY年` directly followed by words, in a text that ends as a title ends
//     (…计划, …方案, …要点, …分解表 …), outside any 《cited title》.
import { normalizeInline } from './text.ts';

export interface DocumentYear {
  year: number | null;
  yearEnd: number | null;
}

/** Headings are short; a longer text is a sentence of the body. */
const MAX_HEADING_LENGTH = 80;
/** A sentence (ends or holds 。；) is not a heading. */
const SENTENCE = /[。；;]/;
const YEAR = '((?:19|20)\\d{2})';
const RANGE_YEARS = new RegExp(`(?<!\\d)${YEAR}\\s*年?\\s*[-—–~～至到]\\s*${YEAR}\\s*年\\s*度`);
const SINGLE_YEARS = new RegExp(`(?<![\\d\\-—–~～至到])${YEAR}\\s*年\\s*度`);
/** `2018年质量工作…`: 年 followed by a word, not by a month, 底/末/前/内 … or a closing bracket. */
const TITLE_YEAR = new RegExp(`(?<![\\d\\-—–~～至到])${YEAR}\\s*年(?=[\\u4e00-\\u9fff])(?![底末前内初中上下半第度份月起以至到后间])`);
const TITLE_END = /(?:计划|方案|要点|安排|分解表|任务表|指标表|考核表|评分表|报告表|一览表|细则|办法|实施意见|任务|目标|清单|考核|评价|通知)[）)]?$/;

const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** `二〇一八年` → `2018年` (years written digit by digit in Chinese numerals). */
function arabicYears(s: string): string {
  return s.replace(/[〇零一二三四五六七八九]{4}(?=\s*年)/g, (m) => [...m].map((c) => CN_DIGITS[c]).join(''));
}

function plausible(y: number): boolean {
  return y >= 1990 && y <= 2100;
}

/** The year a heading-like text states for the document, or null. */
function yearOfText(raw: string): DocumentYear | null {
  const text = arabicYears(normalizeInline(raw));
  if (!text || text.length > MAX_HEADING_LENGTH || SENTENCE.test(text)) return null;
  const range = text.match(RANGE_YEARS);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    // A range runs forward and spans a plan period, not a decade-long citation.
    if (plausible(a) && plausible(b) && b > a && b - a <= 10) return { year: a, yearEnd: b };
    return null;
  }
  const single = text.match(SINGLE_YEARS);
  if (single && plausible(Number(single[1]))) return { year: Number(single[1]), yearEnd: null };
  const outsideCitations = text.replace(/《[^《》]*》/g, '');
  if (TITLE_END.test(outsideCitations)) {
    const t = outsideCitations.match(TITLE_YEAR);
    if (t && plausible(Number(t[1]))) return { year: Number(t[1]), yearEnd: null };
  }
  return null;
}

/**
 * The plan or assessment year the document states, from its heading-like
 * texts in order of strength (title first, then cover lines and table titles):
 * the first text that states one decides. `(2017-2018 年度)` → 2017/2018;
 * `2018年度…考核` → 2018/null; nothing stated → null/null.
 */
export function documentYear(texts: string[]): DocumentYear {
  for (const t of texts) {
    const y = yearOfText(t ?? '');
    if (y) return y;
  }
  return { year: null, yearEnd: null };
}
