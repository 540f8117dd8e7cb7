// Word's automatic numbering, computed as Word displays it. mammoth turns
// numbered paragraphs into <ol><li> and drops the number itself, so a 序号
// column numbered by Word (or "1." / "一、" / "（1）" before an indicator) would
// come out empty. The pre-pass (fix-tables.ts) asks this module for the label
// of every numbered paragraph, in document order, and writes it into the text.
//
// How Word numbers (ECMA-376 Part 1, 17.9):
// - a paragraph's numbering is its w:pPr/w:numPr (w:numId + w:ilvl), else its
//   paragraph style's (through w:basedOn); w:numId 0 means "not numbered";
// - w:num (numId) → w:abstractNum (through w:numStyleLink → a numbering style
//   → another w:num when the list is defined by a style); a w:num's
//   w:lvlOverride may restart a level (w:startOverride) or replace it (w:lvl);
// - each level has w:start, w:numFmt, w:lvlText ("%1.", "（%1）", "%1.%2"),
//   w:lvlRestart, w:isLgl (every number of the label in decimal, Word's
//   "legal style") and w:suff (tab/space/nothing after the label);
// - counters belong to the abstract list: w:num instances sharing an
//   abstractNum continue one sequence unless one restarts a level with
//   w:startOverride (what Word writes for "restart at 1") or a replacement
//   w:lvl (read as a restart too, as LibreOffice does); numbering a level
//   resets the deeper levels (unless their w:lvlRestart says otherwise).
import type { Styles } from './styles.ts';
import { attr, child, decodeEntities, parseXmlTree, type XmlNode } from './xml-tree.ts';

interface Level {
  start: number;
  fmt: string;
  /** w:numFmt/@w:format of a `custom` format (Word 2010+: "001, 002, 003, ..."). */
  format?: string;
  text: string;
  /** 1-based level index after whose use this level restarts; 0 = never; undefined = after any earlier level. */
  restart?: number;
  legal: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  /** Paragraph style linked to this level (w:lvl/w:pStyle). */
  pStyle?: string;
}

interface AbstractNum {
  levels: Map<number, Level>;
  numStyleLink?: string;
}

interface Num {
  abstractId: string;
  /** Per level: restart value (startOverride) and/or a replacement level definition. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

export interface NumberLabel {
  /** The number as Word shows it ("1.", "一、", "①"); '' for a bullet or a level without text. */
  text: string;
  /** What Word puts between the label and the paragraph text. */
  suffix: 'tab' | 'space' | 'nothing';
  bullet: boolean;
}

export interface Numbering {
  /** True when the document defines any list. */
  readonly defined: boolean;
  /**
   * The label of the next paragraph with this numbering, advancing the counters.
   * `numId`/`ilvl` are the paragraph's own w:numPr values (undefined when absent);
   * `pStyle` its paragraph style. null when the paragraph is not numbered.
   */
  next(numId: string | undefined, ilvl: number | undefined, pStyle: string | undefined): NumberLabel | null;
  /** Whether a paragraph with this style and w:numPr would be numbered (without advancing anything). */
  isNumbered(numId: string | undefined, pStyle: string | undefined): boolean;
}

const intAttr = (n: XmlNode | undefined, name = 'w:val'): number | undefined => {
  const v = parseInt(attr(n, name) ?? '', 10);
  return Number.isFinite(v) ? v : undefined;
};

/** w:numFmt, seen through mc:AlternateContent (Word 2010+ writes custom formats in mc:Choice with a fallback). */
function numFmtOf(lvl: XmlNode): XmlNode | undefined {
  const direct = child(lvl, 'w:numFmt');
  if (direct) return direct;
  const alt = child(lvl, 'mc:AlternateContent');
  const choice = alt?.children.find((c) => c.name === 'mc:Choice' && child(c, 'w:numFmt'));
  return child(choice, 'w:numFmt') ?? child(child(alt, 'mc:Fallback'), 'w:numFmt');
}

