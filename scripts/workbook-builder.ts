// Workbooks for the spreadsheet tests and the benchmark, written by SheetJS as Excel writes them: a
// document's blocks laid out the way people paste a Word table into Excel (its title in
// A1, the table below with merged ranges, notes under it), one sheet per table.
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import type { Block, SourceDocument } from '../pipeline/model.ts';

export type BookType = 'xlsx' | 'biff8';

/** One sheet's rows: `string` cells, `null` for an empty one; merges in sheet coordinates. */
export interface SheetSpec {
  name: string;
  rows: (string | number | null)[][];
  merges?: XLSX.Range[];
  hiddenRows?: number[];
  hiddenCols?: number[];
  hidden?: boolean;
  /** Number formats by cell address (`B3` → `0%`). */
  formats?: Record<string, string>;
  /**
   * Cells written as given, by address, over `rows`: a formula with its cached value
   * (`{ t: 'n', v: 0.5, f: 'B2/C2' }`), an error cell (`{ t: 'e', v: 0x2a }` is `#N/A`).
   */
  cells?: Record<string, XLSX.CellObject>;
}

export function workbook(sheets: SheetSpec[], bookType: BookType = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows.map((r) => r.map((v) => (v === null ? undefined : v))));
    if (s.merges?.length) ws['!merges'] = s.merges;
    if (s.hiddenRows?.length) ws['!rows'] = s.hiddenRows.reduce<XLSX.RowInfo[]>((acc, r) => ((acc[r] = { hidden: true }), acc), []);
    if (s.hiddenCols?.length) ws['!cols'] = s.hiddenCols.reduce<XLSX.ColInfo[]>((acc, c) => ((acc[c] = { hidden: true }), acc), []);
    for (const [addr, c] of Object.entries(s.cells ?? {})) {
      ws[addr] = c;
      const at = XLSX.utils.decode_cell(addr);
      const ref = XLSX.utils.decode_range(ws['!ref'] ?? addr);
      ref.e.r = Math.max(ref.e.r, at.r);
      ref.e.c = Math.max(ref.e.c, at.c);
      ws['!ref'] = XLSX.utils.encode_range(ref);
    }
    for (const [addr, fmt] of Object.entries(s.formats ?? {})) {
      const c = ws[addr] as XLSX.CellObject | undefined;
      if (c) c.z = fmt;
    }
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  sheets.forEach((s, i) => {
    if (!s.hidden) return;
    wb.Workbook ??= {};
    wb.Workbook.Sheets ??= [];
    wb.Workbook.Sheets[i] = { ...(wb.Workbook.Sheets[i] ?? {}), Hidden: 1 };
  });
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
}

/**
 * A parsed document as a workbook: each table on a sheet of its own (Sheet1, Sheet2 …),
 * the paragraphs before it in column A above it and the ones after the last table under
 * it, its cells at their grid positions with row/column spans as merged ranges.
 */
export function documentAsWorkbook(doc: SourceDocument, bookType: BookType = 'xlsx'): Uint8Array {
  const sheets: SheetSpec[] = [];
  let before: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      if (b.text.trim()) before.push(b.text);
      continue;
    }
    sheets.push(tableSheet(`Sheet${sheets.length + 1}`, before, b));
    before = [];
  }
  const last = sheets[sheets.length - 1];
  if (last && before.length) for (const p of before) last.rows.push([p]);
  return workbook(sheets, bookType);
}

function tableSheet(name: string, above: string[], t: Extract<Block, { kind: 'table' }>): SheetSpec {
  const rows: (string | null)[][] = above.map((p) => [p]);
  const merges: XLSX.Range[] = [];
  const top = rows.length;
  const taken: boolean[][] = [];
  t.rows.forEach((row, ri) => {
    const r = top + ri;
    rows[r] ??= [];
    taken[ri] ??= [];
    let c = 0;
    for (const cell of row.cells) {
      while (taken[ri]![c]) c++;
      rows[r]![c] = cell.lines.join('\n') || null;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) ((taken[ri + dr] ??= [])[c + dc] = true);
      if (cell.rowSpan > 1 || cell.colSpan > 1) merges.push({ s: { r, c }, e: { r: r + cell.rowSpan - 1, c: c + cell.colSpan - 1 } });
      c += cell.colSpan;
    }
  });
  const width = Math.max(...rows.map((r) => r.length));
  return { name, rows: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)), merges };
}

/** A run of rich text (`<r>`): its text and whether it is bold or coloured, as Excel writes a cell typed with mixed fonts. */
export interface Run {
  text: string;
  bold?: boolean;
  color?: string;
}

const xmlEscape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An .xlsx workbook with parts Excel writes and SheetJS does not: rich-text cells (`<is><r>…`,
 * replacing the cell at that address of the first sheet), and a drawing (`xl/drawings/…`) on
 * the first sheet holding a chart (`xl/charts/chart1.xml`, its series' cached values) or a
 * picture (`xl/media/image1.png`).
 */
export async function withExcelParts(book: Uint8Array, opts: { richText?: Record<string, Run[]>; chart?: boolean; image?: boolean }): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(book);
  const sheetPath = 'xl/worksheets/sheet1.xml';
  let xml = await zip.file(sheetPath)!.async('string');
  for (const [addr, runs] of Object.entries(opts.richText ?? {})) {
    const is = runs
      .map((r) => {
        const pr = [r.bold ? '<b/>' : '', r.color ? `<color rgb="${r.color}"/>` : ''].join('');
        return `<r>${pr ? `<rPr>${pr}</rPr>` : ''}<t xml:space="preserve">${xmlEscape(r.text)}</t></r>`;
      })
      .join('');
    const cellXml = new RegExp(`<c r="${addr}"[^>]*?(?:/>|>.*?</c>)`);
    if (!cellXml.test(xml)) throw new Error(`no cell ${addr} to replace`);
    xml = xml.replace(cellXml, `<c r="${addr}" t="inlineStr"><is>${is}</is></c>`);
  }
  if (opts.chart || opts.image) {
    xml = xml.replace(/<\/worksheet>$/, '<drawing r:id="rIdDrawing1"/></worksheet>');
    if (!/xmlns:r=/.test(xml)) xml = xml.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
    zip.file('xl/worksheets/_rels/sheet1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdDrawing1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>');
    const anchor = opts.chart
      ? '<xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>'
      : '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="图片 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/></xdr:blipFill><xdr:spPr/></xdr:pic>';
    zip.file('xl/drawings/drawing1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${anchor}<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`);
    const target = opts.chart ? '../charts/chart1.xml' : '../media/image1.png';
    const type = opts.chart ? 'chart' : 'image';
    zip.file('xl/drawings/_rels/drawing1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`);
    if (opts.chart)
      zip.file('xl/charts/chart1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>各县区质量提升完成率</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:barChart><c:ser><c:idx val="0"/><c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:ptCount val="2"/><c:pt idx="0"><c:v>0.95</c:v></c:pt><c:pt idx="1"><c:v>0.9</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>');
    // a 1×1 PNG
    else zip.file('xl/media/image1.png', Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')));
    let types = await zip.file('[Content_Types].xml')!.async('string');
    types = types.replace('</Types>', `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>${opts.chart ? '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' : '<Default Extension="png" ContentType="image/png"/>'}</Types>`);
    zip.file('[Content_Types].xml', types);
  }
  zip.file(sheetPath, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
