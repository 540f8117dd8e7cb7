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

// Text that cannot be read at all: a font embedded without a ToUnicode map (subset
// TrueType fonts from Word, WPS and printer drivers, written with Identity-H) gives
// pdfjs only glyph ids, which come out as control characters, private-use code
// points or U+FFFD. Such text is never turned into cells; the parser names the page.

/** C0/C1 controls, private use (BMP and planes 15–16), U+FFFD and the noncharacters U+FFFE/U+FFFF. */
const UNREADABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uE000-\uF8FF\uFFFD\uFFFE\uFFFF]|[\u{F0000}-\u{10FFFF}]/u;

export function isUnreadableChar(ch: string): boolean {
  return UNREADABLE.test(ch);
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A run of text that is mostly (half or more of its visible characters, three at least) codes no font map could read. */
export function isUnreadable(s: string): boolean {
  const chars = [...s].filter((c) => !/\s/.test(c));
  const bad = chars.filter(isUnreadableChar).length;
  return bad >= 3 && bad * 2 >= chars.length;
}

/** Letters a glyph id read as a code point lands on: Latin Extended, IPA, spacing modifiers, combining marks, Greek, Cyrillic. */
const LOW_IDS = /[\u0100-\u052F]/;

/**
 * 256-code-point pages where the text of a Chinese, English or any one-script document
 * lives: Latin, punctuation and symbols (U+2000–U+27FF), CJK punctuation and kana,
 * ideographs, Hangul syllables, compatibility ideographs and full-width forms. A page
 * outside these is counted as foreign; real text uses one or two of them (its script),
 * glyph ids read as code points land on dozens.
 */
function homePage(cp: number): boolean {
  const p = cp >> 8;
  return p === 0 || (p >= 0x20 && p <= 0x27) || p === 0x30 || p === 0x31 || (p >= 0x4e && p <= 0x9f) || (p >= 0xac && p <= 0xd7) || p === 0xf9 || p === 0xfa || p === 0xfe || p === 0xff;
}

/**
 * Fonts whose text cannot be read, from all the runs of a document (`font` names the
 * font a run is set in). Glyph ids read as code points (a composite font written
 * without ToUnicode: pdfjs can only give the ids) land on control characters for the
 * low ids, on Latin Extended, IPA, Greek or Cyrillic letters for the next ones, and,
 * for a subset that kept the full font's ids, all over the code space (Armenian,
 * Hebrew … Ethiopic, Extension A, and ideographs too). A font is unreadable as a
 * whole when its text holds control characters (at least three: real text has none)
 * and those and such letters make a fifth of it; when a third of it falls on six or
 * more foreign code pages (see `homePage`); or when it is mostly unreadable codes. A
 * font that gives nothing but fewer than four different such codes (the bullets and
 * check marks of a symbol font), a stray control character in a font's text or a foreign
 * script is not; a font whose text is a third or more control characters is, however short
 * (a fallback font used for two glyphs).
 */
export function unreadableFonts(runs: Iterable<{ str: string; font?: string }>): Set<string> {
  const stats = new Map<string, { all: number; control: number; low: number; bad: number; foreign: number; pages: Set<number>; codes: Set<string> }>();
  for (const r of runs) {
    if (r.font === undefined) continue;
    let s = stats.get(r.font);
    if (!s) stats.set(r.font, (s = { all: 0, control: 0, low: 0, bad: 0, foreign: 0, pages: new Set(), codes: new Set() }));
    for (const c of r.str) {
      if (/\s/.test(c)) continue;
      s.all++;
      if (CONTROL.test(c)) s.control++;
      else if (LOW_IDS.test(c)) s.low++;
      if (isUnreadableChar(c)) {
        s.bad++;
        s.codes.add(c);
      }
      const cp = c.codePointAt(0)!;
      if (!homePage(cp) && !isUnreadableChar(c)) {
        s.foreign++;
        s.pages.add(cp >> 8);
      }
    }
  }
  const out = new Set<string>();
  for (const [font, s] of stats) {
    // A symbol font's few marks (a bullet, a check mark) come out as a handful of private-use codes and nothing else:
    // left as they are. Control characters are never such marks.
    if (s.bad === s.all && s.codes.size < 4 && s.control === 0) continue;
    // A font used for two or three glyphs only (a name's rare character in a fallback font) gives as many codes:
    // control characters making a third of its text are glyph ids, however few.
    const glyphIds = (s.control >= 3 && s.control + s.low >= 0.2 * s.all) || (s.control > 0 && 3 * s.control >= s.all);
    const scattered = s.pages.size >= 6 && s.foreign * 3 >= s.all;
    if (glyphIds || scattered || (s.bad >= 3 && s.bad * 2 >= s.all)) out.add(font);
  }
  return out;
}
