// Space-aligned text (parsers/txt/layout-text.ts): `pdftotext -layout` prints of the PDFs the
// repository already has, committed under test/fixtures/txt/layout/ (CI has no pdftotext;
// regenerate with `pdftotext -layout <pdf> <stem>.pdftotext.txt`). The records read from the
// print must be those of the same document's Word file, apart from where they came from
// (id, documentId, provenance, flags), as test/e2e/cross-format.test.ts compares them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTabCellText, readText } from '../../parsers/txt/index.ts';
import { looksLikeLayoutText, readLayoutText } from '../../parsers/txt/layout-text.ts';
import { convertBytes, convertFile } from '../../pipeline/convert.ts';
import type { SourceTable } from '../../pipeline/model.ts';
import type { IndicatorRecord } from '../../schemas/dataset.ts';
import { UNSEEN_DOCS, unseenDocx } from '../e2e/unseen-docs.ts';
import { ROOT, SEEDS, hasShared } from '../helpers.ts';

const DIR = join(ROOT, 'test', 'fixtures', 'txt', 'layout');
const content = (r: IndicatorRecord) => {
  const { id: _id, documentId: _doc, provenance: _prov, flags: _flags, ...rest } = r;
  return JSON.stringify(rest);
};
const tables = (text: string) => readLayoutText(text).blocks.filter((b): b is SourceTable => b.kind === 'table');
const texts = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => c.lines.join('/')));

