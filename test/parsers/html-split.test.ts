// One table split by the CMS (or by the author in Word) into several <table> elements: the
// header repeated or not, 续表 as a paragraph or as the first row, page furniture and empty
// paragraphs between. The stitching (pipeline/grid/stitch.ts) sees the same blocks as from
// Word and must join the parts as it does for the .docx. Cell texts from test/e2e/unseen-docs.ts.
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../pipeline/convert.ts';
import { hrow, wordFile, wrow, type WBlock } from '../../scripts/word-builder.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const td = (t: string, attrs = '') => `<td${attrs}><p class=MsoNormal>${t || '&nbsp;'}</p></td>`;
const tr = (cells: string[]) => `<tr>${cells.map((c) => td(c)).join('')}</tr>`;
const table = (rows: string[]) => `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>\n${rows.join('\n')}\n</table>`;
const HEAD = ['序号', '工作任务', '责任单位', '完成时限'];
const ROWS = [
  ['1', '开展质量提升示范区创建。', '市市场监管局', '2023年12月'],
  ['2', '推进农产品质量安全追溯体系建设。', '市农业农村局', '2023年底'],
  ['3', '组织开展“质量月”活动。', '市市场监管局', '每年9月'],
  ['4', '完善质量激励机制，组织市长质量奖评选。', '市人社局、市市场监管局', '2024年6月'],
  ['5', '开展服务业质量满意度测评。', '市发改委', '2024年'],
];
const fields = (r: Awaited<ReturnType<typeof convertBytes>>) => r.records.map((x) => [x.indicatorCode, x.task, x.departments.map((d) => d.name).join('、'), x.deadline?.raw]);
const codes = (r: Awaited<ReturnType<typeof convertBytes>>) => r.diagnostics.map((d) => d.code);

describe('a table split into several <table> elements', () => {
  it('parts after an empty paragraph, after a page number and 续表, after a page break without header: one table, as from Word', async () => {
    const html = `<div class=TRS_Editor><p align=center>常德市质量提升行动重点工作任务清单</p>
${table([tr(HEAD), tr(ROWS[0]!), tr(ROWS[1]!)])}
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
${table([tr(HEAD), tr(ROWS[2]!)])}
<p align=center>— 2 —</p>
<p>续表</p>
${table([tr(HEAD), tr(ROWS[3]!)])}
<span lang=EN-US><br clear=all style='page-break-before:always'></span>
${table([tr(ROWS[4]!)])}
</div>`;
    const page = await convertBytes(enc(html), 'split.html');
    expect(page.document.tables).toBe(1);
    const canonical: Record<string, string> = { 市市场监管局: '市市场监督管理局', 市农业农村局: '市农业农村局', '市人社局、市市场监管局': '市人力资源和社会保障局、市市场监督管理局', 市发改委: '市发展和改革委员会' };
    expect(fields(page)).toEqual(ROWS.map((r) => [r[0], r[1], canonical[r[2]!], r[3]]));
    expect(codes(page)).toEqual(expect.arrayContaining(['header-repeat-skipped', 'continuation-title-skipped', 'table-stitched']));
    expect(page.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    // the same parts written by Word give the same
    const w = (r: string[]) => wrow(...r);
    const blocks: WBlock[] = [
      { paragraph: '常德市质量提升行动重点工作任务清单' },
      { widths: [1, 6, 3, 2], rows: [hrow(...HEAD), w(ROWS[0]!), w(ROWS[1]!)] },
      { paragraph: '' },
      { widths: [1, 6, 3, 2], rows: [hrow(...HEAD), w(ROWS[2]!)] },
      { paragraph: '— 2 —' },
      { paragraph: '续表' },
      { widths: [1, 6, 3, 2], rows: [hrow(...HEAD), w(ROWS[3]!)] },
      { paragraph: '', pageBreakBefore: true },
      { widths: [1, 6, 3, 2], rows: [w(ROWS[4]!)] },
    ];
    const docx = await convertBytes(await wordFile(blocks), 'split.docx');
    expect(fields(page)).toEqual(fields(docx));
    expect(page.document.tables).toBe(docx.document.tables);
  });

  it('续表 written as the continuation’s first row, header repeated under it', async () => {
    const html = `<p>常德市质量提升行动重点工作任务清单</p>
${table([tr(HEAD), tr(ROWS[0]!), tr(ROWS[1]!)])}
${table([`<tr>${td('续表', ' colspan=4')}</tr>`, tr(HEAD), tr(ROWS[2]!)])}`;
    const page = await convertBytes(enc(html), 'split.html');
    expect(page.document.tables).toBe(1);
    expect(fields(page).map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(codes(page)).toEqual(expect.arrayContaining(['header-repeat-skipped', 'continuation-title-skipped']));
  });

  it('a header in its own <table> above a scrolling body table (a fixed table head on a data page)', async () => {
    const html = `<div class="title">常德市质量提升行动重点工作任务清单</div>
<div class="table-head"><table width="100%"><tr>${HEAD.map((h) => `<th width="25%">${h}</th>`).join('')}</tr></table></div>
<div class="table-body" style="height:400px;overflow-y:auto"><table width="100%">${ROWS.slice(0, 3).map(tr).join('')}</table></div>`;
    const page = await convertBytes(enc(html), 'fixed-head.html');
    expect(page.document).toMatchObject({ title: '常德市质量提升行动重点工作任务清单', tables: 1 });
    expect(fields(page).map((r) => [r[0], r[1]])).toEqual(ROWS.slice(0, 3).map((r) => [r[0], r[1]]));
    expect(codes(page)).toContain('table-stitched');
  });

  it('a merged group running over the split: the continuation’s empty cells take the group’s text', async () => {
    const head = ['序号', '重点任务', '具体措施', '责任单位', '完成时限'];
    const html = `<p>常德市质量强市建设重点任务分解表</p>
${table([tr(head), `<tr>${td('1', ' rowspan=2')}${td('实施质量提升行动', ' rowspan=2')}${td('制定质量提升行动方案。')}${td('市市场监管局')}${td('2023年底前')}</tr>`, tr(['开展重点产品质量攻关。', '市工信局', '长期坚持'])])}
<p>续表</p>
${table([tr(head), tr(['', '', '组织企业实施质量改进项目。', '市工信局', '每年']), tr(['2', '夯实质量基础', '推进检验检测一站式服务。', '市市场监管局', '2024年6月'])])}`;
    const page = await convertBytes(enc(html), 'split.html');
    expect(page.document.tables).toBe(1);
    expect(page.records.map((x) => [x.indicatorCode, x.criterion, x.task])).toEqual([
      ['1', '实施质量提升行动', '制定质量提升行动方案。'],
      ['1', '实施质量提升行动', '开展重点产品质量攻关。'],
      ['1', '实施质量提升行动', '组织企业实施质量改进项目。'],
      ['2', '夯实质量基础', '推进检验检测一站式服务。'],
    ]);
    expect(page.records[2]!.flags).toContain('filled-from-merged-cell');
  });
});
