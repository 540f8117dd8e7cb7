// Tables made in Excel and pasted into Word (or saved as HTML) carry their document furniture
// inside the table: rows merged across it above the header (`附件2`, the title, `填报单位：…
// 填报日期：…`, `单位：万元`) and below the body (`注：…`, `填表人：… 联系电话：…`). What an analyst
// expects (canonical-schema.md): the title row is the document title when no paragraph is one, and
// never a record; `label：value` rows are document fields, a unit row the field 单位; notes stay
// notes (a table-note diagnostic); nothing is lost (convertWord checks every cell is kept).
import { describe, expect, it } from 'vitest';
import { codes, convertWord } from './unseen-word.ts';
import { kaihua } from './unseen-docs.ts';
import { convertBytes } from '../../pipeline/convert.ts';
import { labelPairs } from '../../pipeline/document.ts';
import { FURNITURE_TITLE, furnished, furnishedUnderTitle, furnitureUnits, sectionNoHeader } from './furniture-docs.ts';

const TITLE = FURNITURE_TITLE;

describe('document furniture inside a table (Word)', () => {
  it('three rows above the header: the header is still found, the title row is the document title, the pairs are fields', async () => {
    const res = await convertWord(furnished(), 'furniture.docx');
    expect(res.document.title).toBe(TITLE);
    expect(res.document.year).toBe(2024);
    expect(res.document.fields).toEqual({ 填报单位: '吴兴区市场监督管理局', 填报日期: '2024年3月5日', 填表人: '张三', 联系电话: '0572-2222222' });
    expect(res.records.map((r) => [r.indicatorCode, r.task, r.departments.map((d) => d.name), r.deadline?.end])).toEqual([
      ['1', '推进质量基础设施建设，完善计量检测体系。', ['市市场监督管理局'], '2024-12'],
      ['2', '开展质量提升行动，培育区域公共品牌。', ['市农业农村局'], '2024-06'],
    ]);
    expect(res.records.every((r) => r.tableTitle === TITLE)).toBe(true);
    // 附件2 and the title are captions, kept in diagnostics; the 注 row is a note on the table
    expect(codes(res, 'caption-row').map((d) => d.location.row)).toEqual([1, 2, 3]);
    expect(codes(res, 'table-note').map((d) => d.message).join('\n')).toContain('注：各单位于每季度末报送进展情况。');
    expect(res.diagnostics.some((d) => d.severity !== 'info' && d.code === 'table-not-understood')).toBe(false);
  });

  it('a title paragraph above the table stays the document title', async () => {
    const res = await convertWord(furnishedUnderTitle, 'furniture-para.docx');
    expect(res.document.title).toBe('湖州市质量强市工作实施方案');
    expect(res.document.fields['填报单位']).toBe('吴兴区市场监督管理局');
    expect(res.records).toHaveLength(2);
  });

  it('a unit row in brackets gives the field 单位, a second table with another unit keeps its own', async () => {
    const res = await convertWord(furnitureUnits, 'furniture-units.docx');
    expect(res.document.fields).toEqual({ 单位: '万元', '单位（表2）': '%' });
    expect(res.records).toHaveLength(4);
  });

  it('a title with a long closing bracket is still a title', async () => {
    const res = await convertWord(kaihua, 'kaihua.docx');
    expect(res.document.title).toBe('开化县2023年度重点工作清单（一季度政府工作报告重点任务执行落实情况）');
  });
});

describe('no furniture', () => {
  it('a section row merged across a headerless table is no title', async () => {
    const res = await convertWord(sectionNoHeader, 'section.docx');
    expect(res.document.title).toBeNull();
    expect(res.document.fields).toEqual({});
  });
});

describe('document furniture inside a table (HTML)', () => {
  it('title and unit rows above the header, a sign-off row below', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><table border="1">
<tr><td colspan="4">${TITLE}</td></tr>
<tr><td colspan="4">单位：万元</td></tr>
<tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>推进质量基础设施建设，完善计量检测体系。</td><td>市市场监管局</td><td>2024年12月底</td></tr>
<tr><td>2</td><td>开展质量提升行动，培育区域公共品牌。</td><td>市农业农村局</td><td>2024年6月底</td></tr>
<tr><td colspan="4">填表人：张三 联系电话：0572-2222222</td></tr>
</table></body></html>`;
    const res = await convertBytes(new TextEncoder().encode(html), 'furniture.html');
    expect(res.document.title).toBe(TITLE);
    expect(res.document.fields).toEqual({ 单位: '万元', 填表人: '张三', 联系电话: '0572-2222222' });
    expect(res.records.map((r) => r.task)).toEqual(['推进质量基础设施建设，完善计量检测体系。', '开展质量提升行动，培育区域公共品牌。']);
    // the sign-off row is no section heading over rows
    expect(codes(res, 'section-row')).toEqual([]);
    expect(codes(res, 'table-note')).toHaveLength(1);
  });
});

describe('labelPairs', () => {
  it('splits pairs at spaces, joins a value written with a space, leaves notes and plain text out', () => {
    expect(labelPairs(['填报单位：吴兴区 市场监督管理局  填报日期：2024年3月5日'])).toEqual([
      ['填报单位', '吴兴区市场监督管理局'],
      ['填报日期', '2024年3月5日'],
    ]);
    expect(labelPairs(['注：各单位于每季度末报送。'])).toEqual([]);
    expect(labelPairs(['湖州市质量强市工作任务分解表'])).toEqual([]);
  });
});
