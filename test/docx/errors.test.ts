// Bad input never throws: one error diagnostic, value null.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { makeParseDocx, MAX_DOCUMENT_XML_BYTES, parseDocx } from '../../parsers/docx/index.ts';
import type { Parser } from '../../pipeline/model.ts';

const ctx = { file: 'bad.docx', documentId: 'bad' };
const sample = new Uint8Array(readFileSync(new URL('../../samples/002-wafangdian.docx', import.meta.url)));

async function expectError(bytes: Uint8Array, code: string, parser: Parser = parseDocx) {
  const r = await parser(bytes, ctx);
  expect(r.value).toBeNull();
  expect(r.diagnostics).toHaveLength(1);
  expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code, file: 'bad.docx', documentId: 'bad' });
  // One sentence.
  expect(r.diagnostics[0]!.message).toMatch(/^[^\n]+\.$/);
  return r.diagnostics[0]!;
}

/** A CFB header (512 bytes) + FAT sector + one directory sector holding the given stream names. */
function fakeCfb(names: string[]): Uint8Array {
  const b = new Uint8Array(512 * 3);
  const dv = new DataView(b.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((x, i) => (b[i] = x));
  dv.setUint16(0x1a, 3, true);
  dv.setUint16(0x1c, 0xfffe, true);
  dv.setUint16(0x1e, 9, true);
  dv.setUint16(0x20, 6, true);
  dv.setUint32(0x2c, 1, true); // one FAT sector
  dv.setUint32(0x30, 1, true); // directory starts at sector 1
  dv.setUint32(0x38, 4096, true);
  dv.setUint32(0x3c, 0xfffffffe, true);
  dv.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) dv.setUint32(0x4c + i * 4, 0xffffffff, true);
  dv.setUint32(0x4c, 0, true); // FAT in sector 0
  const fat = 512;
  for (let i = 0; i < 128; i++) dv.setUint32(fat + i * 4, 0xffffffff, true);
  dv.setUint32(fat, 0xfffffffd, true); // sector 0 is FAT
  dv.setUint32(fat + 4, 0xfffffffe, true); // sector 1 (directory) ends its chain
  const dir = 1024;
  ['Root Entry', ...names].slice(0, 4).forEach((name, k) => {
    const off = dir + k * 128;
    for (let i = 0; i < name.length; i++) dv.setUint16(off + i * 2, name.charCodeAt(i), true);
    dv.setUint16(off + 0x40, (name.length + 1) * 2, true);
    b[off + 0x42] = k === 0 ? 5 : 2;
  });
  return b;
}

describe('parseDocx on bad input', () => {
  it('reports a truncated docx as corrupt', async () => {
    for (const keep of [0.5, 0.9, 0.999]) await expectError(sample.subarray(0, Math.floor(sample.length * keep)), 'docx-corrupt');
  });
  it('reports a damaged main part as corrupt', async () => {
    const zip = await JSZip.loadAsync(sample);
    zip.file('word/document.xml', '<w:document><w:body><w:p>'); // not well-formed
    await expectError(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), 'docx-corrupt');
  });
  it('reports bytes that are no zip at all as corrupt', async () => {
    await expectError(new TextEncoder().encode('序号\t指标\n1\t质量'), 'docx-corrupt');
    await expectError(new Uint8Array(0), 'docx-corrupt');
  });
  it('reports an encrypted Office file', async () => {
    const d = await expectError(fakeCfb(['EncryptionInfo', 'EncryptedPackage']), 'docx-encrypted');
    expect(d.message).toContain('password');
  });
  it('tells a Word 97 container apart from an encrypted one', async () => {
    // Without a .doc reader (LibreOffice) to hand it to; test/docx/word-features-2.test.ts covers the hand-over.
    await expectError(fakeCfb(['WordDocument', '1Table']), 'docx-legacy-doc', makeParseDocx({ legacyDoc: null }));
  });
  it('reports a zip without word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook/>');
    const d = await expectError(await zip.generateAsync({ type: 'uint8array' }), 'docx-not-word');
    expect(d.message).toContain('Excel');
    const plain = new JSZip();
    plain.file('readme.txt', 'hello');
    await expectError(await plain.generateAsync({ type: 'uint8array' }), 'docx-not-word');
  });
  it('refuses a zip whose central directory declares a huge document part, before inflating it', async () => {
    const bytes = new Uint8Array(sample);
    const dv = new DataView(bytes.buffer);
    let p = bytes.length - 22;
    while (dv.getUint32(p, true) !== 0x06054b50) p--;
    let cd = dv.getUint32(p + 16, true);
    const name = 'word/document.xml';
    for (;;) {
      const nameLen = dv.getUint16(cd + 28, true);
      const entry = new TextDecoder().decode(bytes.subarray(cd + 46, cd + 46 + nameLen));
      if (entry === name) {
        dv.setUint32(cd + 24, MAX_DOCUMENT_XML_BYTES + 1, true);
        break;
      }
      cd += 46 + nameLen + dv.getUint16(cd + 30, true) + dv.getUint16(cd + 32, true);
    }
    const d = await expectError(bytes, 'docx-too-large');
    expect(d.message).toContain('word/document.xml');
  });
  it('refuses a zip bomb that hides its size (declared small, inflates past the cap)', async () => {
    // 300 MB of spaces deflate to ~300 KB; the headers are then made to claim a small size.
    const zip = await JSZip.loadAsync(sample);
    zip.file('word/document.xml', new Uint8Array(MAX_DOCUMENT_XML_BYTES + 1024 * 1024).fill(0x20));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const dv = new DataView(bytes.buffer, bytes.byteOffset);
    let p = bytes.length - 22;
    while (dv.getUint32(p, true) !== 0x06054b50) p--;
    let cd = dv.getUint32(p + 16, true);
    for (let k = 0; k < dv.getUint16(p + 10, true); k++) {
      const nameLen = dv.getUint16(cd + 28, true);
      if (new TextDecoder().decode(bytes.subarray(cd + 46, cd + 46 + nameLen)) === 'word/document.xml') dv.setUint32(cd + 24, 1000, true);
      cd += 46 + nameLen + dv.getUint16(cd + 30, true) + dv.getUint16(cd + 32, true);
    }
    const d = await expectError(bytes, 'docx-too-large');
    expect(d.message).toContain('inflates to more than');
  }, 30_000);
});
