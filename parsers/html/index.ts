// HTML pages (cities also publish tables as web pages) and single-file saved pages (.mht):
// decoded (parsers/html/charset.ts), cleaned of what real government pages carry around the
// table — page frame and navigation in layout tables, Word's HTML, white space as a browser
// shows it (parsers/html/page.ts) — then read by the same HTML → blocks reader the Word
// parser uses after mammoth, so merged cells (rowspan/colspan) and <th> header rows carry over.
import * as cheerio from 'cheerio';
import type { Diagnostic, Parser } from '../../pipeline/model.ts';
import { diag } from '../../pipeline/model.ts';
import { htmlToBlocks } from '../docx/html-to-blocks.ts';
import { decodeHtml } from './charset.ts';
import { htmlPartOf, looksLikeMime } from './mht.ts';
import { normalizePage } from './page.ts';

export const parseHtml: Parser = async (bytes, ctx) => {
  const diagnostics: Diagnostic[] = [];
  let html = bytes;
  let charset: string | null = null;
  if (looksLikeMime(bytes)) {
    const part = htmlPartOf(bytes);
    if (!part) return { value: null, diagnostics: [diag(ctx.documentId, 'error', 'mht-no-html', 'The saved web page (.mht) holds no HTML part.')] };
    html = part.bytes;
    charset = part.charset;
    diagnostics.push(diag(ctx.documentId, 'info', 'mht-html-part', `The HTML part of the saved web page was read (${part.encoding}${part.charset ? `, charset ${part.charset}` : ''}).`));
  }
  const decoded = decodeHtml(html, ctx.documentId, charset);
  diagnostics.push(...decoded.diagnostics);
  if (decoded.value === null) return { value: null, diagnostics };
  const $ = cheerio.load(decoded.value);
  const { body, stats } = normalizePage($);
  const blocks = htmlToBlocks($(body).html() ?? '').map((b) => (b.kind === 'table' ? { ...b, mode: 'html' as const } : b));
  if (stats.layoutTables) diagnostics.push(diag(ctx.documentId, 'info', 'html-layout-table', `${stats.layoutTables} table(s) laying out the page (frame, navigation, boxes of one column) were read as text around the data tables.`));
  if (stats.ghostRows) diagnostics.push(diag(ctx.documentId, 'info', 'html-width-row-dropped', `${stats.ghostRows} empty row(s) Word writes to fix column widths were dropped.`));
  if (stats.navigation) diagnostics.push(diag(ctx.documentId, 'info', 'html-navigation-dropped', `${stats.navigation} menu(s), link bar(s) or breadcrumb trail(s) of the page were left out.`));
  if (stats.hiddenTables) diagnostics.push(diag(ctx.documentId, 'info', 'html-hidden-table-read', `${stats.hiddenTables} hidden part(s) of the page holding a table (tabs shown on a click) were read all the same.`));
  if (stats.hidden) diagnostics.push(diag(ctx.documentId, 'info', 'html-hidden-dropped', `${stats.hidden} hidden element(s) of the page were left out.`));
  if (!blocks.some((b) => b.kind === 'table')) diagnostics.push(diag(ctx.documentId, 'info', 'html-no-tables', 'The page holds no <table>; only its text was read.'));
  return { value: { documentId: ctx.documentId, file: ctx.file, format: 'html', blocks, pages: null }, diagnostics };
};
