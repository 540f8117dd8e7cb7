// Word 97–2003 (.doc), WPS (.wps) and OpenDocument (.odt) files.
//
// A .doc/.wps (an OLE container with a WordDocument stream) is read by the
// built-in reader (binary.ts), with or without LibreOffice: on the .doc files
// LibreOffice saved from samples/*.docx and from the unseen-layout documents
// (test/fixtures/doc), it gives the .docx's blocks cell for cell, where
// LibreOffice's own .doc import loses tables (below). LibreOffice is used
// only for what the built-in reader does not read: .odt files, and Word 6/95
// .doc files (older binary format), when it is installed.
//
// Through LibreOffice: converted to .docx, then read by the docx parser. Each
// conversion uses its own throw-away LibreOffice profile, because two
// soffice processes sharing a profile block each other (parallel batch runs).
//
// Export filter: `docx:"MS Word 2007 XML"`, named explicitly so a change of
// LibreOffice's default cannot change what we read. Measured with LibreOffice
// 7.4.7 on .doc files it saved from samples/*.docx, parsed by parseDocx and
// compared cell by cell with the original .docx:
// - the default docx filter, "MS Word 2007 XML" and "Office Open XML Text"
//   give the same tables; `--infilter="MS Word 97"` (the .doc import filter
//   LibreOffice picks anyway) changes nothing;
// - 002 (one table, 53 rows, 223 cells, its merges) comes back identical;
// - 000, 001 and 003 (two tables each) lose their SECOND table: its text comes
//   back as plain paragraphs, whichever export filter. The built-in reader
//   settles where: the .doc files LibreOffice writes DO hold the second table
//   (binary.ts reads it, rows, cells and merges equal to the .docx's), so the
//   damage is in LibreOffice's .doc import.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { diag, type Parser, type ParseContext, type Result, type SourceDocument } from '../../pipeline/model.ts';
import { isCfb, readCfb } from '../docx/cfb.ts';
import { parseDocx } from '../docx/index.ts';
import { readWordBinary } from './binary.ts';

/** A conversion taking longer than this is abandoned (a small document takes ≈ 1.5 s). */
export const LIBREOFFICE_TIMEOUT_MS = 120_000;

const CANDIDATES = ['soffice', 'libreoffice'];

/** The LibreOffice executable on PATH, or null. */
export function findLibreOffice(pathEnv: string | undefined = process.env.PATH): string | null {
  for (const dir of (pathEnv ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of CANDIDATES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
  }
  return null;
}

function fail(ctx: ParseContext, code: string, message: string): Result<SourceDocument | null> {
  return { value: null, diagnostics: [{ ...diag(ctx.documentId, 'error', code, message), file: ctx.file }] };
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ ok: boolean; detail: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        const timedOut = (err as { killed?: boolean }).killed === true;
        resolve({ ok: false, detail: timedOut ? `it did not finish within ${Math.round(timeoutMs / 1000)} s` : (String(stderr).trim().split('\n')[0] || err.message.split('\n')[0]!) });
      } else resolve({ ok: true, detail: String(stdout) });
    });
  });
}

/** Extension for the temp input, so LibreOffice picks the right import filter. */
function inputExtension(file: string, bytes: Uint8Array): string {
  const m = /\.(doc|wps|odt|rtf|docx|wpt|dot)$/i.exec(file);
  // A Word 97–2003 container named .docx is given to LibreOffice as the .doc it is.
  if (m && !(m[1]!.toLowerCase() === 'docx' && isCfb(bytes))) return m[1]!.toLowerCase();
  return isCfb(bytes) ? 'doc' : 'odt';
}

