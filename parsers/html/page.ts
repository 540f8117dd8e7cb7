// A web page as real government sites serve it → the regular HTML the shared reader
// (parsers/docx/html-to-blocks.ts, written for mammoth's output) expects:
//
// - Page furniture out: scripts, forms' controls, hidden elements (`display:none`, Word's
//   hidden text `mso-hide:all`; one holding a table, a tab of the page, is read all the same),
//   comments (Word's `<!--[if gte mso 9]>…<![endif]-->`).
// - Word's HTML ("Save as Web Page", or pasted into the CMS editor): the empty zero-height row
//   Word writes under a table with merged cells to fix the column widths (`<![if !supportMisc]>
//   <tr height=0><td width=…>`) is dropped; `<p class=MsoNormal>`, `<o:p>`, `<span lang=EN-US>`
//   need nothing (paragraphs in cells are lines, inline runs are text).
// - White space as a browser shows it: runs of spaces and line ends are one space, and a line
//   end between two CJK characters is nothing (CSS Text 3's segment-break rule; Word wraps its
//   HTML inside Chinese text). `&nbsp;` stays.
// - Layout tables (the page frame, navigation bars, one-column boxes, a frame holding the
//   article with the data table nested in it) are unwrapped: their cells' content is read as
//   paragraphs and tables in order, so the article title is a paragraph above the data table,
//   not a cell of a table swallowing the page.
// - A data table's <caption> is a paragraph above it; a <tfoot> written first is moved last.
// - Structure the reader would flatten: containers it does not know (`<form>`, `<center>`,
//   `<section>`, …) and inline elements or paragraphs holding blocks (`<font><p>…<table>`,
//   a `<p>` left open around a table in quirks mode) become <div>; loose inline content of a
//   <div> becomes a paragraph, as a browser shows it.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';

const BLOCK = new Set([
  'p', 'div', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'hr',
  'center', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'form', 'fieldset', 'figure', 'figcaption', 'address', 'details', 'summary', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
]);
/** Containers the reader does not know: read as <div>. */
const AS_DIV = new Set(['center', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'form', 'fieldset', 'figure', 'figcaption', 'address', 'details', 'summary', 'dl', 'dd', 'dt', 'body']);
const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col']);
const DROP = 'script, style, noscript, template, iframe, frame, object, embed, select, button, textarea, input:not([type=checkbox]), map, audio, video, canvas, svg, xml';

export interface PageStats {
  /** Layout tables read as text. */
  layoutTables: number;
  /** Word's empty column-width rows dropped. */
  ghostRows: number;
  /** Hidden elements dropped. */
  hidden: number;
  /** Menus, breadcrumb trails and link bars dropped. */
  navigation: number;
  /** Hidden elements holding a table, read all the same. */
  hiddenTables: number;
}

function isTag(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

function textOf(n: AnyNode, skipTables = false): string {
  if (n.type === 'text') return (n as Text).data;
  if (!isTag(n)) return '';
  if (skipTables && n.name === 'table') return '';
  let s = '';
  for (const c of n.children) s += textOf(c, skipTables);
  return s;
}

const blank = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '') === '';

/** Direct rows of a table (through thead/tbody/tfoot). */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (!isTag(c)) continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'tbody' || c.name === 'thead' || c.name === 'tfoot') for (const r of c.children) if (isTag(r) && r.name === 'tr') rows.push(r);
  }
  return rows;
}
const cellsOf = (tr: Element): Element[] => tr.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'));