describe('readLayoutText on pdftotext -layout snippets', () => {
  // samples/000-jiangmen.pdf, page 1: a header over two lines, cells wrapped over several
  // lines, a centred figure printed one space after a full line (`…创建示范 0`), a column
  // whose text starts further left than the column (`0` under `2017 年底`).
  const page1 = [
    '附件 1',
    '江门市创建全国质量强市示范城市工作指标',
    ' 序   考核细则要求        2017 年底       2019 年底   责任单位             备',
    ' 号                 指标情况          达到目标                       注',
    ' 1   获得“全国知名品牌创建示范 0             2         新会区政府、开平市政府，市质',
    '     区”批筹园区 2 个。                           监局',
    '2    生产性服务业满意度大于 80。    未开展测评    80 以上。    市发展改革局、市经济和信息化',
    '                                           局、市商务局、市质监局等部',
    '                                           门、各市（区）政府',
    '4    城市政府明确每年对贯彻落实国     1.36‰    1‰以上      市财政局、各市（区）政府',
    '     务院《质量发展纲要（2011-',
    '     2020 年）》、本市质量发展规',
    '     划或创建质量强市工作提供专项',
    '     经费，并且经费数额占年财政一',
    '     般预算收入比例达到 1‰ 。',
    '7    实施土壤污染防治行动计划。完     完成农用地    完成土壤环     市环境保护局、市农业局、市国',
    '     成土壤环境详查工作，查清土壤     土壤环境详    境详查工      土资源局、各市（区）政府',
    '     环境质量状况。            查任务的     作。',
    '                        36.8%。',
  ].join('\n');

  it('recovers columns, rows and wrapped cells; the lines above the table stay paragraphs', () => {
    // a wrap after a hyphen keeps a space (`2011-` / `2020`): the later stages join Latin lines so too
    const r = readLayoutText(page1);
    expect(r.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.kind === 'paragraph' && b.text)).toEqual(['附件 1', '江门市创建全国质量强市示范城市工作指标']);
    const [t] = tables(page1);
    expect(texts(t!)).toEqual([
      // header titles keep their printed lines; the later stages join them as a Word cell's paragraphs
      ['序/号', '考核细则要求', '2017 年底/指标情况', '2019 年底/达到目标', '责任单位', '备/注'],
      ['1', '获得“全国知名品牌创建示范区”批筹园区 2 个。', '0', '2', '新会区政府、开平市政府，市质监局', ''],
      ['2', '生产性服务业满意度大于 80。', '未开展测评', '80 以上。', '市发展改革局、市经济和信息化局、市商务局、市质监局等部门、各市（区）政府', ''],
      ['4', '城市政府明确每年对贯彻落实国务院《质量发展纲要（2011- 2020 年）》、本市质量发展规划或创建质量强市工作提供专项经费，并且经费数额占年财政一般预算收入比例达到 1‰ 。', '1.36‰', '1‰以上', '市财政局、各市（区）政府', ''],
      ['7', '实施土壤污染防治行动计划。完成土壤环境详查工作，查清土壤环境质量状况。', '完成农用地土壤环境详查任务的36.8%。', '完成土壤环境详查工作。', '市环境保护局、市农业局、市国土资源局、各市（区）政府', ''],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['txt-layout-table']);
  });

  it('a column of merged cells whose text runs on from a full line into the next rows is one cell with rowSpan', () => {
    // samples/000-jiangmen.pdf, the 任务分解表's first rows: 指标项 and 指标内容 are merged over the
    // task rows and printed beside them, the text of one cell running on into the next row's lines
    const lines = readFileSync(join(DIR, '000-jiangmen.pdftotext.txt'), 'utf8').split('\n').slice(191, 224);
    expect(lines[0]).toMatch(/^ 指标项 +指标内容/);
    const [t] = tables(lines.join('\n'));
    const spans = t!.rows.map((r) => r.cells.map((c) => [c.lines.join('/'), c.rowSpan] as const));
    expect(spans[1]!.slice(0, 2)).toEqual([
      ['城市质量发展战略规划明确清晰', 2],
      ['1．制定并出台城市质量发展规划（20分）', 2],
    ]);
    // the row below holds no cell for the two columns merged into the one above
    expect(t!.rows[2]!.cells).toHaveLength(4);
    // a sentence's end closes a cell: `…（10 分）。` over `召开…` are two cells
    const flat = t!.rows.flatMap((r) => r.cells.map((c) => c.lines.join('/')));
    expect(flat).toContain('建立质量工作部门联席会议制度或类似工作机制（10 分）。');
    expect(flat).toContain('召开质量工作部门联席会议（10 分）。');
    // a column with text in every row (责任单位) is no column of merged cells
    const units = t!.rows.flatMap((r) => r.cells).filter((c) => /^(市质量强市办|各市（区）政府)/.test(c.lines.join('')));
    expect(units).toHaveLength(8);
    expect(units.every((c) => c.rowSpan === 1)).toBe(true);
  });

  it('drops the header printed again after a form feed and joins the row the page break cut', () => {
    const text = [
      ' 序号  工作任务                   责任单位       完成时限',
      ' 1   开展质量提升示范区创建。           市市场监管局     2023 年 12 月',
      ' 2   加强工程质量监管，开展质量安全专   市住房城乡建设局   每季度',
      '\f 序号  工作任务                   责任单位       完成时限',
      '     项检查。',
      ' 3   推进质量基础设施“一站式”服务。     市市场监管局     长期',
    ].join('\n');
    const r = readLayoutText(text);
    const [t, more] = r.blocks.filter((b): b is SourceTable => b.kind === 'table');
    expect(more).toBeUndefined();
    expect(texts(t!)).toEqual([
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '开展质量提升示范区创建。', '市市场监管局', '2023 年 12 月'],
      ['2', '加强工程质量监管，开展质量安全专项检查。', '市住房城乡建设局', '每季度'],
      ['3', '推进质量基础设施“一站式”服务。', '市市场监管局', '长期'],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toContain('txt-header-repeat-dropped');
  });

  it('prose, even with runs of spaces, is not read as a table and keeps every word', () => {
    const prose = [
      '各县（市、区）人民政府，市直有关单位：',
      '    现将《常德市质量强市建设实施方案》印发给你们，请认真贯彻落实。',
      '',
      '                                   常德市人民政府办公室',
      '                                     2023 年 3 月 1 日',
    ].join('\n');
    expect(looksLikeLayoutText(prose)).toBe(false);
    const blocks = readText(prose).blocks;
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    const words = prose.split(/\s+/).filter(Boolean);
    const out = blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join(' ');
    for (const w of words) expect(out).toContain(w);
  });

  it('text a table is guessed in keeps every word, in a cell or a paragraph, and says so', () => {
    // a signature block beside a date, then a short key/value list: guessed as a table
    const text = ['联系人   张三     电话   0736-7252000', '地  址   常德市武陵区   邮编   415000', '备  注   请于每月 5 日前报送', '（此件公开发布）'].join('\n');
    const r = readText(text);
    const all = r.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((row) => row.cells.map((c) => c.lines.join(' ')).join(' ')).join(' '))).join(' ');
    for (const w of text.split(/\s+/).filter(Boolean)) expect(all).toContain(w);
    if (r.blocks.some((b) => b.kind === 'table')) expect(r.diagnostics.some((d) => d.code === 'txt-layout-table')).toBe(true);
  });
});

