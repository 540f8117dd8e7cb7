import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { spanLayout, tablesCommand } from '../../pipeline/cli/tables.ts';
import { cell, type SourceTable } from '../../pipeline/model.ts';
import { makePdf, type Op } from './make-pdf.ts';

describe('spanLayout', () => {
  it('places cells with the HTML table algorithm', () => {
    // | 序号(rs2) | 任务(cs2)      |
    // |           | 内容 | 单位     |
    // | 1         | 提升 | 市场监管局 |
    const t: SourceTable = {
      kind: 'table',
      mode: 'docx',
      pages: [],
      rows: [
        { cells: [cell(['序号'], 2, 1), cell(['任务'], 1, 2)], header: true, pageBreakBefore: false },
        { cells: [cell(['内容']), cell(['单位'])], header: true, pageBreakBefore: false },
        { cells: [cell(['1']), cell(['提升', '质量']), cell(['市场监管局'])], header: false, pageBreakBefore: false },
      ],
    };
    const l = spanLayout(t);
    expect(l.rows).toBe(3);
    expect(l.cols).toBe(3);
    expect(l.cells.map((c) => [c.r, c.c, c.rs, c.cs, c.text])).toEqual([
      [0, 0, 2, 1, '序号'],
      [0, 1, 1, 2, '任务'],
      [1, 1, 1, 1, '内容'],
      [1, 2, 1, 1, '单位'],
      [2, 0, 1, 1, '1'],
      [2, 1, 1, 1, '提升\n质量'],
      [2, 2, 1, 1, '市场监管局'],
    ]);
  });
});

describe('tablesCommand', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tables-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(files: string[], json: boolean): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    try {
      const code = await tablesCommand(files, { json });
      return { code, out, err };
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
  }

  // Header "指标" spans both value columns; "单位" spans rows 2–3.
  const ops: Op[] = [
    { line: [50, 100, 350, 100] },
    { line: [50, 130, 350, 130] },
    { line: [150, 160, 350, 160] },
    { line: [50, 190, 350, 190] },
    { line: [50, 100, 50, 190] },
    { line: [150, 100, 150, 190] },
    { line: [250, 130, 250, 190] },
    { line: [350, 100, 350, 190] },
    { text: '单位', x: 55, y: 120 },
    { text: '指标', x: 180, y: 120 },
    { text: '市场监管局', x: 55, y: 165 },
    { text: '质量', x: 155, y: 150 },
    { text: '95%', x: 255, y: 150 },
    { text: '标准', x: 155, y: 180 },
    { text: '10', x: 255, y: 180 },
  ];

  it('--json prints one object per file with 0-based positions, spans and bboxes', async () => {
    const file = path.join(dir, 'a.pdf');
    writeFileSync(file, makePdf([ops]));
    const { code, out } = await run([file], true);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const obj = JSON.parse(lines[0]!);
    expect(obj).toMatchObject({ file, format: 'pdf' });
    expect(obj.tables).toHaveLength(1);
    const t = obj.tables[0];
    expect(t).toMatchObject({ pages: [1], mode: 'lattice', rows: 3, cols: 3 });
    const byText = Object.fromEntries(t.cells.map((c: { text: string }) => [c.text, c]));
    expect(byText['指标']).toMatchObject({ r: 0, c: 1, rs: 1, cs: 2, page: 1, bbox: [150, 100, 350, 130] });
    expect(byText['市场监管局']).toMatchObject({ r: 1, c: 0, rs: 2, cs: 1 });
    expect(byText['10']).toMatchObject({ r: 2, c: 2, rs: 1, cs: 1 });
  });

  it('prints a readable grid by default and reports unreadable files with a non-zero status', async () => {
    const good = path.join(dir, 'b.pdf');
    const bad = path.join(dir, 'c.pdf');
    writeFileSync(good, makePdf([ops]));
    writeFileSync(bad, 'not a pdf at all');
    const { code, out, err } = await run([good, bad], false);
    expect(code).toBe(1);
    expect(out).toContain('Table 1 (lattice, 3×3, pages 1)');
    expect(out).toContain('单位 | 指标 | 〃');
    expect(err).toContain('pdf-not-pdf');
  });
});
