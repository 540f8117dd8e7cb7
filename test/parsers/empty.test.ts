// An empty file is reported as empty whatever its extension, not as a broken .docx or .pdf.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../parsers/index.ts';

describe('empty input', () => {
  for (const name of ['plan.docx', 'plan.pdf', 'plan.txt', 'plan.html', 'plan.doc']) {
    it(`${name}: one error, "The file is empty."`, async () => {
      const res = await parseBytes(new Uint8Array(0), name);
      expect(res.value).toBeNull();
      expect(res.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([['error', 'empty-file', 'The file is empty.']]);
    });
  }
});
