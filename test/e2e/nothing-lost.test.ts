// Nothing lost, nothing silent: every non-empty source cell ends up in a field of some
// record, in provenance, in document fields, or in a diagnostic.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../parsers/index.ts';
import { convertFile } from '../../pipeline/convert.ts';
import { normalizeKey } from '../../pipeline/normalize/text.ts';
import { ROOT, SEEDS, hasShared } from '../helpers.ts';

const inputs = [
  ...(hasShared ? readdirSync(SEEDS).map((f) => join(SEEDS, f)) : []),
  ...readdirSync(join(ROOT, 'samples')).map((f) => join(ROOT, 'samples', f)),
];

function haystack(r: Awaited<ReturnType<typeof convertFile>>): string {
  // a form field written `label：value` in its cell is kept as the field `<row label>label` = value
  const parts: string[] = [r.document.title ?? '', ...Object.entries(r.document.fields).flatMap(([k, v]) => [k, v, `${k}：${v}`])];
  for (const x of r.records) parts.push(JSON.stringify({ ...x, provenance: undefined }), ...Object.values(x.provenance.cells));
  for (const a of r.allocations) parts.push(a.metric, a.assignee, a.raw, ...Object.values(a.provenance.cells));
  for (const d of r.diagnostics) parts.push(d.message);
  return normalizeKey(parts.join('\n')).replace(/\\n/g, '');
}

describe('every non-empty source cell is kept somewhere', () => {
  for (const file of inputs) {
    it(file.split('/').pop()!, async () => {
      const [parsed, res] = await Promise.all([parseFile(file), convertFile(file)]);
      expect(res.document.status).toBe('ok');
      const hay = haystack(res);
      const lost: string[] = [];
      for (const b of parsed.value!.blocks) {
        if (b.kind !== 'table') continue;
        for (const row of b.rows) {
          for (const c of row.cells) {
            const key = normalizeKey(c.lines.join('\n'));
            // a cell holding repeated copies of one text is kept once
            const lines = [...new Set(c.lines.map((l) => normalizeKey(l)).filter(Boolean))];
            if (!key || hay.includes(key) || lines.every((l) => hay.includes(l))) continue;
            lost.push(key.slice(0, 60));
          }
        }
      }
      expect(lost).toEqual([]);
    });
  }
});
