// Workbooks as Chinese government offices make them: several tables on one sheet (one under
// another, side by side), 填报单位/单位/制表人 furniture around the table, a header copied again
// every page's worth of rows, rich text, formulas, error values and number formats, charts or
// pictures instead of cells, a long sheet, WPS .et and macro .xlsm files, and whole workbooks
// modelled on real attachments (a 任务分解表.xlsx, a 考核评分表.xls). Each expectation is what
// the canonical schema (shared/spec/canonical-schema.md) says an analyst gets, decided first.
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../pipeline/convert.ts';
import { detectFormat } from '../../parsers/detect.ts';
import { parseBytes } from '../../parsers/index.ts';
import { lostCells, parseAndConvert } from '../e2e/nothing-lost-check.ts';
import { withExcelParts, workbook, type SheetSpec } from '../../scripts/workbook-builder.ts';

type Res = Awaited<ReturnType<typeof convertBytes>>;
const convert = (sheets: SheetSpec[], file = 'book.xlsx', bookType: 'xlsx' | 'biff8' = 'xlsx') => convertBytes(workbook(sheets, bookType), file);
const messages = (r: Res, code: string) => r.diagnostics.filter((d) => d.code === code).map((d) => d.message);
const depts = (x: Res['records'][number]) => x.departments.map((d) => `${d.name}:${d.role}`);
/** Every non-empty cell of the workbook ends in a record, a field or a diagnostic. */
async function nothingLost(book: Uint8Array, file: string) {
  const checked = await parseAndConvert(book, file);
  expect(checked.failed).toBe(false);
  if (!checked.failed) expect(lostCells(checked.src, checked.res)).toEqual([]);
}
const tablesOf = async (book: Uint8Array, file = 'b.xlsx') => {
  const p = await parseBytes(book, file);
  return p.value!.blocks.map((b) => (b.kind === 'paragraph' ? `P ${b.text}` : `T ${b.rows.map((r) => r.cells.map((c) => c.lines.join('/')).join('|')).join(' ; ')}`));
};

const IND_HEADER = ['序号', '指标名称', '目标值', '责任单位'];
const INDICATORS = [
  ['1', '制造业产品质量合格率', '≥95%', '市市场监管局'],
  ['2', '万人发明专利拥有量', '12件', '市科技局'],
];
const TASK_HEADER = ['序号', '工作任务', '责任单位', '完成时限'];
const TASKS = [
  ['1', '开展质量提升行动', '市市场监管局', '2025年底前'],
  ['2', '培育区域品牌', '市工业和信息化局', '2025年6月底前'],
];
const pad = (row: (string | null)[], n: number) => Array.from({ length: n }, (_, i) => row[i] ?? null);

