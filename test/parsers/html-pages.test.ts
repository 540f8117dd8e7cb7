// Web pages as cities publish them: every document of the unseen-layouts tests
// (test/e2e/unseen-docs.ts, cell texts of real documents) written out as Word writes HTML
// ("Save as Web Page": <p class=MsoNormal> in cells, <o:p>, <span lang=EN-US> around digits,
// mso- styles, unquoted attributes, lines wrapped inside Chinese text, the column-width row
// under <![if !supportMisc]>, <br clear=all style='page-break-before:always'>) and, a second
// time, pasted into a government site's article page (page frame, menus and footer in layout
// tables, the article in a cell of the frame, <thead> lost, header cells in <strong>), in
// GB2312 with its meta, UTF-8 with a meta saying GBK, or UTF-8. The page must give what the
// .docx built from the same blocks gives: the same records, allocations and document fields,
// no warning the .docx does not have, and no cell lost.
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../pipeline/convert.ts';
import { lostCells, parseAndConvert } from '../e2e/nothing-lost-check.ts';
import { UNSEEN_DOCS, unseenDocx, type UnseenDoc } from '../e2e/unseen-docs.ts';
import { expectSameResults } from '../e2e/same-results.ts';

type Res = Awaited<ReturnType<typeof convertBytes>>;

// ---------------------------------------------------------------------------
// The documents as tables of cells with spans (Word's vertical merges as rowspan)

interface HCell {
  lines: string[];
  rowSpan: number;
  colSpan: number;
}
interface HRow {
  header: boolean;
  cells: HCell[];
}
type HBlock = { kind: 'p'; text: string; pageBreakBefore?: boolean } | { kind: 't'; widths: number[]; rows: HRow[] };

function blocksOf(doc: UnseenDoc): HBlock[] {
  if (doc.builder === 'spec') {
    return doc.blocks.map((b): HBlock =>
      b.kind === 'paragraph'
        ? { kind: 'p', text: b.text }
        : { kind: 't', widths: b.widths, rows: b.rows.map((r) => ({ header: !!r.tableHeader, cells: r.cells.map((c) => ({ lines: c.lines, rowSpan: c.rowSpan ?? 1, colSpan: c.colSpan ?? 1 })) })) },
    );
  }
  return doc.blocks.map((b): HBlock => {
    if ('paragraph' in b) return { kind: 'p', text: b.paragraph, pageBreakBefore: b.pageBreakBefore };
    // grid column of every cell; a `restart` spans the `continue` cells below it in its column
    const cols = b.rows.map((r) => {
      let c = 0;
      return r.cells.map((x) => ((c += x.span ?? 1), c - (x.span ?? 1)));
    });
    const at = (r: number, col: number) => b.rows[r]?.cells[cols[r]!.indexOf(col)];
    const rows = b.rows.map((r, ri) => {
      const cells: HCell[] = [];
      r.cells.forEach((x, k) => {
        const col = cols[ri]![k]!;
        let covered = false;
        for (let up = ri - 1; up >= 0 && at(up, col)?.merge; up--) if (at(up, col)!.merge === 'restart') covered = true;
        if (x.merge === 'continue' && covered) return;
        let rowSpan = 1;
        if (x.merge === 'restart') while (at(ri + rowSpan, col)?.merge === 'continue') rowSpan++;
        cells.push({ lines: x.text ? x.text.split('\n') : [], rowSpan, colSpan: x.span ?? 1 });
      });
      return { header: !!r.header, cells };
    });
    return { kind: 't', widths: b.widths, rows };
  });
}

// ---------------------------------------------------------------------------
// Word's HTML

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const WIDE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Word's runs: digits and Latin in <span lang=EN-US>, the rest in a font span; its source lines wrapped inside the text. */
function runs(text: string, wrapEvery = 18): string {
  let n = 0;
  return text
    .split(/([A-Za-z0-9.%]+(?: [A-Za-z0-9.%]+)*)/)
    .map((seg, k) => {
      // Latin and digits: a space in them is where Word breaks its line
      if (k % 2) return `<span lang=EN-US>${esc(seg).replace(/ /, '\r\n')}</span>`;
      let out = '';
      const chars = [...seg];
      chars.forEach((ch, i) => {
        out += esc(ch);
        // Word breaks its HTML lines anywhere, inside Chinese text too
        if (++n >= wrapEvery && WIDE.test(ch) && WIDE.test(chars[i + 1] ?? '')) {
          out += '\r\n';
          n = 0;
        }
      });
      return out;
    })
    .join('');
}

