// Spreadsheets (.xlsx, .xls): each sample document pasted into a workbook the way people
// move a Word table into Excel gives the .docx's records; and the spreadsheet's own ways
// — hidden sheets/rows/columns, number formats, titles typed in A1, notes under the table,
// sheets that must not be stitched — with what an analyst would expect decided first.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../pipeline/convert.ts';
import { stitchTables } from '../../pipeline/grid/stitch.ts';
import { parseDocx } from '../../parsers/docx/index.ts';
import { documentIdOf, parseBytes } from '../../parsers/index.ts';
import { ROOT } from '../helpers.ts';
import { expectSameResults } from '../e2e/same-results.ts';
import { lostCells, parseAndConvert } from '../e2e/nothing-lost-check.ts';
import { documentAsWorkbook, workbook, type SheetSpec } from '../../scripts/workbook-builder.ts';

const SAMPLES = ['000-jiangmen', '001-rugao', '002-wafangdian', '003-hunan-standard', '006-changde'];

async function viaWorkbook(name: string, bookType: 'xlsx' | 'biff8') {
  const bytes = new Uint8Array(readFileSync(join(ROOT, 'samples', `${name}.docx`)));
  const docx = await convertBytes(bytes, `${name}.docx`);
  const parsed = await parseDocx(bytes, { file: `${name}.docx`, documentId: documentIdOf(bytes) });
  // A Word table broken over pages is one table to whoever pastes it: one sheet per stitched table.
  const blocks = stitchTables(parsed.value!.blocks, parsed.value!.documentId).blocks;
  const book = documentAsWorkbook({ ...parsed.value!, blocks }, bookType);
  const ext = bookType === 'xlsx' ? 'xlsx' : 'xls';
  return { docx, other: await convertBytes(book, `${name}.${ext}`), book };
}

describe('a Word table pasted into a workbook gives the .docx records', () => {
  for (const name of SAMPLES) {
    it(`${name}.xlsx`, async () => {
      const { docx, other, book } = await viaWorkbook(name, 'xlsx');
      expect(docx.records.length + docx.allocations.length).toBeGreaterThan(0);
      expect(other.document.format).toBe('xlsx');
      expectSameResults(other, docx);
      expect(other.records.every((r) => r.provenance.mode === 'xlsx')).toBe(true);
      // every non-empty cell of the sheets is in a record, a field or a diagnostic
      const checked = await parseAndConvert(book, `${name}.xlsx`);
      expect(checked.failed).toBe(false);
      if (!checked.failed) expect(lostCells(checked.src, checked.res)).toEqual([]);
    });
  }
  it('002-wafangdian.xls (Excel 97–2003, BIFF8) as well', async () => {
    const { docx, other } = await viaWorkbook('002-wafangdian', 'biff8');
    expect(other.document.format).toBe('xlsx');
    expectSameResults(other, docx);
  });
});

const convert = (sheets: SheetSpec[], file = 'book.xlsx', bookType: 'xlsx' | 'biff8' = 'xlsx') => convertBytes(workbook(sheets, bookType), file);
const info = (r: Awaited<ReturnType<typeof convert>>, code: string) => r.diagnostics.filter((d) => d.code === code).map((d) => d.message);

const HEADER = ['序号', '工作任务', '责任单位', '完成时限'];
const TASKS: (string | null)[][] = [
  ['1', '开展质量提升行动', '市市场监管局', '2025年底前'],
  ['2', '培育区域品牌', '市工业和信息化局', '2025年6月底前'],
];

