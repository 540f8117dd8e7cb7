// The built-in Word 97–2003 reader (parsers/doc/binary.ts, wired in parsers/doc/index.ts) on
// the hand-made documents of test/fixtures/doc/features (test/doc/make-feature-docx.ts, saved
// as .doc by LibreOffice), on .doc files damaged, password-flagged or of an older Word, and
// wired as the .doc parser without LibreOffice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWordBinary } from '../../parsers/doc/binary.ts';
import { makeParseWordProcessor, parseWordBinary } from '../../parsers/doc/index.ts';
import { makeParseDocx, parseDocx } from '../../parsers/docx/index.ts';
import type { Block, SourceTable } from '../../pipeline/model.ts';
import { ROOT } from '../helpers.ts';

const DIR = join(ROOT, 'test', 'fixtures', 'doc');
const read = (f: string) => new Uint8Array(readFileSync(join(DIR, f)));
const ctx = { file: 'x.doc', documentId: 'd' };
const noSoffice = makeParseWordProcessor({ soffice: null });

function shape(blocks: Block[]): string[] {
  return blocks.map((b) => (b.kind === 'paragraph' ? `P ${b.text}` : b.rows.map((r) => r.cells.map((c) => `${c.lines.join('/')}:${c.rowSpan}×${c.colSpan}`).join(' | ')).join('\n')));
}

