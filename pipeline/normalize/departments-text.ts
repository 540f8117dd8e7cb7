// Departments written in an item's own text: a bracket closing the text that names the units
// carrying the item — after a role label (`（牵头单位：市质监局，各县区政府）`,
// `〔责任单位：…按职责分工负责。remark〕`) or as known units (`（北海市人民政府、合浦县人民政府负责落实）`).
// A bracket naming anything else (`（含能源计量）`) stays in the text. The records stage decides
// when to ask (a table with no department column) and where the result goes.
import type { Department } from '../../schemas/dataset.ts';
import type { Diagnostic, Result } from '../model.ts';
import { parseDepartments, type DepartmentDictionary } from './departments.ts';
import { endsWithUnitSuffix } from './departments-resolve.ts';
import { normalizeKey, normalizeText } from './text.ts';

const charClass = (chars: string[]): string => `[${chars.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`;
/** The dictionary's `textDepartments` settings as patterns, compiled once per dictionary. */
interface Patterns {
  /** One closing punctuation mark ending a text (never matches when there is none). */
  closing: RegExp;
  /** A separator with more text after it: what follows is a remark. */
  remark: RegExp;
}
const patterns = new WeakMap<DepartmentDictionary, Patterns>();
function patternsOf(dict: DepartmentDictionary): Patterns {
  let p = patterns.get(dict);
  if (!p) {
    const { closingPunctuation: c, remarkSeparators: r } = dict.textDepartments;
    p = { closing: c.length ? new RegExp(`${charClass(c)}$`, 'u') : /(?!)/u, remark: r.length ? new RegExp(`${charClass(r)}.`, 'u') : /(?!)/u };
    patterns.set(dict, p);
  }
  return p;
}

export interface TextDepartmentsContext {
  level: string;
  dictionary: DepartmentDictionary;
  documentId: string | null;
  location?: Diagnostic['location'];
}

export interface TextDepartments {
  /** The units of the bracket, role from its label (responsible without one); `raw` normalized like every text field. */
  departments: Department[];
  /** The text before the bracket, trailing space removed (may be empty). */
  text: string;
  /** A sentence after the units inside a labelled bracket (`具体任务均涉及…，下同。`), or ''. */
  remark: string;
}

/** The bracket closing `t` (one closing punctuation mark after it allowed): its content and where it opens, or null. */
export function closingBracket(t: string, dict: DepartmentDictionary): { inner: string; index: number } | null {
  const end = t.replace(patternsOf(dict).closing, '');
  if (!dict.closeBrackets.includes(end[end.length - 1] ?? '')) return null;
  let depth = 0;
  for (let i = end.length - 1; i >= 0; i--) {
    if (dict.closeBrackets.includes(end[i]!)) depth++;
    else if (dict.openBrackets.includes(end[i]!) && --depth === 0) return i > 0 ? { inner: end.slice(i + 1, -1), index: i } : null;
  }
  return null;
}

/**
 * The departments a bracket closing `t` names. Accepted when every unit is known, or — after a
 * role label — each is at most `maxLabelledLength` characters and ends like a unit. Value null
 * (no diagnostics) when the text has no such bracket; otherwise the units' diagnostics.
 */
export function departmentsFromText(t: string, ctx: TextDepartmentsContext): Result<TextDepartments | null> {
  const none: Result<TextDepartments | null> = { value: null, diagnostics: [] };
  const b = closingBracket(t, ctx.dictionary);
  if (!b) return none;
  const key = normalizeKey(b.inner);
  const labelled = ctx.dictionary.roleLabels.some(([w]) => key.startsWith(`${w}：`) || key.startsWith(`${w}:`));
  // after a label, a sentence following the units (`…负责。具体任务均涉及…，下同。`) is a remark
  const { closing, remark: remarkAt } = patternsOf(ctx.dictionary);
  const stop = labelled ? b.inner.search(remarkAt) : -1;
  const inner = (stop >= 0 ? b.inner.slice(0, stop) : b.inner).replace(closing, '');
  const remark = stop >= 0 ? b.inner.slice(stop + 1).trim() : '';
  const res = parseDepartments([inner], { role: 'responsible', level: ctx.level, dictionary: ctx.dictionary, documentId: ctx.documentId, location: ctx.location });
  const unit = (d: Department) => d.known || (labelled && d.name.length <= ctx.dictionary.textDepartments.maxLabelledLength && endsWithUnitSuffix(d.name, ctx.dictionary));
  if (!res.value.length || !res.value.every(unit)) return none;
  return {
    value: { departments: res.value.map((d) => ({ ...d, raw: normalizeText(d.raw) })), text: t.slice(0, b.index).trimEnd(), remark },
    diagnostics: res.diagnostics,
  };
}
