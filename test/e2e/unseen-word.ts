// Shared by the unseen-layouts tests: converts a Word document built cell by cell
// (scripts/word-builder.ts) and checks what every such test needs — each record is a valid
// canonical record, and every cell's text is kept somewhere (a record, an allocation, a document field or
// a diagnostic).
import { expect } from 'vitest';
import { convertBytes } from '../../pipeline/convert.ts';
import { normalizeKey } from '../../pipeline/normalize/text.ts';
import { IndicatorRecordSchema } from '../../schemas/dataset.ts';
import { wordFile, type WBlock } from '../../scripts/word-builder.ts';

export async function convertWord(blocks: WBlock[], file: string) {
  const res = await convertBytes(await wordFile(blocks), file);
  for (const r of res.records) IndicatorRecordSchema.parse(r);
  const kept = normalizeKey(
    [
      res.document.title ?? '',
      ...Object.entries(res.document.fields).flat(),
      ...res.records.flatMap((r) => Object.values(r.provenance.cells)),
      ...res.allocations.flatMap((a) => Object.values(a.provenance.cells)),
      ...res.diagnostics.map((d) => d.message),
    ].join('\n'),
  );
  const lost = blocks
    .flatMap((b) => ('rows' in b ? b.rows.flatMap((r) => r.cells.map((c) => normalizeKey(c.text))) : []))
    .filter((t) => t && !kept.includes(t));
  expect(lost).toEqual([]);
  return res;
}

export type WordResult = Awaited<ReturnType<typeof convertWord>>;
export type WordRecord = WordResult['records'][number];
/** The diagnostics with this code. */
export const codes = (res: WordResult, code: string) => res.diagnostics.filter((d) => d.code === code);
/** The codes of the warnings and errors. */
export const warnings = (res: WordResult) => res.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code);