function descendants(n: Element, name: string, out: Element[] = []): Element[] {
  for (const c of n.children) {
    if (!isTag(c)) continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

function hasBlockDescendant(n: Element): boolean {
  for (const c of n.children) if (isTag(c) && (BLOCK.has(c.name) || hasBlockDescendant(c))) return true;
  return false;
}

/** Text of a cell outside its links, less the separators of a menu or a breadcrumb trail. */
function nonLinkText(n: AnyNode): string {
  if (n.type === 'text') return (n as Text).data;
  if (!isTag(n) || n.name === 'a') return '';
  return n.children.map(nonLinkText).join('');
}
const MENU_SEPARATORS = /[\s\u00a0\u3000|｜·•>＞»›/\\\-–—:：,，、()（）【】\[\]]|当前位置|您的位置|您现在的位置|所在位置/g;

/** Nothing but links and the separators of a menu or a breadcrumb trail. */
function linksOnly(n: Element): boolean {
  return descendants(n, 'a').length > 0 && blank(nonLinkText(n).replace(MENU_SEPARATORS, ''));
}

/**
 * A table used for page layout rather than data: role=presentation; a frame holding a larger
 * table; one column (a box, a frame row by row); nothing but links (a menu, a breadcrumb
 * trail); nothing at all (spacers, banner pictures).
 */
export function isLayoutTable(table: Element): boolean {
  const role = table.attribs.role?.toLowerCase();
  if (role === 'presentation' || role === 'none') return true;
  const rows = rowsOf(table);
  const cells = rows.flatMap(cellsOf);
  const filled = cells.filter((c) => !blank(textOf(c, true)));
  const nested = descendants(table, 'table');
  if (nested.length) {
    // A data table with a small table in a cell keeps its rows of several filled cells and
    // holds more cells than what is nested in it; a frame does not.
    const nestedCells = nested.reduce((a, t) => a + rowsOf(t).reduce((b, r) => b + cellsOf(r).length, 0), 0);
    const dataRows = rows.filter((r) => cellsOf(r).filter((c) => !blank(textOf(c, true))).length >= 3).length;
    return !(dataRows >= 2 && filled.length > nestedCells);
  }
  if (filled.length === 0) return true;
  if (rows.every((r) => cellsOf(r).length <= 1)) return true;
  return isMenuTable(table);
}

/** A menu or breadcrumb trail laid out in a table: every filled cell is links and separators, two links at least. */
function isMenuTable(table: Element): boolean {
  const filled = rowsOf(table).flatMap(cellsOf).filter((c) => !blank(textOf(c, true)));
  return filled.length > 0 && descendants(table, 'table').length === 0 && filled.every(linksOnly) && descendants(table, 'a').length >= 2;
}

/** Word's column-width row: empty cells, `height=0` on the row or no borders on every cell. */
function isGhostRow(tr: Element): boolean {
  const cells = cellsOf(tr);
  if (!cells.length || cells.some((c) => !blank(textOf(c)) || descendants(c, 'img').length || descendants(c, 'table').length)) return false;
  if (tr.attribs.height === '0' || /(^|;)\s*height\s*:\s*0(pt|px)?\s*(;|$)/i.test(tr.attribs.style ?? '')) return true;
  return cells.every((c) => /border\s*:\s*none/i.test(c.attribs.style ?? ''));
}

const WIDE = /[\u2014\u2018\u2019\u201C\u201D\u2026\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/** Collapses white space as a browser does (see the header), outside <pre>. */
function collapseWhiteSpace(root: Element): void {
  const texts: Text[] = [];
  const walk = (n: AnyNode) => {
    if (n.type === 'text') texts.push(n as Text);
    else if (isTag(n) && n.name !== 'pre' && n.name !== 'textarea') for (const c of n.children) walk(c);
  };
  walk(root);
  const first = texts.map((t) => /[^ \t\n\r\f]/u.exec(t.data)?.[0] ?? '');
  // first character that is not collapsible white space after text node i (in later nodes)
  const nextAfter: string[] = new Array(texts.length).fill('');
  for (let i = texts.length - 2; i >= 0; i--) nextAfter[i] = first[i + 1] || nextAfter[i + 1]!;
  let prev = ''; // last non-white character written
  let lastSpace = true; // the output so far ends in a collapsed space (or nothing)
  texts.forEach((t, i) => {
    const data = t.data;
    let out = '';
    const re = /[ \t\n\r\f]+/g;
    let at = 0;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      const chunk = data.slice(at, m.index);
      if (chunk) {
        out += chunk;
        prev = [...chunk].pop()!;
        lastSpace = false;
      }
      at = m.index + m[0].length;
      const next = at < data.length ? [...data.slice(at, at + 2)][0]! : nextAfter[i]!;
      const segmentBreak = /[\n\r]/.test(m[0]);
      if (lastSpace || (segmentBreak && WIDE.test(prev) && WIDE.test(next))) continue;
      out += ' ';
      lastSpace = true;
    }
    const rest = data.slice(at);
    if (rest) {
      out += rest;
      prev = [...rest].pop()!;
      lastSpace = false;
    }
    t.data = out;
  });
}

/** Runs of inline nodes directly in a container become paragraphs (as a browser shows them). */
function wrapInlineRuns($: CheerioAPI, el: Element): void {
  let run: AnyNode[] = [];
  const flush = () => {
    if (run.some((n) => !blank(textOf(n)) || (isTag(n) && n.name !== 'br'))) $(run).wrapAll('<p></p>');
    run = [];
  };
  for (const c of [...el.children]) {
    if (isTag(c) && (BLOCK.has(c.name) || TABLE_PARTS.has(c.name))) flush();
    else if (c.type === 'text' || isTag(c)) run.push(c);
  }
  flush();
}

/** Replaces a layout table by its cells' content, cell after cell, row after row. */
function unwrapTable($: CheerioAPI, table: Element): Element {
  const box = $('<div></div>');
  for (const tr of rowsOf(table)) {
    for (const td of cellsOf(tr)) {
      const cell = $('<div></div>');
      cell.append($(td).contents());
      box.append(cell);
    }
  }
  // a caption is text above the table
  for (const c of table.children) if (isTag(c) && c.name === 'caption') box.prepend($('<p></p>').append($(c).contents()));
  $(table).replaceWith(box);
  return box.get(0) as Element;
}

/** Tables of `root` not inside another table of `root`. */
function topTables(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (n: Element) => {
    for (const c of n.children) {
      if (!isTag(c)) continue;
      if (c.name === 'table') out.push(c);
      else walk(c);
    }
  };
  walk(root);
  return out;
}

/** Cleans the loaded page in place (see the header); returns the body to read and what was done. */
export function normalizePage($: CheerioAPI): { body: Element; stats: PageStats } {
  const stats: PageStats = { layoutTables: 0, ghostRows: 0, hidden: 0, navigation: 0, hiddenTables: 0 };
  $('head').remove();
  $(DROP).remove();
  const comments: AnyNode[] = [];
  const walk = (n: AnyNode) => {
    if (n.type === 'comment' || n.type === 'directive' || n.type === 'cdata') comments.push(n);
    else if (isTag(n) || n.type === 'root') for (const c of (n as Element).children) walk(c);
  };
  walk($.root().get(0)!);
  $(comments).remove();
  // Hidden elements, except those holding a table: a page's tabs (one table a year, all but one
  // hidden until clicked) hide real tables; Word's hidden text and the rest of a page's hidden
  // parts (pop-ups, mobile menus, print templates) are no content.
  const hidden = $('[hidden], [style]').filter((_, el) => el.attribs.hidden !== undefined || /display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden/i.test(el.attribs.style ?? ''));
  const hiddenTables = hidden.filter((_, el) => el.name !== 'tr' && descendants(el, 'table').length > 0);
  stats.hiddenTables = hiddenTables.length;
  const dropped = hidden.not(hiddenTables);
  stats.hidden = dropped.length;
  dropped.remove();
  let body = $('body').get(0) as Element | undefined;
  if (!body) {
    $.root().wrapInner('<body></body>');
    body = $('body').get(0) as Element;
  }
  // Word's column-width rows
  $('tr').each((_, tr) => {
    if (isGhostRow(tr)) {
      $(tr).remove();
      stats.ghostRows++;
    }
  });
  // a <tfoot> written before the <tbody> (HTML 4 wanted it there) is shown below it
  $('table > tfoot').each((_, tf) => {
    const table = tf.parent as Element;
    if (table.children.filter(isTag).pop() !== tf) $(table).append(tf);
  });
  // layout tables, outside in: a frame's content is looked at again once the frame is gone;
  // a menu in a table goes with the other menus below
  const layout = (root: Element) => {
    for (const t of topTables(root)) {
      if (isMenuTable(t)) {
        $(t).remove();
        stats.navigation++;
      } else if (isLayoutTable(t)) {
        stats.layoutTables++;
        layout(unwrapTable($, t));
      }
    }
  };
  layout(body);
  // Navigation outside data tables: <nav>, link lists, link bars, breadcrumb trails. Page
  // furniture, and its words can pass for a title (a menu item 规划计划 ends like a plan's name).
  const nav = $('nav, [role=navigation], ul, ol, p, div, li, h1, h2, h3, h4, h5, h6, dl, dd, dt, center').filter((_, node) => {
    const el = node as Element;
    if ($(el).parents('table').length) return false;
    if (el.name === 'nav' || el.attribs.role === 'navigation') return true;
    if (el.name === 'ul' || el.name === 'ol') {
      const items = el.children.filter((c): c is Element => isTag(c) && c.name === 'li' && !blank(textOf(c)));
      return items.length >= 2 && items.every(linksOnly);
    }
    // two links at least: one link alone is rather an attachment (附件：…分解表.doc) than a menu
    return !hasBlockDescendant(el) && linksOnly(el) && descendants(el, 'a').length >= 2;
  });
  // outermost ones only (a menu's items are in it)
  const navSet = new Set(nav.toArray());
  const navTop = nav.filter((_, el) => {
    for (let p = el.parent; p; p = p.parent) if (navSet.has(p as Element)) return false;
    return true;
  });
  stats.navigation += navTop.length;
  navTop.remove();
  // a data table's <caption> (often its title) is a paragraph above it; the reader reads rows only
  $('table > caption').each((_, cap) => {
    const p = $('<p></p>').append($(cap).contents());
    $(cap.parent as Element).before(p);
    $(cap).remove();
  });
  // containers and inline elements holding blocks → <div>
  $('*').each((_, node) => {
    const el = node as Element;
    if (AS_DIV.has(el.name) && el !== body) el.name = 'div';
    else if (!BLOCK.has(el.name) && !TABLE_PARTS.has(el.name) && el.name !== 'body' && el.name !== 'html' && hasBlockDescendant(el)) el.name = 'div';
    else if ((el.name === 'p' || /^h[1-6]$/.test(el.name) || el.name === 'li') && hasBlockDescendant(el)) el.name = 'div';
  });
  collapseWhiteSpace(body);
  wrapInlineRuns($, body);
  $('div, blockquote', body).each((_, el) => {
    // inside a data table's cell the reader takes inline runs as lines itself
    wrapInlineRuns($, el);
  });
  return { body, stats };
}
