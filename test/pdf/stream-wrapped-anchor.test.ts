// A borderless table whose narrow first column wraps its header label (`序` over `号`)
// must keep the wrapped piece in the header cell, not read it as a row of its own; a
// line with only the first column filled that sits a row's distance below stays a row.
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../parsers/pdf/index.ts';
import type { SourceTable } from '../../pipeline/model.ts';
import { makePdf, type Op } from './make-pdf.ts';

const X = [40, 70, 170, 330, 430];
/** Rows padded apart: wrapped lines 14 pt apart, rows 24 pt apart. */
const WRAP = 14;
const ROW = 24;

function table(rows: string[][][]): Op[] {
  const ops: Op[] = [];
  let y = 100;
  for (const row of rows) {
    const height = Math.max(...row.map((c) => c.length));
    row.forEach((lines, j) => lines.forEach((text, k) => ops.push({ text, x: X[j]!, y: y + WRAP * k })));
    y += WRAP * (height - 1) + ROW;
  }
  return ops;
}

async function only(ops: Op[]): Promise<string[][]> {
  const res = await parsePdf(makePdf([ops]), { file: 't.pdf', documentId: 't' });
  const ts = res.value!.blocks.filter((b): b is SourceTable => b.kind === 'table');
  expect(ts).toHaveLength(1);
  expect(ts[0]!.mode).toBe('stream');
  return ts[0]!.rows.map((r) => r.cells.map((c) => c.lines.join('|')));
}

const BODY = [
  [['1'], ['质量提升行动'], ['开展质量攻关', '实施改进项目'], ['市场监管局'], ['2024年底']],
  [['2'], ['标准化战略'], ['参与标准制定'], ['发展改革委'], ['长期坚持']],
  [['3'], ['品牌建设'], ['培育区域品牌', '支持企业申报', '各级质量奖'], ['工业和信息化局'], ['每年']],
  [['4'], ['计量能力'], ['建设公用计量标准'], ['市场监管局'], ['2025年底']],
];

describe('stream table: a first-column label wrapped onto a second line', () => {
  it('keeps 序/号 in one header cell', async () => {
    const rows = await only(table([[['序', '号'], ['重点任务'], ['工作措施'], ['牵头单位'], ['完成时限']], ...BODY]));
    expect(rows[0]).toEqual(['序|号', '重点任务', '工作措施', '牵头单位', '完成时限']);
    expect(rows.map((r) => r[0])).toEqual(['序|号', '1', '2', '3', '4']);
    expect(rows[3]![2]).toBe('培育区域品牌|支持企业申报|各级质量奖');
  });

  it('keeps a line with only the first column filled, a row apart, as its own row', async () => {
    const head = [['序号'], ['重点任务'], ['工作措施'], ['牵头单位'], ['完成时限']];
    const rows = await only(table([head, BODY[0]!, BODY[1]!, [['二']], BODY[2]!, BODY[3]!]));
    expect(rows.map((r) => r[0])).toEqual(['序号', '1', '2', '二', '3', '4']);
  });
});
