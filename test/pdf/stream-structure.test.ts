// Structure rules of stream tables (no full grid): multi-line headers of
// three-line tables, typed rules, leader dots and run-together figures.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../parsers/pdf/index.ts';
import type { SourceTable } from '../../pipeline/model.ts';
import { makePdf, type Op } from './make-pdf.ts';

async function tablesOf(ops: Op[]): Promise<SourceTable[]> {
  const res = await parsePdf(makePdf([ops]), { file: 't.pdf', documentId: 't' });
  return (res.value?.blocks ?? []).filter((b): b is SourceTable => b.kind === 'table');
}

/** Non-empty cells as "text@row:col+rowSpan": each cell takes the first slot of its row no span above covers. */
function placed(t: SourceTable): string[] {
  const out: string[] = [];
  const covered = new Set<string>();
  t.rows.forEach((r, i) => {
    let c = 0;
    for (const cell of r.cells) {
      while (covered.has(`${i}:${c}`)) c++;
      for (let a = i; a < i + cell.rowSpan; a++) for (let b = c; b < c + cell.colSpan; b++) covered.add(`${a}:${b}`);
      if (cell.lines.length) out.push(`${cell.lines.join(' ')}@${i}:${c}+${cell.rowSpan}`);
      c += cell.colSpan;
    }
  });
  return out;
}

describe('three-line table with a header on several text lines', () => {
  // Top rule, a header of three text lines, the header rule, four body rows, the bottom rule;
  // a wider gap before "Group B" (a group label row) must not end the table.
  const ops: Op[] = [
    { line: [50, 90, 400, 90] },
    { text: 'Survey year of the record', x: 195, y: 105 },
    { text: 'Sample', x: 60, y: 118 },
    { text: 'Body', x: 180, y: 118 },
    { text: 'Share', x: 300, y: 118 },
    { text: '(n)', x: 60, y: 130 },
    { text: 'weight', x: 180, y: 130 },
    { text: 'of total', x: 300, y: 130 },
    { line: [50, 138, 400, 138] },
    { text: 'Group A', x: 60, y: 155 },
    { text: '10', x: 60, y: 170 },
    { text: '5.5', x: 180, y: 170 },
    { text: '12', x: 300, y: 170 },
    { text: '20', x: 60, y: 183 },
    { text: '6.1', x: 180, y: 183 },
    { text: '14', x: 300, y: 183 },
    { text: 'Group B', x: 60, y: 225 },
    { text: '30', x: 60, y: 240 },
    { text: '7.2', x: 180, y: 240 },
    { text: '16', x: 300, y: 240 },
    { text: '40', x: 60, y: 253 },
    { text: '8.3', x: 180, y: 253 },
    { text: '18', x: 300, y: 253 },
    { line: [50, 260, 400, 260] },
  ];

  it('joins a label printed on several lines into one header cell and keeps spanning levels apart', async () => {
    const [t, ...rest] = await tablesOf(ops);
    expect(rest).toHaveLength(0);
    const cells = placed(t!);
    // "Sample (n)" is one cell reaching up beside the "Survey year" level; "Body weight" and
    // "Share of total" are one cell each, under "Survey year".
    expect(cells).toContain('Sample (n)@0:0+3');
    expect(cells).toContain('Survey year of the record@0:1+1');
    expect(cells.some((c) => c.startsWith('Body weight@1:1'))).toBe(true);
    expect(cells.some((c) => c.startsWith('Share of total@1:2'))).toBe(true);
    expect(cells).not.toContain('Sample@0:0+1');
  });

  it('keeps the rows after a wider gap inside the rules in the same table', async () => {
    const [t] = await tablesOf(ops);
    const texts = t!.rows.map((r) => r.cells.map((c) => c.lines.join(' ')).filter(Boolean).join(','));
    expect(texts).toContain('Group B');
    expect(texts).toContain('40,8.3,18');
  });
});

