// Encodings of web pages and single-file saved pages (.mht): a GB2312 page with its meta, a
// page whose meta is wrong either way, a Big5 page (the bytes alone would be read as GBK),
// and .mht files as Word, Chromium and Internet Explorer write them (quoted-printable or
// base64 HTML part, its charset in the part header). Each must give what the .docx of the
// same document gives (documents of test/e2e/unseen-docs.ts).
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../pipeline/convert.ts';
import { detectFormat, INPUT_EXTENSIONS } from '../../parsers/detect.ts';
import { declaredCharset } from '../../parsers/html/charset.ts';
import { kunshan, shunde, yiwu, UNSEEN_DOCS, unseenDocx } from '../e2e/unseen-docs.ts';
import type { SpecBlock } from '../../scripts/make-docx-samples.ts';

type Res = Awaited<ReturnType<typeof convertBytes>>;

/** A spec document as a plain HTML article (rowspan/colspan cells, header rows in <thead>). */
function html(blocks: SpecBlock[], meta: string): string {
  const body = blocks
    .map((b) => {
      if (b.kind === 'paragraph') return `<p>${b.text}</p>`;
      const head = b.rows.filter((r) => r.tableHeader);
      const rest = b.rows.filter((r) => !r.tableHeader);
      const tr = (r: (typeof b.rows)[number], tag: string) =>
        `<tr>${r.cells.map((c) => `<${tag}${(c.rowSpan ?? 1) > 1 ? ` rowspan="${c.rowSpan}"` : ''}${(c.colSpan ?? 1) > 1 ? ` colspan="${c.colSpan}"` : ''}>${c.lines.map((l) => `<p>${l.replace(/\n/g, '<br>')}</p>`).join('')}</${tag}>`).join('')}</tr>`;
      return `<table border="1">${head.length ? `<thead>${head.map((r) => tr(r, 'th')).join('')}</thead>` : ''}<tbody>${rest.map((r) => tr(r, 'td')).join('')}</tbody></table>`;
    })
    .join('\n');
  return `<html><head>${meta}<title>通知公告</title></head><body>\n${body}\n</body></html>`;
}

/** A legacy double-byte encoder from TextDecoder's table (Node has decoders only). */
function encoder(label: string): (s: string) => Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder(label);
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  return (s) => {
    const out: number[] = [];
    for (const ch of s) {
      const code = ch.codePointAt(0)!;
      const bytes = code < 0x80 ? [code] : table.get(ch);
      if (!bytes) throw new Error(`${ch} is not in ${label}`);
      out.push(...bytes);
    }
    return new Uint8Array(out);
  };
}
const gbk = encoder('gb18030');
const big5 = encoder('big5');
const utf8 = (s: string) => new TextEncoder().encode(s);

function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = 0;
  for (const b of bytes) {
    const t = b === 0x0a ? '\r\n' : b === 0x0d ? '' : b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
    if (t === '\r\n') line = 0;
    else if (line + t.length > 75) {
      out += '=\r\n';
      line = 0;
    }
    out += t;
    line += t === '\r\n' ? 0 : t.length;
  }
  return out;
}
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

const docxCache = new Map<string, Promise<Res>>();
const docxOf = (name: string) => {
  if (!docxCache.has(name)) docxCache.set(name, unseenDocx(UNSEEN_DOCS.find((d) => d.name === name)!).then((b) => convertBytes(b, `${name}.docx`)));
  return docxCache.get(name)!;
};
const same = async (res: Res, name: string) => {
  const docx = await docxOf(name);
  expect(res.document.status).toBe('ok');
  expect([res.document.title, res.document.region, res.document.year]).toEqual([docx.document.title, docx.document.region, docx.document.year]);
  const content = (r: Res) => r.records.map(({ id: _i, documentId: _d, provenance: _p, flags: _f, ...rest }) => JSON.stringify(rest));
  expect(content(res)).toEqual(content(docx));
};
const codes = (r: Res) => r.diagnostics.map((d) => d.code);

