// Which province / city / county a document belongs to, from the gazetteer
// shipped in pipeline/data/gazetteer.json (国家统计局 division codes).
//
// Evidence is read in tiers, strongest first: the title, then form fields
// (城市名称, 所在地 …), then the first paragraphs, then a sample of table
// cells. The first tier that names a place decides the region; weaker tiers
// only help to tell apart places that share a name (朝阳区 is in Beijing and in
// Changchun). Wrong is worse than unknown: a name the gazetteer holds twice with
// nothing to tell them apart, two provinces in one title, or a short name that is
// also an ordinary word give nulls (or only the part all readings agree on) and
// a diagnostic, never a guess.
import gazetteerJson from '../data/gazetteer.json' with { type: 'json' };
import type { Region } from '../../schemas/dataset.ts';
import { diag, type Diagnostic } from '../model.ts';
import { normalizeInline, toSimplified } from './text.ts';

// ---------------------------------------------------------------------------
// Gazetteer

type PlaceLevel = 'province' | 'city' | 'county';

interface Place {
  code: string;
  name: string;
  short: string | null;
  level: PlaceLevel;
  province: Place | null;
  city: Place | null;
  /** The full name is also an everyday word or phrase (和县, 城区, 老城区). */
  phraseLike?: boolean;
}

interface GazetteerFile {
  commonWords: string[];
  provinces: [string, string, string][];
  cities: [string, string, string | null][];
  counties: [string, string, string | null, string | null][];
}

/** One way a name can be read: the place and whether the text wrote the full name or the short one. */
interface Reading {
  place: Place;
  form: 'full' | 'short';
}

interface Gazetteer {
  places: Map<string, Place>;
  /** surface text → readings; short names that are ordinary words are left out. */
  names: Map<string, Reading[]>;
  /** Name lengths (longest first) by the names' first two UTF-16 units (prefixKey): most pairs of characters start no name. */
  lengthsByPrefix: Map<number, number[]>;
}

