// Prints HTML tables to PDF with Chromium (Skia's PDF backend, a producer unlike
// LibreOffice: borders drawn as filled rectangles, CID fonts with ToUnicode, text
// in long runs) so the PDF parser is tested on a second producer. Each document is
// written as HTML (the expected cell grid: rowspan/colspan, <th> headers) and as
// the PDF Chromium prints from it; test/pdf/chromium-producer.test.ts reads both,
// the HTML with the HTML reader and the PDF with the PDF parser, and requires the
// same tables and records.
//
//   npx tsx scripts/make-chromium-pdfs.ts [outDir]     (default test/fixtures/pdf/chromium)
//
// Needs /usr/bin/chromium (Debian `chromium`) and fonts-noto-cjk; driven through
// playwright-core (a dev dependency, which downloads no browser). The outputs are
// committed, so tests never run Chromium. Content is fixed text, deterministic.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(process.argv[2] ?? join(ROOT, 'test', 'fixtures', 'pdf', 'chromium'));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One cell of a table: text (lines joined by <br>), optional spans, <th> when head. */
interface Cell {
  text: string | string[];
  rs?: number;
  cs?: number;
}
type Row = Cell[];

function cellHtml(c: Cell, tag: 'td' | 'th'): string {
  const attrs = `${c.rs && c.rs > 1 ? ` rowspan="${c.rs}"` : ''}${c.cs && c.cs > 1 ? ` colspan="${c.cs}"` : ''}`;
  const lines = Array.isArray(c.text) ? c.text : [c.text];
  return `<${tag}${attrs}>${lines.map(esc).join('<br>')}</${tag}>`;
}

function tableHtml(head: Row[], body: Row[], opts: { cls: string; widths?: number[] }): string {
  const cols = opts.widths ? `<colgroup>${opts.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : '';
  const thead = head.length ? `<thead>${head.map((r) => `<tr>${r.map((c) => cellHtml(c, 'th')).join('')}</tr>`).join('\n')}</thead>` : '';
  const tbody = `<tbody>${body.map((r) => `<tr>${r.map((c) => cellHtml(c, 'td')).join('')}</tr>`).join('\n')}</tbody>`;
  return `<table class="${opts.cls}">${cols}\n${thead}\n${tbody}</table>`;
}

function page(title: string, css: string, body: string, landscape = false): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
@page { size: A4${landscape ? ' landscape' : ''}; margin: 20mm 18mm; }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 10.5pt; line-height: 1.5; margin: 0; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 10pt; }
p { margin: 0 0 6pt; text-indent: 2em; }
p.caption { text-indent: 0; font-weight: bold; margin: 8pt 0 4pt; }
table { border-collapse: collapse; width: 100%; }
th { font-weight: bold; }
td, th { vertical-align: middle; padding: 3pt 4pt; }
${css}
</style></head>
<body>
${body}
</body></html>
`;
}

// ---------------------------------------------------------------------------
// Shared content: tasks of a 质量强市 plan (fixed text).

