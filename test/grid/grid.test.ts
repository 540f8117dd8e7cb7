// Property tests for the grid repair: any span layout → a rectangular grid in which
// every source cell appears exactly once at its anchor and covers exactly its span.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGrid, collapseRepeats, expandSpans } from '../../pipeline/grid/index.ts';
import { stitchTables } from '../../pipeline/grid/stitch.ts';
import type { SourceRow, SourceTable } from '../../pipeline/model.ts';
import { cell } from '../../pipeline/model.ts';

/** A random table: rows of cells with random spans (possibly overlapping or overflowing). */
const tableArb = fc
  .array(fc.array(fc.record({ rs: fc.integer({ min: 1, max: 4 }), cs: fc.integer({ min: 1, max: 3 }), t: fc.string({ maxLength: 4 }) }), { minLength: 0, maxLength: 6 }), { minLength: 1, maxLength: 8 })
  .map((rows): SourceTable => ({
    kind: 'table',
    mode: 'docx',
    pages: [],
    rows: rows.map((cells, r): SourceRow => ({ header: false, pageBreakBefore: false, cells: cells.map((c, i) => cell([`r${r}c${i}:${c.t}`], c.rs, c.cs)) })),
  }));

describe('expandSpans (property)', () => {
  it('gives a rectangular grid; every source cell appears once, at its anchor, covering its span', () => {
    fc.assert(
      fc.property(tableArb, (table) => {
        const g = expandSpans(table);
        expect(g.at).toHaveLength(g.rows);
        for (const row of g.at) {
          expect(row).toHaveLength(g.cols);
          for (const slot of row) expect(slot).toBeDefined();
        }
        // no source cell lost: each source text is the text of exactly one grid cell
        const sourceTexts = table.rows.flatMap((r) => r.cells.map((c) => c.lines[0]));
        const gridTexts = g.cells.filter((c) => !c.flags.includes('padded')).map((c) => c.lines[0]);
        expect(gridTexts.sort()).toEqual([...sourceTexts].sort());
        // each cell covers exactly its rectangle
        for (const c of g.cells) {
          for (let i = 0; i < c.rs; i++) for (let j = 0; j < c.cs; j++) expect(g.at[c.r + i]![c.c + j]).toBe(c);
        }
        // every slot is covered by a cell whose rectangle contains it
        g.at.forEach((row, r) => row.forEach((c, col) => expect(r >= c.r && r < c.r + c.rs && col >= c.c && col < c.c + c.cs).toBe(true)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildGrid repairs', () => {
  it('collapses a merged cell printed again after page breaks (real 001 cell) and flags it', () => {
    const t: SourceTable = {
      kind: 'table',
      mode: 'text',
      pages: [],
      rows: [{ header: false, pageBreakBefore: false, cells: [cell(['质量安全监管（27分）', '', '', '质量安全监管（27分）', '', '质量安全监管（27分）']), cell(['9.质量安全风险管理（2分）'])] }],
    };
    const g = buildGrid(t, { documentId: 'x', table: 1 });
    expect(g.value.at[0]![0]!.lines).toEqual(['质量安全监管（27分）']);
    expect(g.value.at[0]![0]!.flags).toContain('repeated-text-collapsed');
    expect(g.diagnostics.map((d) => d.code)).toContain('repeated-text-collapsed');
    expect(g.diagnostics[0]!.location).toMatchObject({ table: 1, row: 1, column: 1 });
  });

  it('keeps lines that are not repeats', () => {
    expect(collapseRepeats(['市市民服务', '中心'])).toEqual(['市市民服务', '中心']);
    expect(collapseRepeats(['质量', '发展', '战略', '规划'])).toEqual(['质量', '发展', '战略', '规划']);
    expect(collapseRepeats(['A', 'B', 'A', 'B'])).toEqual(['A', 'B']);
  });

  it('aligns rows with one extra split cell (000 `…方面` rows) into their own column', () => {
    const row = (cells: string[]): SourceRow => ({ header: false, pageBreakBefore: false, cells: cells.map((t) => cell(t ? [t] : [])) });
    const t: SourceTable = {
      kind: 'table',
      mode: 'text',
      pages: [],
      rows: [
        row(['指标项', '指标内容', '考核评分方法', '重点任务分解', '责任单位', '完成时限']),
        row(['城市质量基础保障有力', '13．加强认证认可工作，完善认证认可体系（25分）', '积极在质量、环境、职业健康、社会管理等领域推行管理体系认证（5分）。', '13.3积极开展质量管理体系认证培训', '市质监局、各市（区）政府', '2018年12月']),
        row(['', '', '', '13.4推进教育机构开展质量管理体系认证', '市教育局、各市（区）政府', '2018年12月']),
        row(['', '', '在交通运输、金融服务、医疗保健、知识产权、旅游、商务、体育等领域大力开展服务认证（3分）。', '交通运输方面', '13.9在交通运输领域大力开展服务认证。', '市交通运输局、各市（区）政府', '2018年12月']),
        row(['', '', '', '金融服务方面', '13.10推动对金融系统开展金融消费者权益保护。', '人行江门市中心支行', '2018年8月']),
      ],
    };
    const g = buildGrid(t, { documentId: 'x', table: 1 }).value;
    expect(g.cols).toBe(7);
    expect(g.at[3]![3]!.lines).toEqual(['交通运输方面']);
    expect(g.at[3]![4]!.lines[0]).toMatch(/^13\.9/);
    expect(g.at[2]![3]!.lines).toEqual([]);
    expect(g.at[2]![4]!.lines[0]).toMatch(/^13\.4/);
  });
});

describe('stitchTables', () => {
  const header = (): SourceRow => ({ header: false, pageBreakBefore: false, cells: ['指标项', '指标内容', '分值', '考核评分方法'].map((t) => cell([t])) });
  const body = (t: string): SourceRow => ({ header: false, pageBreakBefore: false, cells: ['', t, '20', '…'].map((x) => cell(x ? [x] : [])) });
  it('joins a table continued after a 续表 title, dropping the repeated header (003 layout)', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: '质量强市（区、县）评分表', page: null },
      { kind: 'table' as const, mode: 'text' as const, pages: [], rows: [header(), body('a'), body('b')] },
      { kind: 'paragraph' as const, text: '续表A.1质量强市（区、县）评分表', page: null },
      { kind: 'table' as const, mode: 'text' as const, pages: [], rows: [header(), body('c')] },
      { kind: 'paragraph' as const, text: '— 4 —', page: null },
      { kind: 'table' as const, mode: 'text' as const, pages: [], rows: [header(), body('d')] },
    ];
    const out = stitchTables(blocks, 'doc');
    const tables = out.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.kind === 'table' && tables[0]!.rows.map((r) => r.cells[1]!.lines.join(''))).toEqual(['指标内容', 'a', 'b', 'c', 'd']);
    expect(out.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['continuation-title-skipped', 'header-repeat-skipped']));
  });
  it('keeps two different tables apart', () => {
    const other: SourceRow = { header: false, pageBreakBefore: false, cells: ['序号', '考核内容', '如城街道'].map((t) => cell([t])) };
    const blocks = [
      { kind: 'table' as const, mode: 'text' as const, pages: [], rows: [header(), body('a')] },
      { kind: 'paragraph' as const, text: '附件2', page: null },
      { kind: 'table' as const, mode: 'text' as const, pages: [], rows: [other] },
    ];
    expect(stitchTables(blocks, 'doc').blocks.filter((b) => b.kind === 'table')).toHaveLength(2);
  });
});

describe('unnestRows (001 19.1/19.2 written as one row)', () => {
  it('splits the second item into its own row under the first', () => {
    const row = (cells: string[]): SourceRow => ({ header: false, pageBreakBefore: false, cells: cells.map((t) => cell(t ? [t] : [])) });
    const full = (code: string) => row(['', '', '', `${code} 开展工作情况。（1分）`, '开展相关工作得1分，未开展的不得分，每缺一项扣0.5分。', '市场监管局', '']);
    const t: SourceTable = {
      kind: 'table',
      mode: 'text',
      pages: [],
      rows: [
        full('18.1'),
        row(['', '', '19.监督抽查合格率（10分）']),
        row(['19.1  产品国家监督抽查合格率达90%以上。（1分）', '主要工业产品、日用消费品国家监督抽查合格率达90%（含90%）以上的得1分。', '市场监管局', '19.2  产品省级监督抽查合格率达92%以上。（1分）', '产品省级监督抽查合格率达92%（含92%）以上的得1分。', '', '']),
        full('19.3'),
        full('19.4'),
      ],
    };
    const g = buildGrid(t, { documentId: 'x', table: 1 });
    const at = (r: number, c: number) => g.value.at[r]![c]!.lines.join('');
    expect(g.value.rows).toBe(5);
    expect(at(1, 2)).toMatch(/^19\.监督/);
    expect(at(1, 3)).toMatch(/^19\.1/);
    expect(at(1, 5)).toBe('市场监管局');
    expect(at(2, 3)).toMatch(/^19\.2/);
    expect(at(2, 4)).toMatch(/^产品省级/);
    expect(g.diagnostics.map((d) => d.code)).toContain('nested-row-split');
  });
});
