// Word features of real government .docx files, round 3 (raw WordprocessingML,
// raw-docx.ts): a table nested in a cell, equations (OMML), vertical text,
// comments and bookmarks, complex fields, sections/headers/notes, ragged rows.
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../parsers/docx/index.ts';
import { convertBytes } from '../../pipeline/convert.ts';
import type { SourceDocument, SourceTable } from '../../pipeline/model.ts';
import { p, rawDocx, tbl, tc, tr, type RawParts } from './raw-docx.ts';

const ctx = { file: 'f.docx', documentId: 'f' };
const parse = async (body: string, opts: RawParts = {}) => parseDocx(await rawDocx(body, opts), ctx);
const tables = (doc: SourceDocument | null) => doc!.blocks.filter((b): b is SourceTable => b.kind === 'table');
/** Each cell's lines joined with '/'. */
const texts = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => c.lines.join('/')));
const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const codes = (ds: { code: string }[]) => ds.map((d) => d.code);

describe('a table nested in a cell', () => {
  const inner = tbl(3, tr(tc(p('得分')) + tc(p('10')) + tc(p('5'))) + tr(tc(p('条件')) + tc(p('达标')) + tc(`<w:p>${run('未')}${run('达标')}</w:p>`)));
  const body =
    tbl(3, tr(tc(p('指标')) + tc(p('评分标准')) + tc(p('分值'))) + tr(tc(p('质量')) + tc(p('按下表计分') + inner + '<w:p/>') + tc(p('10'))) + tr(tc(p('安全')) + tc(p('无事故')) + tc(p('5')))) +
    p('之后') +
    tbl(1, tr(tc(p('二'))));

  it('ends in the outer cell, a line per row, and leaves the outer grid and the table count alone', async () => {
    const r = await parse(body);
    const ts = tables(r.value);
    expect(ts.map(texts)).toEqual([
      [['指标', '评分标准', '分值'], ['质量', '按下表计分/得分 10 5/条件 达标 未达标', '10'], ['安全', '无事故', '5']],
      [['二']],
    ]);
    const d = r.diagnostics.find((x) => x.code === 'docx-nested-table');
    expect(d).toMatchObject({ severity: 'info', location: { table: 1, row: 2, column: 2 } });
    expect(d!.message).toContain('得分 10 5');
  });

  it('leaves the data table held by a frame (a one-column layout table) a table of its own', async () => {
    const data = tbl(2, tr(tc(p('指标')) + tc(p('目标值'))) + tr(tc(p('A')) + tc(p('90%'))) + tr(tc(p('B')) + tc(p('95%'))));
    const r = await parse(tbl(1, tr(tc(p('附件1 指标表'))) + tr(tc(data + '<w:p/>'))));
    expect(tables(r.value).map(texts)).toEqual([[['附件1 指标表'], ['']], [['指标', '目标值'], ['A', '90%'], ['B', '95%']]]);
    expect(codes(r.diagnostics)).not.toContain('docx-nested-table');
  });

  it('loses no text end to end', async () => {
    const res = await convertBytes(await rawDocx(body), 'f.docx');
    const all = JSON.stringify(res);
    for (const s of ['得分 10 5', '条件 达标 未达标']) expect(all).toContain(s);
  });
});

const M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';
const mr = (t: string) => `<m:r><w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/></w:rPr><m:t>${t}</m:t></m:r>`;
const frac = (n: string, d: string) => `<m:f><m:fPr><m:ctrlPr/></m:fPr><m:num>${n}</m:num><m:den>${d}</m:den></m:f>`;

describe('equations (OMML) in cells', () => {
  it('keeps inline and display equations as text in reading order, fractions as num/den', async () => {
    const r = await parse(
      tbl(2,
        tr(tc(p('目标')) + tc(p('计算方法'))) +
        tr(
          tc(`<w:p>${run('达到')}<m:oMath ${M}>${mr('≥95%')}</m:oMath>${run('以上')}</w:p>`) +
          tc(`<w:p><m:oMathPara ${M}><m:oMath>${frac(mr('合格数'), mr('抽检数'))}${mr('×100%')}</m:oMath></m:oMathPara></w:p><w:p>${run('其中')}<m:oMath ${M}><m:sSup><m:e>${mr('x')}</m:e><m:sup>${mr('2')}</m:sup></m:sSup></m:oMath></w:p>`),
        ),
      ),
    );
    expect(texts(tables(r.value)[0])).toEqual([['目标', '计算方法'], ['达到≥95%以上', '合格数/抽检数×100%/其中x^2']]);
    // mammoth's "unrecognised element" notes are gone with the elements
    expect(r.diagnostics.filter((d) => /oMath/.test(d.message))).toEqual([]);
  });

  it('brackets a fraction part with an operator, and reads a display equation standing outside a paragraph', async () => {
    const r = await parse(tbl(1, tr(tc(`<m:oMathPara ${M}><m:oMath>${frac(mr('a+b'), mr('c'))}</m:oMath></m:oMathPara>`))));
    expect(texts(tables(r.value)[0])).toEqual([['(a+b)/c']]);
  });
});