function buildGazetteer(file: GazetteerFile): Gazetteer {
  const places = new Map<string, Place>();
  for (const [code, name, short] of file.provinces) {
    places.set(code, { code, name, short, level: 'province', province: null, city: null });
  }
  for (const [code, name, short] of file.cities) {
    places.set(code, { code, name, short, level: 'city', province: places.get(code.slice(0, 2)) ?? null, city: null });
  }
  for (const [code, name, short, cityCode] of file.counties) {
    places.set(code, {
      code,
      name,
      short,
      level: 'county',
      province: places.get(code.slice(0, 2)) ?? null,
      city: cityCode ? (places.get(cityCode) ?? null) : null,
    });
  }
  const common = new Set(file.commonWords);
  for (const place of places.values()) {
    // 老城区, 新城区 are phrases as often as districts, and 适应城市 / 沿海城市
    // hold 应城市 / 海城市: like 和县 they count only after their parent's name
    // or at the start of a text.
    const commonShort = !!place.short && common.has(place.short);
    place.phraseLike = place.name.length <= 2 || (commonShort && (place.name.endsWith('区') || place.name.endsWith('城市')));
  }
  const names = new Map<string, Reading[]>();
  const add = (surface: string, reading: Reading) => {
    const list = names.get(surface) ?? [];
    list.push(reading);
    names.set(surface, list);
  };
  // Texts are read after Traditional → Simplified conversion, which also
  // rewrites a few characters of Simplified names (乾安县 → 干安县); index the
  // converted spelling too so both sides meet.
  // One conversion call over all names (a per-name call costs ≈0.1 s per process);
  // OpenCC phrases never contain a line break, so no match crosses two names.
  const allNames = [...new Set([...places.values()].flatMap((p) => (p.short ? [p.name, p.short] : [p.name])))];
  const converted = toSimplified(allNames.join('\n')).split('\n');
  const simplified = new Map(converted.length === allNames.length ? allNames.map((n, i) => [n, converted[i]!]) : allNames.map((n) => [n, toSimplified(n)]));
  const spellings = (name: string) => [...new Set([name, simplified.get(name) ?? name])];
  for (const place of [...places.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    for (const n of spellings(place.name)) add(n, { place, form: 'full' });
    if (place.short && !common.has(place.short)) for (const n of spellings(place.short)) add(n, { place, form: 'short' });
  }
  const lengths = new Map<number, Set<number>>();
  for (const k of names.keys()) {
    if (k.length < 2) continue; // one character is never read as a place
    const key = prefixKey(k, 0);
    const set = lengths.get(key) ?? new Set<number>();
    set.add(k.length);
    lengths.set(key, set);
  }
  const lengthsByPrefix = new Map([...lengths].map(([c, set]) => [c, [...set].sort((a, b) => b - a)]));
  return { places, names, lengthsByPrefix };
}

/** The two UTF-16 units at i as one number: a map key that costs no string (scan looks one up per character). */
function prefixKey(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}

const GAZ = buildGazetteer(gazetteerJson as unknown as GazetteerFile);

function isMunicipality(p: Place | null): boolean {
  return !!p && p.level === 'province' && p.name.endsWith('市');
}

/** The place with its ancestors, as the dataset's Region. A municipality is its own city. */
function regionOf(p: Place): Region {
  if (p.level === 'province') {
    return { province: p.name, city: isMunicipality(p) ? p.name : null, county: null };
  }
  if (p.level === 'city') return { province: p.province?.name ?? null, city: p.name, county: null };
  const city = p.city?.name ?? (isMunicipality(p.province) ? p.province!.name : null);
  return { province: p.province?.name ?? null, city, county: p.name };
}

/**
 * The prefix the document's own departments carry (市市场监管局, 县财政局 …):
 * 市 for prefecture cities, municipalities and county-level cities alike; 县 for
 * counties (自治县 too); 区 for districts; an autonomous region's, prefecture's,
 * league's and banner's own: 自治区, 州, 盟, 旗 (levels of departments.json).
 * Other divisions (地区, 林区) give null.
 */
function departmentLevel(p: Place): DepartmentLevel | null {
  const n = p.name;
  if (p.level === 'province') return n.endsWith('省') ? '省' : n.endsWith('市') ? '市' : n.endsWith('自治区') ? '自治区' : null;
  if (n.endsWith('市')) return '市';
  if (p.level === 'city' && n.endsWith('州')) return '州';
  if (p.level === 'city' && n.endsWith('盟')) return '盟';
  if (p.level === 'county' && n.endsWith('县')) return '县';
  if (p.level === 'county' && n.endsWith('旗')) return '旗';
  if (p.level === 'county' && n.endsWith('区') && !n.endsWith('林区')) return '区';
  return null;
}

/** Ancestors of a place, itself included, from the top. */
function chain(p: Place): Place[] {
  const out: Place[] = [];
  if (p.province && p.province !== p) out.push(p.province);
  if (p.city) out.push(p.city);
  out.push(p);
  return out;
}

function provinceOf(p: Place): Place | null {
  return p.level === 'province' ? p : p.province;
}

function isAncestor(a: Place, b: Place): boolean {
  return a !== b && chain(b).includes(a);
}

/** The deepest place every reading lies in (null when they share no province). */
function commonAncestor(list: Place[]): Place | null {
  if (list.length === 0) return null;
  let common = chain(list[0]!);
  for (const p of list.slice(1)) {
    const c = chain(p);
    let i = 0;
    while (i < common.length && i < c.length && common[i] === c[i]) i++;
    common = common.slice(0, i);
  }
  return common[common.length - 1] ?? null;
}

// ---------------------------------------------------------------------------
// Finding names in a text

interface Mention {
  surface: string;
  start: number;
  end: number;
  /** The places the surface can name, in the form it was written (a full name of one place beats a short name of another). */
  readings: Reading[];
  form: 'full' | 'short';
  /** The name starts a department's name (江门海关, 湖南省市场监督管理局): weaker than a name used for itself. */
  department: boolean;
}

/** Heads of department names that follow a place name within a few characters. */
const DEPARTMENT_AFTER = /^[\u4e00-\u9fff]{0,10}?(?:局|厅|海关|办公室|委员会|研究院|中心|协会|学会|公司|支队|大队|检验所|监测站|管委会)/;

/**
 * `X市场` is a market, not X市 (东方市场); `X区域` is an area. When a full name
 * ends in the first character of such a word, read the name without its
 * suffix instead.
 */
function suffixIsPartOfWord(surface: string, next: string): boolean {
  return (surface.endsWith('市') && next === '场') || (surface.endsWith('区') && /[域间块]/.test(next));
}

const NONE: number[] = [];

function scan(text: string): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < text.length) {
    let found: Mention | null = null;
    // Most characters start no name: one map lookup, with no string made, skips them.
    const lengths = i + 1 < text.length ? (GAZ.lengthsByPrefix.get(prefixKey(text, i)) ?? NONE) : NONE;
    for (const len of lengths) {
      if (found) break;
      if (i + len > text.length) continue;
      const surface = text.slice(i, i + len);
      let readings = GAZ.names.get(surface);
      if (!readings) continue;
      if (suffixIsPartOfWord(surface, text[i + len] ?? '')) continue;
      // A full name of one character plus suffix (和县, 城区) or a phrase-like
      // district (老城区) is everyday text (各市和县, 统筹老城区) unless it
      // opens the text or follows its own parent's name.
      readings = readings.filter((r) => r.form === 'short' || !r.place.phraseLike || i === 0 || followsParent(out, i, r.place));
      if (readings.length === 0) continue;
      const full = readings.filter((r) => r.form === 'full');
      found = {
        surface,
        start: i,
        end: i + len,
        readings: full.length > 0 ? full : readings,
        form: full.length > 0 ? 'full' : 'short',
        department: DEPARTMENT_AFTER.test(text.slice(i + len, i + len + 16)),
      };
    }
    if (found) {
      out.push(found);
      // Two characters read as a short name may straddle two words (节约资源认证,
      // 会同有关部门), so a full name starting inside them must still be found.
      i = found.form === 'full' ? found.end : i + 1;
    } else {
      i++;
    }
  }
  return out;
}

