// Word 97–2003 binary (.doc, and WPS .wps, which is the same format) → blocks,
// without LibreOffice. Follows [MS-DOC]; only what tables and their text need:
//
// 1. The OLE container (ole.ts) gives the `WordDocument` stream, the table
//    stream (`0Table` or `1Table`, FIB bit fWhichTblStm) and `Data`.
// 2. The FIB (start of WordDocument): magic 0xA5EC, nFib (Word 97 or later),
//    fEncrypted/fObfuscated, ccpText (length of the main text in characters),
//    and the fc/lcb pairs locating the CLX, PlcBtePapx and PlcfSed in the table
//    stream.
// 3. The CLX's piece table maps character positions (CP) to byte offsets (FC)
//    in WordDocument: a piece is either UTF-16LE or "compressed" 8-bit cp1252
//    (bit 30 of its fc; byte offset fc/2). Chinese text is in UTF-16 pieces.
// 4. Paragraph properties: PlcBtePapx lists the PAPX FKPs (512-byte pages of
//    WordDocument); an FKP maps FC ranges (paragraph by paragraph) to a PAPX
//    whose grpprl holds the sprms read here: sprmPFInTable (0x2416), sprmPFTtp
//    (0x2417, the row-end mark), sprmPItap (0x6649, nesting depth),
//    sprmPFInnerTableCell/InnerTtp (0x244B/0x244C, cell and row ends of a
//    nested table), sprmTDefTable (0xD608, on the row-end mark: the column
//    boundaries rgdxaCenter and one TC80 per cell with its merge bits),
//    sprmTTableHeader (0x3404) and sprmPHugePapx (0x6646: the grpprl is in the
//    Data stream, for wide tables).
// 5. The text is walked once: 0x0D ends a paragraph, 0x07 ends a cell (or, with
//    sprmPFTtp, a row); fields keep their result (0x13 code 0x14 result 0x15);
//    0x0B/0x0C/0x0E are line breaks; pictures (0x01), drawn objects (0x08) and
//    note marks (0x02) are dropped; 0x1E (non-breaking hyphen) is "-", 0x1F
//    (soft hyphen) is dropped.
// 6. Each table's grid: the union of its rows' column boundaries; a cell spans
//    the grid columns between its boundaries (colSpan), cells flagged
//    fFirstMerged/fMerged are joined, and fVertRestart/fVertMerge cells give a
//    rowSpan, as mammoth gives for a .docx. A row starting right of (or ending
//    left of) the table's edge gets an empty cell over the gap, as the .docx
//    reader does for w:gridBefore/After.
//
// 7. Automatic numbering (sprmPIlfo/sprmPIlvl → lists.ts) is written into the
//    text as Word shows it, as the .docx reader does.
//
// 8. Hidden text (sprmCFVanish in the CHPX FKPs of PlcBteChpx) is left out.
//
// Not read: other character properties (symbol-font characters written as
// sprmCSymbol, properties from character styles), numbering inherited from a paragraph style, footnote/header
// text, text boxes.
// Every offset is checked; nothing throws on bad bytes: damage gives a
// one-sentence reason.
import type { Block, SourceCell, SourceRow, SourceTable } from '../../pipeline/model.ts';
import { readLists, type DocLists } from './lists.ts';
import { readOleStreams } from './ole.ts';

export interface DocNote {
  severity: 'info' | 'warning';
  code: string;
  message: string;
  table?: number;
  row?: number;
  column?: number;
}

export type DocReadResult =
  | { ok: true; blocks: Block[]; notes: DocNote[]; pictures: number }
  | { ok: false; code: 'doc-corrupt' | 'doc-encrypted' | 'doc-unsupported' | 'doc-not-word'; message: string };

/** Main texts longer than this (characters) are refused: a real document is far smaller. */
export const MAX_TEXT_CHARS = 50_000_000;

// sprm codes (MS-DOC 2.6)
const SPRM_P_IN_TABLE = 0x2416;
const SPRM_P_TTP = 0x2417;
const SPRM_P_ITAP = 0x6649;
const SPRM_P_DTAP = 0x664a; // itap change relative to the style
const SPRM_P_INNER_CELL = 0x244b;
const SPRM_P_INNER_TTP = 0x244c;
const SPRM_P_HUGE_PAPX = 0x6646;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_T_TABLE_HEADER = 0x3404;
const SPRM_P_CHG_TABS = 0xc615;
const SPRM_C_VANISH = 0x083c;
const SPRM_P_ILFO = 0x460b;
const SPRM_P_ILVL = 0x260a;

