// Quantities in target/baseline cells and allocation values: `98%以上` → >= 98 %.
//
// The comparison words (以上, 不低于, ≥ …) and the units live in
// pipeline/data/quantity-vocab.json; this module holds the grammar:
//   [prefix word] number [unit] [separator number [unit]] [suffix word] [unit]
// and nothing else in the cell, apart from a trailing `。`/`；`/`，`. A cell with
// other words or several numbers (`未开展测评`, `建筑工程98%以上；交通工程100%`) is
// not one quantity and gives null.
import type { Quantity } from '../../schemas/dataset.ts';
import vocab from '../data/quantity-vocab.json' with { type: 'json' };
import { CHINESE_NUMERAL_CHARS, chineseNumeralToInt } from './dates.ts';
import { normalizeText } from './text.ts';

type Comparator = Quantity['comparator'];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function entries(o: Record<string, string | null>): [string, Comparator][] {
  return (Object.entries(o).filter(([k]) => !k.startsWith('$')) as [string, Comparator][]).sort(
    ([a], [b]) => b.length - a.length || (a < b ? -1 : 1),
  );
}
const alt = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRe).join('|');

const PREFIX = entries(vocab.prefixComparators);
const SUFFIX = entries(vocab.suffixComparators);
const PREFIX_MAP = new Map(PREFIX);
const SUFFIX_MAP = new Map(SUFFIX);

const NUM = `(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`;
const UNIT = `(${alt(vocab.units)})`;
const SEP = `(?:${alt(vocab.rangeSeparators)})`;
const QUANTITY = new RegExp(
  `^(${alt(PREFIX.map(([w]) => w))})?${NUM}${UNIT}?(?:${SEP}${NUM}${UNIT}?)?(${alt(SUFFIX.map(([w]) => w))})?${UNIT}?$`,
);

function toNumber(s: string): number | null {
  if (/^[\d,.]+$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return chineseNumeralToInt(s);
}

/**
 * One quantity stated by the whole text: `98%以上` → {>=, 98, null, '%'}; `≥90` → >= 90;
 * `低于0.3` → < 0.3; `100%` → = 100 %; `5-45名` → = 5..45 名; `约80` / `80左右` → comparator
 * null (approximately). Anything else → null.
 */
export function parseQuantity(text: string): Quantity | null {
  const s = normalizeText(text).replace(/\s+/g, '').replace(/[。；;，,、.]+$/, '');
  if (!s) return null;
  const m = QUANTITY.exec(s);
  if (!m) return null;
  const [, prefix, n1, u1, n2, u2, suffix, u3] = m;
  const value = toNumber(n1!);
  const valueMax = n2 !== undefined ? toNumber(n2) : null;
  if (value === null || (n2 !== undefined && valueMax === null)) return null;
  if (valueMax !== null && valueMax < value) return null; // `45-5` is not a range we can trust
  // One unit only: `95%-98%` repeats it; `5个-3家` mixes two and is not one quantity.
  const units = [u1, u2, u3].filter((u): u is string => u !== undefined);
  if (new Set(units).size > 1) return null;
  const unit = units[0] ?? null;

  let comparator: Comparator = '=';
  const pc = prefix !== undefined ? PREFIX_MAP.get(prefix)! : undefined;
  const sc = suffix !== undefined ? SUFFIX_MAP.get(suffix)! : undefined;
  if (pc !== undefined && sc !== undefined) {
    // `达到95%以上`: agreeing words; `低于95%以上` contradicts itself.
    if (pc !== sc && pc !== '>=' && pc !== null) return null;
    comparator = sc;
  } else if (sc !== undefined) {
    comparator = sc;
  } else if (pc !== undefined) {
    comparator = pc;
  }
  return { comparator, value, valueMax, unit };
}

// Words that can close a metric (`万台特种设备事故率低于`). Single-character words
// such as 达 are left out: `经济发达` would otherwise lose its last character.
const METRIC_END = PREFIX.filter(([w]) => [...w].length > 1 || !/[\u4E00-\u9FFF]/.test(w));

/**
 * A comparison word at the END of a metric: `万台特种设备事故率低于` → {'<', `万台特种设备事故率`};
 * `合格率≥` → '>='. Null when the text does not end with one, or nothing is left before it.
 */
export function comparatorFromWords(text: string): { comparator: Comparator; rest: string } | null {
  const s = normalizeText(text).replace(/[\s:：]+$/, '');
  for (const [word, comparator] of METRIC_END) {
    if (s.endsWith(word)) {
      const rest = s.slice(0, s.length - word.length).trim();
      return rest ? { comparator, rest } : null;
    }
  }
  return null;
}
