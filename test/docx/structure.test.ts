// Table structure through parseDocx on generated documents: random spans come
// back; markup mammoth mishandles (gridBefore/gridAfter, text in a merge
// continuation, tblHeader false) is repaired; nested tables are flattened.
import JSZip from 'jszip';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceTable } from '../../pipeline/model.ts';
import { parseDocx } from '../../parsers/docx/index.ts';
import { buildDocx, type SpecCell, type SpecRow } from '../../scripts/make-docx-samples.ts';

const ctx = { file: 'gen.docx', documentId: 'gen' };
const parse = async (buf: Uint8Array) => parseDocx(new Uint8Array(buf), ctx);
const firstTable = (blocks: { kind: string }[]) => blocks.find((b): b is SourceTable => b.kind === 'table')!;

/** Random layout: a grid cut into rectangles (each cell = top-left origin with its spans). */
const layout = fc.record({ rows: fc.integer({ min: 1, max: 7 }), cols: fc.integer({ min: 1, max: 6 }), seeds: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }) }).map(({ rows, cols, seeds }) => {
  const taken: boolean[][] = Array.from({ length: rows }, () => Array(cols).fill(false));
  const out: SpecRow[] = Array.from({ length: rows }, () => ({ cells: [] }));
  let k = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (taken[r]![c]) continue;
      const s = seeds[k++ % seeds.length]!;
      let colSpan = 1 + (s % 3);
      while (colSpan > 1 && (c + colSpan > cols || taken[r]!.slice(c, c + colSpan).some(Boolean))) colSpan--;
      let rowSpan = 1 + (Math.floor(s / 3) % 3);
      rowSpan = Math.min(rowSpan, rows - r);
      // A vertical merge must keep the same column extent in every row it covers.
      while (rowSpan > 1 && taken.slice(r, r + rowSpan).some((row) => row.slice(c, c + colSpan).some(Boolean))) rowSpan--;
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) taken[rr]![cc] = true;
      out[r]!.cells.push({ lines: [`r${r}c${c}`], rowSpan, colSpan });
    }
  return { cols, rows: out };
});