describe.skipIf(!hasShared)('tab-cell text is read as before', () => {
  for (const f of hasShared ? readdirSync(SEEDS).filter((n) => n.endsWith('.txt')) : []) {
    it(f, () => {
      const text = readFileSync(join(SEEDS, f), 'utf8').replace(/\r\n?/g, '\n');
      expect(readText(text).blocks).toEqual(readTabCellText(text));
      expect(looksLikeLayoutText(text)).toBe(false);
    });
  }
});

/** Unseen documents whose LibreOffice print's pdftotext -layout text gives the Word file's records. */
const SAME_RECORDS = ['changdeScoring', 'changdeTwoRowHeader', 'changdeBreakNoHeader', 'changdeNotesColumn', 'kunshan', 'hangzhou', 'guangan', 'deyang', 'yiwu', 'sichuan', 'nantong'];

describe('pdftotext -layout prints give the records of the Word file', () => {
  it('every listed document has its committed print', () => {
    const have = readdirSync(DIR);
    for (const n of SAME_RECORDS) expect(have).toContain(`${n}.pdftotext.txt`);
  });
  for (const name of SAME_RECORDS) {
    it(name, async () => {
      const doc = UNSEEN_DOCS.find((d) => d.name === name)!;
      const docx = await convertBytes(await unseenDocx(doc), `${name}.docx`);
      const txt = await convertFile(join(DIR, `${name}.pdftotext.txt`));
      expect(txt.document.status).toBe('ok');
      expect(txt.records.length).toBeGreaterThan(0);
      expect(txt.records.map(content)).toEqual(docx.records.map(content));
    });
  }

  it('samples/003-hunan-standard: one table over nine pages (续表 and repeated headers dropped), the same records', async () => {
    const docx = await convertFile(join(ROOT, 'samples', '003-hunan-standard.docx'));
    const txt = await convertFile(join(DIR, '003-hunan-standard.pdftotext.txt'));
    expect(txt.document.tables).toBe(docx.document.tables);
    expect(txt.records).toHaveLength(docx.records.length);
    // a 指标项 merged over rows runs on from a full line into the next rows (read as a merged cell),
    // but not over a page break where the header is printed again (Word prints two cells there)
    expect(txt.records.map(content)).toEqual(docx.records.map(content));
    expect(txt.diagnostics.filter((d) => d.code === 'txt-header-repeat-dropped').length).toBeGreaterThanOrEqual(5);
  });

  it('samples/006-changde: four tables (a merged 考核项目, a two-row header, a list continued under 续表), all records but one', async () => {
    const docx = await convertFile(join(ROOT, 'samples', '006-changde.docx'));
    const txt = await convertFile(join(DIR, '006-changde.pdftotext.txt'));
    expect(txt.document.tables).toBe(docx.document.tables);
    expect(txt.records).toHaveLength(docx.records.length);
    const a = docx.records.map(content);
    // measured 43 of 44
    expect(txt.records.map(content).filter((c, i) => c === a[i]).length).toBeGreaterThanOrEqual(a.length - 1);
  });

  describe('samples/000-jiangmen', async () => {
    const docx = await convertFile(join(ROOT, 'samples', '000-jiangmen.docx'));
    const txt = await convertFile(join(DIR, '000-jiangmen.pdftotext.txt'));
    const of = (r: Awaited<ReturnType<typeof convertFile>>, t: number) => r.records.filter((x) => x.table === t).map(content);
    it('two tables; the indicator table (43 rows over four pages, a row cut by a page break) gives the same records', () => {
      expect(txt.document.tables).toBe(2);
      expect(of(txt, 1)).toEqual(of(docx, 1));
    });
    // Known gap: the 任务分解表 (268 records over 28 pages) merges 指标项/指标内容/考核评分方法 down over
    // many task rows. A merged cell's text running on from a full line into the next rows is read as
    // one cell with rowSpan (tasks 1.1–20.22 mostly right; measured 16 of 268 records equal in place),
    // but from page 10 on a 服务质量方面 printed one character a line beside 考核评分方法 adds a column and
    // the rows fall apart (680 records read), and centred figures (`得 15`) land in the next column.
    it.fails('the task table gives the same records (known gap: cells merged over rows)', () => {
      expect(of(txt, 2)).toEqual(of(docx, 2));
    });
  });
});