describe('several tables on one sheet', () => {
  it('two tables one under the other, separated by empty rows, each with its title row and header, are two tables with their titles', async () => {
    for (const gap of [1, 2]) {
      const rows = [['XX市质量强市主要指标表'], IND_HEADER, ...INDICATORS, ...Array.from({ length: gap }, () => [null]), ['XX市质量强市重点任务表'], TASK_HEADER, ...TASKS].map((r) => pad(r, 4));
      const r = await convert([{ name: 'Sheet1', rows }]);
      expect(r.document.tables).toBe(2);
      expect(r.records.map((x) => [x.table, x.tableTitle, x.indicatorCode, x.indicator, x.target, x.task, depts(x)])).toEqual([
        [1, 'XX市质量强市主要指标表', '1', '制造业产品质量合格率', '≥95%', null, ['市市场监督管理局:responsible']],
        [1, 'XX市质量强市主要指标表', '2', '万人发明专利拥有量', '12件', null, ['市科学技术局:responsible']],
        [2, 'XX市质量强市重点任务表', '1', null, null, '开展质量提升行动', ['市市场监督管理局:responsible']],
        [2, 'XX市质量强市重点任务表', '2', null, null, '培育区域品牌', ['市工业和信息化局:responsible']],
      ]);
      const t2 = 6 + gap; // title 1, header 2, rows 3–4, the gap, title, then the header
      expect(messages(r, 'xlsx-sheet-table')).toEqual([
        'Table 1 is sheet Sheet1, rows 2–4, columns A–D (grid row N is the Nth of these rows).',
        `Table 2 is sheet Sheet1, rows ${t2}–${t2 + 2}, columns A–D (grid row N is the Nth of these rows).`,
      ]);
      expect(messages(r, 'xlsx-sheet-split')).toHaveLength(1);
    }
  });

  it('each stacked table keeps its own 填报单位 row (label：value cells) as its furniture, and nothing is lost', async () => {
    const rows = [
      ['XX市质量强市主要指标表'],
      ['填报单位：XX市发展改革委', null, '填报日期：2024年3月'],
      IND_HEADER,
      ...INDICATORS,
      [null],
      [null],
      ['XX市质量强市重点任务表'],
      ['填报单位：XX市市场监管局', null, '填报日期：2024年3月'],
      TASK_HEADER,
      ...TASKS,
    ].map((r) => pad(r, 4));
    const book = workbook([{ name: 'Sheet1', rows }]);
    const r = await convertBytes(book, 'stack.xlsx');
    expect(r.records.map((x) => [x.table, x.tableTitle, x.indicator ?? x.task])).toEqual([
      [1, 'XX市质量强市主要指标表', '制造业产品质量合格率'],
      [1, 'XX市质量强市主要指标表', '万人发明专利拥有量'],
      [2, 'XX市质量强市重点任务表', '开展质量提升行动'],
      [2, 'XX市质量强市重点任务表', '培育区域品牌'],
    ]);
    // a field the second table sets to another value is kept under its table's number
    expect(r.document.fields).toEqual({ 填报单位: 'XX市发展改革委', 填报日期: '2024年3月', '填报单位（表2）': 'XX市市场监管局' });
    await nothingLost(book, 'stack.xlsx');
  });

  it('a second table starting right with a header of its own (no title) is a table of its own too', async () => {
    const rows = [IND_HEADER, ...INDICATORS, [null], TASK_HEADER, ...TASKS].map((r) => pad(r, 4));
    const r = await convert([{ name: 'Sheet1', rows }]);
    expect(r.records.map((x) => [x.table, x.indicator ?? x.task])).toEqual([
      [1, '制造业产品质量合格率'],
      [1, '万人发明专利拥有量'],
      [2, '开展质量提升行动'],
      [2, '培育区域品牌'],
    ]);
  });

  it('an empty spacer row inside a table, a row emptied by a hidden column, and a section row after a gap do not split it', async () => {
    const rows = [
      [...TASK_HEADER, '内部备注'],
      ['1', '开展质量提升行动', '市市场监管局', '2025年底前', null],
      [null, null, null, null, null],
      [null, null, null, null, '此行仅内部可见'],
      ['2', '培育区域品牌', '市工业和信息化局', '2025年6月底前', null],
      [null, null, null, null, null],
      ['二、质量基础', null, null, null, null],
      ['3', '完善计量体系', '市市场监管局', '2026年底前', null],
    ];
    const r = await convert([{ name: 'Sheet1', rows, hiddenCols: [4] }]);
    expect(r.document.tables).toBe(1);
    expect(r.records.map((x) => [x.table, x.indicatorCode, x.task, x.dimension])).toEqual([
      [1, '1', '开展质量提升行动', null],
      [1, '2', '培育区域品牌', null],
      [1, '3', '完善计量体系', '质量基础'],
    ]);
    expect(messages(r, 'xlsx-sheet-split')).toEqual([]);
  });

  it('a header copied again after an empty row (no title of its own) continues the table: the repeat is dropped as a Word repeated header is', async () => {
    const rows = [TASK_HEADER, TASKS[0]!, [null, null, null, null], TASK_HEADER, TASKS[1]!];
    const r = await convert([{ name: 'Sheet1', rows }]);
    expect(r.document.tables).toBe(1);
    expect(r.records.map((x) => [x.seq, x.task, x.flags.includes('header-repeat-skipped')])).toEqual([
      [1, '开展质量提升行动', false],
      [2, '培育区域品牌', true],
    ]);
  });

  it('two tables side by side, separated by an empty column, are two tables with their titles', async () => {
    const left = [['XX市质量强市主要指标表'], IND_HEADER, ...INDICATORS];
    const right = [['XX市质量强市重点任务表'], TASK_HEADER, ...TASKS, ['3', '完善质量基础设施', '市科技局', '2026年底前']];
    const rows = right.map((r, i) => [...pad(left[i] ?? [], 4), null, ...pad(r, 4)]);
    const book = workbook([{ name: 'Sheet1', rows }]);
    const r = await convertBytes(book, 'side.xlsx');
    expect(r.document.tables).toBe(2);
    expect(r.records.map((x) => [x.table, x.tableTitle, x.indicator ?? x.task])).toEqual([
      [1, 'XX市质量强市主要指标表', '制造业产品质量合格率'],
      [1, 'XX市质量强市主要指标表', '万人发明专利拥有量'],
      [2, 'XX市质量强市重点任务表', '开展质量提升行动'],
      [2, 'XX市质量强市重点任务表', '培育区域品牌'],
      [2, 'XX市质量强市重点任务表', '完善质量基础设施'],
    ]);
    expect(messages(r, 'xlsx-sheet-table')).toEqual([
      'Table 1 is sheet Sheet1, rows 2–4, columns A–D (grid row N is the Nth of these rows).',
      'Table 2 is sheet Sheet1, rows 2–5, columns F–I (grid row N is the Nth of these rows).',
    ]);
    await nothingLost(book, 'side.xlsx');
  });

  it('an empty column inside one table (a spacer, or a column whose values are hidden) does not split it', async () => {
    const rows = [
      ['序号', '工作任务', null, '责任单位', '完成时限'],
      ['1', '开展质量提升行动', null, '市市场监管局', '2025年底前'],
      ['2', '培育区域品牌', null, '市工业和信息化局', '2025年6月底前'],
    ];
    const r = await convert([{ name: 'Sheet1', rows }]);
    expect(r.document.tables).toBe(1);
    expect(r.records.map((x) => [x.task, depts(x), x.deadline?.raw])).toEqual([
      ['开展质量提升行动', ['市市场监督管理局:responsible'], '2025年底前'],
      ['培育区域品牌', ['市工业和信息化局:responsible'], '2025年6月底前'],
    ]);
  });
});

