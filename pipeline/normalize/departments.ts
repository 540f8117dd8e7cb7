// Department cells → Department[] (canonical-schema.md, Department;
// departments.md). Role labels and the role grammar of a cell live in
// departments-roles.ts, splitting in departments-split.ts, what surrounds a
// name (roles, scope, brackets) in departments-piece.ts, name lookup in
// departments-resolve.ts, and all vocabulary in pipeline/data/departments.json.
import type { Department, Role } from '../../schemas/dataset.ts';
import { diag, type Diagnostic, type Location, type Result } from '../model.ts';
import { loadDepartmentDictionary, type DepartmentDictionary } from './departments-dictionary.ts';
import { pieceInfo, splitTopLevel } from './departments-piece.ts';
import { endsWithUnitSuffix, resolveName } from './departments-resolve.ts';
import { splitRoleLabels, supportersOfLead } from './departments-roles.ts';
import { splitCell } from './departments-split.ts';
import { normalizeKey } from './text.ts';

export { loadDepartmentDictionary, type DepartmentDictionary } from './departments-dictionary.ts';

export interface DepartmentContext {
  /** From the column: 牵头 → lead, 配合 → support, 责任单位 (or nothing) → responsible. */
  role: Role;
  /** The document's own level prefix, given to stems written without one: '市' (default), '县', '区'. */
  level: string;
  /** A note such as `注：排名第一的责任单位为牵头单位`: in a responsible part, the first department is the lead, the rest support. */
  firstIsLead?: boolean;
  dictionary: DepartmentDictionary;
  documentId: string | null;
  /** table/row/column/page of the cell, for diagnostics. */
  location?: Location;
}

interface Draft {
  raw: string;
  continuesRun: boolean;
  head: string;
  resolvedName: string | null;
  /** The name was written under its name from before a reform. */
  oldName: boolean;
  /** Role written with the piece (word or bracket), or propagated along its run. */
  inlineRole: Role | null;
  /** The word that wrote inlineRole. */
  roleWord: string | null;
  scope: string | null;
  bracketed: boolean;
  extras: { text: string; role: Role | null }[];
}

/**
 * One cell's raw lines → its departments in the order written, each with its
 * role (grammar in departments-roles.ts). Unknown names are kept (known: false)
 * with an `unknown-department` warning.
 */
export function parseDepartments(lines: readonly string[], ctx: DepartmentContext): Result<Department[]> {
  // Department cells repeat row after row (the same 责任单位 list down a whole
  // table): parse each distinct cell once per dictionary, then stamp the copies
  // with this cell's document and location.
  let byCell = memo.get(ctx.dictionary);
  if (!byCell) memo.set(ctx.dictionary, (byCell = new Map()));
  const key = JSON.stringify([ctx.role, ctx.level, ctx.firstIsLead === true, lines]);
  let hit = byCell.get(key);
  if (!hit) {
    hit = parseCell(lines, { ...ctx, documentId: null, location: {} });
    if (byCell.size >= MEMO_LIMIT) byCell.clear();
    byCell.set(key, hit);
  }
  return {
    value: hit.value.map((d) => ({ ...d })),
    diagnostics: hit.diagnostics.map((d) => diag(ctx.documentId, d.severity, d.code, d.message, ctx.location ?? {})),
  };
}

/** Cells remembered per dictionary; a bound so a long batch's memory stays flat. */
const MEMO_LIMIT = 5000;
const memo = new WeakMap<DepartmentDictionary, Map<string, Result<Department[]>>>();

function parseCell(lines: readonly string[], ctx: DepartmentContext): Result<Department[]> {
  const value: Department[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const part of splitRoleLabels(lines, ctx.role, ctx.dictionary)) {
    const res = parsePart(part.lines, { ...ctx, role: part.role, firstIsLead: ctx.firstIsLead === true && part.role === 'responsible' });
    const lead = supportersOfLead(res.value, part.role);
    value.push(...lead.value);
    diagnostics.push(...res.diagnostics);
    if (lead.changed) {
      const units = lead.value.filter((d) => d.role === 'lead').map((d) => d.raw);
      diagnostics.push(
        diag(
          ctx.documentId,
          'info',
          'department-support-inferred',
          `"${units.join('、')}" is marked as lead, so the ${lead.changed} other department(s) of the cell written without a role were read as support.`,
          ctx.location ?? {},
        ),
      );
    }
  }
  return { value, diagnostics };
}

