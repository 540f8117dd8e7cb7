// Characters a PDF's ToUnicode map gives for the wrong code point. CJK fonts draw a
// radical and the ideograph of the same shape with one glyph (工 and ⼯, 长 and ⻓);
// a producer that writes the glyph's Unicode value from the font's cmap may pick the
// radical (Chromium/Skia does, so does Word for some fonts), so "具体⼯作" reads as
// text but matches nothing (department names, header words, deadlines). Radicals
// never stand alone in running text; they are read as their ideographs here.
// Replacements keep the string's length (one UTF-16 unit for one), so positions
// computed from character indices stay valid.

/**
 * CJK Radicals Supplement (U+2E80–U+2EF3) → the ideograph of the same form. Unicode
 * gives only two of these a compatibility mapping; the rest are listed here. Forms
 * whose ideograph lies outside the Basic Multilingual Plane are left alone.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂', '⺋': '㔾', '⺎': '兀', '⺏': '尣', '⺐': '尢', '⺒': '巳', '⺓': '幺', '⺔': '彑',
  '⺖': '忄', '⺗': '㣺', '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺝': '月', '⺞': '歺', '⺟': '母',
  '⺠': '民', '⺡': '氵', '⺢': '氺', '⺣': '灬', '⺤': '爫', '⺥': '爫', '⺦': '丬', '⺨': '犭',
  '⺩': '王', '⺫': '罒', '⺬': '示', '⺭': '礻', '⺮': '竹', '⺯': '糹', '⺰': '纟', '⺱': '罓',
  '⺲': '罒', '⺳': '㓁', '⺹': '耂', '⺺': '肀', '⺻': '聿', '⺼': '月', '⺾': '艹', '⺿': '艹',
  '⻀': '艹', '⻁': '虎', '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠',
  '⻉': '贝', '⻋': '车', '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長',
  '⻒': '镸', '⻓': '长', '⻔': '门', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页',
  '⻛': '风', '⻜': '飞', '⻝': '食', '⻟': '飠', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼',
  '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐',
  '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
};

/** Kangxi radicals (U+2F00–U+2FD5) and CJK compatibility ideographs (U+F900–U+FAFF): Unicode maps them (NFKC). */
const COMPAT = /[\u2F00-\u2FD5\uF900-\uFAFF]/g;
const RADICAL = /[\u2E80-\u2EF3]/g;

/** Radicals and compatibility ideographs read as the ideographs they draw; other text unchanged. */
export function unifyIdeographs(s: string): string {
  if (!/[\u2E80-\u2FDF\uF900-\uFAFF]/.test(s)) return s;
  return s
    .replace(COMPAT, (ch) => {
      const n = ch.normalize('NFKC');
      return n.length === 1 ? n : ch;
    })
    .replace(RADICAL, (ch) => SUPPLEMENT[ch] ?? ch);
}