describe('typed tables (fixed-pitch printouts)', () => {
  it('reads dashes as a rule, drops leader dots and shares run-together figures out over the columns', async () => {
    const ops: Op[] = [
      { text: 'Rate', x: 60, y: 100 },
      { text: '1.0', x: 200, y: 100 },
      { text: '1.5', x: 260, y: 100 },
      { text: '2.0', x: 320, y: 100 },
      { text: '----------------------------------------------------', x: 50, y: 112 },
      { text: '0.95 ..........', x: 60, y: 124 },
      { text: '160', x: 200, y: 124 },
      { text: '176', x: 260, y: 124 },
      { text: '192', x: 320, y: 124 },
      { text: '0.90 ..........', x: 60, y: 136 },
      { text: '80', x: 200, y: 136 },
      { text: '88', x: 260, y: 136 },
      { text: '96', x: 320, y: 136 },
      { text: '0.85 ..........', x: 60, y: 148 },
      // Two columns' figures in one string, as a typed table may print them.
      { text: '53', x: 200, y: 148 },
      { text: '59' + ' '.repeat(20) + '64', x: 260, y: 148 },
      { text: '0.80 ..........', x: 60, y: 160 },
      { text: '40', x: 200, y: 160 },
      { text: '44', x: 260, y: 160 },
      { text: '48', x: 320, y: 160 },
    ];
    const [t] = await tablesOf(ops);
    const rows = t!.rows.map((r) => r.cells.map((c) => c.lines.join(' ')));
    expect(rows[0]).toEqual(['Rate', '1.0', '1.5', '2.0']);
    expect(rows).toContainEqual(['0.95', '160', '176', '192']);
    expect(rows).toContainEqual(['0.85', '53', '59', '64']);
    expect(rows.flat().some((s) => s.includes('---') || s.includes('...'))).toBe(false);
  });

  it('splits two tables printed one under the other, each with its header over a rule', async () => {
    const part = (y: number, xs: number[], first: number): Op[] => {
      const ops: Op[] = [
        { text: 'Design effect', x: xs[1]! - 15, y },
        { text: 'Rate', x: 60, y: y + 12 },
        ...xs.map((x, k): Op => ({ text: (first + k / 10).toFixed(1), x, y: y + 12 })),
        { text: '-'.repeat(60), x: 50, y: y + 24 },
      ];
      for (let i = 0; i < 4; i++) {
        ops.push({ text: `0.${9 - i}0`, x: 60, y: y + 36 + 12 * i });
        xs.forEach((x, k) => ops.push({ text: String((i + 1) * 10 + k), x, y: y + 36 + 12 * i }));
      }
      return ops;
    };
    const tables = await tablesOf([...part(100, [200, 250, 300], 1), ...part(200, [180, 240, 320], 2)]);
    expect(tables).toHaveLength(2);
    const rows = tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.lines.join(' ')).filter(Boolean).join(',')));
    expect(rows[0]).toContain('Rate,1.0,1.1,1.2');
    expect(rows[0]!.join(',')).not.toContain('Design effect');
    expect(rows[1]!.join(',')).toContain('Design effect');
    expect(rows[1]!.slice(-4)).toEqual(['0.90,10,11,12', '0.80,20,21,22', '0.70,30,31,32', '0.60,40,41,42']);
  });
});

// Real government tables of the ICDAR 2013 set (skipped when the set is not there).
const icdar = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'external', 'icdar2013');
const icdarTables = async (id: string) => {
  const res = await parsePdf(new Uint8Array(readFileSync(path.join(icdar, `${id}.pdf`))), { file: `${id}.pdf`, documentId: id });
  return (res.value?.blocks ?? []).filter((b): b is SourceTable => b.kind === 'table');
};

