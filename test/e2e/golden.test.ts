// Golden tests: each seed with a hand-checked gold file, converted alone, scored by
// ../shared/tools/score.py; overall must be ≥ 0.95 (the bar).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile } from '../../pipeline/convert.ts';
import { assemble, writeDataset } from '../../pipeline/output/write.ts';
import { GOLD, SEEDS, SHARED, hasShared, tempDir } from '../helpers.ts';

const golds = hasShared ? readdirSync(GOLD).filter((f) => f.endsWith('.gold.json')) : [];

describe.skipIf(!hasShared)('gold scores (../shared/gold)', () => {
  it('has gold files to score against', () => {
    expect(golds.length).toBeGreaterThanOrEqual(3);
  });
  for (const g of golds) {
    const stem = g.replace('.gold.json', '');
    it(`${stem} scores overall >= 0.95`, async () => {
      const out = tempDir();
      const res = await convertFile(join(SEEDS, `${stem}.txt`));
      expect(res.document.status).toBe('ok');
      await writeDataset(out, assemble([res]));
      const report = execFileSync('python3', [join(SHARED, 'tools', 'score.py'), join(GOLD, g), join(out, 'dataset.json'), '--json'], { encoding: 'utf8' });
      const parsed = JSON.parse(report) as { overall: number };
      expect(parsed.overall).toBeGreaterThanOrEqual(0.95);
    });
  }
});
