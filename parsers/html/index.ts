// HTML pages (cities also publish tables as web pages): decoded like text (UTF-8 or
// GBK/GB18030), scripts and styles dropped, then the same HTML → blocks reader the Word
// parser uses after mammoth, so merged cells (rowspan/colspan) and <th> header rows carry over.
import * as cheerio from 'cheerio';
import type { Parser } from '../../pipeline/model.ts';
import { diag } from '../../pipeline/model.ts';
import { decodeText } from '../txt/decode.ts';
import { htmlToBlocks } from '../docx/html-to-blocks.ts';

export const parseHtml: Parser = async (bytes, ctx) => {
  const decoded = decodeText(bytes, ctx.documentId);
  if (decoded.value === null) return { value: null, diagnostics: decoded.diagnostics };
  const $ = cheerio.load(decoded.value);
  $('script, style, noscript, head, template, iframe').remove();
  const body = $('body').length ? $('body').html() ?? '' : $.root().html() ?? '';
  const blocks = htmlToBlocks(body).map((b) => (b.kind === 'table' ? { ...b, mode: 'html' as const } : b));
  const diagnostics = [...decoded.diagnostics];
  if (!blocks.some((b) => b.kind === 'table')) diagnostics.push(diag(ctx.documentId, 'info', 'html-no-tables', 'The page holds no <table>; only its text was read.'));
  return { value: { documentId: ctx.documentId, file: ctx.file, format: 'html', blocks, pages: null }, diagnostics };
};
