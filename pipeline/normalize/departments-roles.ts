// Roles inside one department cell (canonical-schema.md Department.role,
// departments.md rule 5). All words come from pipeline/data/departments.json.
//
//   cell    := [part] (label part)*        label: a roleLabels word + `：`/`:`
//                                          (`牵头单位：A；配合单位：B、C`)
//   part    := piece (separator piece)*    split by departments-split.ts
//   piece   := name [roleWord] [bracket]*  roleWord: `牵头`/`主责`/`负责` → lead,
//                                          `配合`/`协助`/`参与` → support
//   bracket := （roleWord） | （units [roleWord]） | （含 units） | （scope）
//
// A unit's role is, first found: its own role word or bracket; one written after
// the `、` run it belongs to; its part's role, that is the label's, or the
// column's for text before any label (with a `排名第一的为牵头单位` note, in a
// responsible part: first lead, the rest support). Last, in a responsible part
// where some unit is marked lead, the units left responsible become support
// (`市市场监管局（牵头）、市发改委`): the mark says who leads the others.
import type { Department, Role } from '../../schemas/dataset.ts';
import type { DepartmentDictionary } from './departments-dictionary.ts';
import { normalizeText } from './text.ts';

/** Lines of a cell read with one role: the part before the first label, or after one. */
export interface RolePart {
  lines: string[];
  role: Role;
  /** The label as written (normalized) that set the role; null for the column's role. */
  label: string | null;
}

const labelPatterns = new WeakMap<DepartmentDictionary, RegExp | null>();

/** One regex for all labels; a line break may fall anywhere inside a label (narrow PDF columns). */
function labelPattern(dict: DepartmentDictionary): RegExp | null {
  if (labelPatterns.has(dict)) return labelPatterns.get(dict)!;
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = dict.roleLabels.map(([w]) => [...w].map(escape).join('\n?'));
  const re = words.length ? new RegExp(`(${words.join('|')})\n?[:：]`, 'gu') : null;
  labelPatterns.set(dict, re);
  return re;
}

const LEADING_SEPARATORS = /^[\s；;，,、]+/u;
const TRAILING_SEPARATORS = /[\s；;，,、。]+$/u;

function toLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/**
 * A cell's lines → parts, each with the role its label gives. A cell without
 * labels is one part with the column's role and its lines untouched; with
 * labels, the parts hold normalized lines (line breaks kept, for the splitter).
 */
export function splitRoleLabels(lines: readonly string[], columnRole: Role, dict: DepartmentDictionary): RolePart[] {
  const re = labelPattern(dict);
  const text = lines.map((l) => normalizeText(l)).join('\n');
  const hits = re ? [...text.matchAll(re)] : [];
  if (!hits.length) return [{ lines: [...lines], role: columnRole, label: null }];
  const roleOf = new Map(dict.roleLabels);
  const parts: RolePart[] = [];
  const head = toLines(text.slice(0, hits[0]!.index).replace(TRAILING_SEPARATORS, ''));
  if (head.length) parts.push({ lines: head, role: columnRole, label: null });
  hits.forEach((h, i) => {
    const end = hits[i + 1]?.index ?? text.length;
    const body = text.slice(h.index! + h[0].length, end).replace(LEADING_SEPARATORS, '').replace(TRAILING_SEPARATORS, '');
    const label = h[1]!.replace(/\n/g, '');
    const role = roleOf.get(label);
    if (body && role) parts.push({ lines: toLines(body), role, label });
  });
  return parts;
}

/**
 * In a responsible part, a unit marked lead makes the units left responsible its
 * supporters. Returns the departments and how many were changed.
 */
export function supportersOfLead(departments: Department[], partRole: Role): { value: Department[]; changed: number } {
  if (partRole !== 'responsible' || !departments.some((d) => d.role === 'lead')) return { value: departments, changed: 0 };
  let changed = 0;
  const value = departments.map((d) => {
    if (d.role !== 'responsible') return d;
    changed++;
    return { ...d, role: 'support' as Role };
  });
  return { value, changed };
}