describe('spans round-trip', () => {
  it('returns the rowSpan/colSpan of every generated cell', async () => {
    await fc.assert(
      fc.asyncProperty(layout, async ({ cols, rows }) => {
        const buf = await buildDocx([{ kind: 'table', widths: Array(cols).fill(1), rows }]);
        const r = await parse(buf);
        const t = firstTable(r.value!.blocks);
        const got = t.rows.map((row) => row.cells.map((c) => `${c.lines.join('')}:${c.rowSpan}x${c.colSpan}`));
        const want = rows.map((row) => row.cells.map((c: SpecCell) => `${c.lines.join('')}:${c.rowSpan}x${c.colSpan}`));
        // A row made only of merge continuations comes back as a row without cells, as generated.
        expect(got).toEqual(want);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('cell lines', () => {
  it('splits paragraphs and line breaks, drops empty paragraphs, keeps broken names', async () => {
    const buf = await buildDocx([
      { kind: 'paragraph', text: '附件2' },
      { kind: 'table', widths: [1, 1, 1], rows: [
        { cells: [{ lines: ['质', '量'] }, { lines: ['市市民服务\n中心'] }, { lines: ['', '  ', '2018年10月'] }] },
      ] },
      { kind: 'paragraph', text: '注：排名第一的责任单位为牵头单位' },
    ]);
    const r = await parse(buf);
    expect(r.value!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const t = firstTable(r.value!.blocks);
    expect(t.rows[0]!.cells.map((c) => c.lines)).toEqual([['质', '量'], ['市市民服务', '中心'], ['2018年10月']]);
    expect(t).toMatchObject({ mode: 'docx', pages: [] });
  });
});

async function patch(buf: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  const next = edit(xml);
  expect(next).not.toBe(xml);
  zip.file('word/document.xml', next);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('markup mammoth mishandles', () => {
  it('keeps cells in their columns when a row starts or ends with gridBefore/gridAfter', async () => {
    const buf = await buildDocx([{ kind: 'table', widths: [1, 1, 1], rows: [
      { cells: [{ lines: ['A'] }, { lines: ['B'] }, { lines: ['C'] }] },
      { cells: [{ lines: ['x'] }, { lines: ['y'] }] },
      { cells: [{ lines: ['p'] }, { lines: ['q'] }] },
      { cells: [{ lines: ['1'] }, { lines: ['2'] }, { lines: ['3'] }] },
    ] }]);
    // Turn row 2 into "gridBefore=1, y, ..." and row 3 into "p, q, gridAfter=1".
    let seen = 0;
    const bytes = await patch(buf, (xml) =>
      xml.replace(/<w:tr>/g, (m) => {
        seen++;
        return seen === 2 ? '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' : seen === 3 ? '<w:tr><w:trPr><w:gridAfter w:val="1"/></w:trPr>' : m;
      }).replace(/<w:tc>(?:(?!<w:tc>).)*?<w:t xml:space="preserve">x<\/w:t>.*?<\/w:tc>/, ''),
    );
    const r = await parse(bytes);
    const t = firstTable(r.value!.blocks);
    expect(t.rows.map((row) => row.cells.map((c) => c.lines.join('') || '∅'))).toEqual([['A', 'B', 'C'], ['∅', 'y'], ['p', 'q', '∅'], ['1', '2', '3']]);
    expect(r.diagnostics.map((d) => [d.code, d.location.row])).toEqual([['docx-grid-gap', 2], ['docx-grid-gap', 3]]);
  });
  it('keeps the text of a merge continuation cell in the merged cell, with a warning', async () => {
    const buf = await buildDocx([{ kind: 'table', widths: [1, 1], rows: [
      { cells: [{ lines: ['城市质量文化'], rowSpan: 2 }, { lines: ['4.1'] }] },
      { cells: [{ lines: ['4.2'] }] },
    ] }]);
    const bytes = await patch(buf, (xml) => xml.replace(/(<w:vMerge w:val="continue"\/><\/w:tcPr>)<w:p\/>/, '$1<w:p><w:r><w:t>特色鲜明</w:t></w:r></w:p>'));
    const r = await parse(bytes);
    const t = firstTable(r.value!.blocks);
    expect(t.rows[0]!.cells[0]).toMatchObject({ lines: ['城市质量文化', '特色鲜明'], rowSpan: 2 });
    expect(t.rows[1]!.cells.map((c) => c.lines)).toEqual([['4.2']]);
    expect(r.diagnostics).toMatchObject([{ severity: 'warning', code: 'docx-merged-cell-text', location: { table: 1, row: 2, column: 1 } }]);
  });
  it('does not take rows marked tblHeader="false" as header rows', async () => {
    const buf = await buildDocx([{ kind: 'table', widths: [1], rows: [{ cells: [{ lines: ['H'] }], tableHeader: true }, { cells: [{ lines: ['d'] }] }] }]);
    const bytes = await patch(buf, (xml) => xml.replace(/<w:tr>(?!<w:trPr>)/, '<w:tr><w:trPr><w:tblHeader w:val="false"/></w:trPr>'));
    const t = firstTable((await parse(bytes)).value!.blocks);
    expect(t.rows.map((r) => r.header)).toEqual([true, false]);
  });
});

describe('several and nested tables', () => {
  it('flattens a nested table after its outer table and keeps the outer cell text', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const inner = new Table({ rows: [new TableRow({ children: [cell('内1'), cell('内2')] })] });
    const doc = new Document({ sections: [{ children: [
      new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('外'), inner] }), cell('旁')] })] }),
      new Paragraph('之间'),
      new Table({ rows: [new TableRow({ children: [cell('二')] })] }),
    ] }] });
    const r = await parse(await Packer.toBuffer(doc));
    const shape = r.value!.blocks.map((b) => (b.kind === 'table' ? b.rows.map((row) => row.cells.map((c) => c.lines.join('/'))) : b.text));
    expect(shape).toEqual([[['外', '旁']], [['内1', '内2']], '之间', [['二']]]);
  });
});
