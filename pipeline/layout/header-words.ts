// Header-word table (pipeline/data/header-words.json) → field lookup.
import { readFileSync } from 'node:fs';
import type { Role } from '../../schemas/dataset.ts';
import { normalizeKey } from '../normalize/text.ts';

export type Field =
  | 'dimension'
  | 'subdimension'
  | 'indicator'
  | 'criterion'
  | 'scoringMethod'
  | 'task'
  | 'indicatorPoints'
  /** A points column standing after the dimension column when each level has its own (`一级指标 | 权重 | 二级指标 | 分值 | …`). */
  | 'dimensionPoints'
  /** Likewise after the criterion column. */
  | 'criterionPoints'
  | 'departments'
  | 'deadline'
  | 'indicatorCode'
  | 'baseline'
  | 'target'
  | 'notes'
  | 'aspect'
  /** The measurement unit of a row's target/baseline values (`%`, `项`). */
  | 'unit';

interface Entry {
  field: Field;
  role?: Role;
  exact?: string[];
  contains?: string[];
}

interface HeaderWordsFile {
  fields: Entry[];
  continuationWords: string[];
  aspectSuffixes: string[];
  bonusRowWords: string[];
  deadlineStartWords?: string[];
  totalRowWords: string[];
  noteRowWords?: string[];
  signatureWords?: string[];
  plainNotesHeaders?: string[];
  assigneeHeaders?: string[];
  placeSuffixes?: string[];
  periodLabels?: string[];
  checkMethodHeaders?: string[];
  subdimensionAboveIndicator?: string[];
}

const file = JSON.parse(readFileSync(new URL('../data/header-words.json', import.meta.url), 'utf8')) as HeaderWordsFile;

const exact = new Map<string, { field: Field; role?: Role }>();
const contains: { word: string; field: Field; role?: Role }[] = [];
for (const e of file.fields) {
  for (const w of e.exact ?? []) if (!exact.has(normalizeKey(w))) exact.set(normalizeKey(w), { field: e.field, role: e.role });
  for (const w of e.contains ?? []) contains.push({ word: normalizeKey(w), field: e.field, role: e.role });
}
contains.sort((a, b) => b.word.length - a.word.length);

export const continuationWords = file.continuationWords.map(normalizeKey);
export const aspectSuffixes = file.aspectSuffixes;
export const bonusRowWords = file.bonusRowWords.map(normalizeKey);
/** Header words of a deadline column that holds the start of a range (`开始时间` beside `完成时间`). */
export const deadlineStartWords = (file.deadlineStartWords ?? []).map(normalizeKey);
export const totalRowWords = (file.totalRowWords ?? []).map(normalizeKey);
/** A body row opening with one of these (`备注 | …`, `注：…`) is a note on the table, not a record. */
export const noteRowWords = [...(file.noteRowWords ?? []), ...(file.signatureWords ?? [])].map(normalizeKey);
/** Words opening a table's bottom furniture row: notes (`注：`) and signatures (`填表人：`, `联系电话：`). */
export const footerWords = noteRowWords;
/** Notes headers whose values need no label (备注); other notes columns are written `header：value`. */
export const plainNotesHeaders = (file.plainNotesHeaders ?? []).map(normalizeKey);
/** Headers of a column of places whose rows are the assignees of a matrix written the other way round (`县（市、区）`). */
export const assigneeHeaders = (file.assigneeHeaders ?? []).map(normalizeKey);
/** Endings of place names (`婺城区`, `兰溪市`, `城北街道`). */
export const placeSuffixes = file.placeSuffixes ?? [];
/** Periods of a year heading deadline sub-columns (`一季度`, `上半年`, `10月`): each holds the milestone due then. */
export const periodLabels = (file.periodLabels ?? []).map(normalizeKey);
/** Scoring-method headers that name how the assessors check (`考核方式`): a note beside another scoring column. */
export const checkMethodHeaders = (file.checkMethodHeaders ?? []).map(normalizeKey);
/** Headers that are the subdimension only above an indicator column (`二级指标`); else the indicator. */
export const subdimensionAboveIndicator = (file.subdimensionAboveIndicator ?? []).map(normalizeKey);
/** Department header words with their role (`牵头单位` → lead), also written as labels inside a cell. */
export const departmentRoleWords: { word: string; role: Role }[] = file.fields
  .filter((e) => e.field === 'departments' && e.role)
  .flatMap((e) => [...(e.exact ?? []), ...(e.contains ?? [])].map((w) => ({ word: normalizeKey(w), role: e.role! })))
  .sort((a, b) => b.word.length - a.word.length);

/** Labels naming people, not units (`牵头负责领导`, `责任人`): notes words ending in 领导/人. A
 * department cell's line opening with one (`牵头负责领导：金力。`) names a person. */
export const personLabels: string[] = file.fields
  .filter((e) => e.field === 'notes')
  .flatMap((e) => e.exact ?? [])
  .map(normalizeKey)
  .filter((w) => /(领导|人)$/.test(w))
  .sort((a, b) => b.length - a.length);

/** The field a header cell names, or null. `2017年底指标情况` → baseline. */
export function fieldOfHeader(text: string): { field: Field; role?: Role } | null {
  const key = normalizeKey(text).replace(/[（(][^）)]*[）)]$/, (m) => (/分/.test(m) ? m : ''));
  if (!key) return null;
  const hit = exact.get(key) ?? exact.get(key.replace(/[:：]$/, ''));
  if (hit) return hit;
  // Body text is long; a header cell is short. Only short cells may match by containment.
  if (key.length > 14) return null;
  // A Chinese header names its column last (`目标任务考核指标权重` is a 权重): a word closing the
  // header wins over one inside it, longest first either way.
  for (const c of contains) if (key.endsWith(c.word)) return { field: c.field, role: c.role };
  for (const c of contains) if (key.includes(c.word)) return { field: c.field, role: c.role };
  return null;
}
