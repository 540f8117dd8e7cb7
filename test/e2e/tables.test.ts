// `govtables tables --json`: one line per file, valid against `govtables schema --tables`,
// a table continued after 续表 titles comes out as one table with its repeated headers removed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS, hasShared } from '../helpers.ts';

const BIN = join(ROOT, 'bin', 'govtables.mjs');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });

describe.skipIf(!hasShared)('govtables tables --json', () => {
  const files = [join(SEEDS, '003_7252e7e3900ebd4b.txt'), join(ROOT, 'samples', '003-hunan-standard.docx')];
  const out = run(['tables', '--json', ...files]);
  const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
  it('prints one valid object per file', () => {
    expect(out.status).toBe(0);
    expect(lines).toHaveLength(2);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(run(['schema', '--tables']).stdout));
    for (const l of lines) expect(validate(l), JSON.stringify(validate.errors)).toBe(true);
  });
  it('stitches the 续表 parts into one table without the repeated header rows', () => {
    for (const l of lines) {
      expect(l.tables).toHaveLength(1);
      const t = l.tables[0];
      const headerCells = t.cells.filter((c: { text: string }) => c.text === '指标项');
      expect(headerCells).toHaveLength(1);
      // every slot covered exactly once
      const seen = new Set<string>();
      for (const c of t.cells) for (let i = 0; i < c.rs; i++) for (let j = 0; j < c.cs; j++) {
        const k = `${c.r + i},${c.c + j}`;
        expect(seen.has(k)).toBe(false);
        seen.add(k);
      }
      expect(seen.size).toBe(t.rows * t.cols);
    }
  });
});
