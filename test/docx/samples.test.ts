// Structure of the committed Word samples (generated from the seed texts by
// scripts/make-docx-samples.ts), read back through parseDocx. Expected values
// are read off the seed texts by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceDocument, SourceTable } from '../../pipeline/model.ts';
import { parseDocx } from '../../parsers/docx/index.ts';

async function load(name: string): Promise<SourceDocument> {
  const bytes = new Uint8Array(readFileSync(new URL(`../../samples/${name}`, import.meta.url)));
  const r = await parseDocx(bytes, { file: name, documentId: 'test' });
  expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  expect(r.value).not.toBeNull();
  return r.value!;
}
const tables = (d: SourceDocument) => d.blocks.filter((b): b is SourceTable => b.kind === 'table');
const order = (d: SourceDocument) => d.blocks.map((b) => (b.kind === 'table' ? `T${b.rows.length}` : b.text));

describe('000 sample (附件1 indicator list, 附件2 task breakdown)', () => {
  it('keeps titles, the note and both tables in document order', async () => {
    const d = await load('000-jiangmen.docx');
    expect(d.format).toBe('docx');
    expect(d.pages).toBeNull();
    expect(order(d)).toEqual(['附件1', '江门市创建全国质量强市示范城市工作指标', 'T44', '附件2', '江门市创建“全国质量强市示范城市”工作任务分解表', '注：排名第一的责任单位为牵头单位', 'T269']);
  });
  it('reads header cells with two paragraphs as two lines', async () => {
    const [t1] = tables(await load('000-jiangmen.docx'));
    expect(t1!.rows[0]!.header).toBe(true);
    expect(t1!.rows.filter((r) => r.header)).toHaveLength(1);
    expect(t1!.rows[0]!.cells.map((c) => c.lines)).toEqual([['序号'], ['考核细则要求'], ['2017年底', '指标情况'], ['2019年底', '达到目标'], ['责任单位'], ['备注']]);
    // Row 23 has a cell of three numbered paragraphs.
    const r23 = t1!.rows.find((r) => r.cells[0]!.lines[0] === '23')!;
    expect(r23.cells[2]!.lines).toHaveLength(3);
  });
  it('brings back the vertical merges of the three hierarchy columns', async () => {
    const [, t2] = tables(await load('000-jiangmen.docx'));
    const [head, first, second] = t2!.rows;
    expect(head!.cells.map((c) => c.colSpan)).toEqual([1, 1, 1, 2, 1, 1]);
    expect(first!.cells.slice(0, 3).map((c) => [c.lines.join(''), c.rowSpan])).toEqual([
      ['城市质量发展战略规划明确清晰', 8],
      ['1．制定并出台城市质量发展规划（20分）', 4],
      ['结合本市（区）实际情况制定并已经出台质量发展规划及其具体工作措施（10分）。', 2],
    ]);
    // Row 2 lies under all three merges: only task, department and deadline remain.
    expect(second!.cells.map((c) => c.lines.join(''))).toEqual(['1.2制订出台《江门市实施质量强市战略2018－2019年行动计划》及其他具体措施。', '市质量强市办', '2018年10月']);
  });
});

describe('001 sample (headerless scoring table, town × metric matrix)', () => {
  it('has no header row in the scoring table and merges its hierarchy', async () => {
    const [score, matrix] = tables(await load('001-rugao.docx'));
    expect(score!.rows.some((r) => r.header)).toBe(false);
    // The source prints the merged label again after page breaks inside the cell; the grid stage collapses it.
    expect(score!.rows[0]!.cells[0]!.lines).toEqual(['质量宏观管理（23分）', '质量宏观管理（23分）']);
    expect(score!.rows[0]!.cells[0]!.rowSpan).toBe(11);
    expect(score!.rows[0]!.cells).toHaveLength(7);
    // The points of item 4 cover its three sub-items.
    const item4 = score!.rows.find((r) => r.cells.some((c) => c.lines[0] === '4.品牌战略制定与实施（6分）'))!;
    expect(item4.cells.at(-1)).toMatchObject({ lines: ['6'], rowSpan: 3 });
    expect(matrix!.rows[0]!.header).toBe(true);
    expect(matrix!.rows[0]!.cells).toHaveLength(16);
    const row6 = matrix!.rows.find((r) => r.cells[0]!.lines[0] === '6')!;
    expect(row6.cells.map((c) => c.colSpan)).toEqual([1, 1, 14]);
    expect(row6.cells[2]!.lines).toEqual(['≥90']);
  });
});

describe('002 sample (task table and document-level deadline note)', () => {
  it('keeps the note after the table', async () => {
    const d = await load('002-wafangdian.docx');
    expect(order(d)).toEqual(['附件', '瓦房店市创建“全国质量强市示范城市”考核指标任务分解表', 'T53', '注：以上工作要求在2017年4月前全部完成。']);
    const [t] = tables(d);
    expect(t!.rows[0]!.cells.map((c) => c.lines.join(''))).toEqual(['指标项', '指标内容', '目标任务', '牵头部门', '配合部门']);
  });
});

describe('003 sample (table A.1 with a 续表 title and repeated headers)', () => {
  it('keeps vertical text as lines, the 续表 paragraph and the hand-repeated header', async () => {
    const d = await load('003-hunan-standard.docx');
    const ts = tables(d);
    expect(ts).toHaveLength(2);
    const i1 = d.blocks.indexOf(ts[0]!);
    expect(d.blocks[i1 + 1]).toMatchObject({ kind: 'paragraph', text: '续表A.1质量强市（区、县）评分表' });
    expect(d.blocks[i1 + 2]).toBe(ts[1]);
    expect(ts[0]!.rows[0]!.header).toBe(true);
    expect(ts[0]!.rows[1]!.cells[0]).toMatchObject({ lines: ['质量', '发展', '战略', '规划'], rowSpan: 3 });
    // The repeated header of the second piece is typed by hand: not a header row in Word's sense.
    expect(ts[1]!.rows[0]!.header).toBe(false);
    expect(ts[1]!.rows[0]!.cells.map((c) => c.lines.join(''))).toEqual(['指标项', '指标内容', '分值', '考核评分方法']);
    // Later 续表 titles stay inside the table as a full-width row.
    const titles = ts[1]!.rows.filter((r) => r.cells.length === 1 && r.cells[0]!.colSpan === 4);
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(titles.every((r) => r.cells[0]!.lines[0]!.startsWith('续表A.1'))).toBe(true);
  });
});
