// What parsers/html makes of the markup around and inside tables on real government pages:
// layout tables nested several levels deep, a data table with a small table in a cell, a
// one-cell box, menus; Word's HTML (MsoNormal paragraphs, <o:p>, conditional comments,
// hidden text, the column-width row); white space as a browser shows it; a table the CMS
// split into several <table> elements. Cell texts from test/e2e/unseen-docs.ts.
import { describe, expect, it } from 'vitest';
import type { Block, SourceTable } from '../../pipeline/model.ts';
import { convertBytes } from '../../pipeline/convert.ts';
import { parseBytes } from '../../parsers/index.ts';

const enc = (s: string) => new TextEncoder().encode(s);

async function blocksOf(html: string): Promise<{ blocks: Block[]; codes: string[] }> {
  const r = await parseBytes(enc(html), 'page.html');
  if (!r.value) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return { blocks: r.value.blocks, codes: r.diagnostics.map((d) => d.code) };
}
const shape = (blocks: Block[]) => blocks.map((b) => (b.kind === 'paragraph' ? `P ${b.text}` : `T ${b.rows.length}×${Math.max(...b.rows.map((r) => r.cells.reduce((a, c) => a + c.colSpan, 0)))}`));
const texts = (t: Block) => (t as SourceTable).rows.map((r) => r.cells.map((c) => c.lines.join('/')));

const DATA = `<table border="1" cellspacing="0" cellpadding="0">
<tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>制定质量发展规划</td><td>市市场监管局</td><td>2021年底</td></tr>
<tr><td>2</td><td>建立质量工作考核机制</td><td>市委组织部</td><td>2021年6月</td></tr>
</table>`;

