// Word 97–2003 automatic numbering (MS-DOC 2.4.6.4 and 2.9.150 LVL), computed as Word shows
// it, so a 序号 column numbered by Word keeps its numbers (the .docx reader does the same with
// parsers/docx/numbering.ts, whose number formats are reused here).
//
// - PlfLst (FIB fcPlfLst, table stream): cLst LSTF records (28 bytes: lsid, …, flags with
//   fSimpleList), followed directly by the LVLs of every list in order (1 for a simple list,
//   else 9). An LVL is an LVLF (28 bytes: iStartAt, nfc, fLegal, rgbxchNums, ixchFollow,
//   cbGrpprlChpx, cbGrpprlPapx, ilvlRestartLim), its grpprlPapx and grpprlChpx, then the
//   number text xst (cch + UTF-16) in which characters 0–8 stand for the levels' numbers.
// - PlfLfo: lfoMac LFO records (16 bytes: lsid, …, clfolvl), then per LFO an LFOData: cp and
//   clfolvl LFOLVL overrides (8 bytes: iStartAt, ilvl, fStartAt, fFormatting — an LVL follows
//   when fFormatting).
// - A paragraph is numbered by sprmPIlfo (1-based LFO index) and sprmPIlvl. Counters belong
//   to the list (lsid); numbering a level resets the deeper ones; an override with fStartAt
//   restarts its level where first used.
//
// Not read: numbering from a paragraph's style (style sheet), hidden paragraph marks.
import { formatNumber } from '../docx/numbering.ts';

/** MS-DOC nfc → the OOXML ST_NumberFormat name formatNumber knows (MS-OI29500 order). */
const NFC = [
  'decimal', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'ordinal', 'cardinalText', 'ordinalText', 'hex', 'chicago',
  'ideographDigital', 'japaneseCounting', 'aiueo', 'iroha', 'decimalFullWidth', 'decimalHalfWidth', 'japaneseLegal', 'japaneseDigitalTenThousand', 'decimalEnclosedCircle', 'decimalFullWidth2',
  'aiueoFullWidth', 'irohaFullWidth', 'decimalZero', 'bullet', 'ganada', 'chosung', 'decimalEnclosedFullstop', 'decimalEnclosedParen', 'decimalEnclosedCircleChinese', 'ideographEnclosedCircle',
  'ideographTraditional', 'ideographZodiac', 'ideographZodiacTraditional', 'taiwaneseCounting', 'ideographLegalTraditional', 'taiwaneseCountingThousand', 'taiwaneseDigital', 'chineseCounting', 'chineseLegalSimplified', 'chineseCountingThousand',
];

interface Lvl {
  start: number;
  fmt: string;
  legal: boolean;
  /** 0 tab, 1 space, 2 nothing. */
  follow: number;
  /** xst: the number text, characters 0–8 standing for levels. */
  text: string;
  /** ilvlRestartLim: restart after a level above this one is used (0 = after any, as Word's default). */
  restartLim: number;
  noRestart: boolean;
}

export interface DocLabel {
  text: string;
  suffix: 'tab' | 'space' | 'nothing';
}

export interface DocLists {
  /** The label of the next paragraph numbered with this LFO index and level, advancing counters; null when none. */
  next(ilfo: number, ilvl: number): DocLabel | null;
}

const u16 = (b: Uint8Array, o: number) => (o >= 0 && o + 2 <= b.length ? b[o]! | (b[o + 1]! << 8) : 0);
const i32 = (b: Uint8Array, o: number) => (o >= 0 && o + 4 <= b.length ? b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24) : 0);

/** Reads an LVL at `o`; returns it and the offset after it, or null when it runs past `end`. */
function readLvl(t: Uint8Array, o: number, end: number): { lvl: Lvl; next: number } | null {
  if (o + 28 > end) return null;
  const cbChpx = t[o + 24]!;
  const cbPapx = t[o + 25]!;
  const xst = o + 28 + cbPapx + cbChpx;
  const cch = u16(t, xst);
  if (xst + 2 + 2 * cch > end) return null;
  let text = '';
  for (let k = 0; k < cch; k++) text += String.fromCharCode(u16(t, xst + 2 + 2 * k));
  const flags = t[o + 5]!;
  return {
    lvl: { start: i32(t, o), fmt: t[o + 4] === 255 ? 'none' : (NFC[t[o + 4]!] ?? 'decimal'), legal: (flags & 0x04) !== 0, follow: t[o + 15]!, text, restartLim: t[o + 26]!, noRestart: (flags & 0x08) !== 0 },
    next: xst + 2 + 2 * cch,
  };
}

