// One department name (normalized, role words/scope/brackets already removed)
// → its canonical name, following departments.md rules 2–4: fixed units and
// groups first, then level prefix + stem, then a place name in front.
import type { DepartmentDictionary } from './departments-dictionary.ts';
import gazetteerJson from '../data/gazetteer.json' with { type: 'json' };

export interface Resolved {
  name: string;
  known: boolean;
  /** The name as written is one from before an institutional reform (dictionary oldNames, or a unit rule marked oldName). */
  oldName?: boolean;
}

const CJK_ONLY = /^[\u4e00-\u9fff]+$/u;
/** How many place parts may be stacked in front (`江苏省盐城市…`). */
const MAX_PLACE_DEPTH = 3;

/**
 * Short names of the gazetteer's prefecture cities and counties (`汶上`, `繁昌`), without those that
 * are also ordinary words (its commonWords: `公安`, `城关`): a place written without its suffix in
 * front of a unit (`汶上团县委`). Used only when what follows is itself a known unit.
 */
const BARE_PLACES: ReadonlySet<string> = (() => {
  const g = gazetteerJson as unknown as { commonWords: string[]; cities: [string, string, string | null][]; counties: [string, string, string | null, string | null][] };
  const common = new Set(g.commonWords);
  const out = new Set<string>();
  for (const [, , short] of [...g.cities, ...g.counties]) if (short && short.length >= 2 && !common.has(short)) out.add(short);
  return out;
})();

/** `$<name>` and `$1` in a unit rule's name are filled from the match. */
function expandTemplate(template: string, m: RegExpMatchArray): string {
  return template
    .replace(/\$<([A-Za-z_][A-Za-z0-9_]*)>/g, (_, g: string) => m.groups?.[g] ?? '')
    .replace(/\$(\d)/g, (_, d: string) => m[Number(d)] ?? '');
}

/**
 * A stem, or an office written with the word for its owner in front (`政府金融办`, `政府研究室`
 * when only `研究室` were known): one unit, the office's (dictionary officeOwners, officeEndings).
 * `市政府金融办` is the city's 金融办, not 市人民政府 and 金融办 written together.
 */
function stemOf(t: string, dict: DepartmentDictionary): string | undefined {
  const direct = dict.stems.get(t);
  if (direct !== undefined) return direct;
  for (const party of dict.partyPrefixes) {
    // `党委宣传部` after 自治区: the stem `委宣传部` with its 党 kept.
    const canon = t.startsWith(party) && t[party.length] === '委' ? dict.stems.get(t.slice(party.length)) : undefined;
    if (canon !== undefined && canon.startsWith('委')) return party + canon;
  }
  for (const owner of dict.officeOwners) {
    if (!t.startsWith(owner)) continue;
    const office = t.slice(owner.length);
    if (dict.officeEndings.some((e) => office.length > e.length && office.endsWith(e))) {
      const canon = dict.stems.get(office);
      if (canon !== undefined) return canon;
    }
  }
  return undefined;
}

/** Level prefix + stem, or a bare stem taking `level`. */
function resolveStem(t: string, dict: DepartmentDictionary, level: string): string | null {
  const bare = stemOf(t, dict);
  if (bare !== undefined) return level + bare;
  for (const l of dict.levels) {
    if (t.length > l.length && t.startsWith(l)) {
      const canon = stemOf(t.slice(l.length), dict);
      if (canon !== undefined) return l + canon;
    }
  }
  return null;
}

export function endsWithUnitSuffix(t: string, dict: DepartmentDictionary): boolean {
  return dict.unitSuffixes.some((s) => t.length > s.length - 1 && t.endsWith(s));
}

/**
 * A place name in front of a known stem is dropped (`江门市保险行业协会` →
 * `市保险行业协会`, `瓦房店市市场监管局` → `市市场监督管理局`). The place's own suffix
 * becomes the level when it is one; the place part must not itself look like a
 * unit, so that `市质监局市财政局` is never read as place `市质监局`.
 */