describe('layout tables', () => {
  it('a data table three frames deep comes out alone, the frames’ text as paragraphs around it in order', async () => {
    const html = `<html><body>
<table width="100%"><tr><td><img src="logo.gif"></td><td>
  <table width="980" align="center"><tr><td valign="top">
    <table width="100%"><tr><td class="title">杭州市质量强市建设重点工作任务清单</td></tr>
      <tr><td>发布时间：2021-03-15</td></tr>
      <tr><td id="zoom"><p>现将任务清单印发给你们。</p>${DATA}<p>杭州市人民政府办公厅</p></td></tr></table>
  </td></tr></table>
</td></tr></table>
<table><tr><td>主办：杭州市人民政府办公厅</td></tr></table>
</body></html>`;
    const { blocks, codes } = await blocksOf(html);
    expect(shape(blocks)).toEqual(['P 杭州市质量强市建设重点工作任务清单', 'P 发布时间：2021-03-15', 'P 现将任务清单印发给你们。', 'T 3×4', 'P 杭州市人民政府办公厅', 'P 主办：杭州市人民政府办公厅']);
    expect(codes).toContain('html-layout-table');
    const r = await convertBytes(enc(html), 'page.html');
    expect(r.document).toMatchObject({ title: '杭州市质量强市建设重点工作任务清单', region: { province: '浙江省', city: '杭州市' } });
    expect(r.records.map((x) => [x.indicatorCode, x.task])).toEqual([
      ['1', '制定质量发展规划'],
      ['2', '建立质量工作考核机制'],
    ]);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('a data table with a small table in one cell stays the table (the small one after it, as Word’s are)', async () => {
    const html = `<table border="1">
<tr><td>考核项目</td><td>考核内容</td><td>分值</td><td>评分标准</td></tr>
<tr><td>质量工作组织领导</td><td>成立质量强市工作领导小组。</td><td>5</td><td>成立领导小组的得2分；<table><tr><td>会议</td><td>3分</td></tr></table></td></tr>
<tr><td>质量基础建设</td><td>加强计量能力建设。</td><td>5</td><td>每新建1项得1分，最高5分。</td></tr>
</table>`;
    const { blocks, codes } = await blocksOf(html);
    expect(shape(blocks)).toEqual(['T 3×4', 'T 1×2']);
    expect(codes).not.toContain('html-layout-table');
  });

  it('a one-cell box and a spacer table are text; a menu table, a link list and a link bar are left out', async () => {
    const html = `<table><tr><td><a href="/">首页</a></td><td><a href="/zwgk/">政务公开</a></td><td><a href="/ghjh/">规划计划</a></td></tr></table>
<ul><li><a href="/a">工作方案</a></li><li><a href="/b">实施意见</a></li></ul>
<div class="share"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<table><tr><td>&nbsp;</td><td><img src="x.gif"></td></tr></table>
<table border="1"><tr><td><p>附件</p><p>义乌市质量工作考核评分细则</p></td></tr></table>
${DATA}
<p>详见<a href="/f.doc">附件</a>。</p>
<p><a href="/f.doc">义乌市质量工作考核评分细则.doc</a></p>`;
    const { blocks, codes } = await blocksOf(html);
    // a single link is kept: an attachment, not a menu
    expect(shape(blocks)).toEqual(['P 附件', 'P 义乌市质量工作考核评分细则', 'T 3×4', 'P 详见附件。', 'P 义乌市质量工作考核评分细则.doc']);
    expect(codes).toEqual(expect.arrayContaining(['html-layout-table', 'html-navigation-dropped']));
  });

  it('a table in a hidden tab is read; hidden pop-ups and menus are not', async () => {
    const html = `<div class="tabs"><span class="on">2021年</span><span>2022年</span></div>
<div id="tab1">${DATA}</div>
<div id="tab2" style="display:none"><p>义乌市质量工作考核评分细则</p>${DATA.replace('2021年底', '2022年底')}<p style="display:none">（隐藏的说明）</p></div>
<div class="popup" style="display: none"><p>请使用IE9以上浏览器访问</p></div>`;
    const { blocks, codes } = await blocksOf(html);
    expect(shape(blocks)).toEqual(['P 2021年2022年', 'T 3×4', 'P 义乌市质量工作考核评分细则', 'T 3×4']);
    expect(texts(blocks[3]!)[1]![3]).toBe('2022年底');
    expect(codes).toEqual(expect.arrayContaining(['html-hidden-table-read', 'html-hidden-dropped']));
  });

  it('paragraphs inside <form>, <center>, <font> and a <p> left open around a table are paragraphs, in order', async () => {
    // no doctype: quirks mode, where <table> does not close an open <p>
    const html = `<html><body><form id="form1"><center><font size="3"><p>义乌市质量工作考核评分细则</p><p>（2021年）</font></center>
<p align="center">${DATA}说明：按季度考核。</p></form></body></html>`;
    const { blocks } = await blocksOf(html);
    expect(shape(blocks)).toEqual(['P 义乌市质量工作考核评分细则', 'P （2021年）', 'T 3×4', 'P 说明：按季度考核。']);
  });
});

describe('accessible markup (<caption>, <th scope>, <tfoot>)', () => {
  it('the caption is the title above the table; a <tfoot> written before the <tbody> is read last', async () => {
    const html = `<!DOCTYPE html><html lang="zh-CN"><body><main><article>
<table class="data-table"><caption>常德市2023年度质量强市工作考核评分表</caption>
<thead><tr><th scope="col">考核项目</th><th scope="col">考核内容</th><th scope="col">分值</th><th scope="col">评分标准</th><th scope="col">考核部门</th></tr></thead>
<tfoot><tr><td colspan="2">合计</td><td>10</td><td></td><td></td></tr></tfoot>
<tbody>
<tr><th scope="row" rowspan="2">质量工作组织领导</th><td>成立质量强市工作领导小组，定期研究质量工作。</td><td>5</td><td>成立领导小组的得2分；每年召开会议研究质量工作的得3分。</td><td>市市场监管局</td></tr>
<tr><td>将质量工作纳入政府绩效考核。</td><td>5</td><td>纳入绩效考核的得5分，未纳入的不得分。</td><td>市委组织部</td></tr>
</tbody></table></article></main></body></html>`;
    const { blocks } = await blocksOf(html);
    expect(shape(blocks)).toEqual(['P 常德市2023年度质量强市工作考核评分表', 'T 4×5']);
    expect(texts(blocks[1]!).map((r) => r[0])).toEqual(['考核项目', '质量工作组织领导', '将质量工作纳入政府绩效考核。', '合计']);
    const r = await convertBytes(enc(html), 'a11y.html');
    expect(r.document).toMatchObject({ title: '常德市2023年度质量强市工作考核评分表', year: 2023, region: { province: '湖南省', city: '常德市' } });
    expect(r.records.map((x) => [x.indicator, x.criterion, x.indicatorPoints, x.departments.map((d) => d.name)])).toEqual([
      ['质量工作组织领导', '成立质量强市工作领导小组，定期研究质量工作。', 5, ['市市场监督管理局']],
      ['质量工作组织领导', '将质量工作纳入政府绩效考核。', 5, ['市委组织部']],
    ]);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe("Word's HTML", () => {
  it('MsoNormal paragraphs in cells are lines; <o:p>, conditional comments, hidden text and the column-width row leave nothing', async () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:方正小标宋简体'>2019<span lang=EN-US>年度泉州市质量工作考核评分表<o:p></o:p></span></span></b></p>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=600 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=100 style='width:75.0pt;border:solid windowtext 1.0pt'><p class=MsoNormal align=center><span style='font-family:黑体'>一级指标</span></p></td>
  <td width=100 style='width:75.0pt'><p class=MsoNormal align=center><span style='font-family:黑体'>二级指标</span></p></td>
  <td width=200 style='width:150.0pt'><p class=MsoNormal align=center><span style='font-family:黑体'>三级指标</span></p></td>
  <td width=50 style='width:37.5pt'><p class=MsoNormal align=center><span style='font-family:黑体'>分值</span></p></td>
  <td width=150 style='width:112.5pt'><p class=MsoNormal align=center><span style='font-family:黑体'>责任单位</span></p></td>
 </tr>
 <tr style='mso-yfti-irow:1'>
  <td width=100 rowspan=2 style='width:75.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt'><p class=MsoNormal><span style='font-family:仿宋_GB2312'>质量发展</span></p>
  <p class=MsoNormal><span style='font-family:仿宋_GB2312'>（<span lang=EN-US>30</span>分）<span lang=EN-US><o:p></o:p></span></span></p></td>
  <td width=100 rowspan=2 style='width:75.0pt'><p class=MsoNormal><span style='font-family:仿宋_GB2312'>质量规划<br>（<span lang=EN-US>10</span>分）</span></p></td>
  <td width=200 style='width:150.0pt'><p class=MsoNormal><![if !supportLists]><span lang=EN-US style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]><span style='font-family:仿宋_GB2312'>制定质量发展
  规划<span style='display:none;mso-hide:all'>（隐藏的批注）</span></span></p></td>
  <td width=50 style='width:37.5pt'><p class=MsoNormal align=center><span lang=EN-US>5<o:p></o:p></span></p></td>
  <td width=150 rowspan=2 style='width:112.5pt'><p class=MsoNormal><span style='font-family:仿宋_GB2312'>市市场监管局</span></p></td>
 </tr>
 <tr style='mso-yfti-irow:2;mso-yfti-lastrow:yes'>
  <td width=200 style='width:150.0pt'><p class=MsoNormal><span lang=EN-US>2.</span><span style='font-family:仿宋_GB2312'>规划实施情况</span></p></td>
  <td width=50 style='width:37.5pt'><p class=MsoNormal align=center><span lang=EN-US>5<o:p>&nbsp;</o:p></span></p></td>
 </tr>
 <![if !supportMisc]>
 <tr height=0>
  <td width=100 style='border:none'></td><td width=100 style='border:none'></td><td width=200 style='border:none'></td><td width=50 style='border:none'></td><td width=150 style='border:none'></td>
 </tr>
 <![endif]>
</table>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
</div></body></html>`;
    const { blocks, codes } = await blocksOf(html);
    expect(shape(blocks)).toEqual(['P 2019年度泉州市质量工作考核评分表', 'T 3×5']);
    expect(texts(blocks[1]!).map((r) => r.map((c) => c.trim()))).toEqual([
      ['一级指标', '二级指标', '三级指标', '分值', '责任单位'],
      ['质量发展/（30分）', '质量规划/（10分）', '1.\u00a0\u00a0制定质量发展规划', '5', '市市场监管局'],
      ['2.规划实施情况', '5'],
    ]);
    expect(codes).toEqual(expect.arrayContaining(['html-width-row-dropped', 'html-hidden-dropped']));
    const r = await convertBytes(enc(html), 'word.htm');
    expect(r.document).toMatchObject({ title: '2019年度泉州市质量工作考核评分表', year: 2019, region: { province: '福建省', city: '泉州市' } });
    expect(r.records.map((x) => [x.dimension, x.dimensionPoints, x.subdimension, x.indicatorCode, x.indicator, x.indicatorPoints, x.departments.map((d) => d.name)])).toEqual([
      ['质量发展', 30, '质量规划', '1', '制定质量发展规划', 5, ['市市场监督管理局']],
      ['质量发展', 30, '质量规划', '2', '规划实施情况', 5, ['市市场监督管理局']],
    ]);
  });

  it('white space: a line end inside Chinese text is nothing, between Latin words a space; runs of spaces one; &nbsp; kept', async () => {
    const html = `<table border=1><tr><td>工作任务</td><td>标准</td></tr>
<tr><td>推进质量基础设施
      “一站式”服务</td><td>通过ISO
9001   认证，&nbsp;&nbsp;GB/T 19001</td></tr></table>`;
    const { blocks } = await blocksOf(html);
    expect(texts(blocks[0]!)[1]).toEqual(['推进质量基础设施“一站式”服务', '通过ISO 9001 认证，\u00a0\u00a0GB/T 19001']);
  });
});
