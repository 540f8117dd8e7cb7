// The tab-cell text reader on real seed snippets: blank lines that are empty
// paragraphs inside a cell vs. row ends, captions between tables, TSV form rows,
// encodings and bad input.
import { describe, expect, it } from 'vitest';
import { parseTxt, readTabCellText } from '../../parsers/txt/index.ts';
import type { SourceTable } from '../../pipeline/model.ts';

const tables = (text: string) => readTabCellText(text).filter((b): b is SourceTable => b.kind === 'table');
const texts = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => c.lines.join('/')));

// 000: a header whose cells hold empty paragraphs (`2017年底` + `` + `指标情况`), then rows.
const header000 = '附件1\n\n江门市创建全国质量强市示范城市工作指标\n\t序号\n\t考核细则要求\n\t2017年底\n\n指标情况\n\t2019年底\n\n达到目标\n\t责任单位\n\t备注\n\n\t1\n\t获得“全国知名品牌创建示范区”批筹园区2个。\n\t0\n\t2\n\t新会区政府、开平市政府，市质监局\n\t\n\n\t2\n\t生产性服务业满意度大于80。\n\t未开展测评\n\t80以上。\n\t市发展改革局\n\t\n\n\t3\n\t生活性服务业满意度大于75。\n\t未开展测评\n\t75以上\n\t市商务局\n\t\n\n';

describe('readTabCellText', () => {
  it('keeps empty paragraphs inside header cells and ends rows on the table width', () => {
    const blocks = readTabCellText(header000);
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.kind === 'paragraph' && b.text)).toEqual(['附件1', '江门市创建全国质量强市示范城市工作指标']);
    const [t] = tables(header000);
    expect(texts(t!)).toEqual([
      ['序号', '考核细则要求', '2017年底//指标情况', '2019年底//达到目标', '责任单位', '备注'],
      ['1', '获得“全国知名品牌创建示范区”批筹园区2个。', '0', '2', '新会区政府、开平市政府，市质监局', ''],
      ['2', '生产性服务业满意度大于80。', '未开展测评', '80以上。', '市发展改革局', ''],
      ['3', '生活性服务业满意度大于75。', '未开展测评', '75以上', '市商务局', ''],
    ]);
  });

  it('reads a list of units written as paragraphs after an empty one as the same cell (002)', () => {
    const text = '\t指标项\n\t指标内容\n\t目标任务\n\t牵头部门\n\t配合部门\n\n\t\n\t6.推动企业\n\t政府有关部门组织\n\t市市场监管局\n\t市经信局\n\n市科技局\n\n\t\n\t7.建立质量诚信体系\n\t出台政策措施\n\t市市场监管局\n\t市发改局\n\n';
    const [t] = tables(text);
    expect(t!.rows).toHaveLength(3);
    expect(t!.rows[1]!.cells[4]!.lines).toEqual(['市经信局', '', '市科技局']);
  });

  it('ends the table at a caption and starts another after it (000 附件2, 003 续表)', () => {
    const text = header000 + '\n附件2\n\n\n\n江门市创建“全国质量强市示范城市”工作任务分解表\n注：排名第一的责任单位为牵头单位\n\n\t指标项\n\t指标内容\n\t考核评分方法\n\t重点任务分解\n\t责任单位\n\t完成时限\n\n';
    const blocks = readTabCellText(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph', 'paragraph', 'paragraph', 'table']);
  });

  it('restores a cell whose TAB the extractor lost at the start of the file (001)', () => {
    const text = ' 质量宏观管理（23分）\n\n\n\t规划战略制定与推进\n\t1.质量发展战略与质量提升（5分）\n\t实施质量强县（5分）\n\t研究制定…\n\t市质量强市工作领导小组办公室\n\t5\n\n\t\n\t\n\t2.质量工作体制机制（2分）\n\t健全完善（2分）\n\t加强党…\n\t市质量强市工作领导小组办公室\n\t2\n\n';
    const [t] = tables(text);
    expect(t!.rows[0]!.cells).toHaveLength(7);
    expect(t!.rows[0]!.cells[0]!.lines).toEqual(['质量宏观管理（23分）']);
  });

  it('reads TSV form rows with markup and checkboxes (004)', () => {
    const text = '## 创建计划基本情况\n\n<b>申报城市 基本信息</b>\t城市名称\t盐城市\t\t\n\t城市类别\t计划单列市 <input type="checkbox"/> 地级城市 <input checked="" type="checkbox"/>\t\t\n';
    const blocks = readTabCellText(text);
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: '创建计划基本情况', page: null });
    const [t] = tables(text);
    expect(texts(t!)).toEqual([
      ['申报城市 基本信息', '城市名称', '盐城市'],
      ['', '城市类别', '计划单列市 ☐ 地级城市 ☑'],
    ]);
  });
});

describe('parseTxt encodings and bad input', () => {
  const ctx = { file: 'x.txt', documentId: 'abc' };
  it('reads GBK text', async () => {
    // "\t序号\n\t责任单位\n" in GBK
    const gbk = new Uint8Array([0x09, 0xd0, 0xf2, 0xba, 0xc5, 0x0a, 0x09, 0xd4, 0xf0, 0xc8, 0xce, 0xb5, 0xa5, 0xce, 0xbb, 0x0a]);
    const r = await parseTxt(gbk, ctx);
    expect(r.value!.blocks[0]!.kind === 'table' && r.value!.blocks[0]!.rows[0]!.cells.map((c) => c.lines[0])).toEqual(['序号', '责任单位']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['encoding-gb18030']);
  });
  it('reads UTF-8 with a BOM', async () => {
    const r = await parseTxt(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('标题\n')]), ctx);
    expect(r.value!.blocks).toEqual([{ kind: 'paragraph', text: '标题', page: null }]);
  });
  it('refuses an empty file and a binary file in one sentence each', async () => {
    const e = await parseTxt(new Uint8Array(), ctx);
    expect(e.value).toBeNull();
    expect(e.diagnostics[0]).toMatchObject({ severity: 'error', code: 'empty-file' });
    const b = await parseTxt(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]), ctx);
    expect(b.value).toBeNull();
    expect(b.diagnostics[0]).toMatchObject({ severity: 'error', code: 'binary-file' });
    expect(b.diagnostics[0]!.message).toMatch(/^[^.]+\.[^.]*$/);
  });
});