describe('furniture around the table', () => {
  const fields = { 填报单位: 'XX市市场监管局', 填报日期: '2024年3月', 单位: '万元', 制表人: '张三', 审核人: '李四' };
  it('填报单位/填报日期 and 单位：万元 above the header, 制表人/审核人 under the body are document fields, in cells of their own or typed in one cell', async () => {
    const separate = [['XX市质量强市工作任务分解表'], ['填报单位：XX市市场监管局', null, '填报日期：2024年3月'], ['单位：万元'], TASK_HEADER, ...TASKS, ['制表人：张三', null, '审核人：李四']];
    const oneCell = [['XX市质量强市工作任务分解表'], ['填报单位：XX市市场监管局    填报日期：2024年3月'], ['单位：万元'], TASK_HEADER, ...TASKS, ['制表人：张三      审核人：李四'], ['注：各单位每季度末报送进展。']];
    for (const rows of [separate, oneCell]) {
      const book = workbook([{ name: 'Sheet1', rows: rows.map((x) => pad(x, 4)) }]);
      const r = await convertBytes(book, 'f.xlsx');
      expect(r.document.title).toBe('XX市质量强市工作任务分解表');
      expect(r.document.fields).toEqual(fields);
      expect(r.records.map((x) => [x.tableTitle, x.indicatorCode, x.task, depts(x), x.deadline?.raw, x.notes])).toEqual([
        ['XX市质量强市工作任务分解表', '1', '开展质量提升行动', ['市市场监督管理局:responsible'], '2025年底前', null],
        ['XX市质量强市工作任务分解表', '2', '培育区域品牌', ['市工业和信息化局:responsible'], '2025年6月底前', null],
      ]);
      expect(JSON.stringify(r.records)).not.toMatch(/张三|李四|万元|填报/);
      await nothingLost(book, 'f.xlsx');
    }
  });
});

describe('a header copied every N rows (printed pages) inside a sheet', () => {
  it('is dropped as a Word repeated header is, with the flag on the row after it', async () => {
    const body = (i: number) => [String(i), `工作任务${'一二三四五六七'[i - 1]}`, '市市场监管局', '2025年底前'];
    const rows = [TASK_HEADER, body(1), body(2), body(3), TASK_HEADER, body(4), body(5), body(6), TASK_HEADER, body(7)];
    const r = await convert([{ name: 'Sheet1', rows }]);
    expect(r.records.map((x) => [x.seq, x.indicatorCode, x.task, x.flags.includes('header-repeat-skipped')])).toEqual([
      [1, '1', '工作任务一', false],
      [2, '2', '工作任务二', false],
      [3, '3', '工作任务三', false],
      [4, '4', '工作任务四', true],
      [5, '5', '工作任务五', false],
      [6, '6', '工作任务六', false],
      [7, '7', '工作任务七', true],
    ]);
    expect(messages(r, 'header-repeat-skipped')).toHaveLength(2);
  });
});