/** Only spaces, punctuation or a bracketed aside between two mentions (`江苏 省 (自治区、直辖市) 盐城 市`). */
function adjacent(text: string, a: Mention, b: Mention): boolean {
  const gap = text.slice(a.end, b.start).replace(/（[^（）]*）|\([^()]*\)/g, '');
  return /^[\s:：,，、·\-—/]*$/.test(gap);
}

function followsParent(before: Mention[], at: number, place: Place): boolean {
  const prev = before[before.length - 1];
  return !!prev && prev.end === at && prev.readings.some((r) => isAncestor(r.place, place));
}

/**
 * Two characters inside running text are as likely to straddle two words
 * (创建水平 holds 建水, 重大安全 holds 大安) as to be a place. A short name counts
 * in a title or a form field only where it stands apart: at the start (after a
 * year, 关于, 附件 …), after punctuation or a space, or as the whole value.
 */
const OPENING = /^(?:[\s\d\p{P}\p{S}]|年度|年|关于|印发|附件|第)*$/u;
function shortStandsApart(text: string, m: Mention): boolean {
  const before = text.slice(0, m.start);
  if (OPENING.test(before)) return true;
  return !/[\u4e00-\u9fff]/.test(text[m.start - 1] ?? '');
}

// ---------------------------------------------------------------------------
// Weighing the evidence

export interface RegionEvidence {
  title: string | null;
  paragraphs: string[];
  /** Form fields such as 城市名称, 所在地. */
  fields?: Record<string, string>;
  /** A sample of table cell texts. */
  tableTexts?: string[];
  /** For diagnostics. */
  documentId?: string | null;
}

