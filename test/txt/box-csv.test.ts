// Drawn grids (parsers/txt/box-drawing.ts) and CSV text (parsers/txt/csv.ts), with real cell
// texts of the samples (006-changde's 评分表, 000-jiangmen's 工作指标, the unseen 广安 list).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, INPUT_EXTENSIONS } from '../../parsers/detect.ts';
import { parseTxt, readText } from '../../parsers/txt/index.ts';
import { looksLikeBoxTable, readBoxText } from '../../parsers/txt/box-drawing.ts';
import { readCsvText } from '../../parsers/txt/csv.ts';
import { convertBytes, convertFile } from '../../pipeline/convert.ts';
import type { SourceTable } from '../../pipeline/model.ts';
import { ROOT } from '../helpers.ts';

const FIX = join(ROOT, 'test', 'fixtures', 'txt');
const tableOf = (blocks: { kind: string }[]) => blocks.find((b): b is SourceTable => b.kind === 'table')!;
const grid = (t: SourceTable) => t.rows.map((r) => r.cells.map((c) => c.lines.join('/') + (c.rowSpan > 1 ? `↓${c.rowSpan}` : '') + (c.colSpan > 1 ? `→${c.colSpan}` : '')));

describe('box-drawing tables', () => {
  const text = readFileSync(join(FIX, 'box', 'changde-scoring.box.txt'), 'utf8');

  it('reads cells merged over rows and columns, multi-line cells, and the header under a double rule', () => {
    expect(looksLikeBoxTable(text)).toBe(true);
    const r = readBoxText(text);
    expect(r.blocks[0]).toEqual({ kind: 'paragraph', text: '常德市2023年度质量强市工作考核评分表', page: null });
    const t = tableOf(r.blocks);
    expect(t.rows[0]!.header).toBe(true);
    expect(grid(t)).toEqual([
      ['考核项目', '考核内容', '分值', '评分标准', '考核部门'],
      ['质量工作/组织领导↓4', '成立质量强市工作领导小组，/定期研究质量工作。', '5', '成立领导小组的得2分；每年召开/会议研究质量工作的得3分。', '市市场监管局'],
      // this line of the fixture is one column too wide (a hand edit): its bars are snapped to the grid
      ['将质量工作纳入政府绩效考核。', '5', '纳入绩效考核的得5分，未纳入的/不得分。', '市委组织部'],
      ['制定实施质量发展规划。', '4', '出台规划的得2分；按进度实施的/得2分。', '市发改委'],
      ['落实质量工作经费保障。', '3', '经费列入财政预算的得3分。', '市财政局'],
      ['质量基础/建设↓2', '加强计量能力建设，新建社会/公用计量标准。', '5', '每新建1项得1分，最高5分。', '市场监管局'],
      ['实施标准化战略。', '4', '主导制定国家或行业标准的每项得/2分，最高4分。', '市质监局'],
      ['合计→2', '25', '', ''],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['txt-box-table']);
  });

  it('gives the 评分表 records: the merged 考核项目 on each row, the 合计 checked, not kept', async () => {
    const res = await convertBytes(new Uint8Array(readFileSync(join(FIX, 'box', 'changde-scoring.box.txt'))), 'changde-scoring.box.txt');
    expect(res.document.status).toBe('ok');
    expect(res.records.map((x) => [x.indicator, x.indicatorPoints, x.departments.map((d) => d.name)])).toEqual([
      ['质量工作组织领导', 5, ['市市场监督管理局']],
      ['质量工作组织领导', 5, ['市委组织部']],
      ['质量工作组织领导', 4, ['市发展和改革委员会']],
      ['质量工作组织领导', 3, ['市财政局']],
      ['质量基础建设', 5, ['市市场监督管理局']],
      ['质量基础建设', 4, ['市市场监督管理局']],
    ]);
    expect(res.diagnostics.some((d) => d.code === 'total-row')).toBe(true);
  });

  it('reads ASCII +---+ grids with a multi-line cell', () => {
    const t = tableOf(readText(readFileSync(join(FIX, 'box', 'guangan.ascii.txt'), 'utf8')).blocks);
    expect(grid(t)).toEqual([
      ['序号', '推进事项', '责任单位', '完成时限'],
      ['1', '完善质量工作考核办法并组织实施。', '市市场监管局', '2023年6月'],
      ['2', '组织开展首席质量官培训。', '市市场监管局、/市人社局', '2023年底'],
    ]);
  });

  it('a grid ruled only under its header has one row per line', () => {
    const text = ['┌──────┬────────────┐', '│ 序号 │ 责任单位   │', '├──────┼────────────┤', '│ 1    │ 市市场监管局 │', '│ 2    │ 市发改委   │', '└──────┴────────────┘'].join('\n');
    const r = readBoxText(text);
    expect(grid(tableOf(r.blocks))).toEqual([
      ['序号', '责任单位'],
      ['1', '市市场监管局'],
      ['2', '市发改委'],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toContain('txt-box-rows-by-line');
  });

  it('markdown pipe tables and tab-cell text are not taken for drawn grids', () => {
    expect(looksLikeBoxTable('| 序号 | 责任单位 |\n|---|---|\n| 1 | 市市场监管局 |')).toBe(false);
    const tsv = '\t序号\n\t责任单位\n\n\t1\n\t市市场监管局\n\n';
    expect(readText(tsv).diagnostics).toEqual([]);
  });
});

describe('CSV text', () => {
  it('.csv is text input, picked up in folders', () => {
    expect(detectFormat(new TextEncoder().encode('a,b\n1,2\n'), 'x.csv')).toBe('txt');
    expect(INPUT_EXTENSIONS).toContain('.csv');
  });

  for (const [file, encoding] of [
    ['jiangmen-indicators.gbk.csv', 'encoding-gb18030'],
    ['jiangmen-indicators.utf16.csv', null],
  ] as const) {
    it(`${file}: quoted fields with commas, quotes and line breaks; the title line a paragraph`, async () => {
      const bytes = new Uint8Array(readFileSync(join(FIX, 'csv', file)));
      const r = await parseTxt(bytes, { file, documentId: 'x' });
      expect(r.diagnostics.map((d) => d.code)).toEqual(encoding ? [encoding] : []);
      const blocks = r.value!.blocks;
      expect(blocks[0]).toEqual({ kind: 'paragraph', text: '江门市创建全国质量强市示范城市工作指标', page: null });
      const t = tableOf(blocks);
      expect(t.rows).toHaveLength(7);
      expect(t.rows[0]!.cells.map((c) => c.lines.join(''))).toEqual(['序号', '考核细则要求', '2017年底指标情况', '2019年底达到目标', '责任单位', '备注']);
      // a field holding “quotes”, commas and a line break
      expect(t.rows[5]!.cells[2]!.lines).toEqual(['建筑工程98%以上；', '交通工程100%；', '水利工程100%。']);
      expect(t.rows[1]!.cells[4]!.lines).toEqual(['新会区政府、开平市政府，市质监局']);
      expect(t.rows[6]!.cells[5]!.lines).toEqual(['国家相关部门已暂停此项评价工作。']);
    });
  }

  it('converts to the records of the same rows in the Word sample', async () => {
    const csv = await convertFile(join(FIX, 'csv', 'jiangmen-indicators.gbk.csv'));
    const docx = await convertFile(join(ROOT, 'samples', '000-jiangmen.docx'));
    expect(csv.document.status).toBe('ok');
    const byCode = new Map(docx.records.filter((r) => r.table === 1).map((r) => [r.indicatorCode, r]));
    expect(csv.records.map((r) => r.indicatorCode)).toEqual(['1', '2', '3', '4', '9', '20']);
    for (const r of csv.records) {
      const d = byCode.get(r.indicatorCode)!;
      expect([r.criterion, r.baseline, r.target, r.departments.map((x) => x.name)]).toEqual([d.criterion, d.baseline, d.target, d.departments.map((x) => x.name)]);
    }
  });

  it('comma CSV: a field with commas and doubled quotes is one cell', async () => {
    const r = await readCsvText('序号,工作任务,责任单位\r\n4,"组织开展""质量月""活动。","市市场监管局,市总工会"\r\n');
    expect(tableOf(r.blocks).rows[1]!.cells.map((c) => c.lines.join(''))).toEqual(['4', '组织开展"质量月"活动。', '市市场监管局,市总工会']);
    expect(r.diagnostics).toEqual([]);
  });

  it('semicolon CSV, ragged rows padded with a diagnostic, an unclosed quote kept as paragraphs', async () => {
    const r = await readCsvText('序号;工作任务;责任单位\n1;"开展质量提升示范区创建。";市市场监管局\n2;推进农产品质量安全追溯体系建设。\n3;"未闭合的引号;市农业农村局\n');
    const t = tableOf(r.blocks);
    expect(t.rows[0]!.cells.map((c) => c.lines.join(''))).toEqual(['序号', '工作任务', '责任单位']);
    expect(t.rows[2]!.cells.map((c) => c.lines.join(''))).toEqual(['2', '推进农产品质量安全追溯体系建设。', '']);
    expect(r.diagnostics.map((d) => d.code)).toContain('csv-ragged-rows');
    const all = JSON.stringify(r.blocks);
    expect(all).toContain('未闭合的引号');
    expect(all).toContain('市农业农村局');
  });
});