describe('vertical text, breaks, comments, bookmarks and fields in cells', () => {
  it('keeps vertical (tbRl/btLr) cells in order, and line breaks and paragraphs as lines', async () => {
    const r = await parse(
      tbl(3,
        tr(tc(p('序号'), '<w:textDirection w:val="tbRl"/>') + tc(p('指标名称'), '<w:textDirection w:val="btLr"/>') + tc(p('目标值'))) +
        tr(tc(p('1')) + tc(`<w:p>${run('第一行')}<w:r><w:br/></w:r>${run('第二行')}</w:p>${p('第三段')}`) + tc(p('≥90%'))),
      ),
    );
    expect(texts(tables(r.value)[0])).toEqual([['序号', '指标名称', '目标值'], ['1', '第一行/第二行/第三段', '≥90%']]);
  });

  it('keeps comment text and bookmarks out of the cells', async () => {
    const r = await parse(
      tbl(2, tr(tc(`<w:p><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:commentRangeStart w:id="1"/>${run('安全生产')}<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r><w:bookmarkEnd w:id="0"/></w:p>`) + tc(p('90')))),
      { comments: `<w:comment w:id="1" w:author="a"><w:p>${run('批注内容')}</w:p></w:comment>` },
    );
    expect(texts(tables(r.value)[0])).toEqual([['安全生产', '90']]);
    expect(JSON.stringify(r.value)).not.toContain('批注');
  });

  it('keeps PAGE/NUMPAGES/REF/SEQ results and never the instruction', async () => {
    const fld = (instr: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const r = await parse(
      `<w:p>${run('表')}${fld('SEQ 表 \\* ARABIC', '1')}${run(' 指标')}</w:p>` +
        tbl(2, tr(tc(`<w:p>${run('第')}${fld('PAGE', '3')}${run('页共')}${fld('NUMPAGES', '9')}${run('页')}</w:p>`) + tc(`<w:p>${run('见')}${fld('REF _Ref123 \\h', '表1')}</w:p>`))),
    );
    expect(texts(tables(r.value)[0])).toEqual([['第3页共9页', '见表1']]);
    expect(JSON.stringify(r.value)).not.toMatch(/SEQ|ARABIC|NUMPAGES|_Ref/);
  });
});

describe('sections, headers, notes and ragged rows', () => {
  it('reads a table on a landscape section like any other, and no header/footer table as data', async () => {
    const r = await parse(
      p('标题') +
        '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr></w:p>' +
        tbl(2, tr(tc(p('指标')) + tc(p('值'))) + tr(tc(p('A')) + tc(p('1')))) +
        '<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:pPr></w:p>' +
        p('后'),
      { header: tbl(2, tr(tc(p('页眉表')) + tc(p('X')))), footer: tbl(1, tr(tc(p('页脚表')))) },
    );
    expect(tables(r.value).map(texts)).toEqual([[['指标', '值'], ['A', '1']]]);
    expect(codes(r.diagnostics).filter((c) => c === 'docx-header-table-ignored')).toHaveLength(2);
  });

  it('keeps a table in a footnote or endnote as lines of its note, not as a document table, and says so', async () => {
    const note = (kind: string, id: number, body: string) => `<w:${kind} w:id="${id}">${body}</w:${kind}>`;
    const seps = (kind: string) => note(kind, -1, '<w:p><w:r><w:separator/></w:r></w:p>').replace('w:id', 'w:type="separator" w:id') + note(kind, 0, '<w:p><w:r><w:continuationSeparator/></w:r></w:p>').replace('w:id', 'w:type="continuationSeparator" w:id');
    const body =
      tbl(2, tr(tc(p('指标')) + tc(p('值'))) + tr(tc(p('A')) + tc(p('1')))) +
      `<w:p>${run('注')}<w:r><w:footnoteReference w:id="2"/></w:r>${run('又')}<w:r><w:endnoteReference w:id="3"/></w:r></w:p>`;
    const r = await parse(body, {
      footnotes: seps('footnote') + note('footnote', 2, `<w:p>${run('口径说明')}</w:p>${tbl(2, tr(tc(p('脚注表A')) + tc(p('脚注表B'))) + tr(tc(p('C')) + tc(p('D'))))}`),
      endnotes: seps('endnote') + note('endnote', 3, tbl(1, tr(tc(p('尾注表')))) + '<w:p/>'),
    });
    expect(tables(r.value).map(texts)).toEqual([[['指标', '值'], ['A', '1']]]);
    const paras = r.value!.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text.trim()] : []));
    expect(paras).toContain('口径说明\n脚注表A 脚注表B\nC D');
    expect(paras.some((t) => t.includes('尾注表'))).toBe(true);
    expect(codes(r.diagnostics).filter((c) => c === 'docx-note-table')).toHaveLength(2);
  });

  it('keeps short rows and rows with a hidden row mark, each in its place', async () => {
    const r = await parse(
      tbl(4,
        tr(tc(p('a')) + tc(p('b')) + tc(p('c')) + tc(p('d'))) +
        tr(tc(p('1')) + tc(p('2'))) +
        tr(tc(p('h1')) + tc(p('h2')) + tc(p('h3')) + tc(p('h4')), '<w:hidden/>') +
        tr(tc(p('x')) + tc(p('y')) + tc(p('z')) + tc(p('w'))),
      ),
    );
    expect(texts(tables(r.value)[0])).toEqual([['a', 'b', 'c', 'd'], ['1', '2'], ['h1', 'h2', 'h3', 'h4'], ['x', 'y', 'z', 'w']]);
  });
});
