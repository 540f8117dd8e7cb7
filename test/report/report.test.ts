// The report without a browser: hostile text is escaped, 2,000 documents paginate,
// output is deterministic, grid slots get the right marks, and the CLI commands work.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, IndicatorRecord } from '../../schemas/dataset.ts';
import { registerExtraCommands } from '../../pipeline/cli/commands-extra.ts';
import { buildGrid } from '../../pipeline/grid/index.ts';
import { cell, type SourceTable } from '../../pipeline/model.ts';
import { slotMarks } from '../../pipeline/report/grids.ts';
import { anchorId, esc } from '../../pipeline/report/html.ts';
import { DOCS_PER_PAGE, writeReport } from '../../pipeline/report/index.ts';
import { withDuckdb } from '../../pipeline/load/duckdb.ts';
import { convertSeeds, haveSeeds, tempDir } from './fixture.ts';

describe('html helpers', () => {
  it('escapes markup and quotes, keeps Chinese', () => {
    expect(esc('<script>alert("x")</script> & \'市质监局\'')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;市质监局&#39;');
    expect(esc(null)).toBe('');
    expect(esc(12.5)).toBe('12.5');
  });
  it('anchors follow the diagnostic location', () => {
    expect(anchorId(2, 14, 3)).toBe('t2-r14-c3');
    expect(anchorId(2, 14, null)).toBe('t2-r14');
    expect(anchorId(2)).toBe('t2');
    expect(anchorId(null, 3, 4)).toBeNull();
  });
});

describe('grid slot marks', () => {
  const row = (texts: (string | [string, number])[], header = false) => ({
    cells: texts.map((t) => (Array.isArray(t) ? cell(t[0].split('\n'), t[1]) : cell(t ? [t] : []))),
    header,
    pageBreakBefore: false,
  });
  it('marks merged slots, collapsed repeats and inherited empty cells', () => {
    // A 任务分解表 where 责任单位 spans two rows and a page break printed 市质监局 twice.
    const table: SourceTable = {
      kind: 'table',
      mode: 'text',
      pages: [],
      rows: [
        row(['序号', '工作任务', '责任单位', '完成时限'], true),
        row(['1', '开展质量提升行动', ['市质监局\n市质监局', 2], '2018年底']),
        row(['2', '推进标准化建设', '']),
        row(['3', '加强计量基础', '市发展改革局', '']),
      ],
    };
    const grid = buildGrid(table, { documentId: 'x', table: 1 }).value;
    // buildGrid keeps lines; the cell above has two lines that collapse to one.
    const layout = {
      kind: 'indicator' as const,
      headerRows: 1,
      mappedBy: 'header' as const,
      columns: [{ field: 'taskCode', role: null, header: '序号' }, { field: 'task', role: null, header: '工作任务' }, { field: 'departments', role: 'responsible', header: '责任单位' }, { field: 'deadline', role: null, header: '完成时限' }],
    };
    const rec = (row: number, cells: Record<string, string>, flags: string[]) => ({ provenance: { rows: [row, row], cells }, flags }) as unknown as IndicatorRecord;
    const records = [rec(2, {}, []), rec(3, { deadline: '2018年底' }, ['deadline-inherited', 'filled-from-merged-cell']), rec(4, {}, [])];
    const marks = slotMarks({ index: 1, grid, layout: layout as never, splitCells: new Set() }, records);
    expect(marks.get('1,2')).toEqual(expect.arrayContaining(['merged', 'repeated']));
    expect(marks.get('2,2')).toEqual(['merged']);
    expect(marks.get('2,3')).toEqual(['inherited']);
    // Row 4's empty deadline was not inherited by its record: no mark.
    expect(marks.get('3,3')).toBeUndefined();
  });
  it('marks split-column cells', () => {
    // Rows with one cell more: a sub-heading (产品质量方面) split beside the task.
    const table: SourceTable = {
      kind: 'table',
      mode: 'text',
      pages: [],
      rows: [
        row(['序号', '工作任务', '责任单位', '完成时限'], true),
        row(['1', '产品质量方面', '实施质量提升工程', '市市场监管局', '2019年底']),
        row(['2', '开展品牌创建', '市商务局', '2019年底']),
        row(['3', '推进标准化', '市市场监管局', '2019年6月']),
        row(['4', '加强计量', '市市场监管局', '2019年底']),
      ],
    };
    const g = buildGrid(table, { documentId: 'x', table: 1 });
    const split = new Set(g.diagnostics.filter((d) => d.code === 'split-cell-aligned').map((d) => `${d.location.row! - 1},${d.location.column! - 1}`));
    const marks = slotMarks({ index: 1, grid: g.value, layout: { kind: 'other', headerRows: 1, mappedBy: 'none', columns: [null, null, null, null, null] }, splitCells: split }, []);
    const splitSlots = [...marks.entries()].filter(([, m]) => m.includes('split')).map(([k]) => k);
    expect(g.value.cols).toBe(5);
    expect(splitSlots.length).toBeGreaterThanOrEqual(4);
  });
});

describe.skipIf(!haveSeeds)('writeReport', () => {
  let out: string;
  let ds: Dataset;
  beforeAll(async () => {
    out = await convertSeeds();
    ds = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as Dataset;
  });

  it('escapes hostile text from the dataset everywhere', async () => {
    const evil = structuredClone(ds);
    evil.documents[0]!.title = '<script>window.pwned=1</script>质量';
    evil.records[0]!.criterion = '"><img src=x onerror=alert(1)>';
    evil.records[0]!.departments[0] = { ...evil.records[0]!.departments[0]!, name: '<b>市局</b>', known: false };
    evil.diagnostics[0]!.message = '<iframe src="javascript:alert(1)">';
    const dir = tempDir('govtables-evil-');
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(evil));
    await writeReport(dir, join(dir, 'dataset.json'), { baseDir: out });
    const files = [join(dir, 'report', 'index.html'), join(dir, 'report', 'diagnostics.html'), ...readdirSync(join(dir, 'report', 'docs')).map((f) => join(dir, 'report', 'docs', f))];
    const all = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all).not.toContain('<script>window.pwned');
    expect(all).not.toContain('<img src=x');
    expect(all).not.toContain('<iframe');
    expect(all).not.toContain('<b>市局</b>');
    expect(all).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;质量');
    expect(all).toContain('&lt;b&gt;市局&lt;/b&gt;');
    // Only our own inline script, once per page.
    for (const f of files) expect(readFileSync(f, 'utf8').match(/<script>/g)?.length).toBe(1);
  });

  it('writes the same bytes twice', async () => {
    await writeReport(out, join(out, 'dataset.json'));
    const a = readdirSync(join(out, 'report', 'docs')).map((f) => readFileSync(join(out, 'report', 'docs', f), 'utf8'));
    const ia = readFileSync(join(out, 'report', 'index.html'), 'utf8');
    await writeReport(out, join(out, 'dataset.json'));
    const b = readdirSync(join(out, 'report', 'docs')).map((f) => readFileSync(join(out, 'report', 'docs', f), 'utf8'));
    expect(b).toEqual(a);
    expect(readFileSync(join(out, 'report', 'index.html'), 'utf8')).toBe(ia);
    expect(ia).toContain('<meta charset="utf-8">');
    expect(ia).not.toMatch(/https?:\/\//);
  });

  it('paginates 2,000 documents, one page each, and says when sources are gone', async () => {
    const big: Dataset = { ...ds, documents: [], records: [], allocations: [], diagnostics: [] };
    const src = ds.documents[0]!;
    const recs = ds.records.filter((r) => r.provenance.file === src.file).slice(0, 3);
    for (let i = 0; i < 2000; i++) {
      const id = i.toString(16).padStart(12, '0');
      const file = `/gone/${i}.txt`;
      big.documents.push({ ...src, documentId: id, file });
      for (const r of recs) big.records.push({ ...r, id: `${id}-${r.table}-${r.seq}`, documentId: id, provenance: { ...r.provenance, file } });
      big.diagnostics.push({ documentId: id, file, severity: 'warning', code: 'numbering-gap', message: `gap ${i}`, location: { table: 1, row: 2, column: 1 } });
    }
    const dir = tempDir('govtables-big-');
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(big));
    const started = Date.now();
    const s = await writeReport(dir, join(dir, 'dataset.json'));
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(s.documents).toBe(2000);
    expect(s.missingSources).toBe(2000);
    const pages = Math.ceil(2000 / DOCS_PER_PAGE);
    for (let p = 1; p <= pages; p++) {
      const html = readFileSync(join(dir, 'report', p === 1 ? 'index.html' : `index-${p}.html`), 'utf8');
      expect(html.match(/<tr data-doc-id=/g)?.length).toBe(DOCS_PER_PAGE);
    }
    expect(existsSync(join(dir, 'report', `index-${pages + 1}.html`))).toBe(false);
    expect(readdirSync(join(dir, 'report', 'docs')).length).toBe(2000);
    const one = readFileSync(join(dir, 'report', 'docs', readdirSync(join(dir, 'report', 'docs'))[7]!), 'utf8');
    expect(one).toContain('no longer there');
    expect(one.match(/<tr id="rec-/g)?.length).toBe(recs.length);
    // Without a grid the location is shown but not linked to a missing anchor.
    expect(one).not.toContain('class="cell-link"');
    expect(readFileSync(join(dir, 'report', 'index.html'), 'utf8').length).toBeLessThan(400_000);
  });

  it('report and load commands run through commander', async () => {
    const dir = tempDir('govtables-cli-');
    writeFileSync(join(dir, 'dataset.json'), readFileSync(join(out, 'dataset.json')));
    let code = -1;
    const program = new Command().exitOverride();
    registerExtraCommands(program, (c) => (code = c));
    await program.parseAsync(['node', 'govtables', 'report', dir]);
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'report', 'index.html'))).toBe(true);
    const db = join(dir, 'x.duckdb');
    await program.parseAsync(['node', 'govtables', 'load', dir, '--duckdb', db]);
    expect(code).toBe(0);
    const n = await withDuckdb(db, async (ex) => (await ex.all('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM records'))[0]!.n);
    expect(n).toBe(ds.records.length);
    await program.parseAsync(['node', 'govtables', 'load', dir]);
    expect(code).toBe(2);
    await program.parseAsync(['node', 'govtables', 'report', join(dir, 'nothing-here')]);
    expect(code).toBe(1);
  });
});
