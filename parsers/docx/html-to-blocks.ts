// mammoth's HTML → SourceDocument blocks, in document order.
//
// mammoth emits a flat sequence of <p>, <h1>…<h6>, <ul>/<ol>, <table> under the
// root; a table holds <thead>/<tbody>/<tr> with <td>/<th> whose content is
// again paragraphs (and possibly nested tables). Merges arrive as
// rowspan/colspan attributes; `w:tblHeader` rows arrive inside <thead> as <th>.
// cheerio/slim parses with htmlparser2: mammoth's output is regular, well-formed HTML, and parse5 (full
// HTML5 tree building) cost 3–4× as much on a large table.
import * as cheerio from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { Block, SourceCell, SourceRow, SourceTable } from '../../pipeline/model.ts';

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'div', 'caption']);

function isTag(n: AnyNode): n is Element {
  return n.type === 'tag';
}

/**
 * mammoth's footnote/endnote marks (`<a id="footnote-ref-1">[1]</a>` where the
 * note is referenced) and back-links (`<a href="#footnote-ref-1">↑</a>` in the
 * note): page furniture, not text. The notes themselves stay, as paragraphs
 * at the end of the document.
 */
function isNoteLink(el: Element): boolean {
  return el.name === 'a' && /^#?(footnote|endnote)-ref-/.test(el.attribs.id ?? el.attribs.href ?? '');
}

/** Splits inline content into lines at <br>; text runs are concatenated as they are. */
function inlineLines(node: AnyNode, out: string[]): void {
  if (node.type === 'text') {
    out[out.length - 1] += (node as unknown as { data: string }).data;
    return;
  }
  if (!isTag(node)) return;
  if (node.name === 'br') {
    out.push('');
    return;
  }
  // A check box (content control or legacy form field): mammoth writes an <input>; Word shows ☒ or ☐.
  if (node.name === 'input' && node.attribs.type === 'checkbox') {
    out[out.length - 1] += node.attribs.checked !== undefined ? '☒' : '☐';
    return;
  }
  if (node.name === 'table' || node.name === 'img' || isNoteLink(node)) return;
  for (const c of node.children) inlineLines(c, out);
}

/**
 * Lines of a container (a cell, or a list item): each paragraph-like child and
 * each <br> starts a new line; blank lines are dropped; nested tables are
 * collected into `nested` instead of being read as text.
 */
function containerLines(el: Element, nested: Element[]): string[] {
  const lines: string[] = [];
  let inline: string[] | null = null; // loose inline content directly in the container
  const flushInline = () => {
    if (inline) lines.push(...inline);
    inline = null;
  };
  for (const c of el.children) {
    if (isTag(c) && c.name === 'table') {
      flushInline();
      nested.push(c);
    } else if (isTag(c) && (BLOCK_TAGS.has(c.name) || c.name === 'ul' || c.name === 'ol')) {
      flushInline();
      if (c.name === 'ul' || c.name === 'ol' || c.name === 'div' || c.name === 'blockquote') {
        lines.push(...containerLines(c, nested));
      } else {
        const l = [''];
        inlineLines(c, l);
        lines.push(...l);
      }
    } else {
      inline ??= [''];
      inlineLines(c, inline);
    }
  }
  flushInline();
  return lines.filter((l) => l.trim() !== '');
}

function intAttr(el: Element, name: string): number {
  const v = parseInt(el.attribs[name] ?? '1', 10);
  return Number.isFinite(v) && v >= 1 ? v : 1;
}

/** Direct rows of a table element (through thead/tbody/tfoot), nested tables' rows excluded. */
function tableRows(table: Element): { tr: Element; inHead: boolean }[] {
  const rows: { tr: Element; inHead: boolean }[] = [];
  for (const c of table.children) {
    if (!isTag(c)) continue;
    if (c.name === 'tr') rows.push({ tr: c, inHead: false });
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot')
      for (const r of c.children) if (isTag(r) && r.name === 'tr') rows.push({ tr: r, inHead: c.name === 'thead' });
  }
  return rows;
}

/** A table and, after it, every table nested in its cells (depth first, document order). */
function readTable(table: Element): SourceTable[] {
  const nested: Element[] = [];
  const rows: SourceRow[] = [];
  for (const { tr, inHead } of tableRows(table)) {
    const cells: SourceCell[] = [];
    let allTh = true;
    for (const c of tr.children) {
      if (!isTag(c) || (c.name !== 'td' && c.name !== 'th')) continue;
      if (c.name !== 'th') allTh = false;
      cells.push({ lines: containerLines(c, nested), rowSpan: intAttr(c, 'rowspan'), colSpan: intAttr(c, 'colspan'), page: null, bbox: null });
    }
    rows.push({ cells, header: inHead || (cells.length > 0 && allTh), pageBreakBefore: false });
  }
  const out: SourceTable[] = [{ kind: 'table', rows, pages: [], mode: 'docx' }];
  for (const n of nested) out.push(...readTable(n));
  return out;
}

/** Converts mammoth's HTML into blocks: paragraphs (non-empty) and tables, in order. */
export function htmlToBlocks(html: string): Block[] {
  const $ = cheerio.load(html, null, false);
  const blocks: Block[] = [];
  const visit = (nodes: AnyNode[]) => {
    for (const n of nodes) {
      if (!isTag(n)) {
        const t = n.type === 'text' ? (n as unknown as { data: string }).data : '';
        if (t.trim()) blocks.push({ kind: 'paragraph', text: t.trim(), page: null });
        continue;
      }
      if (n.name === 'table') {
        blocks.push(...readTable(n));
      } else if (n.name === 'ul' || n.name === 'ol' || n.name === 'div' || n.name === 'blockquote') {
        visit(n.children);
      } else {
        // A paragraph keeps its explicit line breaks as newlines; a table inside one is read as a table after it.
        const nested: Element[] = [];
        const lines = [''];
        inlineLines(n, lines);
        const text = lines.filter((l) => l.trim() !== '').join('\n');
        if (text.trim()) blocks.push({ kind: 'paragraph', text, page: null });
        $(n)
          .find('table')
          .each((_, t) => {
            if ($(t).parents('table').length === 0) nested.push(t);
          });
        for (const t of nested) blocks.push(...readTable(t));
      }
    }
  };
  visit($.root().children().toArray());
  return blocks;
}
