// One piece of a department cell (`市教育局牵头（市场监管局配合）`,
// `市场监管局（产品）`, `市质监局等部门`) → the name itself plus what was written
// around it: a role word, a scope, units named in a bracket, member units.
// departments.md rule 5. All words come from the dictionary.
import type { Role } from '../../schemas/dataset.ts';
import type { DepartmentDictionary } from './departments-dictionary.ts';
import { endsWithUnitSuffix, resolveName, type Resolved } from './departments-resolve.ts';
import { normalizeText } from './text.ts';

/** Text inside a bracket that names departments of its own. */
export interface BracketUnits {
  text: string;
  /** Role written inside the bracket (`（市场监管局配合）`), else null: same role as the piece. */
  role: Role | null;
}

export interface Decorated {
  /** The name with everything around it removed (normalized text). */
  head: string;
  role: Role | null;
  /** The word (after the name or alone in a bracket) that set `role`. */
  roleWord: string | null;
  scope: string | null;
  /** Units added by brackets, in the order written. */
  extras: BracketUnits[];
  /** True when the piece carried a bracket of its own (scope, units or role). */
  bracketed: boolean;
}

function stripTrailingPunctuation(s: string, dict: DepartmentDictionary): string {
  let out = s.trimEnd();
  while (out.length > 0 && dict.trailingPunctuation.has(out[out.length - 1]!)) out = out.slice(0, -1).trimEnd();
  return out;
}

/** Index of the bracket opening the one that closes `s`, or -1 when unbalanced. */
export function matchingOpen(s: string, dict: DepartmentDictionary): number {
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i]!;
    if (dict.closeBrackets.includes(c)) depth++;
    else if (dict.openBrackets.includes(c)) {
      depth--;
      if (depth === 0) return i;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

function endingRoleWord(s: string, dict: DepartmentDictionary): [string, Role] | null {
  for (const rw of dict.roleWords) if (s.length > rw[0].length && s.endsWith(rw[0])) return rw;
  return null;
}

/** Split on separators outside brackets (used on bracket contents). */
export function splitTopLevel(s: string, dict: DepartmentDictionary): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (dict.openBrackets.includes(c)) depth++;
    else if (dict.closeBrackets.includes(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (dict.separators.has(c) || c === '\n')) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** True when the text names units (each part known or ending like a unit), not a scope such as `产品`. */
function namesUnits(text: string, dict: DepartmentDictionary, level: string): boolean {
  const parts = splitTopLevel(text, dict);
  return (
    parts.length > 0 &&
    parts.every((p) => {
      const d = decorate(p, dict, level);
      if (resolveName(d.head, dict, level) !== null) return true;
      // an office inside the unit (`质量发展科`) is where the work sits: a scope, not a unit
      return endsWithUnitSuffix(d.head, dict) && !dict.officeSuffixes.some((s) => d.head.length > s.length && d.head.endsWith(s));
    })
  );
}

/**
 * Removes, from the end, trailing punctuation, drop words (`等部门`), role words
 * (`牵头`, `配合`) and brackets, until only the name is left. A name that the
 * dictionary knows with its bracket (`各县（市、区）政府`) keeps it.
 */
export function decorate(normalized: string, dict: DepartmentDictionary, level: string): Decorated {
  let n = stripTrailingPunctuation(normalized, dict);
  let role: Role | null = null;
  let roleWord: string | null = null;
  const scopes: string[] = [];
  const extras: BracketUnits[] = [];
  let bracketed = false;
  for (;;) {
    if (resolveName(n, dict, level)) break;
    const drop = dict.dropSuffixes.find((d) => n.length > d.length && n.endsWith(d));
    if (drop) {
      n = stripTrailingPunctuation(n.slice(0, -drop.length), dict);
      continue;
    }
    const rw = endingRoleWord(n, dict);
    if (rw) {
      if (role === null) [roleWord, role] = rw;
      n = stripTrailingPunctuation(n.slice(0, -rw[0].length), dict);
      continue;
    }
    const last = n[n.length - 1];
    if (last !== undefined && dict.closeBrackets.includes(last)) {
      const open = matchingOpen(n, dict);
      if (open <= 0) break; // unbalanced, or the whole piece is bracketed: keep as written
      const content = stripTrailingPunctuation(n.slice(open + 1, -1).trim(), dict);
      n = stripTrailingPunctuation(n.slice(0, open), dict);
      bracketed = true;
      classifyBracket(content, dict, level, extras, scopes, (r, w) => {
        if (role === null) [roleWord, role] = [w, r];
      });
      continue;
    }
    break;
  }
  return { head: n, role, roleWord, scope: scopes.length ? scopes.join('；') : null, extras, bracketed };
}

/** A bracket holds a role word, a role-tagged list, members (`含…`), units, or else a scope. */
function classifyBracket(
  content: string,
  dict: DepartmentDictionary,
  level: string,
  extras: BracketUnits[],
  scopes: string[],
  setRole: (r: Role, word: string) => void,
): void {
  if (!content) return;
  // `（按职责分工负责）`: a word dropped after a name says nothing more inside a bracket
  if (dict.dropSuffixes.includes(content)) return;
  const exact = dict.roleWords.find(([w]) => w === content);
  if (exact) {
    setRole(exact[1], exact[0]);
    return;
  }
  const rw = endingRoleWord(content, dict);
  if (rw && namesUnits(content.slice(0, -rw[0].length), dict, level)) {
    extras.unshift({ text: content.slice(0, -rw[0].length), role: rw[1] });
    return;
  }
  // `（原省扶贫办）`: the unit's former name, already in raw; no unit of its own
  if (dict.formerNameMarkers.some((m) => content.length > m.length && content.startsWith(m) && namesUnits(content.slice(m.length), dict, level))) return;
  const marker = dict.memberMarkers.find((m) => content.length > m.length && content.startsWith(m));
  if (marker) {
    extras.unshift({ text: content.slice(marker.length), role: null });
    return;
  }
  if (namesUnits(content, dict, level)) {
    extras.unshift({ text: content, role: null });
    return;
  }
  scopes.unshift(content);
}

export interface PieceInfo {
  decorated: Decorated;
  resolved: Resolved | null;
  /** Known to the dictionary, or ends like a unit (`…中心`, `…局`): a whole name, not half of one. */
  complete: boolean;
}

/** Everything the splitter needs to know about a raw piece. */
export function pieceInfo(raw: string, dict: DepartmentDictionary, level: string): PieceInfo {
  const decorated = decorate(normalizeText(raw), dict, level);
  const resolved = resolveName(decorated.head, dict, level);
  return { decorated, resolved, complete: resolved !== null || endsWithUnitSuffix(decorated.head, dict) };
}
