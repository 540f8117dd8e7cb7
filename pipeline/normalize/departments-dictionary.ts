// The department dictionary: the built-in data file (pipeline/data/departments.json)
// plus an optional user file, compiled into lookup tables. All vocabulary lives in
// the data file; this module only reads, validates and merges it.
import { readFileSync } from 'node:fs';
import { diag, type Diagnostic, type Result } from '../model.ts';
import type { Role } from '../../schemas/dataset.ts';
import { normalizeKey } from './text.ts';

/** The raw shape of a dictionary file (built-in or user JSON). */
export interface DepartmentDictionaryFile {
  levels?: string[];
  stems?: Record<string, string[]>;
  units?: { match: string; name: string; oldName?: boolean }[];
  oldNames?: string[];
  groups?: string[];
  unsplitRuns?: string[];
  unitSuffixes?: string[];
  placeSuffixes?: string[];
  placeNames?: string[];
  separators?: string[];
  nameSeparators?: string[];
  runSeparators?: string[];
  conjunctions?: string[];
  roleWords?: Partial<Record<Role, string[]>>;
  plainLeadWords?: string[];
  roleLabels?: Partial<Record<Role, string[]>>;
  dropSuffixes?: string[];
  trailingPunctuation?: string[];
  memberMarkers?: string[];
  formerNameMarkers?: string[];
  officeSuffixes?: string[];
  partyPrefixes?: string[];
  placeholders?: string[];
  sharedHeads?: string[];
  sharedSuffixes?: string[];
  officeOwners?: string[];
  officeEndings?: string[];
  brackets?: { open: string; close: string };
  firstIsLeadNotes?: string[];
  textDepartments?: Partial<TextDepartmentsSettings>;
}

/** How departments written in a bracket closing an item's text are read (departments-text.ts). */
export interface TextDepartmentsSettings {
  /** One of these after the bracket (or ending its content) is ignored. */
  closingPunctuation: string[];
  /** After a role label, the text after one of these followed by more text is a remark. */
  remarkSeparators: string[];
  /** A labelled unit not in the dictionary is accepted up to this many characters. */
  maxLabelledLength: number;
}

export interface UnitRule {
  match: RegExp;
  name: string;
  /** The rule reads a name from before an institutional reform (`…检验检疫局` → 海关). */
  oldName: boolean;
}

/** Compiled dictionary, ready for lookups. Lists that are matched as endings are sorted longest first. */
export interface DepartmentDictionary {
  /** Level prefixes, longest first. */
  levels: string[];
  /** Stem as written (normalized key) → canonical stem. */
  stems: Map<string, string>;
  /** Stems as written (normalized keys) that are names from before an institutional reform (`质监局`). */
  oldNames: Set<string>;
  units: UnitRule[];
  groups: RegExp[];
  /** Runs of text that separators inside do not split (`各区、县级市政府` names one group of governments). */
  unsplitRuns: RegExp[];
  unitSuffixes: string[];
  placeSuffixes: string[];
  placeNames: string[];
  separators: Set<string>;
  /** Characters (`/`) that split a cell only where a name stands on both sides (a `/` alone says there is no department). */
  nameSeparators: Set<string>;
  runSeparators: Set<string>;
  conjunctions: string[];
  /** Role word → role, longest word first. */
  roleWords: [string, Role][];
  /** Lead words that mark a lead only next to units without one: when every unit of a part carries one, the part stays responsible (`A、B负责`). */
  plainLeadWords: Set<string>;
  /** Label (normalized key, written before `：`) → role of the units after it, longest first. */
  roleLabels: [string, Role][];
  dropSuffixes: string[];
  trailingPunctuation: Set<string>;
  memberMarkers: string[];
  /** A bracket starting with one of these (`（原省扶贫办）`) names the unit's former name: no unit, no scope (kept in raw). */
  formerNameMarkers: string[];
  /** Endings of an office inside a unit (`质量发展科`, `…处`): a bracket naming one is the scope, not a unit. Longest first. */
  officeSuffixes: string[];
  /** Written before a party stem's `委` (`自治区党委宣传部`, `区` alone would read as a district's): kept, stem looked up without it. */
  partyPrefixes: string[];
  /** Normalized pieces that mean "no department" (`无`). */
  placeholders: Set<string>;
  /** A piece that is only one of these (`政府` in `各乡镇党委、政府`) takes the part before the same word of the piece before it. Longest first. */
  sharedHeads: string[];
  /** Endings written once for two places (`城北、城南街道办事处`): the bare place before takes the ending. Longest first. */
  sharedSuffixes: string[];
  /** Words naming whose office a unit is (`政府` in `市政府金融办`), longest first. */
  officeOwners: string[];
  /** Endings of an office (`办`, `办公室`, `室`): an owner word before a known office stem keeps one unit, the office. */
  officeEndings: string[];
  openBrackets: string;
  closeBrackets: string;
  firstIsLeadNotes: RegExp[];
  /** Lists appended and the length overridden by a user file, like every other key. */
  textDepartments: TextDepartmentsSettings;
}

