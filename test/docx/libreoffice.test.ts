// .doc/.odt through LibreOffice (and a .doc named .docx): the missing-tool error always; a real
// conversion when soffice is installed (skipped otherwise).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLibreOffice, makeParseViaLibreOffice } from '../../parsers/doc/index.ts';
import { parseDocx } from '../../parsers/docx/index.ts';
import type { SourceTable } from '../../pipeline/model.ts';

const soffice = findLibreOffice();

describe('parseViaLibreOffice', () => {
  it('names the tool and the Debian package when LibreOffice is missing', async () => {
    const r = await makeParseViaLibreOffice({ soffice: null })(new Uint8Array([1, 2, 3]), { file: 'a.doc', documentId: 'd' });
    expect(r.value).toBeNull();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'libreoffice-missing', file: 'a.doc' });
    expect(r.diagnostics[0]!.message).toMatch(/LibreOffice.*libreoffice-writer\.$/);
  });

  it('finds soffice only on the PATH it is given', () => {
    expect(findLibreOffice('/nonexistent-dir')).toBeNull();
  });

  it.skipIf(!soffice)('converts an OpenDocument .odt and reads its tables and merges', async () => {
    const work = mkdtempSync(join(tmpdir(), 'govtables-doc-test-'));
    try {
      const profile = `-env:UserInstallation=file://${join(work, 'profile')}`;
      execFileSync(soffice!, [profile, '--headless', '--convert-to', 'odt', '--outdir', work, new URL('../../samples/003-hunan-standard.docx', import.meta.url).pathname], { timeout: 120_000, stdio: 'ignore' });
      const doc = readdirSync(work).find((f) => f.endsWith('.odt'))!;
      const bytes = new Uint8Array(readFileSync(join(work, doc)));
      // The conversion's temp dir goes to a private TMPDIR, so another process converting
      // at the same time cannot make the check below fail.
      const privateTmp = join(work, 'tmp');
      mkdirSync(privateTmp);
      const savedTmp = process.env.TMPDIR;
      process.env.TMPDIR = privateTmp;
      let r: Awaited<ReturnType<ReturnType<typeof makeParseViaLibreOffice>>>;
      try {
        expect(tmpdir()).toBe(privateTmp);
        r = await makeParseViaLibreOffice()(bytes, { file: 'x.odt', documentId: 'd' });
      } finally {
        if (savedTmp === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = savedTmp;
      }
      expect(r.value?.format).toBe('doc');
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const tables = r.value!.blocks.filter((b): b is SourceTable => b.kind === 'table');
      expect(tables).toHaveLength(2);
      expect(tables[0]!.rows[0]!.header).toBe(true);
      expect(tables[0]!.rows[1]!.cells[0]).toMatchObject({ lines: ['质量', '发展', '战略', '规划'], rowSpan: 3 });
      // Its temp dir is gone afterwards.
      expect(readdirSync(privateTmp)).toEqual([]);
      // A corrupt .doc is a one-sentence error, not a throw.
      writeFileSync(join(work, 'bad.doc'), bytes.subarray(0, 600));
      const bad = await makeParseViaLibreOffice()(bytes.subarray(0, 600), { file: 'bad.doc', documentId: 'b' });
      expect(bad.value).toBeNull();
      expect(bad.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);

  it.skipIf(!soffice)('reads a Word 97 .doc saved from the one-table sample with the same table as the .docx (cells, lines, spans)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'govtables-doc-test-'));
    try {
      const src = new URL('../../samples/002-wafangdian.docx', import.meta.url).pathname;
      execFileSync(soffice!, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'doc', '--outdir', work, src], { timeout: 120_000, stdio: 'ignore' });
      const doc = new Uint8Array(readFileSync(join(work, readdirSync(work).find((f) => f.endsWith('.doc'))!)));
      const shape = (blocks: { kind: string }[]) =>
        (blocks.filter((b) => b.kind === 'table') as SourceTable[]).map((t) => t.rows.map((r) => r.cells.map((c) => `${c.lines.join('/')}:${c.rowSpan}x${c.colSpan}`)));
      const fromDoc = await makeParseViaLibreOffice()(doc, { file: 'x.doc', documentId: 'd' });
      const fromDocx = await parseDocx(new Uint8Array(readFileSync(src)), { file: 'x.docx', documentId: 'd' });
      const want = shape(fromDocx.value!.blocks);
      expect(want[0]).toHaveLength(53);
      expect(shape(fromDoc.value!.blocks)).toEqual(want);
      // The same .doc renamed .docx is read as the .doc it is (by the built-in reader, parsers/doc/binary.ts) and reads the same.
      const renamed = await parseDocx(doc, { file: 'renamed.docx', documentId: 'd' });
      expect(renamed.value?.format).toBe('doc');
      expect(renamed.diagnostics.map((d) => d.code).slice(0, 2)).toEqual(['docx-is-doc', 'doc-read-built-in']);
      expect(shape(renamed.value!.blocks)).toEqual(want);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);
});
