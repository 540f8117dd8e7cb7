// Text conventions of the canonical schema, applied to every text field:
// - lines of a cell are joined without a separator between CJK characters and
//   with one space between Latin words;
// - a space next to a CJK character or CJK punctuation is removed;
// - ASCII parentheses next to CJK text become full-width;
// - full-width digits, Latin letters and `．` inside numbers become half-width;
// - Traditional characters become Simplified (opencc-js).
import * as OpenCC from 'opencc-js';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

/** CJK ideographs, CJK punctuation and full-width forms (a space next to any of these goes). */
const CJK = '\\u2E80-\\u2FFF\\u3000-\\u303F\\u3040-\\u30FF\\u3100-\\u312F\\u3200-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2018-\\u201F\\u2026\\u2014\\u2015\\u00B7';
const CJK_CHAR = new RegExp(`[${CJK}]`);
const SPACE_BEFORE_CJK = new RegExp(`[ \\t\\u00A0\\u3000]+(?=[${CJK}])`, 'g');
const SPACE_AFTER_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00A0\\u3000]+`, 'g');

export function isCjk(ch: string): boolean {
  return CJK_CHAR.test(ch);
}

/** Full-width ASCII variants (！ to ～) to half-width, except CJK punctuation that stays. */
function halfWidth(s: string): string {
  // Digits and Latin letters only; Chinese punctuation such as （）：；，stays.
  s = s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // `．` and `％` inside or after numbers: 0．5 → 0.5, ５％ → 5%.
  s = s.replace(/(?<=\d)[．](?=\d)/g, '.');
  s = s.replace(/(?<=\d)％/g, '%');
  return s;
}

/** ASCII parentheses touching CJK text become full-width: `开发区 (城北街道)` → `开发区（城北街道）`. */
function fullWidthParens(s: string): string {
  return s.replace(/\(([^()]*)\)/g, (m, inner: string, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + m.length] ?? '';
    const touchesCjk = CJK_CHAR.test(inner) || CJK_CHAR.test(before) || CJK_CHAR.test(after);
    return touchesCjk ? `（${inner}）` : m;
  });
}

/** Join the lines of one cell: no separator between CJK, one space between Latin tokens. */
export function joinLines(lines: readonly string[]): string {
  // Parts in an array, the last character kept aside: reading `out[out.length - 1]` of a
  // string built by `+=` flattens it every time, quadratic in a cell of thousands of lines.
  const parts: string[] = [];
  let last = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (parts.length > 0 && !CJK_CHAR.test(last) && !CJK_CHAR.test(line[0]!)) parts.push(' ');
    parts.push(line);
    last = line[line.length - 1]!;
  }
  return parts.join('');
}

// Cell texts are normalized many times over (layout, records, checks): memoize. The
// cache is bounded and simply dropped when full, which keeps memory flat in a batch.
const CACHE_MAX = 50_000;
let cache = new Map<string, string>();

/** Normalizes one piece of text (already joined) to the schema's conventions. */
export function normalizeInline(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const out = normalizeUncached(text);
  if (cache.size >= CACHE_MAX) cache = new Map();
  cache.set(text, out);
  return out;
}

function normalizeUncached(text: string): string {
  let s = t2s(text.normalize('NFC'));
  s = halfWidth(s);
  s = s.replace(/[\t\u00A0\u3000]/g, ' ');
  s = fullWidthParens(s);
  s = s.replace(SPACE_BEFORE_CJK, '').replace(SPACE_AFTER_CJK, '');
  s = s.replace(/ {2,}/g, ' ').trim();
  return s;
}

/** Lines of a cell → one normalized string ('' when the cell is blank). */
export function normalizeText(lines: readonly string[] | string): string {
  const arr = typeof lines === 'string' ? lines.split(/\r?\n/) : lines;
  return normalizeInline(joinLines(arr));
}

/** Normalization used to compare header words and keys: no spaces at all, simplified, half-width. */
export function normalizeKey(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}

/** Traditional → Simplified only (for callers that must keep layout). */
export function toSimplified(text: string): string {
  return t2s(text);
}