const BUILT_IN_URL = new URL('../data/departments.json', import.meta.url);

const byLengthDesc = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

function emptyDictionary(): DepartmentDictionary {
  return {
    levels: [],
    stems: new Map(),
    oldNames: new Set(),
    units: [],
    groups: [],
    unsplitRuns: [],
    unitSuffixes: [],
    placeSuffixes: [],
    placeNames: [],
    separators: new Set(),
    nameSeparators: new Set(),
    runSeparators: new Set(),
    conjunctions: [],
    roleWords: [],
    plainLeadWords: new Set(),
    roleLabels: [],
    dropSuffixes: [],
    trailingPunctuation: new Set(),
    memberMarkers: [],
    formerNameMarkers: [],
    officeSuffixes: [],
    partyPrefixes: [],
    placeholders: new Set(),
    sharedHeads: [],
    sharedSuffixes: [],
    officeOwners: [],
    officeEndings: [],
    openBrackets: '',
    closeBrackets: '',
    firstIsLeadNotes: [],
    textDepartments: { closingPunctuation: [], remarkSeparators: [], maxLabelledLength: 0 },
  };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Merges one dictionary file into `dict` (user entries add to lists and override
 * stems). Returns problems as plain sentences; a malformed entry is skipped, the
 * rest is still used.
 */
function mergeFile(dict: DepartmentDictionary, file: unknown, source: string): string[] {
  const problems: string[] = [];
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return [`${source} is not a JSON object.`];
  }
  const f = file as Record<string, unknown>;
  const list = (key: string): string[] => {
    const v = f[key];
    if (v === undefined) return [];
    if (!isStringArray(v)) {
      problems.push(`${source}: "${key}" must be a list of strings.`);
      return [];
    }
    return v;
  };
  const regex = (pattern: string, key: string): RegExp | null => {
    try {
      return new RegExp(pattern, 'u');
    } catch {
      problems.push(`${source}: "${key}" holds an invalid regular expression ${JSON.stringify(pattern)}.`);
      return null;
    }
  };

  dict.levels = uniqueSorted([...dict.levels, ...list('levels')]);
  if (f.stems !== undefined) {
    if (typeof f.stems !== 'object' || f.stems === null || Array.isArray(f.stems)) {
      problems.push(`${source}: "stems" must map a canonical stem to a list of stems as written.`);
    } else {
      for (const [canonical, written] of Object.entries(f.stems as Record<string, unknown>)) {
        if (!isStringArray(written)) {
          problems.push(`${source}: stem "${canonical}" must map to a list of strings.`);
          continue;
        }
        addStem(dict, canonical, canonical);
        for (const w of written) addStem(dict, w, canonical);
      }
    }
  }
  if (f.units !== undefined) {
    if (!Array.isArray(f.units)) problems.push(`${source}: "units" must be a list of {match, name}.`);
    else {
      const rules: UnitRule[] = [];
      for (const u of f.units as unknown[]) {
        const rec = u as { match?: unknown; name?: unknown; oldName?: unknown } | null;
        if (!rec || typeof rec.match !== 'string' || typeof rec.name !== 'string') {
          problems.push(`${source}: a "units" entry lacks a string "match" or "name".`);
          continue;
        }
        const re = regex(rec.match, 'units');
        if (re) rules.push({ match: re, name: rec.name, oldName: rec.oldName === true });
      }
      // User rules go first so that they can override built-in ones.
      dict.units = source === 'built-in' ? [...dict.units, ...rules] : [...rules, ...dict.units];
    }
  }
  for (const o of list('oldNames')) {
    const key = normalizeKey(o);
    if (key) dict.oldNames.add(key);
  }
  for (const g of list('groups')) {
    const re = regex(g, 'groups');
    if (re) dict.groups.push(re);
  }
  for (const r of list('unsplitRuns')) {
    const re = regex(r, 'unsplitRuns');
    if (re) dict.unsplitRuns.push(new RegExp(re.source, 'gu'));
  }
  dict.unitSuffixes = uniqueSorted([...dict.unitSuffixes, ...list('unitSuffixes')]);
  dict.placeSuffixes = uniqueSorted([...dict.placeSuffixes, ...list('placeSuffixes')]);
  dict.placeNames = uniqueSorted([...dict.placeNames, ...list('placeNames').map(normalizeKey)]);
  for (const s of list('separators')) dict.separators.add(s);
  for (const s of list('nameSeparators')) dict.nameSeparators.add(s);
  for (const s of list('runSeparators')) dict.runSeparators.add(s);
  dict.conjunctions = uniqueSorted([...dict.conjunctions, ...list('conjunctions')]);
  dict.roleWords = mergeRoleList(dict.roleWords, f.roleWords, 'roleWords', source, problems, (w) => w);
  for (const w of list('plainLeadWords')) dict.plainLeadWords.add(w);
  dict.roleLabels = mergeRoleList(dict.roleLabels, f.roleLabels, 'roleLabels', source, problems, normalizeKey);
  dict.dropSuffixes = uniqueSorted([...dict.dropSuffixes, ...list('dropSuffixes')]);
  for (const s of list('trailingPunctuation')) dict.trailingPunctuation.add(s);
  dict.memberMarkers = uniqueSorted([...dict.memberMarkers, ...list('memberMarkers')]);
  dict.formerNameMarkers = uniqueSorted([...dict.formerNameMarkers, ...list('formerNameMarkers')]);
  dict.officeSuffixes = uniqueSorted([...dict.officeSuffixes, ...list('officeSuffixes')]);
  dict.partyPrefixes = uniqueSorted([...dict.partyPrefixes, ...list('partyPrefixes')]);
  for (const p of list('placeholders')) dict.placeholders.add(normalizeKey(p));
  dict.sharedHeads = uniqueSorted([...dict.sharedHeads, ...list('sharedHeads')]);
  dict.sharedSuffixes = uniqueSorted([...dict.sharedSuffixes, ...list('sharedSuffixes')]);
  dict.officeOwners = uniqueSorted([...dict.officeOwners, ...list('officeOwners').map(normalizeKey)]);
  dict.officeEndings = uniqueSorted([...dict.officeEndings, ...list('officeEndings').map(normalizeKey)]);
  if (f.brackets !== undefined) {
    const b = f.brackets as { open?: unknown; close?: unknown } | null;
    if (!b || typeof b.open !== 'string' || typeof b.close !== 'string' || [...b.open].length !== [...b.close].length) {
      problems.push(`${source}: "brackets" must be {open, close} strings of equal length.`);
    } else {
      dict.openBrackets += b.open;
      dict.closeBrackets += b.close;
    }
  }
  for (const n of list('firstIsLeadNotes')) {
    const re = regex(n, 'firstIsLeadNotes');
    if (re) dict.firstIsLeadNotes.push(re);
  }
  if (f.textDepartments !== undefined) mergeTextDepartments(dict.textDepartments, f.textDepartments, source, problems);
  return problems;
}

