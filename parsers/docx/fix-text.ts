// Run-level rewrites of word/document.xml, so that mammoth reads the text Word
// shows and nothing else (the table-level ones are in fix-tables.ts, which
// runs these first):
//
// - `w:fldSimple` (a field stored as one element: PAGE, REF, SEQ, HYPERLINK…):
//   mammoth ignores the element and so loses the field's displayed result; the
//   element is unwrapped, keeping the result runs. (Complex fields —
//   w:fldChar begin/separate/end — mammoth already reads as their result.)
// - hidden text (`w:vanish` on the run, its character style or its paragraph's
//   style): mammoth prints it; it is removed and reported.
// - a content control showing its placeholder (`w:showingPlcHdr`, e.g.
//   "单击或点击此处输入文字。"): the placeholder is not content; removed and reported.
// - `w:sym` in an ordinary font (mammoth only knows Symbol/Wingdings/Webdings
//   and drops the rest): written as the character itself.
// - `w:noBreakHyphen` becomes "-" (mammoth writes U+2011, which no later stage
//   reads as a hyphen) and `w:softHyphen` is dropped (it only shows at a line end).
// - equations (`m:oMath`, `m:oMathPara`, OMML): mammoth drops them with their
//   text (`≥95%`, 合格数/抽检数×100%); each becomes a run of its text in place
//   (mathText: fractions as num/den, radicals as √, superscripts as ^).
// - automatic numbering (numbering.ts): the label Word shows ("1.", "一、",
//   "①") is written at the start of the paragraph and the paragraph's list
//   membership switched off, so mammoth writes a plain paragraph with its number.
import type { Numbering } from './numbering.ts';
import { onOff, type Styles } from './styles.ts';
import { attr, child, insertBefore, append, remove, render, type XmlNode } from './xml-tree.ts';

/** Subtrees mammoth never reads: deleted text, the moved-from copy, and the mc:Choice branch (it reads mc:Fallback). */
export const UNREAD = new Set(['w:del', 'w:moveFrom', 'mc:Choice']);

/** Fonts mammoth maps w:sym characters of (dingbat-to-unicode); other fonts' w:sym hold a plain code point. */
const SYMBOL_FONTS = /^(symbol|wingdings( [23])?|webdings)$/i;

/** What a run shows: the elements removed from a hidden run or a placeholder (field characters and instructions stay). */
const RUN_CONTENT = new Set(['w:t', 'w:tab', 'w:ptab', 'w:br', 'w:cr', 'w:sym', 'w:noBreakHyphen', 'w:softHyphen', 'w:drawing', 'w:pict', 'w:object']);

/** A paragraph's numbering switched off (numId 0 = "no numbering", also over a numbered style). */
const NUMPR_OFF = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

export interface TextFix {
  kind: 'hidden-text' | 'placeholder' | 'field' | 'symbol' | 'hyphen' | 'math';
  /** The innermost table cell holding it (located by the table pass), or null outside tables. */
  cell: XmlNode | null;
  text: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const textRun = (text: string): string => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** The text of the w:t elements under a node, skipping removed and unread parts. */
export function visibleText(xml: string, node: XmlNode, decode: (s: string) => string): string {
  let s = '';
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      if (c.removed || UNREAD.has(c.name)) continue;
      if (c.name === 'w:t') s += decode(xml.slice(c.openEnd, c.closeStart));
      else walk(c);
    }
  };
  walk(node);
  return s;
}

/** Property elements of math objects (m:fPr, m:dPr, m:naryPr…): they hold no text. */
const MATH_PROPS = /^m:\w+Pr$/;

/**
 * The text an equation shows, in reading order: its m:t runs, a fraction as
 * num/den (parenthesised when a part has an operator), a radical as √(…), a
 * superscript as base^sup, delimiters with their characters.
 */