describe('spreadsheet features', () => {
  it('a title typed in A1 (not merged) is the document title; a note under the table is a paragraph, not a record', async () => {
    const r = await convert([{ name: 'Sheet1', rows: [['XX市质量强市工作任务分解表'], HEADER, ...TASKS, ['注：各单位每季度末报送进展。']] }]);
    expect(r.document.title).toBe('XX市质量强市工作任务分解表');
    expect(r.records.map((x) => [x.indicatorCode, x.task, x.departments.map((d) => d.name), x.deadline?.raw])).toEqual([
      ['1', '开展质量提升行动', ['市市场监督管理局'], '2025年底前'],
      ['2', '培育区域品牌', ['市工业和信息化局'], '2025年6月底前'],
    ]);
    expect(JSON.stringify(r.records)).not.toContain('注：各单位');
    expect(info(r, 'xlsx-sheet-table')).toEqual(['Table 1 is sheet Sheet1, rows 2–4, columns A–D (grid row N is the Nth of these rows).']);
  });

  it('a merged 责任单位 over two rows is each row\'s department (filled from the merged cell)', async () => {
    const rows = [HEADER, ['1', '开展质量提升行动', '市市场监管局', '2025年底前'], ['2', '培育区域品牌', null, '2025年底前']];
    const r = await convert([{ name: '重点任务分解表', rows, merges: [{ s: { r: 1, c: 2 }, e: { r: 2, c: 2 } }] }]);
    expect(r.records.map((x) => x.departments.map((d) => d.name))).toEqual([['市市场监督管理局'], ['市市场监督管理局']]);
    expect(r.records[1]!.flags).toContain('filled-from-merged-cell');
    // a sheet with a name of its own is the table's title when nothing nearer is
    expect(r.records[0]!.tableTitle).toBe('重点任务分解表');
  });

  it('hidden rows, columns and sheets are left out, each named in an info diagnostic', async () => {
    const rows = [HEADER.concat('内部备注'), ['1', '开展质量提升行动', '市市场监管局', '2025年底前', '不公开'], ['2', '已取消的任务', '市财政局', '2024年底前', '取消'], ['3', '培育区域品牌', '市工业和信息化局', '2025年底前', null]];
    const r = await convert([
      { name: 'Sheet1', rows, hiddenRows: [2], hiddenCols: [4] },
      { name: '草稿', rows: [HEADER, ['9', '草稿任务', '市发展改革委', '2026年']], hidden: true },
    ]);
    expect(r.records.map((x) => x.task)).toEqual(['开展质量提升行动', '培育区域品牌']);
    expect(JSON.stringify(r.records)).not.toMatch(/不公开|已取消|草稿任务/);
    expect(info(r, 'xlsx-hidden-left-out')).toEqual(['Sheet Sheet1 hides row(s) 3 and column(s) E, holding 6 value(s); they were left out, as Excel does not show them.']);
    expect(info(r, 'xlsx-hidden-sheet')).toEqual(['Hidden sheet(s) 草稿 were left out, as Excel does not show them.']);
  });

  it('numbers are read as Excel shows them: percentages, fixed decimals, Chinese dates', async () => {
    const rows: (string | number | null)[][] = [
      ['序号', '指标名称', '目标值', '完成时限'],
      ['1', '制造业产品质量合格率', 0.95, 45657],
      ['2', '万人发明专利拥有量', 12.5, 45838],
    ];
    const r = await convert([{ name: 'Sheet1', rows, formats: { C2: '0%', C3: '0.00', D2: 'yyyy"年"m"月"d"日"', D3: 'yyyy"年"m"月"' } }]);
    expect(r.records.map((x) => [x.target, x.deadline?.raw])).toEqual([
      ['95%', '2024年12月31日'],
      ['12.50', '2025年6月'],
    ]);
    expect(r.records[0]!.deadline?.end).toBe('2024-12-31');
  });

  it('Excel\'s built-in short date and date-time formats are shown as Chinese Excel shows them (2025/6/30), not as US dates', async () => {
    const rows: (string | number | null)[][] = [HEADER, ['1', '开展质量提升行动', '市市场监管局', 45838], ['2', '培育区域品牌', '市市场监管局', 45838.5]];
    for (const [file, type] of [['d.xlsx', 'xlsx'], ['d.xls', 'biff8']] as const) {
      const r = await convert([{ name: 'Sheet1', rows, formats: { D2: 'm/d/yy', D3: 'm/d/yy h:mm' } }], file, type);
      expect(r.records.map((x) => [x.deadline?.raw, x.deadline?.end])).toEqual([
        ['2025/6/30', '2025-06-30'],
        ['2025/6/30 12:00', '2025-06-30'],
      ]);
    }
  });

  it('two sheets with the same header are two tables, never one stitched table', async () => {
    const r = await convert([
      { name: 'Sheet1', rows: [HEADER, ...TASKS] },
      { name: 'Sheet2', rows: [HEADER, ['1', '完善质量基础设施', '市科技局', '2026年底前']] },
    ]);
    expect(r.document.tables).toBe(2);
    expect(r.records.map((x) => [x.table, x.seq, x.task])).toEqual([
      [1, 1, '开展质量提升行动'],
      [1, 2, '培育区域品牌'],
      [2, 1, '完善质量基础设施'],
    ]);
    expect(r.diagnostics.some((d) => d.code === 'table-stitched')).toBe(false);
  });

  it('line breaks typed in a cell (Alt+Enter) are lines of the cell, in .xls too', async () => {
    const rows = [HEADER, ['1', '开展质量\n提升行动', '市市场监管局\n市财政局', '2025年\n底前']];
    for (const [file, type] of [['a.xlsx', 'xlsx'], ['a.xls', 'biff8']] as const) {
      const r = await convert([{ name: 'Sheet1', rows }], file, type);
      expect(r.records.map((x) => [x.task, x.departments.map((d) => d.name), x.deadline?.raw])).toEqual([['开展质量提升行动', ['市市场监督管理局', '市财政局'], '2025年底前']]);
    }
  });

  it('a workbook is recognised by its content whatever its name, and bad workbooks fail alone with one sentence', async () => {
    const book = workbook([{ name: 'Sheet1', rows: [HEADER, ...TASKS] }]);
    const unnamed = await convertBytes(book, 'download');
    expect(unnamed.document.format).toBe('xlsx');
    expect(unnamed.records).toHaveLength(2);
    const xls = workbook([{ name: 'Sheet1', rows: [HEADER, ...TASKS] }], 'biff8');
    expect((await convertBytes(xls, 'attachment.bin')).records).toHaveLength(2);

    const broken = await convertBytes(book.slice(0, 200), 'broken.xlsx');
    expect(broken.document.status).toBe('failed');
    expect(broken.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['xlsx-unreadable']);
    const text = await convertBytes(new TextEncoder().encode('序号,工作任务\n1,开展质量提升行动\n'), 'renamed.xlsx');
    expect(text.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(['The file is not a spreadsheet: its bytes are neither an .xlsx (zip) nor an Excel 97–2003 (.xls) workbook.']);
    const empty = await convertBytes(workbook([{ name: 'Sheet1', rows: [[null]] }]), 'empty.xlsx');
    expect(empty.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(['The workbook holds no visible cell with text.']);
  });

  it('an HTML table served as .xls (as sites export them) is read as the web page it is', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><table border="1"><tr><td colspan="4">XX市质量强市工作任务分解表</td></tr><tr>${HEADER.map((h) => `<td>${h}</td>`).join('')}</tr>${TASKS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`;
    const r = await convertBytes(new TextEncoder().encode(html), '任务分解表.xls');
    expect(r.document.format).toBe('html');
    expect(r.records.map((x) => x.task)).toEqual(['开展质量提升行动', '培育区域品牌']);
  });

  it('`govtables tables` lists a sheet\'s table as mode xlsx, valid against its JSON schema', async () => {
    const { layoutTables } = await import('../../pipeline/cli/tables.ts');
    const { TablesFileSchema } = await import('../../schemas/tables.ts');
    const book = workbook([{ name: 'Sheet1', rows: [HEADER, ...TASKS], merges: [{ s: { r: 1, c: 3 }, e: { r: 2, c: 3 } }] }]);
    const parsed = await parseBytes(book, 'tasks.xlsx');
    const out = TablesFileSchema.parse({ file: 'tasks.xlsx', format: parsed.value!.format, tables: layoutTables(parsed.value!) });
    expect(out.tables.map((t) => [t.mode, t.rows, t.cols])).toEqual([['xlsx', 3, 4]]);
    expect(out.tables[0]!.cells.find((c) => c.r === 1 && c.c === 3)).toMatchObject({ rs: 2, cs: 1, text: '2025年底前' });
  });

  it('a sheet declaring the whole grid as used (formatting on whole columns) is read from its cells, a merge down a whole column clipped', async () => {
    const rows = [HEADER, ['1', '开展质量提升行动', '市市场监管局', '2025年底前'], ['2', '培育区域品牌', null, '2025年底前']];
    // As Excel writes it: <dimension> and <mergeCell> over the whole sheet (SheetJS would write every cell of such a range).
    const zip = await JSZip.loadAsync(workbook([{ name: 'Sheet1', rows, merges: [{ s: { r: 1, c: 2 }, e: { r: 2, c: 2 } }] }]));
    const xml = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>').replace('<mergeCell ref="C2:C3"/>', '<mergeCell ref="C2:C1048576"/>');
    expect(xml).toContain('C2:C1048576');
    zip.file('xl/worksheets/sheet1.xml', xml);
    const r = await convertBytes(await zip.generateAsync({ type: 'uint8array' }), 'wide.xlsx');
    expect(r.records.map((x) => [x.task, x.departments.map((d) => d.name)])).toEqual([
      ['开展质量提升行动', ['市市场监督管理局']],
      ['培育区域品牌', ['市市场监督管理局']],
    ]);
    expect(info(r, 'xlsx-sheet-table')).toEqual(['Table 1 is sheet Sheet1, rows 1–3, columns A–D (grid row N is the Nth of these rows).']);
  });

  it('a sheet of one column stays one table (every row holds one value: no row is taken for a title)', async () => {
    const parsed = await parseBytes(workbook([{ name: 'Sheet1', rows: [['重点任务'], ['开展质量提升行动'], ['培育区域品牌'], ['完善质量基础设施']] }]), 'list.xlsx');
    const tables = parsed.value!.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.kind === 'table' && tables[0]!.rows.map((r) => r.cells.map((c) => c.lines.join('')))).toEqual([['重点任务'], ['开展质量提升行动'], ['培育区域品牌'], ['完善质量基础设施']]);
    expect(parsed.value!.blocks.filter((b) => b.kind === 'paragraph')).toEqual([]);
  });
});