/** Level prefixes a document's own departments can carry (all in departments.json levels). */
export type DepartmentLevel = '省' | '自治区' | '市' | '州' | '盟' | '县' | '区' | '旗';

export interface RegionResult {
  region: Region;
  /** The level prefix of the document's own departments: 市 for prefecture and county-level cities, 县, 区, 省, 自治区, 州, 盟, 旗; null when unknown. */
  level: DepartmentLevel | null;
  /** Where the region was read, e.g. `title: 江门市创建…`; null when nothing was found. */
  evidence: string | null;
  diagnostics: Diagnostic[];
}

type TierName = 'title' | 'fields' | 'paragraphs' | 'tables';

interface Source {
  tier: TierName;
  label: string;
  text: string;
}

interface Scanned extends Source {
  mentions: Mention[];
}

/** How much a mention in each tier counts when telling same-named places apart. */
const TIER_WEIGHT: Record<TierName, number> = { title: 4, fields: 3, paragraphs: 2, tables: 1 };
/** Only the first paragraphs speak for the whole document. */
const MAX_PARAGRAPHS = 20;
const MAX_TABLE_TEXTS = 400;
/** Field names that say where the document is from; they are read before other fields. */
const PLACE_FIELD = /城市|地区|所在地|行政区|区域|地点|申报|单位|名称/;

function sources(ev: RegionEvidence): Source[] {
  const out: Source[] = [];
  if (ev.title && ev.title.trim()) out.push({ tier: 'title', label: 'title', text: normalizeInline(ev.title) });
  const fields = Object.entries(ev.fields ?? {});
  const ordered = [...fields.filter(([k]) => PLACE_FIELD.test(k)), ...fields.filter(([k]) => !PLACE_FIELD.test(k))];
  for (const [k, v] of ordered) if (v && v.trim()) out.push({ tier: 'fields', label: `field ${k}`, text: normalizeInline(v) });
  ev.paragraphs.slice(0, MAX_PARAGRAPHS).forEach((p, i) => {
    if (p && p.trim()) out.push({ tier: 'paragraphs', label: `paragraph ${i + 1}`, text: normalizeInline(p) });
  });
  (ev.tableTexts ?? []).slice(0, MAX_TABLE_TEXTS).forEach((t, i) => {
    if (t && t.trim()) out.push({ tier: 'tables', label: `table cell ${i + 1}`, text: normalizeInline(t) });
  });
  return out;
}

/** A mention that counts at all: full names always; short names where they stand apart in a title or field. */
function counts(s: Source, m: Mention): boolean {
  if (m.form === 'full') return true;
  return (s.tier === 'title' || s.tier === 'fields') && shortStandsApart(s.text, m);
}

/**
 * Votes for places from the mentions that can be read one way (or whose
 * readings agree on an ancestor), used to tell apart the readings of an
 * ambiguous name. A short name in running text (江苏名牌, 南通名牌, 如皋海关)
 * only adds to a place that a full name or a standalone short name already
 * brought in, so that 资源 in 节约资源 never brings in 资源县.
 */
function contextVotes(scanned: Scanned[]): Map<Place, number> {
  const votes = new Map<Place, number>();
  const weight = (s: Source, m: Mention) => TIER_WEIGHT[s.tier] * (m.form === 'short' ? 0.5 : 1) * (m.department ? 0.5 : 1);
  const later: { place: Place; w: number }[] = [];
  for (const s of scanned) {
    for (const m of s.mentions) {
      const anc = commonAncestor(m.readings.map((r) => r.place));
      if (!anc) continue;
      if (counts(s, m)) for (const p of chain(anc)) votes.set(p, (votes.get(p) ?? 0) + weight(s, m));
      else later.push({ place: anc, w: weight(s, m) });
    }
  }
  for (const { place, w } of later) {
    if (!votes.has(place)) continue;
    for (const p of chain(place)) votes.set(p, (votes.get(p) ?? 0) + w);
  }
  return votes;
}