const DEPTS = ['市市场监督管理局', '市发展和改革委员会', '市工业和信息化局', '市住房和城乡建设局', '市生态环境局', '市农业农村局', '市商务局', '市财政局', '市教育局', '市卫生健康委员会', '市交通运输局', '市科学技术局'];
const DEADLINES = ['2023年12月底前', '2024年6月底前', '长期坚持', '每季度', '2025年底前', '每年', '2024年12月底前'];
const TASKS = [
  '实施质量提升行动', '夯实质量基础设施', '加强品牌培育建设', '推进标准化战略', '强化计量能力建设', '提升检验检测服务',
  '深化认证认可工作', '加强知识产权保护', '提升农产品质量安全', '提升工程建设质量', '提升生态环境质量', '提升公共服务质量',
];
const MEASURES = [
  '围绕本市主导产业开展质量攻关，组织重点企业对标国内外先进水平，实施一批质量改进项目，推动产品质量整体提升，力争主要产品质量合格率稳定在百分之九十五以上。',
  '完善质量基础设施布局，建设一站式服务平台，为中小企业提供计量、标准、检验检测、认证认可等全链条技术服务。',
  '引导企业开展品牌建设，培育一批区域公用品牌和企业自主品牌，支持企业申报各级质量奖。',
  '鼓励企业参与国际标准、国家标准和行业标准制定修订，推动先进标准转化应用，开展标准化试点示范项目建设。',
  '建设社会公用计量标准，开展能源计量审查和计量惠民活动，提升重点用能单位计量器具配备率。',
  '推动检验检测机构整合，培育一批具有较强竞争力的检验检测认证品牌，提升服务产业发展能力。',
  '扩大绿色产品认证、有机产品认证覆盖面，加强认证活动事中事后监管，提升认证有效性。',
  '加大知识产权行政执法力度，开展打击侵权假冒专项行动，健全知识产权快速维权机制。',
  '健全农产品质量安全追溯体系，推进食用农产品承诺达标合格证制度，主要农产品例行监测合格率达到百分之九十八以上。',
  '落实工程质量终身责任制，开展工程质量提升行动，推行工程质量保险和质量信息公开制度，创建一批优质工程。',
  '持续推进大气、水、土壤污染防治，空气质量优良天数比例稳定在百分之八十以上，地表水国考断面水质优良比例持续提升。',
  '推进基本公共服务标准化，开展公共服务质量监测和满意度测评，及时发布监测结果并督促整改。',
];
const INDICATORS = [
  ['制造业产品质量合格率', '95%以上'], ['食品抽检合格率', '98%以上'], ['药品抽检合格率', '99%以上'], ['工程质量一次验收合格率', '100%'],
  ['空气质量优良天数比例', '80%以上'], ['农产品例行监测合格率', '98%以上'], ['万人发明专利拥有量', '12件以上'], ['主导制定标准数量', '30项以上'],
  ['有效认证证书数量', '2000张以上'], ['质量奖获奖企业数', '10家以上'],
];

function dept(i: number): string {
  return DEPTS[i % DEPTS.length]!;
}
function support(i: number): string {
  return [dept(i + 3), dept(i + 5)].join('、');
}

// ---------------------------------------------------------------------------
// The documents.

interface Doc {
  name: string;
  html: string;
}

/**
 * A: a ruled 任务分解表 in landscape, three pages: a two-row header in bold (责任单位
 * over 牵头单位/配合单位) repeated on each page by <thead>, 重点任务 merged over two or
 * three rows, long 具体工作措施 wrapping over many lines, rows allowed to break across
 * pages (Chromium's default), a 注 note after it.
 */
function ruledSpans(): Doc {
  const head: Row[] = [
    [{ text: '序号', rs: 2 }, { text: '重点任务', rs: 2 }, { text: '具体工作措施', rs: 2 }, { text: '责任单位', cs: 2 }, { text: '完成时限', rs: 2 }],
    [{ text: '牵头单位' }, { text: '配合单位' }],
  ];
  const body: Row[] = [];
  let n = 0;
  TASKS.forEach((task, t) => {
    const k = t % 3 === 0 ? 3 : t % 3 === 1 ? 2 : 1;
    for (let j = 0; j < k; j++) {
      const m = (t + j * 5) % MEASURES.length;
      const measure = j === 0 && t % 4 === 2 ? MEASURES[m]! + MEASURES[(m + 1) % MEASURES.length]! : MEASURES[m]!;
      const row: Row = [{ text: String(++n) }];
      if (j === 0) row.push({ text: task, rs: k });
      row.push({ text: measure }, { text: dept(t) }, { text: support(t + j) }, { text: DEADLINES[(t + j) % DEADLINES.length]! });
      body.push(row);
    }
  });
  const css = `table.ruled td, table.ruled th { border: 0.75pt solid #000; }
table.ruled th { text-align: center; }
table.ruled td:nth-child(1) { text-align: center; }`;
  const html = page(
    '质量强市建设重点任务分解表',
    css,
    `<h1>质量强市建设重点任务分解表</h1>
<p>为贯彻落实质量强国建设纲要，加快建设质量强市，现将年度重点任务分解如下，各责任单位要按照时限要求抓好落实。</p>
${tableHtml(head, body, { cls: 'ruled', widths: [5, 13, 46, 13, 13, 10] })}
<p>注：牵头单位负责统筹推进，配合单位按职责分工做好相关工作。</p>`,
    true,
  );
  return { name: 'a-ruled-spans', html };
}

