// Cross-format: the same document as the tab-cell text seed (../shared/seeds),
// as the Word sample built from it (samples/*.docx) and as that sample printed to
// PDF by LibreOffice (samples/*.pdf) must give the same records, apart from
// where they came from (id, documentId, provenance, flags), and each must score
// overall ≥ 0.95 against the hand-checked gold file (../shared/tools/score.py).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile, type FileResult } from '../../pipeline/convert.ts';
import { assemble, writeDataset } from '../../pipeline/output/write.ts';
import type { IndicatorRecord } from '../../schemas/dataset.ts';
import { GOLD, ROOT, SEEDS, SHARED, hasShared, tempDir } from '../helpers.ts';

/** Gold stem → the committed sample rendered from that seed (file names are for humans only). */
const SAMPLES: { stem: string; sample: string }[] = [
  { stem: '000_31c5ce152806ac8c', sample: '000-jiangmen' },
  { stem: '003_7252e7e3900ebd4b', sample: '003-hunan-standard' },
];

/** Share of records that must agree exactly across formats. */
const AGREEMENT = 0.98;

/** A record without what depends on the file it came from. */
function content(r: IndicatorRecord): string {
  const { id: _id, documentId: _doc, provenance: _prov, flags: _flags, ...rest } = r;
  return JSON.stringify(rest);
}

/** Records of `b` that differ from `a`, paired by position (seq within table), as readable lines. */
function differences(a: IndicatorRecord[], b: IndicatorRecord[]): string[] {
  const out: string[] = [];
  const key = (r: IndicatorRecord) => `${r.table}:${r.seq}`;
  const byKey = new Map(b.map((r) => [key(r), r]));
  for (const r of a) {
    const s = byKey.get(key(r));
    if (!s) {
      out.push(`table ${r.table} record ${r.seq}: missing`);
      continue;
    }
    if (content(r) === content(s)) continue;
    const fields = Object.keys(r).filter((k) => !['id', 'documentId', 'provenance', 'flags'].includes(k) && JSON.stringify((r as never)[k]) !== JSON.stringify((s as never)[k]));
    for (const f of fields) out.push(`table ${r.table} record ${r.seq} ${f}: ${JSON.stringify((r as never)[f]).slice(0, 120)} ≠ ${JSON.stringify((s as never)[f]).slice(0, 120)}`);
  }
  for (const s of b) if (!a.some((r) => key(r) === key(s))) out.push(`table ${s.table} record ${s.seq}: extra`);
  return out;
}

function agreement(a: IndicatorRecord[], b: IndicatorRecord[]): number {
  const left = a.map(content);
  const right = new Map<string, number>();
  for (const c of b.map(content)) right.set(c, (right.get(c) ?? 0) + 1);
  let same = 0;
  for (const c of left) {
    const n = right.get(c) ?? 0;
    if (n > 0) {
      same++;
      right.set(c, n - 1);
    }
  }
  return same / Math.max(a.length, b.length, 1);
}

async function score(res: FileResult, gold: string): Promise<number> {
  const out = tempDir('govtables-xf-');
  await writeDataset(out, assemble([res]));
  const report = execFileSync('python3', [join(SHARED, 'tools', 'score.py'), gold, join(out, 'dataset.json'), '--json'], { encoding: 'utf8' });
  return (JSON.parse(report) as { overall: number }).overall;
}

const ready = hasShared && SAMPLES.every((s) => existsSync(join(ROOT, 'samples', `${s.sample}.pdf`)));

describe.skipIf(!ready)('txt, docx and pdf renderings of one document agree (../shared/gold)', () => {
  for (const { stem, sample } of SAMPLES) {
    describe(stem, async () => {
      const gold = join(GOLD, `${stem}.gold.json`);
      const files = {
        txt: join(SEEDS, `${stem}.txt`),
        docx: join(ROOT, 'samples', `${sample}.docx`),
        pdf: join(ROOT, 'samples', `${sample}.pdf`),
      };
      const results = {
        txt: await convertFile(files.txt),
        docx: await convertFile(files.docx),
        pdf: await convertFile(files.pdf),
      };

      for (const fmt of ['txt', 'docx', 'pdf'] as const) {
        it(`${fmt}: converts and scores overall >= 0.95`, async () => {
          expect(results[fmt].document.status).toBe('ok');
          expect(results[fmt].document.format).toBe(fmt);
          expect(results[fmt].records.length).toBeGreaterThan(0);
          expect(await score(results[fmt], gold)).toBeGreaterThanOrEqual(0.95);
        });
      }

      for (const [a, b] of [['txt', 'docx'], ['docx', 'pdf'], ['txt', 'pdf']] as const) {
        it(`${a} and ${b} give the same records`, () => {
          const ra = results[a].records;
          const rb = results[b].records;
          const diff = differences(ra, rb);
          if (diff.length) console.log(`${stem} ${a} vs ${b}: ${diff.length} differing field(s)\n  ${diff.slice(0, 40).join('\n  ')}`);
          expect(rb.length).toBe(ra.length);
          expect(agreement(ra, rb)).toBeGreaterThanOrEqual(AGREEMENT);
        });
      }

      it('pdf records carry the pages they were read from', () => {
        const pdf = results.pdf;
        const pages = pdf.document.format === 'pdf' ? pdf.records.map((r) => r.provenance.pages) : [];
        expect(pages.length).toBeGreaterThan(0);
        for (const p of pages) {
          expect(p.length).toBeGreaterThanOrEqual(1);
          for (const n of p) expect(Number.isInteger(n) && n >= 1).toBe(true);
        }
        // A table over many pages: its records do not all come from one page.
        expect(new Set(pages.flat()).size).toBeGreaterThanOrEqual(3);
        // Records are in reading order: pages never go back.
        const first = pdf.records.filter((r) => r.table === pdf.records[pdf.records.length - 1]!.table).map((r) => r.provenance.pages[0]!);
        expect(first).toEqual([...first].sort((x, y) => x - y));
      });
    });
  }
});
