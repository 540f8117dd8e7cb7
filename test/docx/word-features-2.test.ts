// More Word/WPS features, each written the way Word or WPS writes it (raw
// WordprocessingML, raw-docx.ts): automatic numbering, fields, symbols and
// hyphens, hidden/deleted/moved text, repeated header rows, notes, comments,
// content controls, several tables and a split table, and files that are not
// what their name says.
import { describe, expect, it } from 'vitest';
import { formatNumber, readNumbering } from '../../parsers/docx/numbering.ts';
import { NO_STYLES, readStyles } from '../../parsers/docx/styles.ts';
import { makeParseDocx, parseDocx } from '../../parsers/docx/index.ts';
import { convertBytes } from '../../pipeline/convert.ts';
import { diag, type SourceDocument, type SourceTable } from '../../pipeline/model.ts';
import { p, rawDocx, tbl, tc, tr, type RawParts } from './raw-docx.ts';
import { numbered, w, wordFile, wrow, hrow } from '../../scripts/word-builder.ts';

const ctx = { file: 'f.docx', documentId: 'f' };
const parse = async (body: string, opts: RawParts = {}) => parseDocx(await rawDocx(body, opts), ctx);
const tables = (doc: SourceDocument | null) => doc!.blocks.filter((b): b is SourceTable => b.kind === 'table');
/** Each cell's lines joined with '/'. */
const texts = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => c.lines.join('/')));
const paragraphs = (doc: SourceDocument | null) => doc!.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text.trim()] : []));
const run = (t: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const codes = (ds: { code: string }[]) => ds.map((d) => d.code);

// ---------------------------------------------------------------------------
// 1. Automatic numbering

/** A w:lvl as Word writes it (w:tplc, w:lvlJc, an indent); `extra` goes before w:lvlText (w:suff, w:lvlRestart, w:isLgl). */
const lvl = (ilvl: number, fmt: string, text: string, start = 1, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}" w:tplc="0409000F"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${420 * (ilvl + 1)}" w:hanging="420"/></w:pPr></w:lvl>`;
const abstractNum = (id: number, levels: string, type = 'hybridMultilevel') =>
  `<w:abstractNum w:abstractNumId="${id}"><w:nsid w:val="1A2B3C4${id}"/><w:multiLevelType w:val="${type}"/><w:tmpl w:val="0409001${id}"/>${levels}</w:abstractNum>`;
const num = (numId: number, abstractId: number, overrides = '') => `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const startOverride = (ilvl: number, v: number) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${v}"/></w:lvlOverride>`;
/** A numbered paragraph as Word writes it: pStyle, numPr, then the rest of pPr. */
const np = (numId: number, text = '', ilvl = 0, pPrExtra = '') =>
  `<w:p><w:pPr><w:pStyle w:val="a3"/><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr><w:ind w:firstLineChars="0"/>${pPrExtra}</w:pPr>${text ? run(text) : ''}</w:p>`;
const STYLES_A3 = '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>';

describe('automatic numbering (w:numPr → numbering.xml)', () => {
  it('writes the numbers Word shows into a 序号 column, a multi-level text column, and a WPS 一、 heading', async () => {
    const numbering =
      abstractNum(0, lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2')) +
      // WPS: single level, chineseCounting, no tab after the label.
      abstractNum(1, lvl(0, 'chineseCounting', '%1、', 1, '<w:suff w:val="nothing"/>'), 'singleLevel') +
      abstractNum(2, lvl(0, 'decimal', '（%1）')) +
      num(1, 0) + num(2, 1) + num(3, 2);
    const r = await parse(
      np(2, '主要指标') +
        tbl(3,
          tr(tc(p('序号')) + tc(p('指标')) + tc(p('措施'))) +
          tr(tc(np(1)) + tc(p('制造业产品质量合格率')) + tc(np(3, '加强监督抽查') + np(3, '开展质量提升行动'))) +
          tr(tc(np(1)) + tc(p('服务业顾客满意度')) + tc(np(1, '服务标准', 1) + np(1, '服务品牌', 1))) +
          tr(tc(np(1)) + tc(p('工程质量一次验收合格率')) + tc(np(3, '推行质量终身责任制'))),
        ) +
        np(2, '保障措施'),
      { numbering, styles: STYLES_A3 },
    );
    expect(texts(tables(r.value)[0]!)).toEqual([
      ['序号', '指标', '措施'],
      ['1.', '制造业产品质量合格率', '（1） 加强监督抽查/（2） 开展质量提升行动'],
      ['2.', '服务业顾客满意度', '2.1 服务标准/2.2 服务品牌'],
      ['3.', '工程质量一次验收合格率', '（3） 推行质量终身责任制'],
    ]);
    expect(paragraphs(r.value)).toEqual(['一、主要指标', '二、保障措施']);
    expect(r.diagnostics.find((d) => d.code === 'docx-numbering')).toMatchObject({ severity: 'info' });
    expect(r.diagnostics.find((d) => d.code === 'docx-numbering')!.message).toMatch(/^10 paragraphs .*"一、", "1\.", "（1）"/);
  });

  it('follows start values, startOverride restarts, lists that continue through a second w:num, and level restarts', async () => {
    const numbering =
      abstractNum(0, lvl(0, 'decimal', '%1')) +
      abstractNum(1, lvl(0, 'decimalEnclosedCircle', '%1', 5)) +
      abstractNum(2, lvl(0, 'upperRoman', '%1.') + lvl(1, 'lowerLetter', '%2)') + lvl(2, 'decimal', '%3', 1, '<w:lvlRestart w:val="1"/>')) +
      num(1, 0) + num(2, 0, startOverride(0, 1)) + num(3, 0) + num(4, 1) + num(5, 2);
    const col = (...cells: string[]) => tbl(1, cells.map((c) => tr(tc(c))).join(''));
    const r = await parse(
      col(np(1), np(1)) + p('附件2') + col(np(2), np(2)) + p('附件3') + col(np(3)) + col(np(4), np(4)) +
        col(np(5, 'a'), np(5, 'b', 1), np(5, 'c', 2), np(5, 'd', 1), np(5, 'e', 2), np(5, 'f', 0), np(5, 'g', 2), np(5, 'h', 1)),
      { numbering },
    );
    expect(tables(r.value).map((t) => texts(t).map((row) => row[0]))).toEqual([
      ['1', '2'],
      ['1', '2'], // a new w:num with startOverride: Word's "restart numbering"
      ['3'], // another w:num of the same list without override continues it
      ['⑤', '⑥'], // w:start 5
      // level 2 restarts only after level 0 (w:lvlRestart 1), level 1 after any higher level
      ['I. a', 'a) b', '1 c', 'b) d', '2 e', 'II. f', '1 g', 'a) h'],
    ]);
  });

  it('numbers paragraphs through their paragraph style, a w:numStyleLink list and a w:lvlOverride level', async () => {
    const styles =
      STYLES_A3 +
      '<w:style w:type="paragraph" w:styleId="10"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="20"><w:name w:val="heading 2"/><w:basedOn w:val="10"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="numbering" w:styleId="list"><w:name w:val="条款列表"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
    const numbering =
      abstractNum(0, lvl(0, 'chineseCounting', '第%1章', 1, '<w:suff w:val="space"/>') + lvl(1, 'decimal', '%1.%2', 1, '<w:isLgl/>')) +
      abstractNum(1, lvl(0, 'decimal', '%1．')) +
      '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="list"/></w:abstractNum>' +
      num(1, 0) + num(2, 1) + num(3, 2) +
      num(4, 1, `<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:lvlOverride>`);
    const styled = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run(text)}</w:p>`;
    const r = await parse(styled('10', '总则') + styled('20', '目标') + styled('20', '原则') + styled('10', '指标') + np(3, '条款') + np(3, '条款') + np(4, '甲') + np(4, '乙'), { numbering, styles });
    expect(paragraphs(r.value)).toEqual(['第一章 总则', '1.1 目标', '1.2 原则', '第二章 指标', '1． 条款', '2． 条款', '(a) 甲', '(b) 乙']);
  });

  it('does not number hidden paragraphs nor the empty paragraph of a merge-continuation cell, and leaves bullets out', async () => {
    const numbering = abstractNum(0, lvl(0, 'decimal', '%1')) + abstractNum(1, '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>') + num(1, 0) + num(2, 1);
    const hidden = np(1, '', 0, '<w:rPr><w:vanish/></w:rPr>');
    const r = await parse(
      tbl(2,
        tr(tc(np(1), '<w:vMerge w:val="restart"/>') + tc(np(2, '要点'))) +
        tr(tc(np(1), '<w:vMerge/>') + tc(hidden + p('x'))) +
        tr(tc(np(1)) + tc(np(2, '要点二')))),
      { numbering },
    );
    expect(texts(tables(r.value)[0]!)).toEqual([["1", "要点"], ["x"], ["2", "要点二"]]);
    expect(tables(r.value)[0]!.rows[0]!.cells[0]!.rowSpan).toBe(2);
  });

  it('does not count rows or paragraph marks deleted as tracked changes', async () => {
    const numbering = abstractNum(0, lvl(0, 'decimal', '%1')) + num(1, 0);
    const change = 'w:id="7" w:author="审核人" w:date="2020-03-01T00:00:00Z"';
    const delMark = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del ${change}/></w:rPr></w:pPr><w:del ${change}><w:r><w:delText>旧</w:delText></w:r></w:del></w:p>`;
    const r = await parse(
      tbl(2,
        tr(tc(np(1)) + tc(p('a'))) +
        tr(tc(np(1)) + tc(p('删除的行')), `<w:del ${change}/>`) +
        tr(tc(delMark + np(1)) + tc(p('b')))),
      { numbering },
    );
    expect(texts(tables(r.value)[0]!)).toEqual([['1', 'a'], ['2', 'b']]);
  });

  it('formats every counter style Chinese documents use', () => {
    const f = (fmt: string, ...ns: number[]) => ns.map((n) => formatNumber(n, fmt));
    expect(f('chineseCounting', 1, 10, 11, 20, 21, 99, 100)).toEqual(['一', '十', '十一', '二十', '二十一', '九十九', '一〇〇']);
    expect(f('chineseCountingThousand', 10, 105, 110, 1000, 1010)).toEqual(['十', '一百零五', '一百一十', '一千', '一千零一十']);
    expect(f('chineseLegalSimplified', 1, 12, 20)).toEqual(['壹', '壹拾贰', '贰拾']);
    expect(f('ideographTraditional', 1, 10, 11)).toEqual(['甲', '癸', '11']);
    expect(f('decimalEnclosedCircle', 1, 20, 21)).toEqual(['①', '⑳', '21']);
    expect(f('decimalEnclosedParen', 3)).toEqual(['⑶']);
    expect(f('decimalEnclosedFullstop', 3)).toEqual(['⒊']);
    expect(f('decimalFullWidth', 12)).toEqual(['１２']);
    expect(f('decimalZero', 7, 12)).toEqual(['07', '12']);
    expect(f('upperLetter', 1, 26, 27)).toEqual(['A', 'Z', 'AA']);
    expect(f('lowerRoman', 4, 9, 14)).toEqual(['iv', 'ix', 'xiv']);
    expect(f('none', 3)).toEqual(['']);
    expect(f('someFutureFormat', 3)).toEqual(['3']);
    expect(formatNumber(7, 'custom', '001, 002, 003, ...')).toBe('007');
  });

  it('reads no list from a numbering part without w:num, and numbers nothing through numId 0', () => {
    expect(readNumbering(`<w:numbering>${abstractNum(0, lvl(0, 'decimal', '%1'))}</w:numbering>`, NO_STYLES).defined).toBe(false);
    const n = readNumbering(`<w:numbering>${abstractNum(0, lvl(0, 'decimal', '%1'))}${num(1, 0)}</w:numbering>`, readStyles(null));
    expect(n.next('0', 0, undefined)).toBeNull();
    expect(n.next('9', 0, undefined)).toBeNull();
    expect(n.next('1', 0, undefined)).toMatchObject({ text: '1' });
  });

  it('gives a Word-numbered 序号 column its codes end to end', async () => {
    const numbering = abstractNum(0, lvl(0, 'decimal', '%1')) + num(1, 0);
    const body =
      p('江门市质量强市主要指标') +
      tbl(4,
        tr(tc(p('序号')) + tc(p('指标名称')) + tc(p('目标值')) + tc(p('责任单位')), '<w:tblHeader/>') +
        tr(tc(np(1)) + tc(p('制造业产品质量合格率')) + tc(p('≥95%')) + tc(p('市市场监管局'))) +
        tr(tc(np(1)) + tc(p('农产品质量安全抽检合格率')) + tc(p('≥98%')) + tc(p('市农业农村局'))) +
        tr(tc(np(1)) + tc(p('工程质量一次验收合格率')) + tc(p('100%')) + tc(p('市住房城乡建设局'))));
    const res = await convertBytes(await rawDocx(body, { numbering }), 'numbered.docx');
    expect(res.records.map((r) => [r.indicatorCode, r.indicator])).toEqual([
      ['1', '制造业产品质量合格率'],
      ['2', '农产品质量安全抽检合格率'],
      ['3', '工程质量一次验收合格率'],
    ]);
  });
});

describe('automatic numbering written by another producer (the docx package: a w:num per list instance, startOverride on every level)', () => {
  it('numbers each table\'s 序号 column from 1 when each is its own list instance, and the 一、 headings across the document', async () => {
    const seq = (instance: number) => numbered({ reference: 'seq', instance });
    const heading = (text: string) => ({ paragraph: text, list: { reference: 'cn' } });
    const bytes = await wordFile(
      [
        heading('主要指标'),
        { widths: [1, 5, 2, 3], rows: [hrow('序号', '指标名称', '目标值', '责任单位'), wrow(seq(1), w('制造业产品质量合格率'), w('≥95%'), w('市市场监管局')), wrow(seq(1), w('农产品质量安全抽检合格率'), w('≥98%'), w('市农业农村局'))] },
        heading('重点任务'),
        { widths: [1, 5, 2, 3], rows: [hrow('序号', '指标名称', '目标值', '责任单位'), wrow(seq(2), w('工程质量一次验收合格率'), w('100%'), w('市住房城乡建设局')), wrow(seq(2), w('服务业顾客满意度'), w('≥80'), w('市商务局'))] },
      ],
      {
        lists: [
          { reference: 'seq', levels: [{ level: 0, format: 'decimal', text: '%1', start: 1 }] },
          { reference: 'cn', levels: [{ level: 0, format: 'chineseCounting', text: '%1、', start: 1, suffix: 'nothing' }] },
        ],
      },
    );
    const parsed = await parseDocx(bytes, ctx);
    expect(paragraphs(parsed.value)).toEqual(['一、主要指标', '二、重点任务']);
    expect(tables(parsed.value).map((t) => texts(t).slice(1).map((r) => r[0]))).toEqual([['1', '2'], ['1', '2']]);
    const res = await convertBytes(bytes, 'docx-package.docx');
    expect(res.records.map((r) => [r.table, r.indicatorCode])).toEqual([[1, '1'], [1, '2'], [2, '1'], [2, '2']]);
  });
});

// ---------------------------------------------------------------------------
// 2. Fields

const complexField = (instr: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

describe('fields', () => {
  it('keeps the displayed result of simple and complex fields, never the instruction', async () => {
    const r = await parse(
      tbl(1,
        tr(tc(para(run('第'), `<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:rPr><w:noProof/></w:rPr><w:t>3</w:t></w:r></w:fldSimple>`, run('页')))) +
        tr(tc(para(run('见'), complexField('REF _Ref52 \\h', run('表1')), run('。')))) +
        tr(tc(para(complexField('HYPERLINK "http://scjgj.jiangmen.gov.cn/"', run('市市场监管局网站'))))) +
        // A field nested in another field's result (Word writes this for a SEQ inside a REF'd caption).
        tr(tc(para(run('表'), complexField('SEQ 表 \\* ARABIC', complexField('QUOTE 2', run('2'))), run('：指标')))) +
        tr(tc(para(run('合计'), `<w:fldSimple w:instr=" =SUM(ABOVE) "><w:r><w:t>100</w:t></w:r></w:fldSimple>`)))),
    );
    expect(texts(tables(r.value)[0]!)).toEqual([['第3页'], ['见表1。'], ['市市场监管局网站'], ['表2：指标'], ['合计100']]);
    expect(JSON.stringify(r.value)).not.toMatch(/PAGE|REF|HYPERLINK|SEQ|SUM|MERGEFORMAT/);
    expect(r.diagnostics).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// 3. Symbols, tabs, breaks, hyphens

describe('symbols, tabs, breaks and hyphens inside cells', () => {
  it('reads w:sym in Symbol and in ordinary fonts, tabs and line breaks, and hyphens as Word shows them', async () => {
    const sym = (font: string, ch: string) => `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr><w:sym w:font="${font}" w:char="${ch}"/></w:r>`;
    const r = await parse(
      tbl(2,
        tr(tc(para(run('合格率'), sym('Symbol', 'F0B3'), run('95%'))) + tc(para(run('满意度'), sym('宋体', '2265'), run('80')))) +
        tr(tc(para(run('2019'), '<w:r><w:noBreakHyphen/></w:r>', run('2020年'))) + tc(para(run('质量'), '<w:r><w:softHyphen/></w:r>', run('强市')))) +
        tr(tc(para(run('牵头：'), '<w:r><w:tab/></w:r>', run('市市场监管局'), '<w:r><w:br/></w:r>', run('配合：各区政府'))) + tc(para(sym('Wingdings', 'F0FC'), run('已完成'))))),
    );
    expect(texts(tables(r.value)[0]!)).toEqual([
      ['合格率≥95%', '满意度≥80'],
      ['2019-2020年', '质量强市'],
      ['牵头：\t市市场监管局/配合：各区政府', '✓已完成'],
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// 4. Hidden, deleted and moved text

describe('hidden, deleted and moved text', () => {
  const ins = (t: string) => `<w:ins w:id="11" w:author="审核人" w:date="2020-03-01T00:00:00Z">${run(t)}</w:ins>`;
  const del = (t: string) => `<w:del w:id="12" w:author="审核人" w:date="2020-03-01T00:00:00Z"><w:r><w:delText>${t}</w:delText></w:r></w:del>`;

  it('leaves out hidden runs (direct, through a character or paragraph style) and says where', async () => {
    const styles =
      '<w:style w:type="character" w:styleId="hid"><w:name w:val="隐藏"/><w:rPr><w:vanish/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="hp"><w:name w:val="隐藏段落"/><w:rPr><w:vanish/></w:rPr></w:style>';
    const r = await parse(
      tbl(2,
        tr(tc(p('指标')) + tc(p('目标值'))) +
        tr(tc(para(run('质量竞争力指数'), run('（内部测算口径）', '<w:vanish/>'))) + tc(para(run('≥85'), run('备注', '<w:rStyle w:val="hid"/>'), run('（显示）', '<w:vanish w:val="0"/>')))) +
        tr(tc(`<w:p><w:pPr><w:pStyle w:val="hp"/></w:pPr>${run('整段隐藏')}</w:p>` + p('品牌价值')) + tc(p('10亿元')))),
      { styles },
    );
    expect(texts(tables(r.value)[0]!)).toEqual([['指标', '目标值'], ['质量竞争力指数', '≥85（显示）'], ['品牌价值', '10亿元']]);
    expect(r.diagnostics.map((d) => [d.code, d.location])).toEqual([
      ['docx-hidden-text', { table: 1, row: 2, column: 1 }],
      ['docx-hidden-text', { table: 1, row: 2, column: 2 }],
      ['docx-hidden-text', { table: 1, row: 3, column: 1 }],
    ]);
    expect(r.diagnostics[0]!.message).toContain('（内部测算口径）');
  });

  it('shows moved text once (at its new place) and deleted text never', async () => {
    const moveFrom = `<w:moveFromRangeStart w:id="1" w:author="a" w:date="2020-03-01T00:00:00Z" w:name="move1"/><w:moveFrom w:id="2" w:author="a" w:date="2020-03-01T00:00:00Z">${run('市商务局')}</w:moveFrom><w:moveFromRangeEnd w:id="1"/>`;
    const moveTo = `<w:moveToRangeStart w:id="3" w:author="a" w:date="2020-03-01T00:00:00Z" w:name="move1"/><w:moveTo w:id="4" w:author="a" w:date="2020-03-01T00:00:00Z">${run('市商务局')}</w:moveTo><w:moveToRangeEnd w:id="3"/>`;
    const r = await parse(tbl(2, tr(tc(para(moveFrom, run('市财政局'), del('、市统计局'), ins('、'), moveTo)) + tc(para(run('2020年'), del('6月'), ins('12月'), run('底前'))))));
    expect(texts(tables(r.value)[0]!)).toEqual([['市财政局、市商务局', '2020年12月底前']]);
    expect(codes(r.diagnostics)).toEqual(['docx-tracked-changes']);
  });
});

// ---------------------------------------------------------------------------
// 5. Repeated header rows and a title row over the grid

describe('header rows (w:tblHeader)', () => {
  const titleRow = (trPr = '<w:tblHeader/>') => tr(tc(p('江门市质量强市主要指标'), '<w:gridSpan w:val="4"/><w:vAlign w:val="center"/>'), trPr);
  const header = (trPr = '<w:tblHeader/>') => tr(tc(p('序号')) + tc(p('指标名称')) + tc(p('目标值')) + tc(p('责任单位')), `<w:cantSplit/>${trPr}`);
  const body = tr(tc(p('1')) + tc(p('制造业产品质量合格率')) + tc(p('≥95%')) + tc(p('市市场监管局'))) + tr(tc(p('2')) + tc(p('农产品质量安全抽检合格率')) + tc(p('≥98%')) + tc(p('市农业农村局')));

  it('marks the repeated rows, and only them, as header rows', async () => {
    const r = await parse(tbl(4, titleRow() + header() + body));
    expect(tables(r.value)[0]!.rows.map((row) => row.header)).toEqual([true, true, false, false]);
    expect(tables(r.value)[0]!.rows[0]!.cells[0]!.colSpan).toBe(4);
  });

  it('reads a title row spanning the grid as the caption above the real header, repeated or not', async () => {
    for (const [t, h] of [['<w:tblHeader/>', '<w:tblHeader/>'], ['', '']]) {
      const res = await convertBytes(await rawDocx(tbl(4, titleRow(t) + header(h) + body)), 'title-row.docx');
      expect(res.records.map((x) => [x.indicatorCode, x.indicator, x.target])).toEqual([
        ['1', '制造业产品质量合格率', '≥95%'],
        ['2', '农产品质量安全抽检合格率', '≥98%'],
      ]);
      expect(res.records[0]!.tableTitle).toBe('江门市质量强市主要指标');
      expect(res.diagnostics.find((d) => d.code === 'caption-row')).toMatchObject({ location: { table: 1, row: 1 } });
    }
  });
});

// ---------------------------------------------------------------------------
// 6. Notes, comments, content controls

describe('footnotes, endnotes, comments, content controls and check boxes in cells', () => {
  const footnotes =
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
    `<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="a5"/></w:pPr><w:r><w:rPr><w:rStyle w:val="a6"/></w:rPr><w:footnoteRef/></w:r>${run(' 按国家统计局口径计算。')}</w:p></w:footnote>`;
  const endnotes = `<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>${run(' 数据来源：市统计局。')}</w:p></w:endnote>`;
  const comments = `<w:comment w:id="0" w:author="张三" w:date="2020-03-01T00:00:00Z" w:initials="张"><w:p><w:r><w:annotationRef/></w:r>${run('此处目标值是否偏高？')}</w:p></w:comment>`;
  const styles = '<w:style w:type="character" w:styleId="a6"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="a5"><w:name w:val="footnote text"/></w:style><w:style w:type="character" w:styleId="a7"><w:name w:val="annotation reference"/></w:style>';

  it('leaves note marks and comments out of the cells, and keeps the notes as paragraphs at the end', async () => {
    const r = await parse(
      p('主要指标') +
        tbl(2,
          tr(tc(p('指标')) + tc(p('目标值'))) +
          tr(tc(para(run('研发经费支出占比'), '<w:r><w:rPr><w:rStyle w:val="a6"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')) + tc(para('<w:commentRangeStart w:id="0"/>', run('2.5%'), '<w:commentRangeEnd w:id="0"/>', '<w:r><w:rPr><w:rStyle w:val="a7"/></w:rPr><w:commentReference w:id="0"/></w:r>'))) +
          tr(tc(para(run('品牌数量'), '<w:r><w:endnoteReference w:id="1"/></w:r>')) + tc(p('20个')))),
      { footnotes, endnotes, comments, styles },
    );
    expect(texts(tables(r.value)[0]!)).toEqual([['指标', '目标值'], ['研发经费支出占比', '2.5%'], ['品牌数量', '20个']]);
    expect(paragraphs(r.value)).toEqual(['主要指标', '按国家统计局口径计算。', '数据来源：市统计局。']);
    expect(JSON.stringify(r.value)).not.toMatch(/此处目标值|↑|\[1\]/);
    expect(codes(r.diagnostics)).toEqual(['docx-notes']);
  });

  it('keeps the text of content controls in cells (run and block level) but not a placeholder', async () => {
    const sdt = (pr: string, content: string) => `<w:sdt><w:sdtPr>${pr}<w:id w:val="-1"/></w:sdtPr><w:sdtEndPr/><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const r = await parse(
      tbl(3,
        tr(tc(sdt('<w:alias w:val="指标"/><w:tag w:val="zb"/>', p('制造业产品质量合格率'))) + tc(para(run('≥'), sdt('<w:text/>', run('95%')))) +
          tc(para(sdt('<w:showingPlcHdr/><w:text/>', run('单击或点击此处输入文字。', '<w:rStyle w:val="a8"/>')))))),
      { styles: '<w:style w:type="character" w:styleId="a8"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>' },
    );
    expect(texts(tables(r.value)[0]!)).toEqual([['制造业产品质量合格率', '≥95%', '']]);
    expect(r.diagnostics).toMatchObject([{ severity: 'info', code: 'docx-placeholder-text', location: { table: 1, row: 1, column: 3 } }]);
    expect(r.diagnostics[0]!.message).toContain('单击或点击此处输入文字。');
  });

  it('keeps check boxes (content-control and legacy form-field) as ☒/☐ before their labels', async () => {
    const gothic = '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>';
    const cb = (on: boolean) =>
      `<w:sdt><w:sdtPr><w:id w:val="-1"/><w14:checkbox><w14:checked w14:val="${on ? 1 : 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>${run(on ? '☒' : '☐', gothic)}</w:sdtContent></w:sdt>`;
    const ff = (on: boolean) =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="${on ? 1 : 0}"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const r = await parse(tbl(2, tr(tc(p('是否达标')) + tc(para(cb(true), run('是'), cb(false), run('否')))) + tr(tc(p('是否纳入考核')) + tc(para(ff(false), run('是'), ff(true), run('否'))))));
    expect(texts(tables(r.value)[0]!)).toEqual([['是否达标', '☒是☐否'], ['是否纳入考核', '☐是☒否']]);
  });
});

// ---------------------------------------------------------------------------
// 7. Several tables: 附件 titles, and a table Word split in two

describe('several tables in one document', () => {
  const row = (...cells: string[]) =>
    tr(cells.map((x) => (x === '^' ? tc('<w:p/>', '<w:vMerge/>') : x.startsWith('!') ? tc(p(x.slice(1)), '<w:vMerge w:val="restart"/>') : tc(p(x)))).join(''));
  const header = (...cells: string[]) => tr(cells.map((x) => tc(p(x))).join(''), '<w:tblHeader/>');

  it('keeps 附件 tables apart, joins a table split by an empty paragraph, and carries the merge the split cut across it', async () => {
    const body =
      p('附件1') + p('江门市质量强市主要指标') +
      tbl(4, header('序号', '指标名称', '目标值', '责任单位') + row('1', '制造业产品质量合格率', '≥95%', '!市市场监管局') + row('2', '农产品质量安全抽检合格率', '≥98%', '^')) +
      '<w:p/>' +
      // The lower half of the split: no header row; its first row still continues the 责任单位 merge.
      tbl(4, row('3', '工程质量一次验收合格率', '100%', '^') + row('4', '服务业顾客满意度', '≥80', '市商务局')) +
      p('附件2') + p('江门市质量强市工作任务分解表') +
      tbl(4, header('序号', '工作任务', '完成时限', '责任单位') + row('1', '开展质量提升行动', '2020年底', '市发展改革局'));
    const parsed = await parse(body);
    expect(parsed.value!.blocks.map((b) => (b.kind === 'table' ? `table×${b.rows.length}` : b.text))).toEqual([
      '附件1', '江门市质量强市主要指标', 'table×3', 'table×2', '附件2', '江门市质量强市工作任务分解表', 'table×2',
    ]);
    const res = await convertBytes(await rawDocx(body), 'split.docx');
    expect(res.document.tables).toBe(2);
    expect(res.diagnostics.find((d) => d.code === 'table-stitched')).toMatchObject({ location: { table: 1, row: 4 } });
    expect(res.records.map((r) => [r.table, r.indicatorCode, r.tableTitle])).toEqual([
      [1, '1', '江门市质量强市主要指标'],
      [1, '2', '江门市质量强市主要指标'],
      [1, '3', '江门市质量强市主要指标'],
      [1, '4', '江门市质量强市主要指标'],
      [2, '1', '江门市质量强市工作任务分解表'],
    ]);
    // The lower part's first row continues the 责任单位 merge (w:vMerge without restart): the parser
    // marks the cell, and the stitch joins it to the merged cell above, flagged and reported.
    expect(tables(parsed.value)[1]!.rows[0]!.cells[3]).toMatchObject({ lines: [], continuesAbove: true });
    expect(tables(parsed.value)[0]!.rows.flatMap((r) => r.cells).some((c) => c.continuesAbove)).toBe(false);
    expect(res.records.slice(0, 4).map((r) => r.departments.map((d) => d.raw))).toEqual([['市市场监管局'], ['市市场监管局'], ['市市场监管局'], ['市商务局']]);
    expect(res.records[2]!.flags).toContain('filled-from-merged-cell');
    expect(res.records[2]!.flags).toContain('table-stitched');
    expect(res.diagnostics.find((d) => d.code === 'merge-continued')).toMatchObject({ location: { table: 1, row: 4, column: 4 } });
    expect(res.diagnostics.filter((d) => d.code === 'missing-department')).toEqual([]);
  });

  it('carries a merge on across the split for every row the lower part continues it, and leaves an unmarked empty cell empty', async () => {
    const upper = tbl(4, header('序号', '工作任务', '完成时限', '责任单位') + row('1', '开展质量提升行动', '2020年底', '!市发展改革局'));
    // two rows of the lower part continue the merge; a third names its own unit
    const continued = tbl(4, row('2', '建设质量基础设施', '2021年底', '^') + row('3', '培育名牌产品', '2021年底', '^') + row('4', '开展质量月活动', '每年9月', '市商务局'));
    const res = await convertBytes(await rawDocx(upper + '<w:p/>' + continued), 'split2.docx');
    expect(res.records.map((r) => r.departments.map((d) => d.raw))).toEqual([['市发展改革局'], ['市发展改革局'], ['市发展改革局'], ['市商务局']]);
    expect(res.records.map((r) => r.flags.includes('filled-from-merged-cell'))).toEqual([false, true, true, false]);
    // an empty cell Word does not write as a merge continuation is not joined to the cell above
    const plain = tbl(4, tr([tc(p('2')), tc(p('建设质量基础设施')), tc(p('2021年底')), tc('<w:p/>')].join('')) + row('3', '培育名牌产品', '2021年底', '市商务局'));
    const parsed2 = await parseDocx(await rawDocx(upper + '<w:p/>' + plain), { file: 'split3.docx', documentId: 'x' });
    expect(tables(parsed2.value).flatMap((t) => t.rows.flatMap((r) => r.cells)).some((c) => c.continuesAbove)).toBe(false);
    const res2 = await convertBytes(await rawDocx(upper + '<w:p/>' + plain), 'split3.docx');
    expect(res2.records[1]!.flags).not.toContain('filled-from-merged-cell');
    expect(res2.diagnostics.some((d) => d.code === 'merge-continued')).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// 8. Files that are not what their name says, or hold no table

/** A minimal Word 97 compound file (header, FAT, one directory sector naming WordDocument). */
function fakeDoc(): Uint8Array {
  const b = new Uint8Array(512 * 3);
  const dv = new DataView(b.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((x, i) => (b[i] = x));
  dv.setUint16(0x1a, 3, true);
  dv.setUint16(0x1c, 0xfffe, true);
  dv.setUint16(0x1e, 9, true);
  dv.setUint16(0x20, 6, true);
  dv.setUint32(0x2c, 1, true);
  dv.setUint32(0x30, 1, true);
  dv.setUint32(0x38, 4096, true);
  dv.setUint32(0x3c, 0xfffffffe, true);
  dv.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) dv.setUint32(0x4c + i * 4, 0xffffffff, true);
  dv.setUint32(0x4c, 0, true);
  for (let i = 0; i < 128; i++) dv.setUint32(512 + i * 4, 0xffffffff, true);
  dv.setUint32(512, 0xfffffffd, true);
  dv.setUint32(516, 0xfffffffe, true);
  ['Root Entry', 'WordDocument', '1Table'].forEach((name, k) => {
    const off = 1024 + k * 128;
    for (let i = 0; i < name.length; i++) dv.setUint16(off + i * 2, name.charCodeAt(i), true);
    dv.setUint16(off + 0x40, (name.length + 1) * 2, true);
    b[off + 0x42] = k === 0 ? 5 : 2;
  });
  return b;
}

describe('files that are not what their name says, or hold no table', () => {
  const oneSentence = /^[^\n]+\.$/;

  it('reads a .doc renamed .docx as a .doc (through the .doc reader), saying so', async () => {
    const asDoc = async (_bytes: Uint8Array, c: { file: string; documentId: string }) => ({
      value: { documentId: c.documentId, file: c.file, format: 'doc' as const, blocks: [{ kind: 'paragraph' as const, text: '正文', page: null }], pages: null },
      diagnostics: [{ ...diag(c.documentId, 'info', 'converted-by-libreoffice', 'converted.'), file: c.file }],
    });
    const r = await makeParseDocx({ legacyDoc: asDoc })(fakeDoc(), ctx);
    expect(r.value?.format).toBe('doc');
    expect(codes(r.diagnostics)).toEqual(['docx-is-doc', 'converted-by-libreoffice']);
    expect(r.diagnostics[0]!.message).toMatch(oneSentence);
  });

  it('refuses a .doc renamed .docx in one sentence when it cannot be converted', async () => {
    const missing = async (_b: Uint8Array, c: { file: string; documentId: string }) => ({ value: null, diagnostics: [{ ...diag(c.documentId, 'error', 'libreoffice-missing', 'no soffice.'), file: c.file }] });
    for (const parser of [makeParseDocx({ legacyDoc: null }), makeParseDocx({ legacyDoc: missing })]) {
      const r = await parser(fakeDoc(), ctx);
      expect(r.value).toBeNull();
      expect(r.diagnostics).toHaveLength(1);
      expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'docx-legacy-doc', file: 'f.docx' });
      expect(r.diagnostics[0]!.message).toMatch(oneSentence);
      expect(r.diagnostics[0]!.message).toMatch(/Word 97–2003 \(\.doc\) file with a \.docx name/);
    }
    expect((await makeParseDocx({ legacyDoc: missing })(fakeDoc(), ctx)).diagnostics[0]!.message).toContain('libreoffice-writer');
  });

  it('reads a document of paragraphs only: no records, one note that there is no table', async () => {
    const bytes = await rawDocx(p('江门市人民政府办公室关于印发江门市创建全国质量强市示范城市工作方案的通知') + p('各市、区人民政府，市政府各部门、各直属机构：'));
    const r = await parseDocx(bytes, ctx);
    expect(paragraphs(r.value)).toHaveLength(2);
    expect(r.diagnostics).toMatchObject([{ severity: 'info', code: 'docx-no-tables' }]);
    const res = await convertBytes(bytes, 'notice.docx');
    expect(res.document.status).toBe('ok');
    expect(res.records).toEqual([]);
    expect(codes(res.diagnostics.filter((d) => d.severity !== 'info'))).toEqual([]);
  });

  it('warns when the only "table" is a picture', async () => {
    const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (ch) => ch.charCodeAt(0));
    const pic = (rid: string) =>
      `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5274310" cy="3000000"/><wp:docPr id="1" name="图片 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="指标表.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5274310" cy="3000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>`;
    const bytes = await rawDocx(p('附件') + p('江门市质量强市主要指标') + `<w:p><w:r>${pic('rIdImg1')}</w:r></w:p>`, {
      files: { 'word/media/image1.png': PNG },
      rels: '<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>',
    });
    const r = await parseDocx(bytes, ctx);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'docx-picture-only' });
    expect(r.diagnostics[0]!.message).toMatch(oneSentence);
    expect(r.diagnostics[0]!.message).toContain('only a picture');
    const res = await convertBytes(bytes, 'picture.docx');
    expect(res.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code)).toEqual(['docx-picture-only']);
  });

  it('warns about a spreadsheet or document embedded as an object (shown as its picture), once, with or without other tables', async () => {
    const object = (n: number) =>
      `<w:p><w:r><w:object w:dxaOrig="9000" w:dyaOrig="3000"><v:shape id="_x0000_i102${n}" type="#_x0000_t75" style="width:450pt;height:150pt" o:ole=""><v:imagedata r:id="rIdEmf${n}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="${n === 1 ? 'Excel.Sheet.12' : 'Word.Document.12'}" ShapeID="_x0000_i102${n}" DrawAspect="Content" ObjectID="_16612345${n}" r:id="rIdOle${n}"/></w:object></w:r></w:p>`;
    const parts: RawParts = {
      files: { 'word/media/image1.emf': new Uint8Array(8), 'word/media/image2.emf': new Uint8Array(8), 'word/embeddings/Microsoft_Excel_Worksheet.xlsx': new Uint8Array(8) },
      rels: [1, 2]
        .map((k) => `<Relationship Id="rIdEmf${k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${k}.emf"/><Relationship Id="rIdOle${k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/>`)
        .join(''),
    };
    for (const [body, n] of [[p('主要指标') + object(1), 1], [tbl(1, tr(tc(p('表一')))) + object(1) + object(2), 2]] as const) {
      const r = await parse(body, parts);
      expect(codes(r.diagnostics)).toEqual(['docx-embedded-object']);
      expect(r.diagnostics[0]).toMatchObject({ severity: 'warning' });
      expect(r.diagnostics[0]!.message).toMatch(oneSentence);
      expect(r.diagnostics[0]!.message).toContain(n === 1 ? 'an object embedded from another program (Excel.Sheet.12)' : '2 objects embedded from another program (Excel.Sheet.12, Word.Document.12)');
    }
  });
});