describe('cell contents as Excel shows them', () => {
  it('rich text, formulas (their cached value), error values and number formats', async () => {
    const rows: (string | number | null)[][] = [
      ['序号', '指标名称', '目标值', '分值', '备注'],
      ['1', 'RICH', 0.953, 5, 12345],
      ['2', '万人发明专利拥有量', null, 10, null],
      ['3', '质量竞争力指数', null, 2.5, null],
    ];
    const cells = {
      C3: { t: 'e', v: 0x2a, w: '#N/A', f: 'VLOOKUP(B3,数据!A:B,2,FALSE)' },
      C4: { t: 'e', v: 0x07, w: '#DIV/0!', f: 'D4/0' },
      E3: { t: 'n', v: 0.5, f: 'D3/20' },
    } as unknown as SheetSpec['cells'];
    const formats = { C2: '0.0%', D2: '0.00"分"', D3: '0.00"分"', D4: '0.0"分"', E2: '#,##0', E3: '0%' };
    const plain = workbook([{ name: 'Sheet1', rows, cells, formats }]);
    const book = await withExcelParts(plain, { richText: { B2: [{ text: '制造业' }, { text: '产品质量', bold: true, color: 'FFFF0000' }, { text: '合格率' }] } });
    const r = await convertBytes(book, 'cells.xlsx');
    expect(r.records.map((x) => [x.indicator, x.target, x.indicatorPoints, x.notes])).toEqual([
      ['制造业产品质量合格率', '95.3%', 5, '12,345'],
      ['万人发明专利拥有量', '#N/A', 10, '50%'],
      ['质量竞争力指数', '#DIV/0!', 2.5, null],
    ]);
    expect(r.records[0]!.provenance.cells['indicatorPoints']).toBe('5.00分');
    expect(messages(r, 'xlsx-error-cell')).toEqual([
      'Cell C3 of sheet Sheet1 shows the error #N/A (a formula that failed in Excel); it is read as shown.',
      'Cell C4 of sheet Sheet1 shows the error #DIV/0! (a formula that failed in Excel); it is read as shown.',
    ]);
    expect(r.diagnostics.filter((d) => d.code === 'xlsx-error-cell').map((d) => [d.location.table, d.location.row, d.location.column])).toEqual([
      [1, 3, 3],
      [1, 4, 3],
    ]);
    // the same in Excel 97–2003 (.xls): formats, formulas' cached values and errors
    const xls = await convert([{ name: 'Sheet1', rows: rows.map((x) => x.map((v) => (v === 'RICH' ? '制造业产品质量合格率' : v))), cells, formats }], 'cells.xls', 'biff8');
    expect(xls.records.map((x) => [x.target, x.indicatorPoints, x.notes])).toEqual([
      ['95.3%', 5, '12,345'],
      ['#N/A', 10, '50%'],
      ['#DIV/0!', 2.5, null],
    ]);
  });
});

describe('charts, pictures and long sheets', () => {
  it('a workbook holding only a chart, or only a picture, fails with one sentence saying so', async () => {
    const empty = workbook([{ name: 'Sheet1', rows: [[null]] }]);
    for (const [opts, what] of [
      [{ chart: true }, '1 chart(s)'],
      [{ image: true }, '1 picture(s)'],
    ] as const) {
      const r = await convertBytes(await withExcelParts(empty, opts), 'chart.xlsx');
      expect(r.document.status).toBe('failed');
      expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([
        `The workbook holds ${what} but no table in its cells; a chart's figures and a picture's text are not read, so ask for the workbook with the data (or the document) behind them.`,
      ]);
    }
    // a title typed above a pasted picture of the table: the text is kept, the picture named in a warning
    const titled = await withExcelParts(workbook([{ name: 'Sheet1', rows: [['XX市质量强市工作任务分解表']] }]), { image: true });
    const r = await convertBytes(titled, 'pic.xlsx');
    expect(r.document.status).toBe('ok');
    expect(r.document.title).toBe('XX市质量强市工作任务分解表');
    expect(r.diagnostics.filter((d) => d.code === 'xlsx-only-drawings').map((d) => d.severity)).toEqual(['warning']);
  });

  it('a sheet of 20,000 rows is read into one table of 20,001 rows', async () => {
    const rows: (string | null)[][] = [TASK_HEADER];
    for (let i = 1; i <= 20000; i++) rows.push([String(i), `第${i}项质量提升任务`, i % 2 ? '市市场监管局' : '市科技局', '2025年底前']);
    const p = await parseBytes(workbook([{ name: 'Sheet1', rows }]), 'big.xlsx');
    const tables = p.value!.blocks.filter((b) => b.kind === 'table');
    expect(tables.map((t) => t.kind === 'table' && t.rows.length)).toEqual([20001]);
  });
});