/** What a paragraph mark's PAPX says about tables. */
interface ParaProps {
  inTable: boolean;
  ttp: boolean;
  itap: number | null;
  innerCell: boolean;
  innerTtp: boolean;
  header: boolean;
  /** sprmTDefTable: column boundaries (twips) and the TC80 flags of each cell. */
  tap: { centers: number[]; flags: number[] } | null;
  /** sprmPIlfo / sprmPIlvl: the paragraph's list (1-based LFO index; 0 none) and level. */
  ilfo: number;
  ilvl: number;
}

const u16 = (b: Uint8Array, o: number) => (o >= 0 && o + 2 <= b.length ? b[o]! | (b[o + 1]! << 8) : 0);
const i16 = (b: Uint8Array, o: number) => (u16(b, o) << 16) >> 16;
const u32 = (b: Uint8Array, o: number) => (o >= 0 && o + 4 <= b.length ? (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0 : 0);

/**
 * Walks a grpprl (a run of sprms), calling `visit(sprm, operandStart, operandLength)`.
 * Operand sizes follow the sprm's spra bits (MS-DOC 2.2.5.1); a sprm running past the
 * end stops the walk.
 */
function eachSprm(g: Uint8Array, start: number, end: number, visit: (sprm: number, at: number, len: number) => void): void {
  let o = start;
  end = Math.min(end, g.length);
  while (o + 2 <= end) {
    const sprm = u16(g, o);
    o += 2;
    let len: number;
    switch (sprm >> 13) {
      case 0:
      case 1:
        len = 1;
        break;
      case 2:
      case 4:
      case 5:
        len = 2;
        break;
      case 3:
        len = 4;
        break;
      case 7:
        len = 3;
        break;
      default:
        // spra 6: variable; sprmTDefTable has a 2-byte size (counting itself minus one), sprmPChgTabs a special one.
        if (sprm === SPRM_T_DEF_TABLE) {
          const cb = u16(g, o);
          visit(sprm, o + 2, Math.max(0, cb - 1));
          o += 2 + Math.max(0, cb - 1);
          continue;
        }
        if (sprm === SPRM_P_CHG_TABS && g[o] === 255) {
          const del = g[o + 1] ?? 0;
          const add = g[o + 2 + del * 4] ?? 0;
          len = 1 + 1 + del * 4 + 1 + add * 3;
          o += len;
          continue;
        }
        len = g[o] ?? 0;
        o += 1;
    }
    if (o + len > end) return;
    visit(sprm, o, len);
    o += len;
  }
}

function readParaProps(g: Uint8Array, start: number, end: number, data: Uint8Array | undefined, into: ParaProps, depth = 0): void {
  eachSprm(g, start, end, (sprm, at, len) => {
    switch (sprm) {
      case SPRM_P_IN_TABLE:
        into.inTable = g[at] !== 0;
        break;
      case SPRM_P_TTP:
        into.ttp = g[at] !== 0;
        break;
      case SPRM_P_ITAP:
        into.itap = Math.max(0, Math.min(64, u32(g, at) | 0));
        break;
      case SPRM_P_DTAP:
        into.itap = Math.max(0, Math.min(64, (into.itap ?? 0) + (u32(g, at) | 0)));
        break;
      case SPRM_P_INNER_CELL:
        into.innerCell = g[at] !== 0;
        break;
      case SPRM_P_INNER_TTP:
        into.innerTtp = g[at] !== 0;
        break;
      case SPRM_P_ILFO: {
        // 0 = not numbered; 0xF801 and up are Word's "no numbering" markers of converted files.
        const v = u16(g, at);
        into.ilfo = v >= 0xf801 ? 0 : v;
        break;
      }
      case SPRM_P_ILVL:
        into.ilvl = Math.min(8, g[at] ?? 0);
        break;
      case SPRM_T_TABLE_HEADER:
        into.header = g[at] !== 0;
        break;
      case SPRM_T_DEF_TABLE: {
        // TDefTableOperand: itcMac, rgdxaCenter[itcMac+1] (i16), rgTc80[≤ itcMac] (20 bytes each, may be cut short).
        const n = Math.min(g[at] ?? 0, 63);
        if (len < 1 + 2 * (n + 1)) break;
        const centers = Array.from({ length: n + 1 }, (_, i) => i16(g, at + 1 + 2 * i));
        const tcAt = at + 1 + 2 * (n + 1);
        const flags = Array.from({ length: n }, (_, i) => (tcAt + 20 * i + 2 <= at + len ? u16(g, tcAt + 20 * i) : 0));
        into.tap = { centers, flags };
        break;
      }
      case SPRM_P_HUGE_PAPX: {
        // The real grpprl is in the Data stream: a 2-byte size, then the sprms.
        if (!data || depth > 0) break;
        const off = u32(g, at);
        const cb = u16(data, off);
        if (off + 2 + cb <= data.length) readParaProps(data, off + 2, off + 2 + cb, data, into, depth + 1);
        break;
      }
    }
  });
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in WordDocument. */
  fc: number;
  compressed: boolean;
}

/** A paragraph-property run: paragraph marks with fc in [fcStart, fcEnd) have these properties. */
interface PapxRun {
  fcStart: number;
  fcEnd: number;
  props: ParaProps;
}

/**
 * Compressed pieces hold cp1252 bytes (MS-DOC 2.4.1): Latin-1, except 0x80–0x9F, mapped here
 * (Node's TextDecoder may lack the windows-1252 table without full ICU).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function decodeCp1252(raw: Uint8Array): string {
  let s = '';
  for (const b of raw) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  return s;
}

const noProps = (): ParaProps => ({ inTable: false, ttp: false, itap: null, innerCell: false, innerTtp: false, header: false, tap: null, ilfo: 0, ilvl: 0 });

/** Reads a .doc's main text into paragraphs and tables. */
export function readWordBinary(bytes: Uint8Array): DocReadResult {
  const corrupt = (why: string): DocReadResult => ({ ok: false, code: 'doc-corrupt', message: `The file cannot be read as a Word 97–2003 document: ${why}.` });
  const ole = readOleStreams(bytes);
  if (!ole.ok) return corrupt(ole.reason);
  const wd = ole.streams.get('WordDocument');
  if (!wd) return { ok: false, code: 'doc-not-word', message: 'The file is an Office container without a Word document in it.' };

  // FibBase.
  if (wd.length < 0x22 || u16(wd, 0) !== 0xa5ec) return corrupt('its Word header (FIB) is missing');
  const nFib = u16(wd, 2);
  const flags = u16(wd, 0x0a);
  if (flags & 0x0100 || flags & 0x8000)
    return { ok: false, code: 'doc-encrypted', message: 'The file is password-protected; save an unprotected copy and convert that.' };
  if (nFib < 0xc1 && nFib !== 0) return { ok: false, code: 'doc-unsupported', message: `The file is a Word 6/95 document (format version ${nFib}), which is not read; save it as .docx in Word or WPS.` };
  const table = ole.streams.get(flags & 0x0200 ? '1Table' : '0Table');
  if (!table) return corrupt(`its ${flags & 0x0200 ? '1Table' : '0Table'} stream is missing`);
  const data = ole.streams.get('Data');

  // FIB: csw + fibRgW, cslw + fibRgLw (ccpText at 12), cbRgFcLcb + fibRgFcLcb (fc/lcb pairs).
  const csw = u16(wd, 0x20);
  const lwAt = 0x22 + csw * 2 + 2;
  const cslw = u16(wd, lwAt - 2);
  const fcAt = lwAt + cslw * 4 + 2;
  const cbRgFcLcb = u16(wd, fcAt - 2);
  if (cslw < 4 || cbRgFcLcb < 34 || fcAt + cbRgFcLcb * 8 > wd.length) return corrupt('its Word header (FIB) is damaged');
  const ccpText = u32(wd, lwAt + 12);
  if (ccpText > MAX_TEXT_CHARS) return corrupt(`its text length (${ccpText} characters) is not plausible`);
  const fcLcb = (i: number) => ({ fc: u32(wd, fcAt + i * 8), lcb: u32(wd, fcAt + i * 8 + 4) });
  const inTable = (r: { fc: number; lcb: number }) => r.lcb > 0 && r.fc + r.lcb <= table.length;

  // CLX: Prc entries (0x01, skipped) then the Pcdt (0x02) holding the piece table.
  const clx = fcLcb(33);
  if (!inTable(clx)) return corrupt('its piece table (CLX) is missing or out of range');
  let o = clx.fc;
  const clxEnd = clx.fc + clx.lcb;
  const prcs: { start: number; end: number }[] = [];
  while (o < clxEnd && table[o] === 0x01) {
    const cb = u16(table, o + 1);
    prcs.push({ start: o + 3, end: o + 3 + cb });
    o += 3 + cb;
  }
  if (table[o] !== 0x02) return corrupt('its piece table (CLX) is damaged');
  const lcbPlc = u32(table, o + 1);
  const plc = o + 5;
  if (plc + lcbPlc > table.length || lcbPlc < 16 || (lcbPlc - 4) % 12 !== 0) return corrupt('its piece table (CLX) is damaged');
  const nPieces = (lcbPlc - 4) / 12;
  const pieces: Piece[] = [];
  const piecePrm: number[] = [];
  for (let i = 0; i < nPieces; i++) {
    const cpStart = u32(table, plc + 4 * i);
    const cpEnd = u32(table, plc + 4 * (i + 1));
    const pcd = plc + 4 * (nPieces + 1) + 8 * i;
    const raw = u32(table, pcd + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw & 0x3fffffff;
    if (cpEnd < cpStart || cpEnd - cpStart > MAX_TEXT_CHARS) return corrupt('its piece table (CLX) is damaged');
    if (fc + (cpEnd - cpStart) * (compressed ? 1 : 2) > wd.length) return corrupt('a piece of its text lies outside the WordDocument stream');
    pieces.push({ cpStart, cpEnd, fc, compressed });
    piecePrm.push(u16(table, pcd + 6));
  }

  // The text of CPs [0, ccpText), and the FC of each CP's character (for property lookup).
  const textEnd = Math.min(ccpText, pieces.length ? Math.max(...pieces.map((p) => p.cpEnd)) : 0);
  // Every character takes at least a byte of WordDocument: more text than that is a damaged table.
  if (pieces.reduce((n, p) => n + (p.cpEnd - p.cpStart), 0) > wd.length) return corrupt('its piece table (CLX) is damaged');
  const chars: string[] = new Array(textEnd).fill('');
  const fcOf = new Float64Array(textEnd).fill(-1);
  const pieceOf = new Int32Array(textEnd).fill(-1);
  pieces.forEach((p, pi) => {
    const end = Math.min(p.cpEnd, textEnd);
    if (p.cpStart >= end) return;
    const n = end - p.cpStart;
    const raw = wd.subarray(p.fc, p.fc + n * (p.compressed ? 1 : 2));
    const s = p.compressed ? decodeCp1252(raw) : uint16s(raw);
    for (let k = 0; k < n; k++) {
      chars[p.cpStart + k] = s[k] ?? '';
      fcOf[p.cpStart + k] = p.fc + k * (p.compressed ? 1 : 2);
      pieceOf[p.cpStart + k] = pi;
    }
  });

  // Character properties: PlcBteChpx → CHPX FKPs (entry 12); only sprmCFVanish (hidden text) is read.
  const hiddenRuns: { fcStart: number; fcEnd: number }[] = [];
  const bteC = fcLcb(12);
  if (inTable(bteC) && (bteC.lcb - 4) % 8 === 0) {
    const n = (bteC.lcb - 4) / 8;
    for (let i = 0; i < n; i++) {
      const fkp = (u32(table, bteC.fc + 4 * (n + 1) + 4 * i) & 0x3fffff) * 512;
      if (fkp + 512 > wd.length) continue;
      const page = wd.subarray(fkp, fkp + 512);
      const crun = page[511]!;
      if (5 * crun + 4 > 511) continue;
      for (let k = 0; k < crun; k++) {
        // rgb[k]: word offset of the Chpx (cb, grpprl); 0 = no properties.
        const at = page[4 * (crun + 1) + k]! * 2;
        if (!at) continue;
        let vanish = false;
        eachSprm(page, at + 1, Math.min(at + 1 + page[at]!, 511), (sprm, o) => {
          if (sprm === SPRM_C_VANISH) vanish = page[o] === 1 || page[o] === 0x81; // 0x81: same as the style (a toggle), read as on
        });
        if (vanish) hiddenRuns.push({ fcStart: u32(page, 4 * k), fcEnd: u32(page, 4 * (k + 1)) });
      }
    }
  }
  hiddenRuns.sort((a, b) => a.fcStart - b.fcStart);
  const hiddenAt = (cp: number): boolean => {
    if (cp < 0 || cp >= textEnd) return false;
    const fc = fcOf[cp]!;
    let lo = 0;
    let hi = hiddenRuns.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = hiddenRuns[mid]!;
      if (fc < r.fcStart) hi = mid - 1;
      else if (fc >= r.fcEnd) lo = mid + 1;
      else return true;
    }
    return false;
  };

  // Paragraph properties: PlcBtePapx → PAPX FKPs → runs of FCs with their grpprl.
  const bte = fcLcb(13);
  const runs: PapxRun[] = [];
  if (inTable(bte) && (bte.lcb - 4) % 8 === 0) {
    const n = (bte.lcb - 4) / 8;
    for (let i = 0; i < n; i++) {
      const pn = u32(table, bte.fc + 4 * (n + 1) + 4 * i) & 0x3fffff;
      const fkp = pn * 512;
      if (fkp + 512 > wd.length) continue;
      const page = wd.subarray(fkp, fkp + 512);
      const crun = page[511]!;
      if (4 * (crun + 1) + 13 * crun > 511) continue;
      for (let k = 0; k < crun; k++) {
        const props = noProps();
        const bOffset = page[4 * (crun + 1) + 13 * k]! * 2;
        if (bOffset > 0 && bOffset < 511) {
          // PapxInFkp: cb (or 0 then cb'), then istd (2 bytes) and the grpprl.
          const cb = page[bOffset]!;
          const start = cb === 0 ? bOffset + 2 : bOffset + 1;
          const len = cb === 0 ? 2 * (page[bOffset + 1] ?? 0) : 2 * cb - 1;
          readParaProps(page, start + 2, Math.min(start + len, 511), data, props);
        }
        runs.push({ fcStart: u32(page, 4 * k), fcEnd: u32(page, 4 * (k + 1)), props });
      }
    }
  }
  runs.sort((a, b) => a.fcStart - b.fcStart);
  // Piece-level paragraph sprms (Prm with fComplex: a grpprl of the CLX's Prc list).
  const pieceProps = (pi: number, props: ParaProps): ParaProps => {
    const prm = piecePrm[pi] ?? 0;
    if (!(prm & 1)) return props;
    const prc = prcs[prm >> 1];
    if (!prc) return props;
    const copy = { ...props };
    readParaProps(table, prc.start, Math.min(prc.end, table.length), data, copy);
    return copy;
  };
  const propsAt = (cp: number): ParaProps => {
    const fc = fcOf[cp]!;
    let lo = 0;
    let hi = runs.length - 1;
    let found: ParaProps | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = runs[mid]!;
      if (fc < r.fcStart) hi = mid - 1;
      else if (fc >= r.fcEnd) lo = mid + 1;
      else {
        found = r.props;
        break;
      }
    }
    return pieceProps(pieceOf[cp]!, found ?? noProps());
  };

  // Section ends (PlcfSed CPs): a 0x0C there ends a paragraph, elsewhere it is a page break.
  const sectionEnds = new Set<number>();
  const sed = fcLcb(6);
  if (inTable(sed) && (sed.lcb - 4) % 16 === 0) {
    const n = (sed.lcb - 4) / 16;
    for (let i = 1; i <= n; i++) sectionEnds.add(u32(table, sed.fc + 4 * i) - 1);
  }

  // Automatic numbering: PlfLst and PlfLfo (fibRgFcLcb97 entries 73 and 74).
  const lists = cbRgFcLcb > 74 ? readLists(table, fcLcb(73), fcLcb(74)) : null;

  return { ok: true, ...buildBlocks(chars, textEnd, propsAt, sectionEnds, lists, hiddenRuns.length ? hiddenAt : () => false) };
}

