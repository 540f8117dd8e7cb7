// A borderless CJK table beside a narrow column of Chinese running text: the prose
// lines line up with the table's rows, yet they are no column of the table. Chinese
// has no spaces between words, so the prose is told by its characters, its sentence
// punctuation and its lines running on past the table's rows.
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../parsers/pdf/index.ts';
import type { SourceDocument, SourceTable } from '../../pipeline/model.ts';
import { makePdf, type Op } from './make-pdf.ts';

async function parse(ops: Op[]): Promise<SourceDocument> {
  const res = await parsePdf(makePdf([ops]), { file: 'p.pdf', documentId: 'p' });
  expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return res.value!;
}
const tables = (d: SourceDocument) => d.blocks.filter((b): b is SourceTable => b.kind === 'table');
const texts = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => c.lines.join('|')));
const paragraphs = (d: SourceDocument) => d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

const ROWS = [
  ['序号', '指标', '责任单位', '完成时限'],
  ['1', '城市绿化覆盖率', '市园林局', '2025年底'],
  ['2', '污水处理率', '市水务局', '2024年底'],
  ['3', '空气质量优良天数', '市生态环境局', '2025年底'],
  ['4', '人均公园绿地面积', '市园林局', '2026年底'],
  ['5', '生活垃圾分类覆盖率', '市城管局', '2025年底'],
];
/** Column offsets of the table from its left edge; rows every 20 pt from y 120. */
const COLS = [0, 40, 160, 250];
/** Justified lines of 14 characters (10 pt: 140 pt wide), a closing mark hanging past the edge. */
const PROSE = [
  '为深入贯彻落实市委市政府关于',
  '推进生态文明建设的决策部署，',
  '进一步提升城市人居环境质量，',
  '现将重点指标任务分解如下。各',
  '责任单位要高度重视，明确分管',
  '领导和具体责任人，制定工作方',
  '案，确保各项任务按时保质完成。',
  '市政府督查室将定期督查通报。',
];

function page(tableX: number, proseX: number, leading: number): Op[] {
  const ops: Op[] = [];
  ROWS.forEach((r, i) => r.forEach((text, j) => ops.push({ text, x: tableX + COLS[j]!, y: 120 + 20 * i })));
  PROSE.forEach((text, i) => ops.push({ text, x: proseX, y: 120 + leading * i }));
  return ops;
}

describe('a borderless CJK table beside a column of Chinese prose', () => {
  const cases: [string, number, number, number][] = [
    ['prose on the left, its lines on the table rows', 220, 40, 20],
    ['prose on the left, lines of its own leading', 220, 40, 15],
    ['prose on the right, its lines on the table rows', 40, 370, 20],
    ['prose on the right, lines of its own leading', 40, 370, 15],
  ];
  for (const [name, tableX, proseX, leading] of cases) {
    it(`${name}: the table has its own 4 columns, the prose stays text`, async () => {
      const doc = await parse(page(tableX, proseX, leading));
      const [t, ...more] = tables(doc);
      expect(more).toEqual([]);
      expect(t!.mode).toBe('stream');
      expect(texts(t!)).toEqual(ROWS);
      // Every prose character is in the document's text, in reading order.
      expect(paragraphs(doc).join('')).toBe(PROSE.join(''));
      // Its lines, spaced like the table's rows or not, join into one paragraph: each line before the last fills the column.
      expect(paragraphs(doc)).toEqual([PROSE.join('')]);
    });
  }
});

describe('a CJK table whose outer column holds long wrapped text keeps that column', () => {
  // Requirements wrapped at 14 characters per line: each cell ends with its row (its last line short).
  const REQ = [
    ['加快推进城市绿化建设，新增公', '园绿地面积不少于二十公顷，提', '升城市整体绿化水平。'],
    ['完善污水收集管网，推进雨污分', '流改造，确保污水处理率稳步提', '升。'],
    ['强化大气污染联防联控，加强扬', '尘和机动车尾气治理，持续改善', '空气质量。'],
    ['推进生活垃圾分类，完善收运处', '置体系，提高资源化利用水平'],
  ];
  const NAMES = ['城市绿化覆盖率', '污水处理率', '空气质量优良天数', '生活垃圾分类覆盖率'];
  const UNITS = ['市园林局', '市水务局', '市生态环境局', '市城管局'];

  it('reads the requirement column as cells, not as prose beside the table', async () => {
    const x = [40, 80, 200, 300];
    const ops: Op[] = [];
    let y = 120;
    ['序号', '指标', '责任单位', '工作要求'].forEach((text, j) => ops.push({ text, x: x[j]!, y }));
    REQ.forEach((lines, i) => {
      y += 20;
      [String(i + 1), NAMES[i]!, UNITS[i]!].forEach((text, j) => ops.push({ text, x: x[j]!, y }));
      lines.forEach((text, k) => ops.push({ text, x: x[3]!, y: y + 14 * k }));
      y += 14 * (lines.length - 1);
    });
    const doc = await parse(ops);
    const [t, ...more] = tables(doc);
    expect(more).toEqual([]);
    expect(texts(t!)).toEqual([
      ['序号', '指标', '责任单位', '工作要求'],
      ...REQ.map((lines, i) => [String(i + 1), NAMES[i]!, UNITS[i]!, lines.join('|')]),
    ]);
    expect(paragraphs(doc)).toEqual([]);
  });
});
