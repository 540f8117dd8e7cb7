// Makes the hand-written .docx files of test/fixtures/doc/features (Word features a table
// document may use: a field, line breaks, non-breaking and soft hyphens, horizontal and
// vertical merges, a nested table; a document without tables; English text), which
// LibreOffice then saves as .doc:
//   npx tsx test/doc/make-feature-docx.ts features.docx no-table.docx english.docx numbering.docx hidden.docx
//   soffice --headless --convert-to doc --outdir test/fixtures/doc/features *.docx
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (inner: string) => `<w:p>${inner}</w:p>`;
const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const tc = (inner: string, pr = '') => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${pr}</w:tcPr>${inner}</w:tc>`;
const tbl = (grid: number, rows: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(grid)}</w:tblGrid>${rows.map((x) => `<w:tr>${x}</w:tr>`).join('')}</w:tbl>`;
async function docx(body: string, out: string, numbering?: string) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  if (numbering) {
    zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${numbering}</w:numbering>`);
    zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`);
  }
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
// Automatic numbering: a 一、/（1） outline in paragraphs and a 1. 序号 column in a table (the
// merge continuation's empty paragraph is not numbered, as Word shows it).
const lvl = (ilvl: number, fmt: string, text: string, start = 1) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:suff w:val="nothing"/></w:lvl>`;
const num = (numId: number, ilvl: number) => `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
await docx(
  `<w:p>${num(1, 0)}${r('总体要求')}</w:p><w:p>${num(1, 1)}${r('目标')}</w:p><w:p>${num(1, 1)}${r('原则')}</w:p><w:p>${num(1, 0)}${r('重点任务')}</w:p><w:p>${num(1, 1)}${r('质量提升')}</w:p>` +
    tbl(3, [
      tc(p(r('序号'))) + tc(p(r('任务'))) + tc(p(r('单位'))),
      tc(`<w:p>${num(2, 0)}</w:p>`, '<w:vMerge w:val="restart"/>') + tc(p(r('制定方案'))) + tc(p(r('市市场监管局'))),
      tc(`<w:p>${num(2, 0)}</w:p>`, '<w:vMerge/>') + tc(p(r('组织实施'))) + tc(p(r('市工信局'))),
      tc(`<w:p>${num(2, 0)}</w:p>`) + tc(p(r('开展评估'))) + tc(p(r('市发改委'))),
    ]),
  process.argv[5]!,
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'decimal', '（%2）')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}</w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`,
);
// Hidden text (w:vanish) in a paragraph and in a cell: left out, as the .docx reader leaves it out.
const hiddenRun = (t: string) => `<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
await docx(
  p(r('考核表') + hiddenRun('（内部草稿）')) + tbl(2, [tc(p(r('指标'))) + tc(p(r('分值'))), tc(p(r('质量') + hiddenRun('旧指标') + r('效益'))) + tc(p(r('10')))]),
  process.argv[6]!,
);
