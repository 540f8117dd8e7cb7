// Word features mammoth alone mishandles or that need a stated behaviour:
// legacy hMerge, rows/cells inside content controls, tracked changes, tables
// in text boxes and headers, breaks and tabs inside cells. Documents are built
// from raw WordprocessingML (raw-docx.ts) because the `docx` package cannot
// write most of this markup.
import { describe, expect, it } from 'vitest';
import type { SourceDocument, SourceTable } from '../../pipeline/model.ts';
import { parseDocx } from '../../parsers/docx/index.ts';
import { fixTables, mayNeedTableFix } from '../../parsers/docx/fix-tables.ts';
import { p, rawDocx, sdt, tbl, tc, tr } from './raw-docx.ts';

const ctx = { file: 'f.docx', documentId: 'f' };
const parse = async (body: string, opts: { header?: string; footer?: string } = {}) => parseDocx(await rawDocx(body, opts), ctx);
const tables = (doc: SourceDocument | null) => doc!.blocks.filter((b): b is SourceTable => b.kind === 'table');
/** Each row as `text:rowSpan×colSpan` per cell. */
const shape = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => `${c.lines.join('/') || '∅'}:${c.rowSpan}x${c.colSpan}`));

const HM_RESTART = '<w:hMerge w:val="restart"/>';
const HM_CONT = '<w:hMerge/>';
const VM_RESTART = '<w:vMerge w:val="restart"/>';
const VM_CONT = '<w:vMerge/>';

