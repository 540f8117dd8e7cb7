// Nothing lost, nothing silent: every non-empty source cell ends up in a field of some
// record, in provenance, in document fields, or in a diagnostic — over every input document
// the repository has: the seeds, samples/, every fixture under test/fixtures (found by walking
// the folder, so a new fixture is covered without editing this file) and the Word documents
// the unseen-layouts tests build (test/e2e/unseen-docs.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS, hasShared } from '../helpers.ts';
import { lostCells, parseAndConvert } from './nothing-lost-check.ts';
import { UNSEEN_DOCS, unseenDocx } from './unseen-docs.ts';

const INPUT = /\.(pdf|docx|html?|mht|txt|md|csv)$/i;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : INPUT.test(e.name) ? [join(dir, e.name)] : []))
    .sort();
}

/**
 * Known losses, each described where it happens; `it.fails` keeps them visible: when the
 * stage is fixed the test fails here and the entry is to be removed.
 */
const KNOWN_LOSSES: Record<string, string> = {
  // none: a file listed here runs as it.fails, so the day its loss is fixed the test says so.
};

const files = [...(hasShared ? walk(SEEDS) : []), ...walk(join(ROOT, 'samples')), ...walk(join(ROOT, 'test', 'fixtures'))];

describe('every non-empty source cell is kept somewhere', () => {
  it('finds the fixtures', () => {
    expect(files.filter((f) => f.includes(join('test', 'fixtures'))).length).toBeGreaterThan(0);
  });

  it('the check sees a loss: records dropped from a conversion leave their cells lost', async () => {
    const file = join(ROOT, 'samples', '001-rugao.docx');
    const out = await parseAndConvert(new Uint8Array(readFileSync(file)), file);
    if (out.failed) throw new Error('sample failed');
    expect(lostCells(out.src, { ...out.res, records: out.res.records.slice(1) }).length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const name = relative(ROOT, file);
    (KNOWN_LOSSES[name] ? it.fails : it)(name, async () => {
      const out = await parseAndConvert(new Uint8Array(readFileSync(file)), file);
      if (out.failed) {
        // deliberately bad input (corrupt, encrypted, …): it fails with an error saying why
        expect(out.res.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        return;
      }
      expect(out.res.document.status).toBe('ok');
      expect(lostCells(out.src, out.res)).toEqual([]);
    });
  }

  for (const doc of UNSEEN_DOCS) {
    it(`unseen-docs: ${doc.name}`, async () => {
      const out = await parseAndConvert(await unseenDocx(doc), `${doc.name}.docx`);
      expect(out.failed).toBe(false);
      if (out.failed) return;
      expect(lostCells(out.src, out.res)).toEqual([]);
    });
  }
});
