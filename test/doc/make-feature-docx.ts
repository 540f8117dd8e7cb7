// Makes the hand-written .docx files of test/fixtures/doc/features (Word features a table
// document may use: a field, line breaks, non-breaking and soft hyphens, horizontal and
// vertical merges, a nested table; a document without tables; English text), which
// LibreOffice then saves as .doc:
//   npx tsx test/doc/make-feature-docx.ts features.docx no-table.docx english.docx
//   soffice --headless --convert-to doc --outdir test/fixtures/doc/features *.docx
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (inner: string) => `<w:p>${inner}</w:p>`;
const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const tc = (inner: string, pr = '') => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${pr}</w:tcPr>${inner}</w:tc>`;
const tbl = (grid: number, rows: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(grid)}</w:tblGrid>${rows.map((x) => `<w:tr>${x}</w:tr>`).join('')}</w:tbl>`;
async function docx(body: string, out: string) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`);
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }));
}
const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://example.cn/" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('市场监管局网站')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const nested = tbl(2, [tc(p(r('甲'))) + tc(p(r('1分'))), tc(p(r('乙'))) + tc(p(r('2分')))]);
await docx(
  p(r('某市质量工作评分表')) +
    p(r('见') + field + r('。')) +
    tbl(3, [
      tc(p(r('项目'))) + tc(p(r('标准')), '<w:gridSpan w:val="2"/>'),
      tc(p(r('第一行')) + p(r('A<w:br/>B').replace('<w:br/>', '</w:t><w:br/><w:t>')), '<w:vMerge w:val="restart"/>') + tc(p(r('GB')+'<w:r><w:noBreakHyphen/></w:r>'+r('T 1234')+'<w:r><w:softHyphen/></w:r>'+r('5'))) + tc(p(r('Q/')) ),
      tc(p(''), '<w:vMerge/>') + tc(p(r('评分')) + nested + p('')) + tc(p(r('合计'))),
    ]) +
    p(r('注：以上 ') + field),
  process.argv[2]!,
);
await docx(p(r('某市质量工作方案')) + p(r('一、总体要求')) + p(r('到2025年，质量总体水平显著提升。')), process.argv[3]!);
// English-only paragraphs with cp1252 characters (test/doc/binary.test.ts rewrites the .doc's
// text as a compressed 8-bit piece, which LibreOffice never writes).
await docx(p(r('Quality plan “2025” – €5 café')) + p(r('Second paragraph')), process.argv[4]!);