const NONE: DocLists = { next: () => null };

/** The document's lists from the table stream (fcPlfLst/lcb and fcPlfLfo/lcb of the FIB); a damaged part gives no numbering. */
export function readLists(t: Uint8Array, lst: { fc: number; lcb: number }, lfo: { fc: number; lcb: number }): DocLists {
  if (lst.lcb < 2 || lfo.lcb < 4 || lst.fc + lst.lcb > t.length || lfo.fc + lfo.lcb > t.length) return NONE;
  const cLst = u16(t, lst.fc);
  if (cLst === 0 || 2 + 28 * cLst > lst.lcb) return NONE;
  const lists = new Map<number, Lvl[]>();
  // The LVLs follow the PlfLst (outside its lcb), in list order.
  let o = lst.fc + 2 + 28 * cLst;
  for (let i = 0; i < cLst; i++) {
    const at = lst.fc + 2 + 28 * i;
    const lsid = i32(t, at);
    const count = t[at + 26]! & 0x01 ? 1 : 9;
    const levels: Lvl[] = [];
    for (let k = 0; k < count; k++) {
      const r = readLvl(t, o, t.length);
      if (!r) return NONE;
      levels.push(r.lvl);
      o = r.next;
    }
    lists.set(lsid, levels);
  }
  // LFOs and their overrides.
  const lfoMac = i32(t, lfo.fc);
  if (lfoMac < 0 || lfoMac > 10_000 || 4 + 16 * lfoMac > lfo.lcb) return NONE;
  const lfos: { lsid: number; overrides: Map<number, { start?: number; lvl?: Lvl }> }[] = [];
  let d = lfo.fc + 4 + 16 * lfoMac;
  const end = lfo.fc + lfo.lcb;
  for (let i = 0; i < lfoMac; i++) {
    const at = lfo.fc + 4 + 16 * i;
    const clfolvl = t[at + 12]!;
    const overrides = new Map<number, { start?: number; lvl?: Lvl }>();
    d += 4; // LFOData.cp
    for (let k = 0; k < clfolvl && d + 8 <= end; k++) {
      const start = i32(t, d);
      const bits = t[d + 4]!;
      d += 8;
      const ov: { start?: number; lvl?: Lvl } = {};
      if (bits & 0x10) ov.start = start;
      if (bits & 0x20) {
        const r = readLvl(t, d, end);
        if (!r) break;
        ov.lvl = r.lvl;
        ov.start ??= r.lvl.start;
        d = r.next;
      }
      overrides.set(bits & 0x0f, ov);
    }
    lfos.push({ lsid: i32(t, at), overrides });
  }

  const counters = new Map<number, (number | undefined)[]>();
  const applied = new Set<string>();
  return {
    next(ilfo, ilvl) {
      const lfo = lfos[ilfo - 1];
      const levels = lfo && lists.get(lfo.lsid);
      if (!lfo || !levels) return null;
      const lv = Math.min(Math.max(0, ilvl), levels.length - 1);
      const levelOf = (k: number) => lfo.overrides.get(k)?.lvl ?? levels[k];
      const lvl = levelOf(lv);
      if (!lvl) return null;
      let state = counters.get(lfo.lsid);
      if (!state) counters.set(lfo.lsid, (state = []));
      const ov = lfo.overrides.get(lv)?.start;
      const key = `${ilfo}/${lv}`;
      if (ov !== undefined && !applied.has(key)) {
        applied.add(key);
        state[lv] = ov;
      } else state[lv] = state[lv] === undefined ? lvl.start : state[lv]! + 1;
      for (let k = lv + 1; k < 9; k++) {
        const deeper = levelOf(k);
        if (!deeper || deeper.noRestart) continue;
        // ilvlRestartLim 0: restart after any level above; n: only after levels 0…n-1.
        if (deeper.restartLim === 0 || lv < deeper.restartLim) state[k] = undefined;
      }
      const suffix = lvl.follow === 1 ? 'space' : lvl.follow === 2 ? 'nothing' : 'tab';
      if (lvl.fmt === 'bullet') return { text: '', suffix };
      let text = '';
      for (const ch of lvl.text) {
        const c = ch.charCodeAt(0);
        if (c > 8) text += ch;
        else if (c <= lv) {
          const l = levelOf(c);
          if (l) text += formatNumber(state[c] ?? l.start, lvl.legal ? 'decimal' : l.fmt);
        }
      }
      return { text, suffix };
    },
  };
}