/**
 * B: a borderless 指标 table (no lines at all) with cells wrapping over several
 * lines, under a title and a paragraph.
 */
function borderless(): Doc {
  const head: Row[] = [[{ text: '序号' }, { text: '指标名称' }, { text: '目标值' }, { text: '责任单位' }, { text: '完成时限' }]];
  const body: Row[] = INDICATORS.map(([name, target], i) => [
    { text: String(i + 1) },
    { text: name! },
    { text: target! },
    { text: i % 3 === 0 ? `${dept(i)}、${dept(i + 4)}、${dept(i + 7)}` : dept(i) },
    { text: DEADLINES[i % DEADLINES.length]! },
  ]);
  const css = `table.plain td, table.plain th { border: 0; padding: 4pt 6pt; text-align: left; vertical-align: top; }`;
  const html = page(
    '质量强市主要指标',
    css,
    `<h1>质量强市主要指标</h1>
<p>以下指标为本市质量强市建设的主要量化目标，由各责任单位负责组织实施并按期报送完成情况。</p>
${tableHtml(head, body, { cls: 'plain', widths: [7, 30, 15, 33, 15] })}`,
  );
  return { name: 'b-borderless', html };
}

/**
 * C: a three-line table (三线表: a heavy rule above, a thin rule under the header,
 * a heavy rule below; no vertical lines) of a 评分表 whose 考核项目 is merged over rows.
 */
function threeLine(): Doc {
  const head: Row[] = [[{ text: '考核项目' }, { text: '考核内容' }, { text: '分值' }, { text: '考核部门' }]];
  const items: [string, [string, number][]][] = [
    ['质量工作组织领导', [['成立质量强市工作领导小组，定期研究质量工作', 5], ['将质量工作纳入政府绩效考核体系', 5], ['安排质量工作专项经费并足额到位', 4]]],
    ['质量基础建设', [['建成社会公用计量标准并正常开展量值传递', 5], ['主导或参与制定国家标准、行业标准', 4]]],
    ['品牌建设', [['培育区域公用品牌，新增注册商标数量逐年增长', 3], ['企业获得省级以上质量奖', 3]]],
  ];
  const body: Row[] = [];
  items.forEach(([item, rows], i) => {
    rows.forEach(([content, points], j) => {
      const r: Row = [];
      if (j === 0) r.push({ text: item, rs: rows.length });
      r.push({ text: content }, { text: String(points) }, { text: dept(i * 2 + j) });
      body.push(r);
    });
  });
  const css = `table.three { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }
table.three thead th { border-bottom: 0.75pt solid #000; }
table.three td, table.three th { padding: 4pt 6pt; text-align: left; vertical-align: top; }`;
  const html = page(
    '质量强市工作考核评分表',
    css,
    `<h1>质量强市工作考核评分表</h1>
<p>考核采取百分制，由各考核部门按照考核内容逐项评分。</p>
${tableHtml(head, body, { cls: 'three', widths: [20, 52, 10, 18] })}`,
  );
  return { name: 'c-three-line', html };
}

/**
 * D: a ruled table on page 1, continued on page 2 as a second <table> under a
 * `续表1` title (the way offices continue a table by hand), header repeated.
 */
