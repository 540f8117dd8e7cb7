// End-to-end: the CLI on real inputs and on bad ones; every file written validates
// against the JSON Schema that `govtables schema` prints and against the zod schema.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, IndicatorRecordSchema } from '../../schemas/dataset.ts';
import { RECORD_COLUMNS, ALLOCATION_COLUMNS } from '../../pipeline/output/csv.ts';
import { ROOT, SEEDS, hasShared, tempDir } from '../helpers.ts';

const BIN = join(ROOT, 'bin', 'govtables.mjs');
function cli(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
}

describe.skipIf(!hasShared)('govtables convert (CLI)', () => {
  const input = tempDir('govtables-in-');
  const out = tempDir('govtables-out-');
  for (const f of ['000_31c5ce152806ac8c.txt', '001_81fbc2292bfaeaa4.txt', '002_a89f8253a52a9184.txt']) copyFileSync(join(SEEDS, f), join(input, f));
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(join(input, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80]));
  writeFileSync(join(input, 'prose.txt'), '这是一段没有表格的文字。\n第二段。\n');
  const run = cli(['convert', input, '-o', out]);

  it('exits 1 when some files failed, and names each failed file in one sentence', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt: The file is empty\./);
    expect(run.stderr).toMatch(/binary\.txt: The file is binary data/);
    expect(run.stderr).not.toMatch(/prose\.txt/);
  });

  it('writes a dataset that validates against the printed JSON Schema and the zod schema', () => {
    const ds = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    const schema = JSON.parse(cli(['schema']).stdout);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const ok = validate(ds);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(DatasetSchema.safeParse(ds).success).toBe(true);
    expect(ds.documents).toHaveLength(6);
    expect(ds.documents.filter((d: { status: string }) => d.status === 'failed')).toHaveLength(2);
    expect(ds.records.length).toBeGreaterThan(300);
    expect(ds.allocations.length).toBeGreaterThan(100);
    // the prose file converts with no records and an informational note, not an error
    const prose = ds.documents.find((d: { file: string }) => d.file.endsWith('prose.txt'));
    expect(prose.status).toBe('ok');
    expect(ds.diagnostics.some((d: { code: string; file: string }) => d.code === 'no-tables' && d.file.endsWith('prose.txt'))).toBe(true);
  });

  it('writes records.jsonl with the same records, each valid', () => {
    const ds = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    const lines = readFileSync(join(out, 'records.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(ds.records.length);
    for (const l of lines) expect(IndicatorRecordSchema.safeParse(JSON.parse(l)).success).toBe(true);
    expect(JSON.parse(lines[0]!)).toEqual(ds.records[0]);
  });

  it('writes CSVs with a BOM, the spec column order and one row per record/allocation', () => {
    const csv = readFileSync(join(out, 'records.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(RECORD_COLUMNS.join(','));
    const ds = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    // count logical rows: fields may hold newlines inside quotes
    const rows = csv.slice(1).split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean);
    expect(rows.length - 1).toBe(ds.records.length);
    const alloc = readFileSync(join(out, 'allocations.csv'), 'utf8');
    expect(alloc.slice(1).split('\r\n')[0]).toBe(ALLOCATION_COLUMNS.join(','));
  });

  it('is deterministic: a second run gives byte-identical files', () => {
    const out2 = tempDir('govtables-out2-');
    cli(['convert', input, '-o', out2]);
    for (const f of ['dataset.json', 'records.jsonl', 'records.csv', 'allocations.csv']) {
      expect(readFileSync(join(out2, f)).equals(readFileSync(join(out, f)))).toBe(true);
    }
  });

  it("skips a previous run's records.csv/allocations.csv in a folder walk, and says so; a CSV table beside them is converted", () => {
    const mixed = tempDir('govtables-mixed-');
    copyFileSync(join(out, 'records.csv'), join(mixed, 'records.csv'));
    copyFileSync(join(out, 'allocations.csv'), join(mixed, 'allocations.csv'));
    writeFileSync(join(mixed, 'table.csv'), '序号,重点任务,牵头单位,完成时限\n1,开展质量提升行动,市市场监管局,2025年底前\n');
    const out3 = tempDir('govtables-out3-');
    const r = cli(['convert', mixed, '-o', out3]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/records\.csv: skipped, a govtables output file/);
    expect(r.stderr).toMatch(/allocations\.csv: skipped, a govtables output file/);
    const ds = JSON.parse(readFileSync(join(out3, 'dataset.json'), 'utf8'));
    expect(ds.documents.map((d: { file: string }) => d.file.split('/').pop())).toEqual(['table.csv']);
    expect(ds.records.map((x: { task: string | null; indicator: string | null }) => x.task ?? x.indicator)).toEqual(['开展质量提升行动']);
  });

  it('exits 2 on usage errors', () => {
    expect(cli(['convert', input]).status).toBe(2);
    expect(cli(['frobnicate']).status).toBe(2);
  });

  it('inspect prints the repaired grid with its header mapping', () => {
    const r = execFileSync(process.execPath, [BIN, 'inspect', join(SEEDS, '000_31c5ce152806ac8c.txt')], { encoding: 'utf8' });
    expect(r).toMatch(/Table 2: \d+ rows × 7 columns/);
    expect(r).toMatch(/1=dimension {2}2=indicator {2}3=scoringMethod {2}4=aspect {2}5=task/);
    expect(r).toMatch(/split-cell-aligned/);
  });
});