/** `textDepartments`: its character lists are appended (one character each), `maxLabelledLength` replaced. */
function mergeTextDepartments(t: TextDepartmentsSettings, value: unknown, source: string, problems: string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${source}: "textDepartments" must be an object {closingPunctuation, remarkSeparators, maxLabelledLength}.`);
    return;
  }
  const v = value as Record<string, unknown>;
  for (const key of ['closingPunctuation', 'remarkSeparators'] as const) {
    const xs = v[key];
    if (xs === undefined) continue;
    if (!isStringArray(xs) || xs.some((x) => [...x].length !== 1)) {
      problems.push(`${source}: "textDepartments.${key}" must be a list of single characters.`);
      continue;
    }
    t[key] = [...new Set([...t[key], ...xs])];
  }
  const n = v.maxLabelledLength;
  if (n !== undefined) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) problems.push(`${source}: "textDepartments.maxLabelledLength" must be a whole number of at least 1.`);
    else t.maxLabelledLength = n;
  }
}

/** `{lead: [...], support: [...]}` merged into a word → role list (a word given again takes its new role), longest first. */
function mergeRoleList(
  current: [string, Role][],
  value: unknown,
  key: string,
  source: string,
  problems: string[],
  norm: (w: string) => string,
): [string, Role][] {
  if (value === undefined) return current;
  let out = current;
  const byRole = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  for (const role of ['lead', 'support', 'responsible'] as const) {
    const words = byRole[role];
    if (words === undefined) continue;
    if (!isStringArray(words)) {
      problems.push(`${source}: "${key}.${role}" must be a list of strings.`);
      continue;
    }
    for (const w of words.map(norm).filter((x) => x.length > 0)) out = [...out.filter(([x]) => x !== w), [w, role]];
  }
  return out.sort((a, b) => byLengthDesc(a[0], b[0]));
}

function addStem(dict: DepartmentDictionary, written: string, canonical: string): void {
  const key = normalizeKey(written);
  if (key) dict.stems.set(key, normalizeKey(canonical) || key);
}

function uniqueSorted(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x.length > 0))].sort(byLengthDesc);
}

/** Minimal RFC 4180 reader (quotes, doubled quotes, CRLF); enough for a two-column mapping file. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((x) => x.trim() !== ''));
}

/** CSV `as_written,canonical` → the stems section of a dictionary file. */
function csvToFile(text: string, source: string, problems: string[]): DepartmentDictionaryFile {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim().toLowerCase());
  if (!header || header[0] !== 'as_written' || header[1] !== 'canonical') {
    problems.push(`${source} must start with the header row "as_written,canonical".`);
    return {};
  }
  const stems: Record<string, string[]> = {};
  rows.slice(1).forEach((r, i) => {
    const written = (r[0] ?? '').trim();
    const canonical = (r[1] ?? '').trim() || written;
    if (!written) {
      problems.push(`${source} row ${i + 2} has an empty "as_written" cell.`);
      return;
    }
    (stems[canonical] ??= []).push(written);
  });
  return { stems };
}

let builtInCache: DepartmentDictionaryFile | null = null;

function builtInFile(): DepartmentDictionaryFile {
  // The shipped file is part of the program: failing to read it is a programming error.
  builtInCache ??= JSON.parse(readFileSync(BUILT_IN_URL, 'utf8')) as DepartmentDictionaryFile;
  return builtInCache;
}

/**
 * Built-in dictionary plus an optional user file (JSON of the same shape, or CSV
 * `as_written,canonical`). A bad user file gives an error diagnostic and the
 * built-in dictionary is still returned (with whatever of the user file was usable).
 */
export function loadDepartmentDictionary(extraFile?: string): Result<DepartmentDictionary> {
  const dict = emptyDictionary();
  const diagnostics: Diagnostic[] = [];
  const builtInProblems = mergeFile(dict, builtInFile(), 'built-in');
  if (builtInProblems.length > 0) throw new Error(`departments.json is invalid: ${builtInProblems.join(' ')}`);
  if (extraFile) {
    const problems: string[] = [];
    let text: string | null = null;
    try {
      text = readFileSync(extraFile, 'utf8');
    } catch (e) {
      problems.push(`The department dictionary file ${extraFile} could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    if (text !== null) {
      if (/\.csv$/i.test(extraFile)) {
        problems.push(...mergeFile(dict, csvToFile(text, extraFile, problems), extraFile));
      } else {
        let parsed: unknown = null;
        try {
          parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          problems.push(`The department dictionary file ${extraFile} is neither valid JSON nor a .csv file.`);
        }
        if (parsed !== null) problems.push(...mergeFile(dict, parsed, extraFile));
      }
    }
    for (const p of problems) diagnostics.push(diag(null, 'error', 'department-dictionary-invalid', p));
  }
  return { value: dict, diagnostics };
}