function para(text: string, align = ''): string {
  const lines = text.split('\n').map((l) => `<span style='font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman"'>${runs(l)}</span>`);
  return `<p class=MsoNormal${align ? ` align=${align} style='text-align:${align}'` : ''}>${lines.join("<span lang=EN-US><br>\r\n</span>")}<span lang=EN-US><o:p></o:p></span></p>`;
}

const EMPTY_P = "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>";

function wordTable(t: Extract<HBlock, { kind: 't' }>, cms: boolean): string {
  const total = t.widths.reduce((a, x) => a + x, 0);
  const px = t.widths.map((w) => Math.round((w / total) * 620));
  const width = (col: number, span: number) => px.slice(col, col + span).reduce((a, x) => a + x, 0);
  // grid column of each cell (rowspans from above take their slots)
  const taken: boolean[][] = [];
  const tr = t.rows.map((r, ri) => {
    let col = 0;
    const tds = r.cells.map((c) => {
      while (taken[ri]?.[col]) col++;
      for (let y = ri; y < ri + c.rowSpan; y++) for (let x = col; x < col + c.colSpan; x++) (taken[y] ??= [])[x] = true;
      const w = width(col, c.colSpan);
      col += c.colSpan;
      const span = `${c.rowSpan > 1 ? ` rowspan=${c.rowSpan}` : ''}${c.colSpan > 1 ? ` colspan=${c.colSpan}` : ''}`;
      const body = c.lines.length ? c.lines.map((l) => (cms && r.header ? `<p class=MsoNormal align=center><strong>${runs(l)}</strong></p>` : para(l, r.header ? 'center' : ''))).join('\r\n  ') : EMPTY_P;
      return `  <td width=${w} valign=top${span} style='width:${(w * 0.75).toFixed(1)}pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\r\n  ${body}\r\n  </td>`;
    });
    return ` <tr style='mso-yfti-irow:${ri};${ri === 0 ? 'mso-yfti-firstrow:yes;' : ''}height:20.0pt'>\r\n${tds.join('\r\n')}\r\n </tr>`;
  });
  const heads = t.rows.findIndex((r) => !r.header);
  const nHead = cms ? 0 : heads < 0 ? t.rows.length : heads;
  const merged = t.rows.some((r) => r.cells.some((c) => c.rowSpan > 1 || c.colSpan > 1));
  // Word's column-width row under a table with merged cells
  const ghost = merged ? `\r\n <![if !supportMisc]>\r\n <tr height=0>\r\n${px.map((w) => `  <td width=${w} style='border:none'></td>`).join('\r\n')}\r\n </tr>\r\n <![endif]>` : '';
  const head = nHead ? `<thead>\r\n${tr.slice(0, nHead).join('\r\n')}\r\n</thead>\r\n` : '';
  return `<div align=center>\r\n<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=620 style='width:465.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\r\n${head}${tr.slice(nHead).join('\r\n')}${ghost}\r\n</table>\r\n</div>`;
}

/** The document's body as Word writes it (`cms`: as it is left after pasting into a site's editor). */
function wordBody(doc: UnseenDoc, cms: boolean): string {
  const parts: string[] = [];
  let first = true;
  for (const b of blocksOf(doc)) {
    if (b.kind === 't') parts.push(wordTable(b, cms));
    else {
      if (b.pageBreakBefore) parts.push(`<span lang=EN-US style='font-size:10.5pt;mso-fareast-font-family:宋体'><br clear=all style='page-break-before:always'>\r\n</span>`);
      parts.push(b.text ? para(b.text, first ? 'center' : '') : EMPTY_P);
      first = false;
    }
  }
  return parts.join('\r\n\r\n');
}

/** Word's "Save as Web Page" (GB2312, as Word saves a Chinese document). */
function wordPage(doc: UnseenDoc): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"\r\nxmlns:o="urn:schemas-microsoft-com:office:office"\r\nxmlns:w="urn:schemas-microsoft-com:office:word"\r\nxmlns="http://www.w3.org/TR/REC-html40">\r\n\r\n<head>\r\n<meta http-equiv=Content-Type content="text/html; charset=gb2312">\r\n<meta name=Generator content="Microsoft Word 15">\r\n<!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n  <w:View>Print</w:View>\r\n </w:WordDocument>\r\n</xml><![endif]-->\r\n<style>\r\n<!--\r\n p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{mso-style-parent:"";\r\n\tmargin:0cm;\r\n\tfont-size:10.5pt;\r\n\tfont-family:"Times New Roman",serif;}\r\n-->\r\n</style>\r\n</head>\r\n\r\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\r\n\r\n<div class=WordSection1 style='layout-grid:15.6pt'>\r\n\r\n${wordBody(doc, false)}\r\n\r\n${EMPTY_P}\r\n\r\n</div>\r\n\r\n</body>\r\n\r\n</html>\r\n`;
}

