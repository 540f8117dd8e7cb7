// The few facts of word/styles.xml the XML pre-pass needs: which paragraph
// styles carry automatic numbering (w:pPr/w:numPr, inherited through
// w:basedOn) and which styles hide their text (w:rPr/w:vanish).
import { attr, child, parseXmlTree, type XmlNode } from './xml-tree.ts';

export interface StyleNumbering {
  numId: string;
  /** Level from the style's numPr; undefined when the style names only the list (the level then comes from the list's w:lvl/w:pStyle, else 0). */
  ilvl: number | undefined;
}

export interface Styles {
  /** Numbering of a paragraph style (through w:basedOn), or null. */
  numbering(styleId: string | undefined): StyleNumbering | null;
  /** Whether a style (paragraph or character, through w:basedOn) hides its text. */
  hidden(styleId: string | undefined): boolean;
  /** The numId a numbering style (w:type="numbering", used by w:numStyleLink) points to. */
  numberingStyleNumId(styleId: string): string | undefined;
  /** Styles that number their paragraphs / hide their text (for a quick test whether a document uses any). */
  readonly numberedIds: readonly string[];
  readonly hiddenIds: readonly string[];
}

interface RawStyle {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  /** undefined = not said here (inherit). */
  vanish?: boolean;
}

/** An on/off property (w:b, w:vanish…): present means on unless w:val is false/0/off. */
export function onOff(node: XmlNode | undefined): boolean | undefined {
  if (!node) return undefined;
  const v = attr(node, 'w:val');
  return v === undefined || !/^(false|0|off)$/i.test(v);
}

export const NO_STYLES: Styles = { numbering: () => null, hidden: () => false, numberingStyleNumId: () => undefined, numberedIds: [], hiddenIds: [] };

export function readStyles(xml: string | null): Styles {
  if (!xml) return NO_STYLES;
  const root = parseXmlTree(xml);
  const styles = new Map<string, RawStyle>();
  const stylesEl = root.children.find((c) => c.name === 'w:styles');
  for (const s of stylesEl?.children ?? []) {
    if (s.name !== 'w:style') continue;
    const id = attr(s, 'w:styleId');
    if (id === undefined) continue;
    const pPr = child(s, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const ilvl = parseInt(attr(child(numPr, 'w:ilvl'), 'w:val') ?? '', 10);
    styles.set(id, {
      basedOn: attr(child(s, 'w:basedOn'), 'w:val'),
      numId: attr(child(numPr, 'w:numId'), 'w:val'),
      ilvl: Number.isFinite(ilvl) ? ilvl : undefined,
      vanish: onOff(child(child(s, 'w:rPr'), 'w:vanish')),
    });
  }
  /** The first value `pick` finds along the basedOn chain (cycles stopped). */
  const inherit = <T>(id: string | undefined, pick: (s: RawStyle) => T | undefined): T | undefined => {
    const seen = new Set<string>();
    for (let cur = id; cur !== undefined && !seen.has(cur); cur = styles.get(cur)?.basedOn) {
      seen.add(cur);
      const s = styles.get(cur);
      if (!s) return undefined;
      const v = pick(s);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const numbering = (id: string | undefined): StyleNumbering | null => {
    const s = inherit(id, (x) => (x.numId !== undefined ? x : undefined));
    if (!s || s.numId === undefined) return null;
    return { numId: s.numId, ilvl: s.ilvl ?? inherit(id, (x) => x.ilvl) };
  };
  const hidden = (id: string | undefined) => inherit(id, (x) => x.vanish) === true;
  const ids = [...styles.keys()].sort();
  return {
    numbering,
    hidden,
    numberingStyleNumId: (id) => inherit(id, (x) => x.numId),
    numberedIds: ids.filter((id) => numbering(id)?.numId !== undefined && numbering(id)!.numId !== '0'),
    hiddenIds: ids.filter(hidden),
  };
}