function continued(): Doc {
  const head: Row[] = [[{ text: '序号' }, { text: '指标名称' }, { text: '目标值' }, { text: '牵头单位' }, { text: '完成时限' }]];
  const rows = (from: number, to: number): Row[] =>
    INDICATORS.slice(from, to).map(([name, target], k) => {
      const i = from + k;
      return [{ text: String(i + 1) }, { text: name! }, { text: target! }, { text: dept(i) }, { text: DEADLINES[i % DEADLINES.length]! }];
    });
  const css = `table.ruled td, table.ruled th { border: 0.75pt solid #000; text-align: center; }
.next { break-before: page; }`;
  const html = page(
    '质量强市建设指标表',
    css,
    `<h1>质量强市建设指标表</h1>
<p>各责任单位对照下表指标，制定年度工作计划，确保指标按期完成。</p>
<p class="caption">表1 质量强市建设指标</p>
${tableHtml(head, rows(0, 6), { cls: 'ruled', widths: [8, 36, 16, 24, 16] })}
<p class="caption next">续表1</p>
${tableHtml(head, rows(6, 10), { cls: 'ruled', widths: [8, 36, 16, 24, 16] })}
<p>各县（市、区）参照本表制定本地区指标。</p>`,
  );
  return { name: 'd-continued', html };
}

/**
 * E: a borderless table beside a column of prose whose line height equals the
 * table's row pitch (the prose lines sit on the table's rows).
 */
function proseBeside(): Doc {
  const head: Row[] = [[{ text: '序号' }, { text: '指标名称' }, { text: '目标值' }, { text: '牵头单位' }]];
  const body: Row[] = INDICATORS.slice(0, 8).map(([name, target], i) => [{ text: String(i + 1) }, { text: name! }, { text: target! }, { text: dept(i) }]);
  const css = `.wrap { display: flex; gap: 24pt; align-items: flex-start; }
.wrap table { width: 62%; flex: none; }
.wrap .side { flex: 1; }
.wrap .side p { line-height: 20pt; margin: 0; }
table.plain td, table.plain th { border: 0; padding: 0 4pt; height: 20pt; line-height: 20pt; text-align: left; white-space: nowrap; }`;
  const html = page(
    '质量强市主要指标及说明',
    css,
    `<h1>质量强市主要指标及说明</h1>
<div class="wrap">
${tableHtml(head, body, { cls: 'plain', widths: [10, 46, 20, 24] })}
<div class="side"><p>上述指标由各牵头单位负责统计，每季度报送完成情况，年底进行综合评估。</p><p>对未完成指标的单位，由市政府督查室进行督办，并纳入年度绩效考核。</p></div>
</div>`,
  );
  return { name: 'e-prose-beside', html };
}

/**
 * F: a text-only table (border:0, wide padding between columns) whose rows hold
 * cells of several lines: wrapped lines must stay in their row (stream mode).
 */
function streamMultiline(): Doc {
  const head: Row[] = [[{ text: '序号' }, { text: '重点任务' }, { text: '工作要求' }, { text: '责任单位' }, { text: '完成时限' }]];
  const body: Row[] = TASKS.slice(0, 7).map((task, i) => [
    { text: String(i + 1) },
    { text: task },
    { text: MEASURES[i]! },
    { text: i % 2 === 0 ? `${dept(i)}、${dept(i + 6)}` : dept(i) },
    { text: DEADLINES[i % DEADLINES.length]! },
  ]);
  const css = `table.gap { border: 0; }
table.gap td, table.gap th { border: 0; padding: 6pt 12pt 10pt 0; text-align: left; vertical-align: top; }`;
  const html = page(
    '质量强市重点工作安排',
    css,
    `<h1>质量强市重点工作安排</h1>
<p>各责任单位要对照下列重点工作，细化工作措施，按时完成各项任务。</p>
${tableHtml(head, body, { cls: 'gap', widths: [7, 16, 47, 18, 12] })}`,
  );
  return { name: 'f-stream-multiline', html };
}

/**
 * G: a ruled 任务分解表 whose rows are tall (several long cells each), so page breaks
 * fall inside rows: Chromium cuts the row and prints the rest of its cells under
 * the repeated header on the next page.
 */