describe('charsets of web pages', () => {
  it('reads the declaration: <meta charset>, http-equiv, an XML declaration', () => {
    expect(declaredCharset(utf8('<html><head><meta charset=gb2312><title>x</title>'))).toBe('gb2312');
    expect(declaredCharset(utf8('<meta http-equiv=Content-Type content="text/html; charset=GBK">'))).toBe('gbk');
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="GB18030"?><html>'))).toBe('gb18030');
    expect(declaredCharset(utf8('<html><head><title>x</title></head>'))).toBeNull();
  });

  it('GB2312 with its meta; GBK bytes under a meta saying UTF-8; UTF-8 under a meta saying GB2312', async () => {
    const right = await convertBytes(gbk(html(kunshan, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')), 'a.html');
    await same(right, 'kunshan');
    expect(codes(right)).not.toContain('html-charset-mismatch');
    const saysUtf8 = await convertBytes(gbk(html(kunshan, '<meta charset="utf-8">')), 'b.html');
    await same(saysUtf8, 'kunshan');
    expect(saysUtf8.diagnostics.find((d) => d.code === 'html-charset-mismatch')?.message).toMatch(/declares charset utf-8.*GB18030/);
    const saysGb = await convertBytes(utf8(html(kunshan, '<meta charset=gb2312>')), 'c.html');
    await same(saysGb, 'kunshan');
    expect(saysGb.diagnostics.find((d) => d.code === 'html-charset-mismatch')?.message).toMatch(/declares charset gb2312.*UTF-8/);
  });

  it('a Big5 page with its meta is read as Big5 (its bytes would pass for GBK)', async () => {
    const bytes = big5(html(shunde, '<meta http-equiv="Content-Type" content="text/html; charset=big5">'));
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toThrow();
    await same(await convertBytes(bytes, 'shunde.html'), 'shunde');
  });
});

describe('single-file web pages (.mht)', () => {
  it('is picked up and detected by its extension', () => {
    expect(INPUT_EXTENSIONS).toEqual(expect.arrayContaining(['.mht', '.mhtml']));
    expect(detectFormat(utf8('MIME-Version: 1.0\r\n'), 'a.mht')).toBe('html');
    expect(detectFormat(utf8('From: <Saved by Blink>\r\n'), 'a.MHTML')).toBe('html');
  });

  it("Word's: quoted-printable GB2312 part with its files after it", async () => {
    const page = gbk(html(kunshan, '<meta http-equiv=Content-Type content="text/html; charset=gb2312">'));
    const B = '----=_NextPart_01DA1F2B.8C3E5A40';
    const mht = `MIME-Version: 1.0\r\nX-Document-Type: Document\r\nContent-Type: multipart/related; boundary="${B}"\r\n\r\nThis document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n--${B}\r\nContent-Location: file:///C:/D2F6C2A4/kunshan.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n${quotedPrintable(page)}\r\n\r\n--${B}\r\nContent-Location: file:///C:/D2F6C2A4/kunshan.files/filelist.xml\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml; charset="utf-8"\r\n\r\n<xml xmlns:o=3D"urn:schemas-microsoft-com:office:office">\r\n <o:MainFile HRef=3D"../kunshan.htm"/>\r\n</xml>\r\n--${B}--\r\n`;
    const res = await convertBytes(latin1(mht), 'kunshan.mht');
    expect(res.document.format).toBe('html');
    await same(res, 'kunshan');
    expect(codes(res)).toContain('mht-html-part');
  });

  it("Chromium's: UTF-8, quoted-printable, folded header lines", async () => {
    const page = utf8(`<!DOCTYPE html>${html(yiwu, '<meta charset="utf-8">')}`);
    const B = '----MultipartBoundary--7nNQXpbPuM4kLtTVfqyCqn0vUuZcYQbIWeHhzwgDuH----';
    const mht = `From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.yw.gov.cn/art/2021/3/15/art_1229187_1.html\r\nSubject: =?utf-8?Q?=E6=94=BF=E5=BA=9C?=\r\nDate: Mon, 15 Mar 2021 08:00:00 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${B}"\r\n\r\n\r\n--${B}\r\nContent-Type: text/html\r\nContent-ID: <frame-6C9E1D3A@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: http://www.yw.gov.cn/art/2021/3/15/art_1229187_1.html\r\n\r\n${quotedPrintable(page)}\r\n--${B}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: cid:css-1@mhtml.blink\r\n\r\n@charset "utf-8";\r\n\r\n--${B}--\r\n`;
    await same(await convertBytes(latin1(mht), 'yiwu.mhtml'), 'yiwu');
  });

  it('base64 part whose charset is only in its header (Big5, no meta)', async () => {
    const page = big5(html(shunde, ''));
    const b64 = Buffer.from(page).toString('base64').replace(/.{76}/g, '$&\r\n');
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="=_NextPart_000_0000"\r\n\r\n--=_NextPart_000_0000\r\nContent-Type: text/html; charset="big5"\r\nContent-Transfer-Encoding: base64\r\nContent-Location: http://example/shunde.htm\r\n\r\n${b64}\r\n\r\n--=_NextPart_000_0000--\r\n`;
    await same(await convertBytes(latin1(mht), 'shunde.mht'), 'shunde');
  });

  it('an .mht without an HTML part fails with one sentence', async () => {
    const mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--x--\r\n';
    const res = await convertBytes(latin1(mht), 'pic.mht');
    expect(res.document.status).toBe('failed');
    expect(codes(res)).toEqual(['mht-no-html']);
  });
});