/** Places that a full name in the document names or lies inside of. */
function confirmedByFullNames(scanned: Scanned[]): Set<Place> {
  const out = new Set<Place>();
  for (const s of scanned) {
    for (const m of s.mentions) {
      if (m.form !== 'full') continue;
      const places = [...new Set(m.readings.map((r) => r.place))];
      if (places.length === 1) for (const p of chain(places[0]!)) out.add(p);
    }
  }
  return out;
}

/** The reading of a mention that the rest of the document supports best; ties stay ambiguous. */
function disambiguate(m: Mention, votes: Map<Place, number>): { place: Place | null; ambiguous: boolean } {
  const places = [...new Set(m.readings.map((r) => r.place))];
  if (places.length === 1) return { place: places[0]!, ambiguous: false };
  const own = commonAncestor(places);
  const shared = new Set(own ? chain(own) : []);
  // Support for what the readings do not share: 朝阳区 in 北京市 vs in 长春市.
  const score = (p: Place) => chain(p).reduce((sum, a) => sum + (shared.has(a) ? 0 : (votes.get(a) ?? 0)), 0);
  const ranked = places.map((p) => ({ p, s: score(p) })).sort((a, b) => b.s - a.s);
  const best = ranked[0]!.s;
  if (best > 0 && best > ranked[1]!.s) return { place: ranked[0]!.p, ambiguous: false };
  // Still tied: keep what the best-supported readings share (鼓楼区 in a 江苏省
  // document is in 南京市 or 徐州市: 江苏省 is sure, the city is not).
  if (best > 0) return { place: commonAncestor(ranked.filter((r) => r.s === best).map((r) => r.p)), ambiguous: true };
  return { place: own, ambiguous: true };
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 8);
  const to = Math.min(text.length, end + 16);
  return (from > 0 ? '…' : '') + text.slice(from, to) + (to < text.length ? '…' : '');
}

function regionLabel(p: Place): string {
  const r = regionOf(p);
  return [r.province, r.city, r.county].filter(Boolean).join('/');
}

function found(place: Place, evidence: string, diagnostics: Diagnostic[]): RegionResult {
  return { region: regionOf(place), level: departmentLevel(place), evidence, diagnostics };
}

/** The department prefix all the places share, else null. */
function sameLevel(list: Place[]): RegionResult['level'] {
  const levels = new Set(list.map(departmentLevel));
  return levels.size === 1 ? [...levels][0]! : null;
}

function notFound(evidence: string | null, diagnostics: Diagnostic[]): RegionResult {
  return { region: { province: null, city: null, county: null }, level: null, evidence, diagnostics };
}

/**
 * The region a document belongs to. `override` (the CLI's `--region`) wins when
 * it names a known place; an unknown override is reported and detection runs.
 */