/** Lines read with one role (the column's or a label's) → departments. */
function parsePart(lines: readonly string[], ctx: DepartmentContext): Result<Department[]> {
  const dict = ctx.dictionary;
  const level = ctx.level || '市';
  const diagnostics: Diagnostic[] = [];
  const drafts: Draft[] = splitCell(lines, dict, level).map((p) => {
    const info = pieceInfo(p.raw, dict, level);
    const d = info.decorated;
    return {
      raw: p.raw,
      continuesRun: p.continuesRun,
      head: d.head,
      resolvedName: info.resolved?.name ?? null,
      oldName: info.resolved?.oldName === true,
      inlineRole: d.role,
      roleWord: d.roleWord,
      scope: d.scope,
      bracketed: d.bracketed,
      extras: d.extras,
    };
  });
  for (const note of shareWrittenOnce(drafts, dict, level)) {
    diagnostics.push(diag(ctx.documentId, 'info', 'department-shared-part', note, ctx.location ?? {}));
  }
  propagateAlongRuns(drafts);
  if (ctx.role === 'responsible' && drafts.length > 0 && drafts.every((d) => d.roleWord !== null && dict.plainLeadWords.has(d.roleWord))) {
    // `A、B负责` with no other unit: the word says they are responsible, not who leads whom.
    for (const d of drafts) d.inlineRole = null;
  }

  const out: Department[] = [];
  const emit = (raw: string, head: string, resolvedName: string | null, role: Role, scope: string | null, oldName = false): void => {
    if (!head) return;
    if (resolvedName === null && (!/\p{L}/u.test(head) || dict.placeholders.has(head))) {
      // `无`, `/`, `—`: the cell says there is no department; not a name to look up.
      diagnostics.push(
        diag(ctx.documentId, 'info', 'department-placeholder', `The department text "${raw}" stands for no department and was skipped.`, ctx.location ?? {}),
      );
      return;
    }
    if (resolvedName === null) {
      diagnostics.push(
        diag(
          ctx.documentId,
          'warning',
          'unknown-department',
          `The department "${head}" is not in the department dictionary and is kept as written.`,
          ctx.location ?? {},
        ),
      );
    }
    if (resolvedName !== null && oldName) {
      diagnostics.push(
        diag(
          ctx.documentId,
          'info',
          'department-old-name',
          `"${head}" is a name from before an institutional reform; it was read as its successor "${resolvedName}".`,
          ctx.location ?? {},
        ),
      );
    }
    out.push({ name: resolvedName ?? head, raw, role, scope, known: resolvedName !== null });
  };

  drafts.forEach((d, i) => {
    const positional: Role = ctx.firstIsLead ? (i === 0 ? 'lead' : 'support') : ctx.role;
    const role = d.inlineRole ?? positional;
    emit(d.raw, d.head, d.resolvedName, role, d.scope, d.oldName);
    // Units named in a bracket are departments of their own, with the raw of the whole piece;
    // written without a level, they are at the level of the unit they follow (`县纪委（监察局）`).
    const extraLevel = (d.resolvedName && dict.levels.find((l) => d.resolvedName!.startsWith(l))) || level;
    for (const extra of d.extras) {
      for (const part of splitTopLevel(extra.text, dict)) {
        const info = pieceInfo(part, dict, extraLevel);
        emit(d.raw, info.decorated.head, info.resolved?.name ?? null, info.decorated.role ?? extra.role ?? role, info.decorated.scope, info.resolved?.oldName === true);
      }
    }
  });
  return { value: out, diagnostics };
}

/**
 * Parts written once for two names (dictionary sharedHeads / sharedSuffixes): `各乡镇党委、政府`
 * → 各乡镇党委, 各乡镇政府; `城北、城南街道办事处` → 城北街道办事处, 城南街道办事处. A draft is
 * completed only when the completed name is known; returns one note per completion.
 */
function shareWrittenOnce(drafts: Draft[], dict: DepartmentDictionary, level: string): string[] {
  const notes: string[] = [];
  const complete = (d: Draft, head: string) => {
    const r = resolveName(head, dict, level);
    if (!r) return;
    notes.push(`"${d.head}" was read as "${head}": the rest of the name is written once with the unit next to it.`);
    d.head = head;
    d.resolvedName = r.name;
    d.oldName = r.oldName === true;
  };
  drafts.forEach((d, i) => {
    if (i > 0 && dict.sharedHeads.includes(d.head)) {
      const prev = drafts[i - 1]!.head;
      const word = dict.sharedHeads.find((w) => prev.length > w.length && prev.endsWith(w));
      if (word) complete(d, prev.slice(0, -word.length) + d.head);
    }
    const next = drafts[i + 1];
    if (d.resolvedName === null && next?.continuesRun && /^[\u4e00-\u9fff]{2,4}$/u.test(d.head) && !endsWithUnitSuffix(d.head, dict)) {
      const suffix = dict.sharedSuffixes.find((s) => next.head.length === d.head.length + s.length && next.head.endsWith(s));
      if (suffix && resolveName(next.head, dict, level)) complete(d, d.head + suffix);
    }
  });
  return notes;
}

/**
 * A scope bracket or role word after a run of names joined by `、`
 * (`市建设局、市交通运输局、市水利局（工程）`) applies to every name of the run that
 * has none of its own.
 */
function propagateAlongRuns(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i > 0; i--) {
    const d = drafts[i]!;
    if (d.scope === null && d.inlineRole === null) continue;
    for (let j = i; j > 0 && drafts[j]!.continuesRun; j--) {
      const prev = drafts[j - 1]!;
      if (prev.bracketed || prev.inlineRole !== null || prev.scope !== null) break;
      prev.scope = d.scope;
      prev.inlineRole = d.inlineRole;
      prev.roleWord = d.roleWord;
    }
  }
}

/** True for a note saying the first department listed is the lead (`注：排名第一的责任单位为牵头单位`). */
export function roleNoteFirstIsLead(paragraph: string, dictionary?: DepartmentDictionary): boolean {
  const text = normalizeKey(paragraph);
  const dict = dictionary ?? defaultDictionary();
  return dict.firstIsLeadNotes.some((re) => re.test(text));
}

let cachedDefault: DepartmentDictionary | null = null;
function defaultDictionary(): DepartmentDictionary {
  cachedDefault ??= loadDepartmentDictionary().value;
  return cachedDefault;
}
