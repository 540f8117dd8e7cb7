// A spreadsheet embedded in a Word file as an object (Word shows a picture of it; the
// workbook is in word/embeddings/): its table is read in the object's place, from the
// sheet Word shows and only the range it shows; objects that cannot be read keep the warning.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../pipeline/convert.ts';
import { p, rawDocx, tbl, tc, tr } from './raw-docx.ts';
import { workbook, type SheetSpec } from '../../scripts/workbook-builder.ts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The run Word writes for an embedded object: a VML preview picture and the OLE object. */
const object = (n: number, progId: string) =>
  `<w:p><w:r><w:object w:dxaOrig="9000" w:dyaOrig="3000"><v:shape id="_x0000_i102${n}" type="#_x0000_t75" style="width:450pt;height:150pt" o:ole=""><v:imagedata r:id="rIdEmf${n}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="${progId}" ShapeID="_x0000_i102${n}" DrawAspect="Content" ObjectID="_16612345${n}" r:id="rIdOle${n}"/></w:object></w:r></w:p>`;

interface Obj {
  progId: string;
  target: string;
  bytes: Uint8Array;
}

async function docWith(body: (obj: (n: number) => string) => string, objs: Obj[]): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let rels = '';
  objs.forEach((o, i) => {
    const n = i + 1;
    files[`word/media/image${n}.emf`] = new Uint8Array(8);
    files[`word/${o.target}`] = o.bytes;
    rels += `<Relationship Id="rIdEmf${n}" Type="${REL}/image" Target="media/image${n}.emf"/>`;
    rels += `<Relationship Id="rIdOle${n}" Type="${REL}/${o.target.endsWith('.bin') ? 'oleObject' : 'package'}" Target="${o.target}"/>`;
  });
  return rawDocx(body((n) => object(n, objs[n - 1]!.progId)), { files, rels });
}

/** Adds what Excel writes into an embedded workbook: the shown range and the active sheet. */
async function asEmbedded(book: Uint8Array, oleSize: string | null, activeTab = 0): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(book);
  let xml = await zip.file('xl/workbook.xml')!.async('string');
  xml = xml.replace(/<workbookView\b[^>]*\/>/, `<workbookView activeTab="${activeTab}"/>`);
  if (!/<bookViews>/.test(xml)) xml = xml.replace('<sheets>', `<bookViews><workbookView activeTab="${activeTab}"/></bookViews><sheets>`);
  if (oleSize) xml = xml.replace('</workbook>', `<oleSize ref="${oleSize}"/></workbook>`);
  zip.file('xl/workbook.xml', xml);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

const HEADER = ['序号', '指标名称', '目标值', '责任单位'];
const SHEET: SheetSpec = {
  name: 'Sheet1',
  rows: [
    HEADER,
    ['1', '制造业产品质量合格率', '95%以上', '市市场监管局'],
    ['2', '万人发明专利拥有量', '12件', '市科技局'],
    // outside the range the object shows
    [null, null, null, null, '草稿：不显示'],
  ],
};

