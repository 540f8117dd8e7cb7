// Minimal .docx files from raw WordprocessingML, for markup the `docx`
// package cannot write (legacy hMerge, content controls around rows, tracked
// changes, text boxes, header tables, numbering, fields, notes, comments).
import JSZip from 'jszip';

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'mc:Ignorable="wps w14"';

/** A paragraph holding one run per text. */
export const p = (...texts: string[]): string => `<w:p>${texts.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
/** A cell: tcPr inner XML and its content (paragraphs); an empty content gets an empty paragraph. */
export const tc = (content: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content || '<w:p/>'}</w:tc>`;
export const tr = (cells: string, trPr = ''): string => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
export const tbl = (cols: number, rows: string): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(cols)}</w:tblGrid>${rows}</w:tbl>`;
/** A block-level content control around `inner` (rows, cells or paragraphs). */
export const sdt = (inner: string): string => `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;

/** Optional parts: `header`/`footer` is the XML inside <w:hdr>/<w:ftr> of a default header/footer; the others the XML inside their part's root. */
export interface RawParts {
  header?: string;
  footer?: string;
  /** Inside <w:numbering> (word/numbering.xml). */
  numbering?: string;
  /** Inside <w:styles> (word/styles.xml). */
  styles?: string;
  /** Inside <w:footnotes> (word/footnotes.xml). */
  footnotes?: string;
  /** Inside <w:endnotes> (word/endnotes.xml). */
  endnotes?: string;
  /** Inside <w:comments> (word/comments.xml). */
  comments?: string;
  /** More parts, written as given (e.g. an image under word/media/). */
  files?: Record<string, Uint8Array | string>;
  /** More relationships of the document part (<Relationship …/> elements). */
  rels?: string;
}

/** Main-document parts other than headers/footers: file, root element, content type, relationship type. */
const PARTS = [
  ['numbering', 'numbering', 'numbering'],
  ['styles', 'styles', 'styles'],
  ['footnotes', 'footnotes', 'footnotes'],
  ['endnotes', 'endnotes', 'endnotes'],
  ['comments', 'comments', 'comments'],
] as const;

/** A .docx whose body is `bodyXml`, with the optional parts of `opts`. */
export async function rawDocx(bodyXml: string, opts: RawParts = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const parts: string[] = [];
  const rels: string[] = [];
  let sect = '';
  for (const [key, root, type] of PARTS) {
    const inner = opts[key];
    if (inner === undefined) continue;
    zip.file(`word/${key}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} ${W_NS}>${inner}</w:${root}>`);
    parts.push(`<Override PartName="/word/${key}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/>`);
    rels.push(`<Relationship Id="rId_${key}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${key}.xml"/>`);
  }
  for (const [name, data] of Object.entries(opts.files ?? {})) zip.file(name, data);
  if (opts.rels) rels.push(opts.rels);
  if (opts.header !== undefined) {
    zip.file('word/header1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W_NS}>${opts.header}</w:hdr>`);
    parts.push('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>');
    rels.push('<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>');
    sect += '<w:headerReference w:type="default" r:id="rIdH1"/>';
  }
  if (opts.footer !== undefined) {
    zip.file('word/footer1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${W_NS}>${opts.footer}</w:ftr>`);
    parts.push('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>');
    rels.push('<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>');
    sect += '<w:footerReference w:type="default" r:id="rIdF1"/>';
  }
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${parts.join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NS}><w:body>${bodyXml}<w:sectPr>${sect}</w:sectPr></w:body></w:document>`,
  );
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
