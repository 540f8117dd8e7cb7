// Source tables written inline for the records-stage tests, and the context the records
// stage runs in (a 市 document; override what a test needs).
import type { SourceCell, SourceRow, SourceTable } from '../../pipeline/model.ts';
import { cell } from '../../pipeline/model.ts';
import { loadDepartmentDictionary } from '../../pipeline/normalize/departments.ts';

export const dictionary = loadDepartmentDictionary().value;

export function recordsContext<T extends object = object>(over: T = {} as T) {
  return {
    documentId: 'doc',
    file: 'f.docx',
    format: 'docx' as 'docx' | 'pdf',
    table: 1,
    tableTitle: null,
    region: { province: null as string | null, city: null as string | null, county: null },
    level: '市',
    dictionary,
    firstIsLead: false,
    noteDeadline: null,
    year: null as number | null,
    ...over,
  };
}

/** `text` or [text, rowSpan, colSpan]; a spanning cell's text may hold several lines (`\n`). */
export type Spec = string | [string, number, number?];
export const c = (s: Spec): SourceCell => (typeof s === 'string' ? cell(s ? [s] : []) : cell(s[0] ? s[0].split('\n') : [], s[1], s[2] ?? 1));
export const row = (...cells: Spec[]): SourceRow => ({ header: false, pageBreakBefore: false, cells: cells.map(c) });
export const head = (...cells: Spec[]): SourceRow => ({ header: true, pageBreakBefore: false, cells: cells.map(c) });
export const table = (...rows: SourceRow[]): SourceTable => ({ kind: 'table', mode: 'docx', pages: [], rows });