function ruledCutRows(): Doc {
  const head: Row[] = [[{ text: '序号' }, { text: '工作任务' }, { text: '具体措施' }, { text: '工作要求' }, { text: '责任单位' }, { text: '完成时限' }]];
  const body: Row[] = TASKS.slice(0, 9).map((task, i) => [
    { text: String(i + 1) },
    { text: task },
    { text: MEASURES[i]! + MEASURES[(i + 4) % MEASURES.length]! + MEASURES[(i + 8) % MEASURES.length]! },
    { text: MEASURES[(i + 2) % MEASURES.length]! + MEASURES[(i + 7) % MEASURES.length]! },
    { text: `${dept(i)}、${support(i)}` },
    { text: DEADLINES[i % DEADLINES.length]! },
  ]);
  const css = `table.ruled td, table.ruled th { border: 0.75pt solid #000; vertical-align: top; }
table.ruled tr { break-inside: auto; }`;
  const html = page(
    '质量强市建设工作任务清单',
    css,
    `<h1>质量强市建设工作任务清单</h1>
${tableHtml(head, body, { cls: 'ruled', widths: [6, 12, 36, 28, 10, 8] })}`,
  );
  return { name: 'g-ruled-cut-rows', html };
}

/**
 * H: a borderless table running over two pages, its header repeated by <thead> at
 * the top of the second page (stream mode on both pages, stitched).
 */
function borderlessPages(): Doc {
  const head: Row[] = [[{ text: '序号' }, { text: '重点任务' }, { text: '工作措施' }, { text: '牵头单位' }, { text: '完成时限' }]];
  const body: Row[] = [];
  for (let i = 0; i < 26; i++) {
    body.push([
      { text: String(i + 1) },
      { text: TASKS[i % TASKS.length]! },
      { text: MEASURES[(i * 5) % MEASURES.length]! },
      { text: dept(i * 7) },
      { text: DEADLINES[i % DEADLINES.length]! },
    ]);
  }
  const css = `table.plain td, table.plain th { border: 0; padding: 3pt 6pt; text-align: left; vertical-align: top; }
table.plain tr { break-inside: avoid; }`;
  const html = page(
    '质量强市重点任务安排表',
    css,
    `<h1>质量强市重点任务安排表</h1>
<p>各牵头单位要会同有关部门细化工作措施，确保按期完成。</p>
${tableHtml(head, body, { cls: 'plain', widths: [6, 16, 50, 16, 12] })}`,
  );
  return { name: 'h-borderless-pages', html };
}

/**
 * I: a borderless table on page 1 continued on page 2 as a second borderless table
 * under a `续表` title, vertically centred header cells (stream mode on both pages).
 */
function borderlessContinued(): Doc {
  const head: Row[] = [[{ text: '序号' }, { text: '指标名称' }, { text: '目标值' }, { text: '责任单位' }, { text: '完成时限' }]];
  const rows = (from: number, to: number): Row[] =>
    INDICATORS.slice(from, to).map(([name, target], k) => {
      const i = from + k;
      return [{ text: String(i + 1) }, { text: name! }, { text: target! }, { text: `${dept(i)}、${dept(i + 2)}` }, { text: DEADLINES[i % DEADLINES.length]! }];
    });
  const css = `table.plain td, table.plain th { border: 0; padding: 4pt 6pt; text-align: left; vertical-align: middle; }
.next { break-before: page; }`;
  const html = page(
    '质量强市建设目标任务表',
    css,
    `<h1>质量强市建设目标任务表</h1>
<p>本表所列目标任务由各责任单位组织实施，每半年报送一次进展情况。</p>
${tableHtml(head, rows(0, 5), { cls: 'plain', widths: [8, 34, 14, 28, 16] })}
<p class="caption next">续表</p>
${tableHtml(head, rows(5, 10), { cls: 'plain', widths: [8, 34, 14, 28, 16] })}`,
  );
  return { name: 'i-borderless-continued', html };
}

export const DOCS: (() => Doc)[] = [ruledSpans, borderless, threeLine, continued, proseBeside, streamMultiline, ruledCutRows, borderlessPages, borderlessContinued];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const pg = await browser.newPage();
    for (const make of DOCS) {
      const doc = make();
      const htmlPath = join(OUT, `${doc.name}.html`);
      writeFileSync(htmlPath, doc.html);
      await pg.goto(pathToFileURL(htmlPath).href);
      const pdf = await pg.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, tagged: false, outline: false });
      writeFileSync(join(OUT, `${doc.name}.pdf`), pdf);
      console.log(`${doc.name}: ${pdf.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

await main();