describe.skipIf(!existsSync(path.join(icdar, 'us-037.pdf')))('ICDAR 2013 stream tables', () => {
  it('us-037: a three-line table with a six-line header and two groups is one table with joined header labels', async () => {
    const [t, ...rest] = await icdarTables('us-037');
    expect(rest).toHaveLength(0);
    const cells = placed(t!);
    // The overflowing "Concentration" label does not open a column of its own: it joins "(ppm)".
    expect(cells).toContain('Concentration (ppm)@0:0+6');
    expect(cells.some((c) => c.startsWith('Weight Relative to Controls (%)@'))).toBe(true);
    expect(cells.some((c) => c.startsWith('Female@'))).toBe(true);
    expect(t!.rows.at(-1)!.cells.map((c) => c.lines.join(' '))).toEqual(['4,000', '31', '5.0**', '93', '10', '7.3*', '89', '9.9**', '78', '16.1**', '65', '18.8**', '56']);
  });

  it('us-034: two typed tables one under the other are two tables, without leader dots', async () => {
    const tables = (await icdarTables('us-034')).filter((t) => t.pages.includes(2));
    const firstCells = tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.lines.join(' ')).join('|')));
    expect(firstCells[0]).toContain('0.99|800|880|960|1,040|1,120|1,200|1,280');
    expect(firstCells[1]).toContain('0.95|272|288|304|320|400|480|560');
    expect(firstCells.flat().some((r) => r.includes('....'))).toBe(false);
  });

  it('us-025: columns come from the rows under a ruled header, so labels spanning six columns do not merge them', async () => {
    const tables = (await icdarTables('us-025')).filter((t) => t.pages.includes(3));
    const rows = tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.lines.join(' ')).filter(Boolean).join('|')));
    const women = rows.find((r) => r.some((x) => x.startsWith('Age group (yrs)|') && x.includes('Women')))!;
    expect(women).toContain('45–54|345|15.5|(13.8–17.1)|5,663|28.7|(27.9–29.4)|1,205|52.7|(49.7–55.7)|17,707|93.2|(91.8–94.6)');
  });

  it('us-021: a title and running header lined up above the top rule stay out of the table', async () => {
    const [t] = await icdarTables('us-021');
    const text = t!.rows.flatMap((r) => r.cells.map((c) => c.lines.join(' ')));
    expect(text.some((x) => x.includes('APPENDIX') || x.startsWith('Table A-3'))).toBe(false);
    expect(t!.rows.map((r) => r.cells.map((c) => c.lines.join(' ')).filter(Boolean).join('|'))).toContain('Literary experience|72|53|33|55|39|52');
  });
});

describe('titles under a rule', () => {
  it('a title printed right under a rule is not taken for a header label; a short label tight above the first row is', async () => {
    const body = (y0: number): Op[] =>
      [0, 1, 2, 3].flatMap((i): Op[] => [
        { text: `Item ${i + 1}`, x: 60, y: y0 + 13 * i },
        { text: String(10 + i), x: 250, y: y0 + 13 * i },
        { text: `${20 + i}%`, x: 350, y: y0 + 13 * i },
      ]);
    const titled = await tablesOf([
      { line: [50, 90, 400, 90] },
      { text: 'Exhibit 7', x: 200, y: 105 },
      { text: 'Items counted by the survey and their share of all items, 2006', x: 60, y: 118 },
      { text: 'Name', x: 60, y: 135 },
      { text: 'Count', x: 250, y: 135 },
      { text: 'Share', x: 350, y: 135 },
      ...body(148),
    ]);
    const text = titled.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.lines.join(' '))));
    expect(text).toContain('Item 4');
    expect(text.some((x) => x.includes('Exhibit 7') || x.includes('Items counted'))).toBe(false);

    const labelled = await tablesOf([
      { line: [50, 90, 400, 90] },
      { text: 'Survey', x: 280, y: 103 },
      { text: 'Name', x: 60, y: 115 },
      { text: 'Count', x: 250, y: 115 },
      { text: 'Share', x: 350, y: 115 },
      ...body(130),
    ]);
    const first = labelled[0]!.rows[0]!.cells.map((c) => c.lines.join(' ')).filter(Boolean);
    expect(first).toContain('Survey');
  });
});

describe('text tables inside a ruled frame', () => {
  it('reads wide text cells between a top and a bottom rule as cells, not as running text', async () => {
    const rows = [
      ['Population', 'Projections are consistent with the Census Bureau estimates'],
      ['18- to 24-year-old population', 'Census Bureau projection: average annual growth rate of 0.1%'],
      ['25- to 29-year-old population', 'Census Bureau projection: average annual growth rate of 0.6%'],
      ['30- to 34-year-old population', 'Census Bureau projection: average annual growth rate of 1.3%'],
    ];
    const ops: Op[] = [
      { line: [30, 90, 580, 90] },
      { text: 'Variable', x: 45, y: 103 },
      { text: 'Assumption', x: 480, y: 103 },
      { line: [30, 108, 580, 108] },
      ...rows.flatMap(([a, b], i): Op[] => [
        { text: a!, x: 45, y: 122 + 12 * i },
        { text: b!, x: 290, y: 122 + 12 * i },
      ]),
      { line: [30, 175, 580, 175] },
    ];
    const [t] = await tablesOf(ops);
    const texts = t!.rows.map((r) => r.cells.map((c) => c.lines.join(' ')).filter(Boolean));
    for (const r of rows) expect(texts).toContainEqual(r);
  });
});
