// The intermediate document model every parser produces, and the
// `{ value, diagnostics }` result shape every stage returns.
//
// Parsers know formats (bytes → SourceDocument); every stage after them is
// format-blind and reads only these types. Nothing here knows about indicator
// tables.

export type Format = 'docx' | 'pdf' | 'txt' | 'md' | 'html' | 'doc' | 'xlsx';

/** How a table's grid was recovered; reported in provenance and `govtables tables`. */
export const TABLE_MODES = ['lattice', 'stream', 'docx', 'text', 'html', 'md', 'xlsx'] as const;
export type TableMode = (typeof TABLE_MODES)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface Location {
  /** 1-based table index in the document. */
  table?: number | null;
  /** 1-based grid row (header rows counted). */
  row?: number | null;
  /** 1-based grid column. */
  column?: number | null;
  /** 1-based PDF page. */
  page?: number | null;
}

export interface Diagnostic {
  documentId: string | null;
  /** The file the diagnostic belongs to (kept so batch summaries can name it). */
  file?: string | null;
  severity: Severity;
  /** Stable kebab-case code, e.g. `unknown-department`. */
  code: string;
  /** One sentence, plain words. */
  message: string;
  location: Location;
}

/** mammoth-style result: a value plus the messages produced while making it. */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export type BBox = [number, number, number, number];

export interface SourceCell {
  /** Text lines of the cell: paragraphs and explicit line breaks, untrimmed of meaning. */
  lines: string[];
  rowSpan: number;
  colSpan: number;
  /** 1-based page the cell starts on (PDF); null for formats without pages. */
  page: number | null;
  /** [x0, y0, x1, y1] in PDF points (origin top-left of the page), when known. */
  bbox: BBox | null;
  /**
   * The source says this cell continues a vertical merge begun above the table (Word: a
   * `w:vMerge` without restart in the table's first row, the lower part of a table split by a
   * paragraph). pipeline/grid/stitch.ts joins it to that cell when it stitches the two tables.
   */
  continuesAbove?: boolean;
}

export interface SourceRow {
  cells: SourceCell[];
  /** True when the source marks this row as a header row (docx tblHeader, <th>/<thead>). */
  header: boolean;
  /** True when the row is the first row of a new page inside a table that continues (PDF stitching). */
  pageBreakBefore: boolean;
}

export interface SourceTable {
  kind: 'table';
  rows: SourceRow[];
  /** Pages the table sits on (PDF), else []. */
  pages: number[];
  mode: TableMode;
  /** The source says this table starts on its own (a workbook's sheet): it never continues the table before it. */
  standalone?: boolean;
}

export interface SourceParagraph {
  kind: 'paragraph';
  text: string;
  page: number | null;
}

export type Block = SourceParagraph | SourceTable;

export interface SourceDocument {
  /** First 12 hex chars of SHA-256 of the bytes. */
  documentId: string;
  /** Path as given on the command line. */
  file: string;
  format: Format;
  blocks: Block[];
  /** Page count for paged formats, else null. */
  pages: number | null;
}

export interface ParseContext {
  file: string;
  documentId: string;
}

/**
 * A parser turns bytes into one SourceDocument. It never throws for bad input:
 * it returns value null and an error diagnostic whose message is one sentence.
 */
export type Parser = (bytes: Uint8Array, ctx: ParseContext) => Promise<Result<SourceDocument | null>>;

export function diag(
  documentId: string | null,
  severity: Severity,
  code: string,
  message: string,
  location: Location = {},
): Diagnostic {
  return { documentId, severity, code, message, location };
}

export function cell(lines: string[], rowSpan = 1, colSpan = 1, page: number | null = null, bbox: BBox | null = null): SourceCell {
  return { lines, rowSpan, colSpan, page, bbox };
}