describe('a workbook embedded in a Word file', () => {
  it('is read in the object\'s place: tables before and after keep their order and numbers', async () => {
    const book = await asEmbedded(workbook([SHEET]), 'A1:D3');
    const before = tbl(2, tr(tc(p('城市名称')) + tc(p('XX市'))));
    const after = tbl(3, tr(tc(p('序号')) + tc(p('工作任务')) + tc(p('责任单位'))) + tr(tc(p('1')) + tc(p('开展质量提升行动')) + tc(p('市财政局'))));
    const bytes = await docWith((obj) => before + p('附件1  XX市质量强市主要指标') + obj(1) + p('附件2  重点任务') + after, [{ progId: 'Excel.Sheet.12', target: 'embeddings/Microsoft_Excel_Worksheet.xlsx', bytes: book }]);
    const r = await convertBytes(bytes, 'embedded.docx');
    expect(r.document.tables).toBe(3);
    expect(r.records.map((x) => [x.table, x.tableTitle, x.indicator ?? x.task, x.target, x.departments.map((d) => d.name)])).toEqual([
      [2, '附件1 XX市质量强市主要指标', '制造业产品质量合格率', '95%以上', ['市市场监督管理局']],
      [2, '附件1 XX市质量强市主要指标', '万人发明专利拥有量', '12件', ['市科学技术局']],
      [3, '附件2重点任务', '开展质量提升行动', null, ['市财政局']],
    ]);
    expect(r.records[0]!.provenance.mode).toBe('xlsx');
    expect(JSON.stringify(r)).not.toContain('草稿');
    const note = r.diagnostics.filter((d) => d.code === 'docx-embedded-workbook');
    expect(note.map((d) => [d.message, d.location.table])).toEqual([
      ['A spreadsheet embedded as an object (Excel.Sheet.12), which Word shows as a picture, was read from its workbook (word/embeddings/Microsoft_Excel_Worksheet.xlsx, sheet Sheet1): table 2 of the document.', 2],
    ]);
    expect(r.diagnostics.some((d) => d.code === 'docx-embedded-object')).toBe(false);
  });

  it('reads the sheet Word shows (the active one), not the first', async () => {
    const other: SheetSpec = { name: '说明', rows: [['填表说明：本表由市质量强市办汇总。']] };
    const book = await asEmbedded(workbook([other, SHEET]), null, 1);
    const bytes = await docWith((obj) => p('XX市质量强市主要指标') + obj(1), [{ progId: 'Excel.Sheet.12', target: 'embeddings/Microsoft_Excel_Worksheet1.xlsx', bytes: book }]);
    const r = await convertBytes(bytes, 'active.docx');
    expect(r.records.map((x) => x.indicator)).toEqual(['制造业产品质量合格率', '万人发明专利拥有量']);
    expect(JSON.stringify(r.records)).not.toContain('填表说明');
  });

  it('reads an Excel 97–2003 object (Excel.Sheet.8, the workbook in an OLE .bin)', async () => {
    const bin = workbook([{ ...SHEET, rows: SHEET.rows.slice(0, 3) }], 'biff8');
    const bytes = await docWith((obj) => p('XX市质量强市主要指标') + obj(1), [{ progId: 'Excel.Sheet.8', target: 'embeddings/oleObject1.bin', bytes: bin }]);
    const r = await convertBytes(bytes, 'biff.docx');
    expect(r.records.map((x) => [x.indicator, x.target])).toEqual([
      ['制造业产品质量合格率', '95%以上'],
      ['万人发明专利拥有量', '12件'],
    ]);
  });

  it('keeps the warning for what it cannot read: a damaged workbook, a Word document object, an object inside a table cell', async () => {
    const good = await asEmbedded(workbook([SHEET]), 'A1:D3');
    const bytes = await docWith(
      (obj) => p('表一') + obj(1) + obj(2) + tbl(1, tr(tc(p('单元格里的对象') + obj(3)))),
      [
        { progId: 'Excel.Sheet.12', target: 'embeddings/broken.xlsx', bytes: new Uint8Array(8) },
        { progId: 'Word.Document.12', target: 'embeddings/Microsoft_Word_Document.docx', bytes: new Uint8Array(8) },
        { progId: 'Excel.Sheet.12', target: 'embeddings/incell.xlsx', bytes: good },
      ],
    );
    const r = await convertBytes(bytes, 'unread.docx');
    const warn = r.diagnostics.filter((d) => d.code === 'docx-embedded-object').map((d) => d.message);
    expect(warn).toEqual([
      'The file holds 3 objects embedded from another program (Excel.Sheet.12, Word.Document.12), which Word shows as pictures and which are not read; copy them into the document as tables, or convert the embedded file itself.',
    ]);
    // the marker of the object in the cell leaves nothing behind
    expect(JSON.stringify(r)).not.toMatch(/govtables-object|\uE000/);
    expect(r.diagnostics.some((d) => d.code === 'docx-embedded-workbook')).toBe(false);
  });
});