describe('legacy horizontal merge (w:hMerge)', () => {
  it('turns restart + continue cells into one cell with colSpan, and keeps later columns in place', async () => {
    const r = await parse(
      tbl(4,
        tr(tc(p('序号')) + tc(p('考核细则要求'), HM_RESTART) + tc(p(''), HM_CONT) + tc(p('责任单位'), VM_RESTART)) +
        tr(tc(p('1')) + tc(p('获得“全国知名品牌创建示范区”批筹园区2个。')) + tc(p('0')) + tc(p(''), VM_CONT)),
      ),
    );
    expect(shape(tables(r.value)[0]!)).toEqual([
      ['序号:1x1', '考核细则要求:1x2', '责任单位:2x1'],
      ['1:1x1', '获得“全国知名品牌创建示范区”批筹园区2个。:1x1', '0:1x1'],
    ]);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('adds an existing gridSpan to the merge and moves continuation text into the merged cell with a warning', async () => {
    const r = await parse(
      tbl(4, tr(tc(p('市质监局'), `<w:gridSpan w:val="2"/>${HM_RESTART}`) + tc(p('等部门'), `<w:hMerge w:val="continue"/>`) + tc(p('备注')))),
    );
    expect(shape(tables(r.value)[0]!)).toEqual([['市质监局/等部门:1x3', '备注:1x1']]);
    expect(r.diagnostics).toMatchObject([{ severity: 'warning', code: 'docx-merged-cell-text', location: { table: 1, row: 1, column: 3 } }]);
  });

  it('leaves a continue cell without a restart before it as an ordinary cell', async () => {
    const r = await parse(tbl(2, tr(tc(p('a'), HM_CONT) + tc(p('b')))));
    expect(shape(tables(r.value)[0]!)).toEqual([['a:1x1', 'b:1x1']]);
  });
});

describe('rows and cells inside content controls (w:sdt)', () => {
  it('keeps every row, and vertical merges across wrapped rows keep their continuation text', async () => {
    const r = await parse(
      tbl(2,
        tr(tc(p('指标')) + tc(p('责任单位'))) +
        sdt(
          tr(tc(p('环境空气质量指数月度排名位居全国同级城市中上游。'), VM_RESTART) + tc(p('市环境保护局'))) +
          tr(tc(p('5-45名'), VM_CONT) + sdt(tc(p('各市（区）政府')))),
        ) +
        tr(sdt(tc(p('7'))) + tc(p('市农业局'))),
      ),
    );
    expect(shape(tables(r.value)[0]!)).toEqual([
      ['指标:1x1', '责任单位:1x1'],
      ['环境空气质量指数月度排名位居全国同级城市中上游。/5-45名:2x1', '市环境保护局:1x1'],
      ['各市（区）政府:1x1'],
      ['7:1x1', '市农业局:1x1'],
    ]);
    expect(r.diagnostics).toMatchObject([{ code: 'docx-merged-cell-text', location: { table: 1, row: 3, column: 1 } }]);
  });

  it('fills a gridBefore gap in a row whose first cell is wrapped in a content control', async () => {
    const r = await parse(tbl(3, tr(tc(p('A')) + tc(p('B')) + tc(p('C'))) + tr(sdt(tc(p('y'))) + tc(p('z')), '<w:gridBefore w:val="1"/>')));
    expect(shape(tables(r.value)[0]!)).toEqual([['A:1x1', 'B:1x1', 'C:1x1'], ['∅:1x1', 'y:1x1', 'z:1x1']]);
  });
});

describe('tracked changes', () => {
  const ins = (t: string) => `<w:ins w:id="1" w:author="审核人" w:date="2019-01-01T00:00:00Z"><w:r><w:t>${t}</w:t></w:r></w:ins>`;
  const del = (t: string) => `<w:del w:id="2" w:author="审核人" w:date="2019-01-01T00:00:00Z"><w:r><w:delText>${t}</w:delText></w:r></w:del>`;

  it('reads the document as if the changes were accepted, and says so', async () => {
    const r = await parse(
      tbl(2,
        tr(tc(`<w:p><w:r><w:t>市财政局</w:t></w:r>${del('、市商务局')}${ins('、各市（区）政府')}</w:p>`) + tc(p('1‰以上'))) +
        tr(tc(p('已删除的行')) + tc(p('x')), '<w:del w:id="3" w:author="审核人" w:date="2019-01-01T00:00:00Z"/>') +
        tr(tc(p('市水务局')) + tc(p('100%'))),
      ),
    );
    const t = tables(r.value)[0]!;
    expect(shape(t)).toEqual([['市财政局、各市（区）政府:1x1', '1‰以上:1x1'], ['市水务局:1x1', '100%:1x1']]);
    expect(JSON.stringify(r.value)).not.toMatch(/市商务局|已删除的行/);
    expect(r.diagnostics).toMatchObject([{ severity: 'info', code: 'docx-tracked-changes' }]);
  });

  it('numbers rows after a deleted row as mammoth outputs them', async () => {
    const delRow = '<w:del w:id="3" w:author="a" w:date="2019-01-01T00:00:00Z"/>';
    const r = await parse(tbl(2, tr(tc(p('a'), VM_RESTART) + tc(p('1'))) + tr(tc(p('gone')) + tc(p('2')), delRow) + tr(tc(p('续'), VM_CONT) + tc(p('3')))));
    expect(shape(tables(r.value)[0]!)).toEqual([['a/续:2x1', '1:1x1'], ['3:1x1']]);
    expect(r.diagnostics.find((d) => d.code === 'docx-merged-cell-text')?.location).toMatchObject({ table: 1, row: 2, column: 1 });
  });
});

describe('tables outside the document body', () => {
  const pict = (inner: string) => `<w:p><w:r><w:pict><v:shape style="width:200pt;height:50pt"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;

  it('reads a table in a (VML) text box after its anchoring paragraph, with an info note naming it', async () => {
    const r = await parse(p('附件1') + pict(tbl(1, tr(tc(p('印章'))))) + tbl(2, tr(tc(p('序号')) + tc(p('责任单位')))));
    expect(tables(r.value).map(shape)).toEqual([[['印章:1x1']], [['序号:1x1', '责任单位:1x1']]]);
    expect(r.diagnostics).toMatchObject([{ severity: 'info', code: 'docx-textbox-table', location: { table: 1 } }]);
  });

  it('counts a text box written twice (mc:Choice and mc:Fallback) once, as mammoth reads only the fallback', async () => {
    const box = tbl(1, tr(tc(p('框内'))));
    const alt = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${box}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${box}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const main = tbl(2, tr(tc(p('a'), VM_RESTART) + tc(p('b'))) + tr(tc(p('续'), VM_CONT) + tc(p('c'))));
    const r = await parse(alt + main);
    expect(tables(r.value).map(shape)).toEqual([[['框内:1x1']], [['a/续:2x1', 'b:1x1'], ['c:1x1']]]);
    // The merged-text warning names the main table as table 2, the number it has in the output.
    expect(r.diagnostics.map((d) => [d.code, d.location.table])).toEqual([['docx-textbox-table', 1], ['docx-merged-cell-text', 2]]);
  });

  it('does not read header or footer tables as document tables, and notes that they were left out', async () => {
    const r = await parse(tbl(1, tr(tc(p('质量强市')))), { header: tbl(2, tr(tc(p('江门市人民政府办公室')) + tc(p('文件')))), footer: p('第 1 页') });
    expect(tables(r.value).map(shape)).toEqual([[['质量强市:1x1']]]);
    expect(JSON.stringify(r.value)).not.toContain('江门市人民政府办公室');
    expect(r.diagnostics).toMatchObject([{ severity: 'info', code: 'docx-header-table-ignored' }]);
    expect(r.diagnostics[0]!.message).toContain('word/header1.xml');
  });
});

describe('breaks and tabs inside cells', () => {
  it('keeps runs split by w:br, w:cr and page/column breaks as lines, and w:tab as a tab inside a line', async () => {
    const cell =
      '<w:p><w:r><w:t>市发展改革局、</w:t></w:r><w:r><w:t>市商务局</w:t></w:r><w:r><w:br/><w:t>市旅游局</w:t><w:tab/><w:t>（牵头）</w:t></w:r>' +
      '<w:r><w:cr/><w:t>市质监局</w:t></w:r><w:r><w:br w:type="page"/><w:t>各市（区）政府</w:t></w:r><w:r><w:br w:type="column"/><w:t>2019年底</w:t></w:r></w:p>' +
      p('80以上。');
    const r = await parse(tbl(1, tr(tc(cell))));
    expect(tables(r.value)[0]!.rows[0]!.cells[0]!.lines).toEqual(['市发展改革局、市商务局', '市旅游局\t（牵头）', '市质监局', '各市（区）政府', '2019年底', '80以上。']);
    expect(r.diagnostics).toEqual([]);
  });

  it('turns a page break between body paragraphs text into a line break too', async () => {
    const r = await parse('<w:p><w:r><w:t>附件1</w:t><w:br w:type="page"/><w:t>江门市创建全国质量强市示范城市工作指标</w:t></w:r></w:p>' + tbl(1, tr(tc(p('x')))));
    expect(r.value!.blocks[0]).toMatchObject({ kind: 'paragraph', text: '附件1\n江门市创建全国质量强市示范城市工作指标' });
  });
});

describe('fixTables', () => {
  it('returns the very same string when nothing needs fixing', () => {
    const xml = `<w:document><w:body>${tbl(2, tr(tc(p('a'), VM_RESTART) + tc(p('b'))) + tr(tc(p(''), VM_CONT) + tc(p('c'))))}</w:body></w:document>`;
    const r = fixTables(xml);
    expect(r.fixes).toEqual([]);
    expect(r.xml).toBe(xml);
  });

  it('skips the rewrite for merged tables whose continuation cells are empty, but not when one holds text or a table', () => {
    const doc = (cont: string) => `<w:body>${tbl(2, tr(tc(p('城市质量文化'), VM_RESTART) + tc(p('4.1'))) + tr(cont + tc(p('4.2'))))}</w:body>`;
    expect(mayNeedTableFix(doc(tc(p(''), VM_CONT)))).toBe(false);
    expect(mayNeedTableFix(doc(tc('<w:p/>', '<w:vMerge w:val="continue" />')))).toBe(false);
    expect(mayNeedTableFix(doc(tc(p('特色鲜明'), VM_CONT)))).toBe(true);
    expect(mayNeedTableFix(doc(tc(p('特色鲜明'), "<w:vMerge w:val='continue'></w:vMerge>")))).toBe(true);
    expect(mayNeedTableFix(doc(tc(tbl(1, tr(tc(p('内'))) ) + '<w:p/>', VM_CONT)))).toBe(true);
  });

  it('reports a continuation in a table’s first row (a merge carried on from the table above) without rewriting anything', () => {
    const upper = tbl(2, tr(tc(p('1')) + tc(p('市市场监管局'), VM_RESTART)));
    const lower = tbl(2, tr(tc(p('2')) + tc('<w:p/>', VM_CONT)) + tr(tc(p('3')) + tc('<w:p/>', VM_CONT)));
    const xml = `<w:document><w:body>${upper}<w:p/>${lower}</w:body></w:document>`;
    expect(mayNeedTableFix(xml)).toBe(true);
    expect(mayNeedTableFix(`<w:document><w:body>${upper}<w:p/>${tbl(2, tr(tc(p('2')) + tc(p('x'))))}</w:body></w:document>`)).toBe(false);
    const r = fixTables(xml);
    expect(r.fixes).toEqual([{ kind: 'merge-from-above', table: 2, row: 1, column: 2 }]);
    expect(r.xml).toBe(xml);
  });
});