export function mathText(xml: string, node: XmlNode, decode: (s: string) => string): string {
  const kid = (n: XmlNode, name: string) => n.children.find((c) => c.name === name);
  const valOf = (n: XmlNode, prop: string, what: string, dflt: string) => {
    const v = kid(n, prop)?.children.find((c) => c.name === what);
    return v ? (attr(v, 'm:val') ?? '') : dflt;
  };
  const group = (s: string) => (/[+\-−×÷*/=<>≤≥]/.test(s) && !/^\(.*\)$/.test(s) ? `(${s})` : s);
  const walk = (n: XmlNode): string => {
    let s = '';
    for (const c of n.children) {
      if (c.removed || UNREAD.has(c.name) || MATH_PROPS.test(c.name) || c.name === 'w:rPr') continue;
      const part = (name: string) => {
        const k = kid(c, name);
        return k ? walk(k) : '';
      };
      if (c.name === 'm:t' || c.name === 'w:t') s += decode(xml.slice(c.openEnd, c.closeStart));
      else if (c.name === 'm:f') s += `${group(part('m:num'))}/${group(part('m:den'))}`;
      else if (c.name === 'm:rad') s += `${part('m:deg')}√${group(part('m:e'))}`;
      else if (c.name === 'm:sSup') s += `${part('m:e')}^${part('m:sup')}`;
      else if (c.name === 'm:sSub') s += `${part('m:e')}${part('m:sub')}`;
      else if (c.name === 'm:d') {
        const sep = valOf(c, 'm:dPr', 'm:sepChr', '|');
        const es = c.children.filter((e) => e.name === 'm:e' && !e.removed).map(walk);
        s += `${valOf(c, 'm:dPr', 'm:begChr', '(')}${es.join(sep)}${valOf(c, 'm:dPr', 'm:endChr', ')')}`;
      } else if (c.name === 'm:nary') s += `${valOf(c, 'm:naryPr', 'm:chr', '∫')}${part('m:sub')}${part('m:sup')}${part('m:e')}`;
      else s += walk(c);
    }
    return s;
  };
  return walk(node).trim();
}

/** Quick test: does the document use any markup fixText or numberParagraphs rewrites? */
export function mayNeedTextFix(xml: string, styles: Styles, numbering: Numbering): boolean {
  if (/<w:(fldSimple|sym|noBreakHyphen|softHyphen|vanish|showingPlcHdr)\b|<m:oMath\b/.test(xml)) return true;
  const usesStyle = (id: string) => xml.includes(`w:val="${id}"`);
  if (styles.hiddenIds.some(usesStyle)) return true;
  return numbering.defined && (xml.includes('<w:numPr') || styles.numberedIds.some(usesStyle));
}