export function makeParseViaLibreOffice(options: { soffice?: string | null; timeoutMs?: number } = {}): Parser {
  return async (bytes, ctx) => {
    const soffice = options.soffice === undefined ? findLibreOffice() : options.soffice;
    if (!soffice)
      return fail(ctx, 'libreoffice-missing', `The file needs LibreOffice (soffice) to be converted, which is not on PATH; install the Debian package libreoffice-writer.`);
    if (isCfb(bytes) && readCfb(bytes)?.encrypted)
      return fail(ctx, 'docx-encrypted', `The file is password-protected; save an unprotected copy and convert that.`);

    const work = await mkdtemp(join(tmpdir(), 'govtables-lo-'));
    try {
      const input = join(work, `input.${inputExtension(ctx.file, bytes)}`);
      const outDir = join(work, 'out');
      await writeFile(input, bytes);
      const profile = pathToFileURL(join(work, 'profile')).href;
      const res = await run(
        soffice,
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, input],
        options.timeoutMs ?? LIBREOFFICE_TIMEOUT_MS,
      );
      const produced = existsSync(outDir) ? (await readdir(outDir)).filter((f) => f.endsWith('.docx')) : [];
      if (!res.ok || produced.length === 0)
        return fail(ctx, 'libreoffice-failed', `LibreOffice could not convert the file to .docx: ${res.ok ? 'it produced no output' : res.detail}.`);
      const docx = new Uint8Array(await readFile(join(outDir, produced[0]!)));
      const parsed = await parseDocx(docx, ctx);
      // The document keeps its own format ('doc' stands for every LibreOffice-converted word-processor file).
      const value = parsed.value ? { ...parsed.value, format: 'doc' as const } : null;
      const note = { ...diag(ctx.documentId, 'info', 'converted-by-libreoffice', `The file was converted to .docx by LibreOffice before parsing.`), file: ctx.file };
      return { value, diagnostics: [note, ...parsed.diagnostics] };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  };
}

/**
 * A Word 97–2003 file read by the built-in reader (binary.ts). Returns null
 * when the reader cannot read it but LibreOffice might (a Word 6/95 file) and
 * `fallback` is allowed.
 */
export function parseWordBinary(bytes: Uint8Array, ctx: ParseContext, fallback = false): Result<SourceDocument | null> | null {
  const r = readWordBinary(bytes);
  if (!r.ok) {
    if (fallback && r.code === 'doc-unsupported') return null;
    return fail(ctx, r.code, r.message);
  }
  const d = (severity: 'info' | 'warning', code: string, message: string, location = {}) => ({ ...diag(ctx.documentId, severity, code, message, location), file: ctx.file });
  const diagnostics = [d('info', 'doc-read-built-in', 'The Word 97–2003 file was read by the built-in .doc reader (no conversion).')];
  for (const n of r.notes) diagnostics.push(d(n.severity, n.code, n.message, n.table ? { table: n.table, row: n.row ?? null, column: n.column ?? null } : {}));
  if (!r.blocks.some((b) => b.kind === 'table')) {
    if (r.pictures > 0 && !r.notes.some((n) => n.code === 'doc-embedded-object'))
      diagnostics.push(d('warning', 'doc-picture-only', `The file contains no tables, only ${r.pictures === 1 ? 'a picture' : `${r.pictures} pictures or drawn objects`}; a table pasted as a picture cannot be read, so OCR it or ask for the original file.`));
    else diagnostics.push(d('info', 'doc-no-tables', 'The file contains no tables.'));
  }
  return { value: { documentId: ctx.documentId, file: ctx.file, format: 'doc', blocks: r.blocks, pages: null }, diagnostics };
}

/** The .doc/.wps/.odt parser: Word 97–2003 binaries built in, the rest (.odt, Word 6/95) through LibreOffice. */
export function makeParseWordProcessor(options: { soffice?: string | null; timeoutMs?: number } = {}): Parser {
  const viaLibreOffice = makeParseViaLibreOffice(options);
  return async (bytes, ctx) => {
    // A damaged container is reported by the built-in reader (one sentence), not handed to LibreOffice.
    const info = isCfb(bytes) ? readCfb(bytes) : undefined;
    if (info === null || info?.wordBinary) {
      const soffice = options.soffice === undefined ? findLibreOffice() : options.soffice;
      const r = parseWordBinary(bytes, ctx, soffice !== null);
      if (r) return r;
    }
    return viaLibreOffice(bytes, ctx);
  };
}

/** Parser for .doc/.wps/.odt (built-in reader for Word 97–2003 files, LibreOffice found on PATH for the rest). */
export const parseWordProcessor: Parser = (bytes, ctx) => makeParseWordProcessor()(bytes, ctx);

/**
 * The same parser under its former name, which parsers/index.ts and parsers/docx (a .doc
 * named .docx) use: a Word 97–2003 file no longer needs LibreOffice.
 */
export const parseViaLibreOffice: Parser = parseWordProcessor;