/** Offset in `bytes` of the first occurrence of `needle`, or -1. */
function find(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** The .doc with FIB flags changed (the WordDocument stream starts with 0xA5EC; LibreOffice writes it unfragmented). */
function withFib(bytes: Uint8Array, patch: (fib: DataView) => void): Uint8Array {
  const out = bytes.slice();
  // the FIB is the first 0xA5EC at a sector boundary
  let at = -1;
  for (let o = 512; o + 512 <= out.length; o += 512)
    if (out[o] === 0xec && out[o + 1] === 0xa5) {
      at = o;
      break;
    }
  expect(at).toBeGreaterThan(0);
  patch(new DataView(out.buffer, out.byteOffset + at, 0x40));
  return out;
}

function expectOneSentenceError(r: { value: unknown; diagnostics: { severity: string; code: string; message: string }[] }, code: RegExp): void {
  expect(r.value).toBeNull();
  expect(r.diagnostics).toHaveLength(1);
  expect(r.diagnostics[0]!.severity).toBe('error');
  expect(r.diagnostics[0]!.code).toMatch(code);
  expect(r.diagnostics[0]!.message).toMatch(/^[^\n]+\.$/);
  expect(r.diagnostics[0]!.message.split(/\.\s/)).toHaveLength(1);
}

describe('Word features in a .doc read as the .docx gives them', () => {
  it('a field keeps its result, line breaks are lines, hyphens, merges and a nested table', async () => {
    const doc = parseWordBinary(read('features/features.doc'), ctx)!;
    const docx = await parseDocx(read('features/features.docx'), { ...ctx, file: 'x.docx' });
    expect(shape(doc.value!.blocks)).toEqual(shape(docx.value!.blocks));
    expect(shape(doc.value!.blocks)).toEqual([
      'P 某市质量工作评分表',
      'P 见市场监管局网站。',
      '项目:1×1 | 标准:1×2\n第一行/A/B:2×1 | GB-T 12345:1×1 | Q/:1×1\n评分/甲 1分/乙 2分:1×1 | 合计:1×1',
      'P 注：以上 市场监管局网站',
    ]);
    const nested = doc.diagnostics.find((d) => d.code === 'doc-nested-table')!;
    expect(nested.location).toEqual({ table: 1, row: 3, column: 2 });
    expect(doc.value!.format).toBe('doc');
  });

  it('automatic numbering is written into the text as Word shows it (outline 一、/（1）, a 1. 序号 column)', async () => {
    const doc = parseWordBinary(read('features/numbering.doc'), ctx)!;
    const docx = await parseDocx(read('features/numbering.docx'), { ...ctx, file: 'x.docx' });
    expect(shape(doc.value!.blocks)).toEqual(shape(docx.value!.blocks));
    expect(shape(doc.value!.blocks)).toEqual([
      'P 一、总体要求',
      'P （1）目标',
      'P （2）原则',
      'P 二、重点任务',
      'P （1）质量提升',
      // the merge continuation's empty numbered paragraph is not shown, so not counted
      '序号:1×1 | 任务:1×1 | 单位:1×1\n1.:2×1 | 制定方案:1×1 | 市市场监管局:1×1\n组织实施:1×1 | 市工信局:1×1\n2.:1×1 | 开展评估:1×1 | 市发改委:1×1',
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('doc-numbering');
  });

  it('hidden text (sprmCFVanish in the CHPX) is left out, with an info, as the .docx reader does', async () => {
    const doc = parseWordBinary(read('features/hidden.doc'), ctx)!;
    const docx = await parseDocx(read('features/hidden.docx'), { ...ctx, file: 'x.docx' });
    expect(shape(doc.value!.blocks)).toEqual(shape(docx.value!.blocks));
    expect(shape(doc.value!.blocks)).toEqual(['P 考核表', '指标:1×1 | 分值:1×1\n质量效益:1×1 | 10:1×1']);
    expect(doc.diagnostics.filter((d) => d.code === 'doc-hidden-text').map((d) => d.message)).toEqual([
      'Hidden text ("（内部草稿）"), which Word does not show, was left out.',
      'Hidden text ("旧指标"), which Word does not show, was left out.',
    ]);
  });

  it('an EMBED field of a spreadsheet or document object is named in a warning (the object is not read)', () => {
    // features.doc's two HYPERLINK fields rewritten (same length) as EMBED fields of an Excel object
    const bytes = read('features/features.doc');
    const code = ' HYPERLINK "http://example.cn/"';
    const embed = ' EMBED Excel.Sheet.8 '.padEnd(code.length, ' ');
    const from = new Uint8Array(Buffer.from(code, 'utf16le'));
    let at = find(bytes, from);
    expect(at).toBeGreaterThan(0);
    let n = 0;
    for (; at >= 0; at = find(bytes, from, at + 1), n++) bytes.set(new Uint8Array(Buffer.from(embed, 'utf16le')), at);
    expect(n).toBe(2);
    const r = parseWordBinary(bytes, ctx)!;
    const w = r.diagnostics.filter((d) => d.code === 'doc-embedded-object');
    expect(w.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'The file holds 2 objects embedded from another program (Excel.Sheet.8), which Word shows as pictures and which are not read; copy them into the document as tables, or convert the embedded file itself.'],
    ]);
    // the field results are kept as before
    expect(shape(r.value!.blocks)[1]).toBe('P 见市场监管局网站。');
    expect(parseWordBinary(read('features/features.doc'), ctx)!.diagnostics.some((d) => d.code === 'doc-embedded-object')).toBe(false);
  });

  it('a document without tables is its paragraphs, with an info saying so', () => {
    const r = parseWordBinary(read('features/no-table.doc'), ctx)!;
    expect(shape(r.value!.blocks)).toEqual(['P 某市质量工作方案', 'P 一、总体要求', 'P 到2025年，质量总体水平显著提升。']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['doc-read-built-in', 'doc-no-tables']);
  });

  it('reads UTF-16 pieces and compressed 8-bit (cp1252) pieces alike', () => {
    const bytes = read('features/english.doc');
    const text = 'Quality plan “2025” – €5 café\rSecond paragraph\r';
    const want = ['P Quality plan “2025” – €5 café', 'P Second paragraph'];
    const r = readWordBinary(bytes);
    expect(r.ok && shape(r.blocks)).toEqual(want);
    // Rewrite the text as one compressed piece: 8-bit cp1252 bytes at the same place, the
    // piece descriptor's fc doubled with bit 30 set (MS-DOC FcCompressed).
    const utf16 = new Uint8Array(Buffer.from(text, 'utf16le'));
    const at = find(bytes, utf16);
    expect(at).toBeGreaterThan(0);
    const patched = bytes.slice();
    const cp1252 = [...text].map((ch) => ({ '“': 0x93, '”': 0x94, '–': 0x96, '€': 0x80, 'é': 0xe9 })[ch] ?? ch.charCodeAt(0));
    patched.set(cp1252, at);
    patched.set(new Uint8Array(utf16.length - cp1252.length).fill(0x20), at + cp1252.length);
    // The piece table: the CLX (at fcClx of the FIB, 0x1A2) is its Pcdt: 0x02, lcb, CPs [0, n], PCDs (2 bytes, fc, prm).
    // (a WordDocument stream this small lives in the mini stream: 64-byte sectors)
    let fib = 512;
    while (fib < bytes.length && !(bytes[fib] === 0xec && bytes[fib + 1] === 0xa5)) fib += 64;
    expect(fib).toBeLessThan(bytes.length);
    const lcbClx = new DataView(bytes.buffer, bytes.byteOffset).getUint32(fib + 0x1a2 + 4, true);
    expect(lcbClx).toBe(1 + 4 + 8 + 8); // one piece
    const pcdt = find(bytes, new Uint8Array([0x02, ...new Uint8Array(new Uint32Array([lcbClx - 5, 0]).buffer)]));
    expect(pcdt).toBeGreaterThan(0);
    const plc = pcdt + 5;
    const dv = new DataView(patched.buffer);
    const fc = dv.getUint32(plc + 8 + 2, true);
    expect(fc & 0x40000000).toBe(0); // LibreOffice writes UTF-16
    dv.setUint32(plc + 8 + 2, ((fc * 2) | 0x40000000) >>> 0, true);
    const c = readWordBinary(patched);
    expect(c.ok && shape(c.blocks)).toEqual(want);
  });
});

describe('damaged, protected and older .doc files: one-sentence errors, never a throw', () => {
  const good = read('shunde.doc');

  it('a password-protected .doc (FIB fEncrypted) is refused', async () => {
    const enc = withFib(good, (fib) => fib.setUint16(0x0a, fib.getUint16(0x0a, true) | 0x0100, true));
    expectOneSentenceError(await noSoffice(enc, ctx), /^(doc|docx)-encrypted$/);
    expect((await noSoffice(enc, ctx)).diagnostics[0]!.message).toMatch(/password/);
    // XOR-obfuscated too
    const obf = withFib(good, (fib) => fib.setUint16(0x0a, fib.getUint16(0x0a, true) | 0x8000, true));
    expectOneSentenceError(await noSoffice(obf, ctx), /^doc-encrypted$/);
  });

  it('a Word 6/95 file is named as such (LibreOffice reads those when installed)', async () => {
    const old = withFib(good, (fib) => fib.setUint16(2, 0x65, true));
    const r = await noSoffice(old, ctx);
    expectOneSentenceError(r, /^doc-unsupported$/);
    expect(r.diagnostics[0]!.message).toMatch(/Word 6\/95/);
  });

  it('truncated files fail with an error', async () => {
    for (const n of [600, 1024, 4096, Math.floor(good.length / 2), good.length - 512]) {
      const r = await noSoffice(good.subarray(0, n), ctx);
      expectOneSentenceError(r, /^doc-corrupt$/);
    }
  });

  it('bytes damaged anywhere never make it throw', () => {
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    let failed = 0;
    for (let i = 0; i < 300; i++) {
      const bad = good.slice();
      for (let k = 0; k < 1 + (i % 8); k++) bad[512 + Math.floor(rnd() * (bad.length - 512))] = Math.floor(rnd() * 256);
      const r = readWordBinary(bad);
      if (!r.ok) {
        failed++;
        expect(r.message).toMatch(/^[^\n]+\.$/);
      }
    }
    // damage in unread streams changes nothing; damage elsewhere may fail the file
    expect(failed).toBeLessThan(300);
    // a header that is all zeros after the magic
    const zeros = good.slice();
    zeros.fill(0, 8, 512);
    expect(readWordBinary(zeros)).toMatchObject({ ok: false, code: 'doc-corrupt' });
  });

  it('an Office container without a WordDocument stream is no Word file', async () => {
    // rename the directory entry "WordDocument" (UTF-16) to "XordDocument"
    const bad = good.slice();
    const at = find(bad, new Uint8Array(Buffer.from('WordDocument', 'utf16le')));
    bad[at] = 'X'.charCodeAt(0);
    expect(readWordBinary(bad)).toMatchObject({ ok: false, code: 'doc-not-word' });
  });
});

describe('wired as the .doc/.wps parser', () => {
  it('reads a .doc without LibreOffice', async () => {
    const r = await noSoffice(read('samples/002-wafangdian.doc'), { file: 'x.wps', documentId: 'd' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['doc-read-built-in']);
    const tables = r.value!.blocks.filter((b): b is SourceTable => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toHaveLength(53);
  });

  it('a .doc named .docx is read by the built-in reader too', async () => {
    const r = await makeParseDocx()(read('samples/002-wafangdian.doc'), { file: 'x.docx', documentId: 'd' });
    expect(r.value?.format).toBe('doc');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['docx-is-doc', 'doc-read-built-in']);
  });
});