/** UTF-16LE bytes as a string (in chunks: a spread of a long piece would overflow the call stack). */
function uint16s(raw: Uint8Array): string {
  let s = '';
  for (let i = 0; i + 1 < raw.length; i += 8192) {
    const chunk: number[] = [];
    for (let k = i; k + 1 < raw.length && k < i + 8192; k += 2) chunk.push(raw[k]! | (raw[k + 1]! << 8));
    s += String.fromCharCode(...chunk);
  }
  return s;
}

interface RawRow {
  cells: string[][];
  props: ParaProps;
}

/** Walks the text: paragraphs, and cells/rows of tables (nested tables read into their cell). */
function buildBlocks(chars: string[], end: number, propsAt: (cp: number) => ParaProps, sectionEnds: Set<number>, lists: DocLists | null, hiddenAt: (cp: number) => boolean): { blocks: Block[]; notes: DocNote[]; pictures: number } {
  const blocks: Block[] = [];
  const notes: DocNote[] = [];
  let pictures = 0;
  let lines: string[] = [''];
  // Fields: a stack of "showing code" flags; text is kept only when no open field is in its code part.
  const fields: boolean[] = [];
  const fieldCodes: string[] = [];
  const embedded: string[] = [];
  let rows: RawRow[] = [];
  let cell: string[] = [];
  let rowCells: string[][] = [];
  // A nested table (depth ≥ 2) being read into the current outer cell: its rows' cells.
  let nestedRow: string[] = [];
  let nestedCell: string[] = [];
  let nestedRows = 0;
  const nestedLines: string[] = [];
  let tableCount = 0;
  const numbered: string[] = [];
  let hidden = '';
  const flushHidden = () => {
    if (hidden.trim()) {
      notes.push({ severity: 'info', code: 'doc-hidden-text', message: `Hidden text ("${clip(hidden.trim())}"), which Word does not show, was left out.` });
    }
    hidden = '';
  };
  /** Whether cell `k` of the row holding `cp` continues a vertical merge (its row-end TAP, found ahead). */
  const continuesMerge = (cp: number, k: number): boolean => {
    for (let q = cp + 1; q < end; q++) {
      if (chars[q] !== '\u0007') continue;
      const rp = propsAt(q);
      if (!rp.ttp || (rp.itap ?? 1) !== 1) continue;
      const f = rp.tap?.flags[k] ?? 0;
      return (f & 0x0060) === 0x0020;
    }
    return false;
  };

  const takeLines = () => {
    const l = lines.filter((x) => x.trim() !== '');
    lines = [''];
    return l;
  };
  const flushTable = () => {
    if (rowCells.length || cell.length) rows.push({ cells: [...rowCells, ...(cell.length ? [cell] : [])], props: noProps() });
    rowCells = [];
    cell = [];
    if (!rows.length) return;
    tableCount++;
    const t = makeTable(rows, tableCount, notes);
    blocks.push(t);
    rows = [];
  };
  const flushNested = () => {
    if (nestedCell.length) nestedRow.push(nestedCell.map((x) => x.trim()).filter(Boolean).join(' '));
    if (nestedRow.some(Boolean)) nestedLines.push(nestedRow.filter(Boolean).join(' '));
    nestedCell = [];
    nestedRow = [];
  };
  const flushNestedIntoCell = () => {
    flushNested();
    if (nestedLines.length) {
      cell.push(...nestedLines);
      notes.push({ severity: 'info', code: 'doc-nested-table', message: `A table nested in this cell was read into the cell's text, one line per row, its cells separated by spaces ("${clip(nestedLines.join('；'))}").`, table: tableCount + 1, row: rows.length + 1, column: rowCells.length + 1 });
    }
    nestedLines.length = 0;
    nestedRows = 0;
  };

  for (let cp = 0; cp < end; cp++) {
    const ch = chars[cp]!;
    const code = ch.charCodeAt(0);
    if (code === 0x13) {
      fields.push(true);
      fieldCodes.push('');
      continue;
    }
    if (code === 0x14 || code === 0x15) {
      // The code is complete: an EMBED field is an object from another program (shown as a picture).
      const instr = fields[fields.length - 1] ? fieldCodes[fieldCodes.length - 1] : undefined;
      const progId = instr !== undefined ? /^\s*EMBED\s+(\S+)/i.exec(instr)?.[1] : undefined;
      if (progId && /^(Excel|Word|KET|ET|KWPS|WPS)\./i.test(progId)) embedded.push(progId);
      if (code === 0x14) {
        if (fields.length) fields[fields.length - 1] = false;
      } else {
        fields.pop();
        fieldCodes.pop();
      }
      continue;
    }
    const isMark = code === 0x0d || code === 0x07 || (code === 0x0c && sectionEnds.has(cp));
    if (!isMark) {
      if (fields.some((f) => f)) {
        // a field's code, not shown
        if (fields[fields.length - 1] && fieldCodes[fieldCodes.length - 1]!.length < 200) fieldCodes[fieldCodes.length - 1] += ch;
        continue;
      }
      if (hiddenAt(cp)) {
        // Hidden text (sprmCFVanish), which Word does not show: left out, and said.
        hidden += ch;
        if (!hiddenAt(cp + 1)) flushHidden();
        continue;
      }
      if (code === 0x0b || code === 0x0c || code === 0x0e) lines.push('');
      else if (code === 0x01 || code === 0x08) pictures++;
      else if (code === 0x1e) lines[lines.length - 1] += '-';
      else if (code === 0x09) lines[lines.length - 1] += '\t';
      else if (code >= 0x20 || code === 0) {
        if (code !== 0) lines[lines.length - 1] += ch;
      }
      continue;
    }
    // A paragraph (or cell, or row) ends here.
    fields.length = 0;
    fieldCodes.length = 0;
    const p = propsAt(cp);
    const depth = p.itap ?? (p.inTable ? 1 : 0);
    if (p.ilfo > 0 && lists && !(depth === 1 && code === 0x07 && p.ttp)) {
      const empty = lines.every((l) => !l.trim());
      // An empty paragraph of a cell continuing a vertical merge is not shown, so not numbered.
      const hidden = empty && depth === 1 && continuesMerge(cp, rowCells.length);
      const label = hidden ? null : lists.next(p.ilfo, p.ilvl);
      if (label?.text) {
        lines[0] = label.text + (!empty && label.suffix !== 'nothing' ? ' ' : '') + lines[0];
        numbered.push(label.text);
      }
    }
    if (depth === 0) {
      flushTable();
      const l = takeLines();
      if (l.length) blocks.push({ kind: 'paragraph', text: l.join('\n'), page: null });
      continue;
    }
    if (depth >= 2) {
      // Inside a nested table: 0x0D with InnerCell ends its cell, with InnerTtp its row.
      if (p.innerTtp) {
        takeLines();
        flushNested();
        nestedRows++;
      } else {
        nestedCell.push(...takeLines());
        if (p.innerCell) {
          nestedRow.push(nestedCell.map((x) => x.trim()).filter(Boolean).join(' '));
          nestedCell = [];
        }
      }
      continue;
    }
    // depth 1
    if (code === 0x07 && p.ttp) {
      takeLines();
      if (cell.length) rowCells.push(cell);
      cell = [];
      rows.push({ cells: rowCells, props: p });
      rowCells = [];
      continue;
    }
    if (nestedRows || nestedRow.length || nestedCell.length) flushNestedIntoCell();
    cell.push(...takeLines());
    if (code === 0x07) {
      rowCells.push(cell);
      cell = [];
    }
  }
  flushTable();
  const rest = takeLines();
  if (rest.length) blocks.push({ kind: 'paragraph', text: rest.join('\n'), page: null });
  if (embedded.length)
    notes.push({
      severity: 'warning',
      code: 'doc-embedded-object',
      message: `The file holds ${embedded.length === 1 ? 'an object' : `${embedded.length} objects`} embedded from another program (${[...new Set(embedded)].join(', ')}), which Word shows as ${embedded.length === 1 ? 'a picture' : 'pictures'} and which ${embedded.length === 1 ? 'is' : 'are'} not read; copy ${embedded.length === 1 ? 'it' : 'them'} into the document as tables, or convert the embedded file itself.`,
    });
  if (numbered.length) {
    const examples = [...new Set(numbered)].slice(0, 3).map((l) => `"${l}"`).join(', ');
    notes.push({ severity: 'info', code: 'doc-numbering', message: `${numbered.length} paragraphs carry Word's automatic numbering (${examples}…); the numbers were written into their text as Word shows them.` });
  }
  return { blocks, notes, pictures };
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

/** Boundaries closer than this (twips, 1/20 pt) are one grid line. */
const SNAP = 10;

/**
 * A table from its rows: the grid is the union of the rows' column boundaries; each
 * cell's colSpan is the grid columns it covers; horizontally merged cells (fFirstMerged
 * + fMerged) are one cell; vertical merges (fVertRestart + fVertMerge below, same grid
 * column) are one cell with a rowSpan.
 */
function makeTable(raw: RawRow[], tableNo: number, notes: DocNote[]): SourceTable {
  const lines: number[] = [];
  for (const r of raw) for (const x of r.props.tap?.centers ?? []) if (!lines.some((l) => Math.abs(l - x) <= SNAP)) lines.push(x);
  lines.sort((a, b) => a - b);
  const col = (x: number) => {
    let best = 0;
    for (let i = 1; i < lines.length; i++) if (Math.abs(lines[i]! - x) < Math.abs(lines[best]! - x)) best = i;
    return best;
  };
  const rows: SourceRow[] = [];
  /** Per grid column: the cell a vertical merge in it continues, with the row it last reached. */
  const open = new Map<number, { cell: SourceCell; lastRow: number }>();
  let headerRun = true;
  raw.forEach((r, ri) => {
    const tap = r.props.tap;
    const cells: SourceCell[] = [];
    let gridAt = 0;
    const place = (c: SourceCell, start: number) => {
      cells.push(c);
      gridAt = start + c.colSpan;
    };
    if (tap && lines.length > 1) {
      const first = col(tap.centers[0]!);
      if (first > 0) place({ lines: [], rowSpan: 1, colSpan: first, page: null, bbox: null }, 0);
      gridAt = first;
    }
    for (let k = 0; k < r.cells.length; k++) {
      const text = r.cells[k]!;
      const f = tap?.flags[k] ?? 0;
      let span = 1;
      let start = gridAt;
      if (tap && k + 1 < tap.centers.length) {
        start = col(tap.centers[k]!);
        span = Math.max(1, col(tap.centers[k + 1]!) - start);
      }
      const hFirst = (f & 0x0001) !== 0;
      const hCont = (f & 0x0002) !== 0;
      const vMerge = (f & 0x0020) !== 0;
      const vRestart = (f & 0x0040) !== 0;
      // Horizontal continuation: widen the previous cell (its text moved there).
      if (hCont && !hFirst && cells.length) {
        const prev = cells[cells.length - 1]!;
        prev.colSpan += span;
        gridAt = start + span;
        if (text.length) {
          prev.lines.push(...text);
          notes.push({ severity: 'warning', code: 'doc-merged-cell-text', message: `A merged cell continuation holds text ("${clip(text.join(' '))}") that would otherwise be lost; it was appended to the merged cell.`, table: tableNo, row: ri + 1, column: start + 1 });
        }
        continue;
      }
      // Vertical continuation: the cell above (same grid column) grows by a row.
      if (vMerge && !vRestart) {
        const above = open.get(start);
        if (above && above.lastRow === ri - 1) {
          above.cell.rowSpan++;
          above.lastRow = ri;
          gridAt = start + span;
          if (text.length) {
            above.cell.lines.push(...text);
            notes.push({ severity: 'warning', code: 'doc-merged-cell-text', message: `A merged cell continuation holds text ("${clip(text.join(' '))}") that would otherwise be lost; it was appended to the merged cell.`, table: tableNo, row: ri + 1, column: start + 1 });
          }
          continue;
        }
      }
      const c: SourceCell = { lines: [...text], rowSpan: 1, colSpan: span, page: null, bbox: null };
      if (vMerge && !vRestart && ri === 0) c.continuesAbove = true;
      if (start > gridAt) cells.push({ lines: [], rowSpan: 1, colSpan: start - gridAt, page: null, bbox: null });
      place(c, start);
      if (vMerge) open.set(start, { cell: c, lastRow: ri });
      else open.delete(start);
    }
    if (tap && lines.length > 1 && gridAt < lines.length - 1 && r.cells.length > 0)
      cells.push({ lines: [], rowSpan: 1, colSpan: lines.length - 1 - gridAt, page: null, bbox: null });
    headerRun &&= r.props.header;
    rows.push({ cells, header: headerRun, pageBreakBefore: false });
  });
  return { kind: 'table', rows, pages: [], mode: 'docx' };
}