describe('WPS .et and macro-enabled .xlsm', () => {
  const rows = [TASK_HEADER, ...TASKS];
  it('are detected from their bytes and read as spreadsheets', async () => {
    const xlsx = workbook([{ name: 'Sheet1', rows }]);
    const biff = workbook([{ name: 'Sheet1', rows }], 'biff8');
    expect(detectFormat(xlsx, '任务表.xlsm')).toBe('xlsx');
    expect(detectFormat(xlsx, '任务表.et')).toBe('xlsx'); // WPS saves .et as an OOXML zip too
    expect(detectFormat(biff, '任务表.et')).toBe('xls');
    expect(detectFormat(biff, 'attachment')).toBe('xls');
    for (const [bytes, file] of [
      [xlsx, '任务表.xlsm'],
      [biff, '任务表.et'],
      [xlsx, '任务表.et'],
    ] as const) {
      const r = await convertBytes(bytes, file);
      expect(r.document.format).toBe('xlsx');
      expect(r.records.map((x) => x.task)).toEqual(['开展质量提升行动', '培育区域品牌']);
    }
  });
});

describe('whole workbooks modelled on real attachments', () => {
  it('任务分解表.xlsx: merged title, two-row header, 序号 restarting per section, merged 牵头单位', async () => {
    const rows: (string | null)[][] = [
      ['附件2', null, null, null, null, null],
      ['XX市创建全国质量强市示范城市工作任务分解表', null, null, null, null, null],
      ['序号', '重点任务', '责任单位', null, '完成时限', '备注'],
      [null, null, '牵头单位', '配合单位', null, null],
      ['一、强化质量发展战略', null, null, null, null, null],
      ['1', '将质量强市工作纳入国民经济和社会发展规划', '市发展改革委', '市市场监管局', '2024年12月底前', null],
      ['2', '建立质量工作考核机制', '市市场监管局', '市委组织部、市人力资源社会保障局', '长期坚持', null],
      ['二、提升产品质量', null, null, null, null, null],
      ['1', '开展制造业质量提升行动', '市工业和信息化局', '市市场监管局', '2025年6月底前', null],
      ['2', '实施食品安全放心工程', null, '市农业农村局', '2025年12月底前', '每季度报送进展'],
    ];
    const merges = [
      { s: { r: 1, c: 0 }, e: { r: 1, c: 5 } },
      { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
      { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } },
      { s: { r: 2, c: 2 }, e: { r: 2, c: 3 } },
      { s: { r: 2, c: 4 }, e: { r: 3, c: 4 } },
      { s: { r: 2, c: 5 }, e: { r: 3, c: 5 } },
      { s: { r: 4, c: 0 }, e: { r: 4, c: 5 } },
      { s: { r: 7, c: 0 }, e: { r: 7, c: 5 } },
      { s: { r: 8, c: 2 }, e: { r: 9, c: 2 } },
    ];
    const book = workbook([{ name: '任务分解', rows, merges }]);
    const r = await convertBytes(book, '任务分解表.xlsx');
    expect(r.document.title).toBe('XX市创建全国质量强市示范城市工作任务分解表');
    expect(r.records.map((x) => [x.seq, x.dimensionCode, x.dimension, x.indicatorCode, x.task, depts(x), x.deadline?.raw, x.notes])).toEqual([
      [1, '1', '强化质量发展战略', '1', '将质量强市工作纳入国民经济和社会发展规划', ['市发展和改革委员会:lead', '市市场监督管理局:support'], '2024年12月底前', null],
      [2, '1', '强化质量发展战略', '2', '建立质量工作考核机制', ['市市场监督管理局:lead', '市委组织部:support', '市人力资源和社会保障局:support'], '长期坚持', null],
      [3, '2', '提升产品质量', '1', '开展制造业质量提升行动', ['市工业和信息化局:lead', '市市场监督管理局:support'], '2025年6月底前', null],
      [4, '2', '提升产品质量', '2', '实施食品安全放心工程', ['市工业和信息化局:lead', '市农业农村局:support'], '2025年12月底前', '每季度报送进展'],
    ]);
    expect(r.records[3]!.flags).toContain('filled-from-merged-cell');
    expect(r.records.every((x) => x.tableTitle === 'XX市创建全国质量强市示范城市工作任务分解表')).toBe(true);
    await nothingLost(book, '任务分解表.xlsx');
  });

  it('考核评分表.xls (BIFF8): 一级指标 with its points merged down, 二级指标, 分值, 评分标准', async () => {
    const rows: (string | number | null)[][] = [
      ['XX市质量强市考核评分表', null, null, null],
      ['一级指标', '二级指标', '分值', '评分标准'],
      ['质量基础（30分）', '计量体系建设', 10, '建立社会公用计量标准的得10分，每缺一项扣2分'],
      [null, '标准化工作', 10, '主导或参与制定国家标准的得5分；制定地方标准的得5分'],
      [null, '检验检测能力', 10, '建成国家级检验检测中心的得10分'],
      ['质量安全（20分）', '食品安全', 10, '未发生重大食品安全事故的得10分'],
      [null, '特种设备安全', 10, '未发生较大以上特种设备事故的得10分'],
      ['合计', null, 50, null],
    ];
    const merges = [
      { s: { r: 0, c: 0 }, e: { r: 0, c: 3 } },
      { s: { r: 2, c: 0 }, e: { r: 4, c: 0 } },
      { s: { r: 5, c: 0 }, e: { r: 6, c: 0 } },
      { s: { r: 7, c: 0 }, e: { r: 7, c: 1 } },
    ];
    const book = workbook([{ name: '评分表', rows, merges }], 'biff8');
    const r = await convertBytes(book, '考核评分表.xls');
    expect(r.document.format).toBe('xlsx');
    expect(r.document.title).toBe('XX市质量强市考核评分表');
    expect(r.records.map((x) => [x.tableTitle, x.dimension, x.dimensionPoints, x.indicatorPoints, x.scoringMethod, x.provenance.mode])).toEqual([
      ['XX市质量强市考核评分表', '质量基础', 30, 10, '建立社会公用计量标准的得10分，每缺一项扣2分', 'xlsx'],
      ['XX市质量强市考核评分表', '质量基础', 30, 10, '主导或参与制定国家标准的得5分；制定地方标准的得5分', 'xlsx'],
      ['XX市质量强市考核评分表', '质量基础', 30, 10, '建成国家级检验检测中心的得10分', 'xlsx'],
      ['XX市质量强市考核评分表', '质量安全', 20, 10, '未发生重大食品安全事故的得10分', 'xlsx'],
      ['XX市质量强市考核评分表', '质量安全', 20, 10, '未发生较大以上特种设备事故的得10分', 'xlsx'],
    ]);
    // each 二级指标 is in its record (which field: see the next test)
    expect(r.records.map((x) => Object.values(x.provenance.cells).includes('计量体系建设'))).toEqual([true, false, false, false, false]);
    expect(r.records.slice(1, 3).every((x) => x.flags.includes('filled-from-merged-cell'))).toBe(true);
    // the total row makes no record; its figure is checked against the sum
    expect(r.diagnostics.filter((d) => d.code === 'total-row')).toHaveLength(1);
    expect(r.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code)).toEqual([]);
    await nothingLost(book, '考核评分表.xls');
  });

  // canonical-schema.md: 二级指标 is the subdimension when an indicator column follows; here none does.
  it('考核评分表: with no 三级指标, 二级指标 is the indicator (not a subdimension)', async () => {
    const rows = [
      ['一级指标', '二级指标', '分值', '评分标准'],
      ['质量基础（30分）', '计量体系建设', 10, '建立社会公用计量标准的得10分'],
      [null, '标准化工作', 10, '制定地方标准的得5分'],
    ];
    const r = await convert([{ name: '评分表', rows, merges: [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }] }], '考核评分表.xls', 'biff8');
    expect(r.records.map((x) => [x.dimension, x.subdimension, x.indicator, x.indicatorPoints])).toEqual([
      ['质量基础', null, '计量体系建设', 10],
      ['质量基础', null, '标准化工作', 10],
    ]);
  });
});