export function detectRegion(ev: RegionEvidence, override?: string): RegionResult {
  const docId = ev.documentId ?? null;
  const diagnostics: Diagnostic[] = [];
  if (override !== undefined && override.trim() !== '') {
    const place = resolveOverride(override);
    if (place) return found(place, `override: ${override.trim()}`, diagnostics);
    diagnostics.push(
      diag(docId, 'warning', 'region-override-unknown', `The region given by hand (${override.trim()}) is not a known province/city/county chain, so the region is detected from the document.`),
    );
  }

  const scanned: Scanned[] = sources(ev).map((s) => ({ ...s, mentions: scan(s.text) }));
  const votes = contextVotes(scanned);

  for (const tier of ['title', 'fields', 'paragraphs'] as const) {
    const picked = pickInTier(scanned.filter((s) => s.tier === tier), votes, confirmedByFullNames(scanned));
    if (!picked) continue;
    const { s, m, first } = picked;
    if (first.ambiguous) {
      const readings = [...new Set(m.readings.map((r) => `${r.place.name}（${regionLabel(r.place)}）`))].join('、');
      diagnostics.push(
        diag(docId, 'warning', 'region-ambiguous', `The ${s.label} names ${m.surface}, which can be ${readings}, and nothing else in the document tells which.`),
      );
      const level = sameLevel(m.readings.map((r) => r.place));
      if (!first.place) return { ...notFound(`${s.label}: ${excerpt(s.text, m.start, m.end)}`, diagnostics), level };
      // The region keeps only what is sure; the department prefix is sure when all readings agree (鼓楼区 → 区).
      return { ...found(first.place, `${s.label}: ${excerpt(s.text, m.start, m.end)}`, diagnostics), level };
    }
    let place = first.place!;

    // Every other place the title or a field names must lie in the same
    // province (广东省江门市 … 开平市): two provinces there are not resolved by guessing.
    if (tier !== 'paragraphs') {
      for (const o of s.mentions) {
        if (o === m || !counts(s, o) || o.department) continue;
        const op = disambiguate(o, votes).place;
        const a = op && provinceOf(op);
        const b = provinceOf(place);
        if (a && b && a !== b) {
          diagnostics.push(
            diag(docId, 'warning', 'region-conflict', `The ${s.label} names places in two provinces (${m.surface}, ${o.surface}), so the region is left empty.`),
          );
          return notFound(`${s.label}: ${s.text}`, diagnostics);
        }
      }
    }

    // Go deeper while the next name follows right after and lies inside this one
    // (广东省江门市, 江苏省（自治区、直辖市）盐城市, 江门市新会区).
    let last = m;
    for (const o of s.mentions) {
      if (o.start < last.end) continue;
      if (!adjacent(s.text, last, o)) break;
      const inside = [...new Set(o.readings.map((r) => r.place))].filter((p) => isAncestor(place, p));
      if (inside.length !== 1) break;
      place = inside[0]!;
      last = o;
    }
    return found(place, `${s.label}: ${excerpt(s.text, m.start, last.end)}`, diagnostics);
  }

  const fromTables = regionFromTables(scanned.filter((s) => s.tier === 'tables'), votes);
  if (fromTables) {
    diagnostics.push(
      diag(docId, 'info', 'region-from-table', `The region was read from table text (${fromTables.evidence}), the weakest evidence, as the title, fields and paragraphs name no place.`),
    );
    return found(fromTables.place, fromTables.evidence, diagnostics);
  }

  diagnostics.push(diag(docId, 'info', 'region-not-found', 'No province, city or county name was found in the title, form fields, first paragraphs or table text.'));
  return notFound(null, diagnostics);
}

/**
 * The mention that decides a tier: the first place name used for itself, else
 * the first one that starts a department's name (湖南省市场监督管理局). In
 * paragraphs only full names decide, and only those one place holds.
 */
function pickInTier(
  inTier: Scanned[],
  votes: Map<Place, number>,
  confirmed: Set<Place>,
): { s: Scanned; m: Mention; first: { place: Place | null; ambiguous: boolean } } | null {
  const candidates: { s: Scanned; m: Mention }[] = [];
  for (const s of inTier) {
    for (const m of s.mentions) {
      if (s.tier === 'paragraphs' ? m.form === 'full' : counts(s, m)) candidates.push({ s, m });
    }
  }
  const ordered = [...candidates.filter((c) => !c.m.department), ...candidates.filter((c) => c.m.department)];
  for (const c of ordered) {
    const first = disambiguate(c.m, votes);
    // A short name several places share is no evidence (try the next name); a
    // full name several places share is the best evidence there is, so its doubt stands.
    if (first.place === null && c.m.form === 'short') continue;
    // In running text a name that several places share is often a phrase
    // (老城区和新城区): the next name may still be clear.
    if (first.ambiguous && c.s.tier === 'paragraphs') continue;
    // County short names are often ordinary words too (会同有关部门, 资源): one
    // decides only as a field's whole value or when a full name confirms it.
    if (c.m.form === 'short' && first.place?.level === 'county' && c.s.text !== c.m.surface && !confirmed.has(first.place)) continue;
    return { ...c, first };
  }
  return null;
}