function readLevel(lvl: XmlNode): Level {
  const fmtNode = numFmtOf(lvl);
  const suff = attr(child(lvl, 'w:suff'), 'w:val');
  const text = attr(child(lvl, 'w:lvlText'), 'w:val');
  return {
    start: intAttr(child(lvl, 'w:start')) ?? 0,
    fmt: attr(fmtNode, 'w:val') ?? 'decimal',
    format: attr(fmtNode, 'w:format'),
    text: text === undefined ? '' : decodeEntities(text),
    restart: intAttr(child(lvl, 'w:lvlRestart')),
    legal: child(lvl, 'w:isLgl') !== undefined && attr(child(lvl, 'w:isLgl'), 'w:val') !== '0' && attr(child(lvl, 'w:isLgl'), 'w:val') !== 'false',
    suffix: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    pStyle: attr(child(lvl, 'w:pStyle'), 'w:val'),
  };
}

const NONE: Numbering = { defined: false, next: () => null, isNumbered: () => false };

export function readNumbering(xml: string | null, styles: Styles): Numbering {
  if (!xml) return NONE;
  const root = parseXmlTree(xml);
  const top = root.children.find((c) => c.name === 'w:numbering');
  if (!top) return NONE;
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, Num>();
  for (const el of top.children) {
    if (el.name === 'w:abstractNum') {
      const id = attr(el, 'w:abstractNumId');
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const l of el.children) if (l.name === 'w:lvl') levels.set(intAttr(l, 'w:ilvl') ?? 0, readLevel(l));
      abstracts.set(id, { levels, numStyleLink: attr(child(el, 'w:numStyleLink'), 'w:val') });
    } else if (el.name === 'w:num') {
      const id = attr(el, 'w:numId');
      const abstractId = attr(child(el, 'w:abstractNumId'), 'w:val');
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of el.children) {
        if (o.name !== 'w:lvlOverride') continue;
        const lvl = child(o, 'w:lvl');
        overrides.set(intAttr(o, 'w:ilvl') ?? 0, { start: intAttr(child(o, 'w:startOverride')), level: lvl ? readLevel(lvl) : undefined });
      }
      nums.set(id, { abstractId, overrides });
    }
  }
  if (nums.size === 0) return NONE;

  /** The abstract list a num uses, following w:numStyleLink through numbering styles. */
  const abstractOf = (numId: string): { id: string; abs: AbstractNum } | null => {
    const seen = new Set<string>();
    let id = nums.get(numId)?.abstractId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const abs = abstracts.get(id);
      if (!abs) return null;
      if (abs.numStyleLink === undefined) return { id, abs };
      const linked = styles.numberingStyleNumId(abs.numStyleLink);
      id = linked === undefined ? undefined : nums.get(linked)?.abstractId;
    }
    return null;
  };

  /** Counter state per abstract list: current value per level (undefined = not used since its last restart). */
  const counters = new Map<string, (number | undefined)[]>();
  /** num instances whose startOverride has taken effect, per level. */
  const applied = new Set<string>();

  /** The paragraph's effective numId and level; null when not numbered. */
  const resolve = (numId: string | undefined, ilvl: number | undefined, pStyle: string | undefined): { numId: string; ilvl: number } | null => {
    const fromStyle = numId === undefined ? styles.numbering(pStyle) : null;
    const id = numId ?? fromStyle?.numId;
    if (id === undefined || id === '0' || !nums.has(id)) return null;
    let level = ilvl ?? fromStyle?.ilvl;
    if (level === undefined && pStyle !== undefined) {
      // A style linked from a level of the list (w:lvl/w:pStyle) numbers at that level.
      const abs = abstractOf(id)?.abs;
      for (const [k, l] of abs?.levels ?? []) if (l.pStyle === pStyle) level = k;
    }
    return { numId: id, ilvl: Math.min(8, Math.max(0, level ?? 0)) };
  };

  return {
    defined: true,
    isNumbered: (numId, pStyle) => resolve(numId, undefined, pStyle) !== null,
    next(numIdIn, ilvlIn, pStyle) {
      const r = resolve(numIdIn, ilvlIn, pStyle);
      if (!r) return null;
      const found = abstractOf(r.numId);
      if (!found) return null;
      const num = nums.get(r.numId)!;
      const levelOf = (k: number): Level | undefined => num.overrides.get(k)?.level ?? found.abs.levels.get(k);
      const lvl = levelOf(r.ilvl);
      if (!lvl) return null;
      let state = counters.get(found.id);
      if (!state) counters.set(found.id, (state = []));

      // A w:num that overrides this level restarts it where first used (at startOverride, else the new level's start).
      const o = num.overrides.get(r.ilvl);
      const override = o?.start ?? o?.level?.start;
      const key = `${r.numId}/${r.ilvl}`;
      if (override !== undefined && !applied.has(key)) {
        applied.add(key);
        state[r.ilvl] = override;
      } else state[r.ilvl] = state[r.ilvl] === undefined ? lvl.start : state[r.ilvl]! + 1;
      // Deeper levels restart, unless their w:lvlRestart names a level above this one (0: never).
      for (let k = r.ilvl + 1; k < 9; k++) {
        const restartAfter = levelOf(k)?.restart ?? k;
        if (r.ilvl < restartAfter) state[k] = undefined;
      }

      if (lvl.fmt === 'bullet') return { text: '', suffix: lvl.suffix, bullet: true };
      const text = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
        const k = Number(d) - 1;
        if (k > r.ilvl) return '';
        const l = levelOf(k);
        if (!l) return '';
        const value = state[k] ?? l.start;
        return formatNumber(value, lvl.legal ? 'decimal' : l.fmt, l.format);
      });
      return { text, suffix: lvl.suffix, bullet: false };
    },
  };
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';