/** The document pasted into a government site's article page: frame, menus, footer in layout tables. */
function sitePage(doc: UnseenDoc, charset: string): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<title>政府信息公开</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<form name="form1" method="post" action="./content.aspx" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/top_banner.jpg" width="1002" height="150" alt="" /></td></tr>
  <tr><td height="36" background="/images/nav_bg.jpg">
    <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td align="center"><a href="/">网站首页</a></td><td align="center"><a href="/zwgk/">政务公开</a></td>
      <td align="center"><a href="/zwfw/">政务服务</a></td><td align="center"><a href="/hdjl/">互动交流</a></td>
      <td align="center"><a href="/ztzl/">专题专栏</a></td>
    </tr></table>
  </td></tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="230" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="left_title">信息公开目录</td></tr>
        <tr><td><ul class="left_menu"><li><a href="/zwgk/zcwj/">政策文件</a></li><li><a href="/zwgk/ghjh/">规划计划</a></li><li><a href="/zwgk/tzgg/">通知公告</a></li></ul></td></tr>
      </table>
    </td>
    <td width="12">&nbsp;</td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="32" class="weizhi">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/tzgg/">通知公告</a></td></tr>
      </table>
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="50" align="center" class="news_title">政府信息公开</td></tr>
        <tr><td height="30" align="center" class="news_info">信息来源：本站&nbsp;&nbsp;&nbsp;&nbsp;点击数：<span id="hits"><script>document.write('351')</script></span>&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
        <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
        <tr><td class="news_content" id="zoom"><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}</style>
${wordBody(doc, true)}
<p>&nbsp;</p></div></td></tr>
        <tr><td align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
  <tr><td align="center"><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></td></tr>
  <tr><td align="center">主办单位：市人民政府办公室&nbsp;&nbsp;承办单位：市大数据中心<br />网站标识码：4307000001&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">湘ICP备05001234号</a></td></tr>
</table>
</form>
<script type="text/javascript">var _hmt = _hmt || []; document.getElementById("hits").innerHTML = "<table><tr><td>x</td></tr></table>";</script>
</body></html>
`;
}

// ---------------------------------------------------------------------------
// GBK bytes (TextDecoder decodes GB18030 but Node has no encoder for it)

let gbk: Map<string, number[]> | null = null;
function encodeGbk(s: string): Uint8Array {
  if (!gbk) {
    gbk = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbk.has(ch)) gbk.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbk.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
const utf8 = (s: string) => new TextEncoder().encode(s);

// ---------------------------------------------------------------------------


async function expectSameAsDocx(docx: Res, bytes: Uint8Array, file: string): Promise<Res> {
  const out = await parseAndConvert(bytes, file);
  if (out.failed) throw new Error(`${file} failed: ${out.res.diagnostics.map((d) => d.message).join('; ')}`);
  const html = out.res;
  expect(html.document.format).toBe('html');
  expectSameResults(html, docx);
  expect(lostCells(out.src, html)).toEqual([]);
  return html;
}

/** Word's automatic numbering is not text in the .docx; Word writes it into its HTML, this renderer does not. */
const numbered = (doc: UnseenDoc) => doc.builder === 'word' && doc.blocks.some((b) => ('paragraph' in b ? !!b.list : b.rows.some((r) => r.cells.some((c) => c.list))));

describe("unseen layouts as web pages: Word's HTML and a site's article page give what the .docx gives", () => {
  UNSEEN_DOCS.filter((d) => !numbered(d)).forEach((doc, i) => {
    it(doc.name, async () => {
      const docx = await convertBytes(await unseenDocx(doc), `${doc.name}.docx`);
      // Word's own HTML, GB2312 as its meta says
      const word = await expectSameAsDocx(docx, encodeGbk(wordPage(doc)), `${doc.name}.htm`);
      const merged = blocksOf(doc).some((b) => b.kind === 't' && b.rows.some((r) => r.cells.some((c) => c.rowSpan > 1 || c.colSpan > 1)));
      if (merged) expect(word.diagnostics.map((d) => d.code)).toContain('html-width-row-dropped');
      // the site's page: GB2312, UTF-8 under a meta saying GBK, UTF-8
      const variant = i % 3;
      const bytes = variant === 0 ? encodeGbk(sitePage(doc, 'gb2312')) : utf8(sitePage(doc, variant === 1 ? 'GBK' : 'utf-8'));
      const site = await expectSameAsDocx(docx, bytes, `${doc.name}.html`);
      const codes = site.diagnostics.map((d) => d.code);
      expect(codes).toContain('html-layout-table');
      expect(codes.includes('html-charset-mismatch')).toBe(variant === 1);
    });
  });
});
