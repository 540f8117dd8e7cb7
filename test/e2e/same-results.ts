// One document converted from two formats must give the same results: records and
// allocations apart from where they came from (id, documentId, provenance, flags), the
// same document fields, and no warning or error in `other` that `docx` does not have.
// Shared by the cross-format tests (PDF prints, HTML pages) of the unseen documents.
import { expect } from 'vitest';
import type { convertFile } from '../../pipeline/convert.ts';
import type { Allocation, IndicatorRecord } from '../../schemas/dataset.ts';

export type Res = Awaited<ReturnType<typeof convertFile>>;

export function content(r: IndicatorRecord | Allocation): string {
  const { id: _id, documentId: _doc, provenance: _prov, ...rest } = r;
  if ('flags' in rest) delete (rest as { flags?: unknown }).flags;
  return JSON.stringify(rest);
}

export const docFields = (r: Res) => ({ status: r.document.status, title: r.document.title, region: r.document.region, year: r.document.year, tables: r.document.tables, fields: r.document.fields });
export const problems = (r: Res) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity} ${d.code}: ${d.message}`);

/** Asserts `other` gives what `docx` gives (see the header). */
export function expectSameResults(other: Res, docx: Res): void {
  expect(docFields(other)).toEqual(docFields(docx));
  expect(other.records.map(content)).toEqual(docx.records.map(content));
  expect(other.allocations.map(content)).toEqual(docx.allocations.map(content));
  const left = [...problems(docx)];
  const extra = problems(other).filter((m) => {
    const i = left.indexOf(m);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
  expect(extra).toEqual([]);
}