/** Chinese counting form (十一, 二十, 一百零五); `legal` uses 壹贰叁/拾佰仟. 10–19 drop the leading 一/壹 as Word does. */
function chineseCounting(n: number, legal: boolean): string {
  const digits = legal ? CN_LEGAL : '零一二三四五六七八九';
  const units = legal ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千'];
  if (n === 0) return digits[0]!;
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    return `${chineseCounting(high, legal)}万${low === 0 ? '' : (low < 1000 ? digits[0] : '') + chineseCounting(low, legal)}`;
  }
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += digits[d]! + unit;
  });
  if (!legal && n >= 10 && n < 20) out = out.slice(1);
  return out;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** A..Z, then AA, BB… as Word writes letters past 26. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** Characters of an enclosed series (①…⑳), or the plain number past its end. */
const enclosed = (first: number, count: number) => (n: number) => (n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n));

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => (n >= 0 && n < 10 ? `0${n}` : String(n)),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
  upperLetter: letters,
  lowerLetter: (n) => letters(n).toLowerCase(),
  ordinal: (n) => `${n}${[11, 12, 13].includes(n % 100) ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`,
  // Word writes 一…九十九 in counting form and larger values digit by digit; the Thousand form counts on.
  chineseCounting: (n) => (n >= 0 && n < 100 ? chineseCounting(n, false) : [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('')),
  chineseCountingThousand: (n) => chineseCounting(n, false),
  taiwaneseCounting: (n) => chineseCounting(n, false),
  taiwaneseCountingThousand: (n) => chineseCounting(n, false),
  japaneseCounting: (n) => chineseCounting(n, false),
  ideographLegalTraditional: (n) => chineseCounting(n, true),
  chineseLegalSimplified: (n) => chineseCounting(n, true),
  ideographDigital: (n) => [...String(n)].map((d) => CN_DIGITS[Number(d)]).join(''),
  taiwaneseDigital: (n) => [...String(n)].map((d) => CN_DIGITS[Number(d)]).join(''),
  ideographTraditional: (n) => (n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1]! : String(n)),
  ideographZodiac: (n) => (n >= 1 && n <= 12 ? '子丑寅卯辰巳午未申酉戌亥'[n - 1]! : String(n)),
  decimalEnclosedCircle: enclosed(0x2460, 20),
  decimalEnclosedCircleChinese: enclosed(0x2460, 20),
  ideographEnclosedCircle: (n) => (n >= 1 && n <= 10 ? String.fromCodePoint(0x3280 + n - 1) : String(n)),
  decimalEnclosedParen: enclosed(0x2474, 20),
  decimalEnclosedFullstop: enclosed(0x2488, 20),
  decimalFullWidth: (n) => [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join(''),
  decimalFullWidth2: (n) => [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join(''),
  none: () => '',
};

/**
 * One counter value in a w:numFmt. A `custom` format ("001, 002, 003, ...")
 * is read as zero-padded decimals when it looks like one; unknown formats fall
 * back to decimal, so a number is never lost.
 */
export function formatNumber(n: number, fmt: string, custom?: string): string {
  if (fmt === 'custom' && custom) {
    const first = custom.split(',')[0]!.trim();
    const m = /^(0*)1$/.exec(first);
    if (m) return String(n).padStart(m[0].length, '0');
  }
  return (FORMATS[fmt] ?? String)(n);
}
