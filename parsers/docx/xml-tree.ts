// A light element tree over an XML string, for targeted rewrites of
// word/document.xml. Only elements are nodes (text stays in the string); each
// node knows its offsets, so an untouched subtree is written back as the very
// same slice of the input. This replaces a full DOM (cheerio/htmlparser2 took
// 50–150 ms on a 250 KB document and re-serialised every byte of it).
//
// Edits (remove a node, insert text before it, append inside it) mark the
// node and its ancestors dirty; render() rebuilds only dirty nodes.

/** Inserted XML, or a thunk evaluated at render time (to copy a node with its own edits applied). */
export type Piece = string | (() => string);

export interface XmlNode {
  name: string;
  /** Offset of '<' of the start tag. */
  start: number;
  /** Offset just after the start tag's '>'. */
  openEnd: number;
  /** Offset of '<' of the end tag (= openEnd when self-closing). */
  closeStart: number;
  /** Offset just after the end tag (= openEnd when self-closing). */
  end: number;
  selfClosing: boolean;
  /** Raw attribute text of the start tag. */
  attrs: string;
  parent: XmlNode | null;
  children: XmlNode[];
  dirty?: boolean;
  removed?: boolean;
  before?: Piece[];
  inside?: Piece[];
}

// Start/end/self-closing tags (attribute values may hold '>'), comments, PIs, CDATA, doctype.
// The attribute part is an unrolled loop (no backtracking); a trailing '/' in it marks a self-closing tag.
const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>/g;

/** Parses the element structure; unbalanced end tags are ignored, unclosed elements end at the end of input. */
export function parseXmlTree(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', start: 0, openEnd: 0, closeStart: xml.length, end: xml.length, selfClosing: false, attrs: '', parent: null, children: [] };
  let cur = root;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const name = m[2];
    if (name === undefined) continue;
    if (m[1]) {
      // End tag: close up to the matching open element (tolerates a stray end tag).
      let n: XmlNode | null = cur;
      while (n && n !== root && n.name !== name) n = n.parent;
      if (!n || n === root) continue;
      // Elements left open inside n end where n ends, without an end tag of their own.
      for (let c: XmlNode = cur; c !== n; c = c.parent!) c.closeStart = c.end = m.index;
      n.closeStart = m.index;
      n.end = m.index + m[0].length;
      cur = n.parent!;
      continue;
    }
    const rawAttrs = m[3] ?? '';
    const self = rawAttrs.endsWith('/');
    const end = m.index + m[0].length;
    const node: XmlNode = { name, start: m.index, openEnd: end, closeStart: end, end, selfClosing: self, attrs: self ? rawAttrs.slice(0, -1) : rawAttrs, parent: cur, children: [] };
    cur.children.push(node);
    if (!self) {
      node.closeStart = xml.length;
      node.end = xml.length;
      cur = node;
    }
  }
  return root;
}

const ATTR_RE = new Map<string, RegExp>();

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  if (!node || !node.attrs.includes(name)) return undefined;
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(node.attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name && !c.removed);
}

function markDirty(node: XmlNode): void {
  for (let n: XmlNode | null = node; n && !n.dirty; n = n.parent) n.dirty = true;
}

export function remove(node: XmlNode): void {
  node.removed = true;
  markDirty(node.parent ?? node);
}

export function insertBefore(node: XmlNode, piece: Piece): void {
  (node.before ??= []).push(piece);
  markDirty(node.parent ?? node);
}

/** Appends at the end of the node's content (a self-closing node is opened up). */
export function append(node: XmlNode, piece: Piece): void {
  (node.inside ??= []).push(piece);
  markDirty(node);
}

const piece = (p: Piece): string => (typeof p === 'string' ? p : p());

/** The XML of a node with its edits applied (its own `before` excluded). */
export function render(xml: string, node: XmlNode): string {
  if (!node.dirty) return xml.slice(node.start, node.end);
  const out: string[] = [];
  if (node.selfClosing) {
    const tag = xml.slice(node.start, node.openEnd);
    if (!node.inside?.length) return tag;
    out.push(tag.replace(/\s*\/>$/, '>'));
  } else out.push(xml.slice(node.start, node.openEnd));
  let pos = node.openEnd;
  for (const c of node.children) {
    out.push(xml.slice(pos, c.start));
    if (c.before) for (const b of c.before) out.push(piece(b));
    if (!c.removed) out.push(render(xml, c));
    pos = c.end;
  }
  if (!node.selfClosing) out.push(xml.slice(pos, node.closeStart));
  if (node.inside) for (const b of node.inside) out.push(piece(b));
  out.push(node.selfClosing ? `</${node.name}>` : xml.slice(node.closeStart, node.end));
  return out.join('');
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e]!,
  );
}