/**
 * Table cells name the document's own place but also its subordinate units
 * (新会区政府、开平市政府 in a city's table) and bodies above it (江苏省质量奖).
 * So no single cell decides: the full names vote, and the region goes one
 * level deeper only while one place there holds at least half of the votes of
 * the level above and twice those of its nearest rival.
 */
function regionFromTables(tables: Scanned[], context: Map<Place, number>): { place: Place; evidence: string } | null {
  const votes = new Map<Place, number>();
  // Where each place was first named itself, else first implied by a place inside it.
  const direct = new Map<Place, string>();
  const firstSeen = new Map<Place, string>();
  for (const s of tables) {
    for (const m of s.mentions) {
      if (m.form !== 'full') continue;
      const place = disambiguate(m, context).place;
      if (!place) continue;
      const w = m.department ? 0.5 : 1;
      const where = `${s.label}: ${excerpt(s.text, m.start, m.end)}`;
      if (!direct.has(place)) direct.set(place, where);
      for (const p of chain(place)) {
        votes.set(p, (votes.get(p) ?? 0) + w);
        if (!firstSeen.has(p)) firstSeen.set(p, where);
      }
    }
  }
  const all = [...votes.keys()];
  const winner = (list: Place[], above: number): Place | null => {
    const ranked = list.map((p) => ({ p, v: votes.get(p)! })).sort((a, b) => b.v - a.v || a.p.code.localeCompare(b.p.code));
    const top = ranked[0];
    if (!top || top.v < above / 2) return null;
    if (ranked[1] && top.v < 2 * ranked[1].v) return null;
    return top.p;
  };
  const province = winner(all.filter((p) => p.level === 'province'), 0);
  if (!province) return null;
  let place: Place = province;
  const city = winner(all.filter((p) => p.level === 'city' && p.province === province), votes.get(province)!);
  if (city) place = city;
  const county = winner(
    all.filter((p) => p.level === 'county' && (city ? p.city === city : p.province === province && !p.city)),
    votes.get(place)!,
  );
  if (county) place = county;
  return { place, evidence: direct.get(place) ?? firstSeen.get(place)! };
}

// ---------------------------------------------------------------------------
// `--region 广东省/江门市`

function resolveOverride(s: string): Place | null {
  // Split before normalizing: normalization joins CJK words across spaces.
  const parts = s
    .split(/[/／>|,，、\s\u3000]+/)
    .map((x) => normalizeInline(x))
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 3) return null;
  const readingsOf = (part: string) => {
    const rs = GAZ.names.get(part) ?? [];
    const full = rs.filter((r) => r.form === 'full');
    return [...new Set((full.length > 0 ? full : rs).map((r) => r.place))];
  };
  // Every part must name a place, each inside the one before it. A
  // municipality is its own city: 北京市/北京市/海淀区 repeats the same place.
  let options = readingsOf(parts[0]!);
  for (const part of parts.slice(1)) {
    options = readingsOf(part).filter((p) => options.some((o) => isAncestor(o, p) || (o === p && isMunicipality(o))));
  }
  return options.length === 1 ? options[0]! : null;
}

/**
 * Parses a region given by hand: `广东省/江门市`, `江门市`, `江苏省/南通市/如皋市`
 * (also with ／, > or spaces between the parts, and short names where they are
 * unambiguous). Returns null when a part is unknown, the parts do not nest, or a
 * lone name is held by two places.
 */
export function parseRegionOverride(s: string): Region | null {
  const place = resolveOverride(s);
  return place ? regionOf(place) : null;
}
export { documentYear, type DocumentYear } from './year.ts';