function resolveWithPlace(t: string, dict: DepartmentDictionary, level: string, depth: number): string | null {
  if (depth >= MAX_PLACE_DEPTH) return null;
  for (const place of dict.placeNames) {
    if (t.length > place.length && t.startsWith(place)) {
      const rest = t.slice(place.length);
      const r = resolveStem(rest, dict, level) ?? resolveWithPlace(rest, dict, level, depth + 1);
      if (r) return r;
    }
  }
  for (let n = 2; n <= 4 && n < t.length - 1; n++) {
    // A bare place name (`汶上团县委`): what follows must be a known unit or stem on its own.
    if (!BARE_PLACES.has(t.slice(0, n))) continue;
    const rest = t.slice(n);
    const unit = dict.units.find((u) => u.match.test(rest));
    if (unit) return expandTemplate(unit.name, rest.match(unit.match)!);
    const r = resolveStem(rest, dict, level);
    if (r) return r;
  }
  for (let n = 2; n <= 5 && n < t.length; n++) {
    const place = t.slice(0, n);
    if (!CJK_ONLY.test(place) || endsWithUnitSuffix(place, dict)) continue;
    for (const suffix of dict.placeSuffixes) {
      if (!t.startsWith(suffix, n)) continue;
      const rest = t.slice(n + suffix.length);
      if (!rest) continue;
      const lvl = dict.levels.includes(suffix) ? suffix : level;
      const r = resolveStem(rest, dict, lvl) ?? resolveWithPlace(rest, dict, lvl, depth + 1);
      if (r) return r;
    }
  }
  return null;
}

/** A known unit name at a level, or with a place in front. */
function resolveUnit(t: string, dict: DepartmentDictionary, level: string): string | null {
  return resolveStem(t, dict, level) ?? resolveWithPlace(t, dict, level, 0);
}

const BRANCH = /^(?<unit>[\u4e00-\u9fff]+?局)(?<place>[\u4e00-\u9fff]{2,6})分局$/u;

/**
 * A place branch of a known bureau (`市生态环境局咸安分局`, `市公安局城关分局`) → the bureau's
 * canonical name + `分局`, its place dropped like any place (`市生态环境局分局`), so that one
 * city's branches group together. The part before the place must itself be a known bureau.
 */
function resolveBranch(t: string, dict: DepartmentDictionary, level: string): string | null {
  const m = BRANCH.exec(t);
  if (!m) return null;
  const unit = resolveUnit(m.groups!.unit!, dict, level);
  return unit && unit.endsWith('局') ? `${unit}分局` : null;
}

/** Canonical name of one unit, or null when the dictionary does not know it. */
export function resolveName(t: string, dict: DepartmentDictionary, level: string): Resolved | null {
  if (!t) return null;
  for (const rule of dict.units) {
    const m = t.match(rule.match);
    if (m) return { name: expandTemplate(rule.name, m), known: true, ...(rule.oldName ? { oldName: true } : {}) };
  }
  if (dict.groups.some((g) => g.test(t))) return { name: t, known: true };
  const stem = resolveUnit(t, dict, level) ?? resolveBranch(t, dict, level);
  if (!stem) return null;
  return { name: stem, known: true, ...(writtenWithOldName(t, stem, dict) ? { oldName: true } : {}) };
}

/**
 * True when the stem `t` was read through (the longest known stem ending it, after a branch's
 * `<place>分局` is set aside) is an old name (`质监局`; not the `规划局` of `自然资源和规划局`).
 * Read after resolution, so it never makes a name known.
 */
function writtenWithOldName(t: string, resolved: string, dict: DepartmentDictionary): boolean {
  const branch = resolved.endsWith('分局') ? BRANCH.exec(t) : null;
  const s = branch ? branch.groups!.unit! : t;
  for (let i = 0; i < s.length; i++) {
    if (dict.stems.has(s.slice(i))) return dict.oldNames.has(s.slice(i));
  }
  return false;
}