/** The run-level rewrites listed above, except numbering. */
export function fixText(xml: string, root: XmlNode, styles: Styles, decode: (s: string) => string): TextFix[] {
  const fixes: TextFix[] = [];
  /** Removes what a run shows; returns the text removed. */
  const clearRun = (r: XmlNode): string => {
    const text = visibleText(xml, r, decode);
    for (const c of r.children) if (!c.removed && RUN_CONTENT.has(c.name)) remove(c);
    return text;
  };
  const walk = (node: XmlNode, cell: XmlNode | null, pStyle: string | undefined, placeholder: boolean) => {
    for (const c of node.children) {
      if (c.removed || UNREAD.has(c.name)) continue;
      switch (c.name) {
        case 'w:tc':
          walk(c, c, undefined, placeholder);
          break;
        case 'w:p':
          walk(c, cell, attr(child(child(c, 'w:pPr'), 'w:pStyle'), 'w:val'), placeholder);
          break;
        case 'w:sdt': {
          const shows = onOff(child(child(c, 'w:sdtPr'), 'w:showingPlcHdr')) === true;
          const content = child(c, 'w:sdtContent');
          if (content) walk(content, cell, pStyle, placeholder || shows);
          break;
        }
        case 'w:r': {
          const rPr = child(c, 'w:rPr');
          const hidden = onOff(child(rPr, 'w:vanish')) ?? (styles.hidden(attr(child(rPr, 'w:rStyle'), 'w:val')) || styles.hidden(pStyle));
          if (hidden || placeholder) {
            const text = clearRun(c);
            if (text.trim()) fixes.push({ kind: placeholder ? 'placeholder' : 'hidden-text', cell, text });
            break;
          }
          walk(c, cell, pStyle, placeholder);
          break;
        }
        case 'w:sym': {
          const font = attr(c, 'w:font') ?? '';
          let code = parseInt(attr(c, 'w:char') ?? '', 16);
          if (SYMBOL_FONTS.test(font.trim()) || !Number.isFinite(code)) break;
          // Symbol-encoded fonts store U+00xx as U+F0xx.
          if (code >= 0xf000 && code <= 0xf0ff) code -= 0xf000;
          if (code < 0x20 || code > 0x10ffff) break;
          const ch = String.fromCodePoint(code);
          insertBefore(c, `<w:t xml:space="preserve">${escapeXml(ch)}</w:t>`);
          remove(c);
          fixes.push({ kind: 'symbol', cell, text: ch });
          break;
        }
        case 'm:oMathPara':
        case 'm:oMath': {
          // An equation (OMML): mammoth drops it; its text is written as a run, in place.
          const text = mathText(xml, c, decode);
          const runXml = text ? `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : '';
          // m:oMathPara may stand outside a paragraph (in a cell or the body): it then becomes one.
          let inParagraph = false;
          for (let a = c.parent; a && !inParagraph && a.name !== 'w:tc' && a.name !== 'w:body'; a = a.parent) inParagraph = a.name === 'w:p';
          insertBefore(c, inParagraph || !runXml ? runXml : `<w:p>${runXml}</w:p>`);
          remove(c);
          fixes.push({ kind: 'math', cell, text });
          break;
        }
        case 'w:noBreakHyphen':
          insertBefore(c, '<w:t>-</w:t>');
          remove(c);
          fixes.push({ kind: 'hyphen', cell, text: '-' });
          break;
        case 'w:softHyphen':
          remove(c);
          fixes.push({ kind: 'hyphen', cell, text: '' });
          break;
        case 'w:fldSimple': {
          walk(c, cell, pStyle, placeholder);
          for (const d of c.children) if (d.name === 'w:fldData') remove(d);
          if (!c.selfClosing) {
            // The element's own tags cut off its rendering: what is left is the result runs, with their edits.
            const open = c.openEnd - c.start;
            const close = c.end - c.closeStart;
            insertBefore(c, () => {
              const s = render(xml, c);
              return s.slice(open, s.length - close);
            });
          }
          remove(c);
          fixes.push({ kind: 'field', cell, text: attr(c, 'w:instr') ?? '' });
          break;
        }
        default:
          walk(c, cell, pStyle, placeholder);
      }
    }
  };
  walk(root, null, undefined, false);
  return fixes;
}

/**
 * Writes Word's automatic numbers into the text, in document order (the
 * counters run through the whole document). Paragraphs whose mark is hidden
 * or deleted, rows deleted as tracked changes, and empty paragraphs of cells
 * that continue a merge (Word does not show them; `skipEmpty` names those
 * cells) are not numbered. Returns the labels written.
 */
export function numberParagraphs(xml: string, root: XmlNode, styles: Styles, numbering: Numbering, skipEmpty: (tc: XmlNode) => boolean, decode: (s: string) => string): string[] {
  const labels: string[] = [];
  const walk = (node: XmlNode, cell: XmlNode | null) => {
    for (const c of node.children) {
      if (c.removed || UNREAD.has(c.name)) continue;
      if (c.name === 'w:tc') walk(c, c);
      // A row deleted as a tracked change is not shown (mammoth drops it): its numbers do not count.
      else if (c.name === 'w:tr' && child(child(c, 'w:trPr'), 'w:del')) continue;
      else if (c.name === 'w:p') {
        numberParagraph(c, cell);
        walk(c, cell);
      } else walk(c, cell);
    }
  };
  const numberParagraph = (p: XmlNode, cell: XmlNode | null) => {
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const pStyle = attr(child(pPr, 'w:pStyle'), 'w:val');
    const numId = attr(child(numPr, 'w:numId'), 'w:val');
    if (!numbering.isNumbered(numId, pStyle)) return;
    const text = visibleText(xml, p, decode);
    if (cell && !text.trim() && skipEmpty(cell)) return;
    // A hidden paragraph mark hides the number; a deleted one joins the paragraph to the next, which carries the numbering.
    const mark = child(pPr, 'w:rPr');
    if (onOff(child(mark, 'w:vanish')) ?? styles.hidden(pStyle)) return;
    if (child(mark, 'w:del')) return;
    const ilvl = parseInt(attr(child(numPr, 'w:ilvl'), 'w:val') ?? '', 10);
    const label = numbering.next(numId, Number.isFinite(ilvl) ? ilvl : undefined, pStyle);
    if (!label) return;
    // Switch the list off so mammoth writes a plain paragraph (a nested <ol> would also glue levels into one line).
    if (numPr) {
      insertBefore(numPr, NUMPR_OFF);
      remove(numPr);
    } else if (pPr) append(pPr, NUMPR_OFF);
    else insertBefore(p.children[0] ?? p, `<w:pPr>${NUMPR_OFF}</w:pPr>`);
    if (!label.text) return;
    labels.push(label.text);
    const run = textRun(label.text + (text.trim() && label.suffix !== 'nothing' ? ' ' : ''));
    const first = p.children.find((c) => c.name !== 'w:pPr');
    if (first) insertBefore(first, run);
    else append(p, run);
  };
  walk(root, null);
  return labels;
}
