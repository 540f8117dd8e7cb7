// The database tables a dataset is loaded into, described once for every target
// (DuckDB and PostgreSQL). Each dialect turns these descriptions into DDL and
// upserts, so the two databases always hold the same columns with the same types.
import { createHash } from 'node:crypto';
import type { Dataset, DocumentInfo, IndicatorRecord, Quantity } from '../../schemas/dataset.ts';

export type ColumnType = 'text' | 'integer' | 'double' | 'boolean' | 'json' | 'timestamp';
export type Value = string | number | boolean | null;

export interface Column {
  name: string;
  type: ColumnType;
  /** NOT NULL when false. */
  nullable: boolean;
  /** Allowed values (CHECK … IN (…)); enums of the canonical schema. */
  values?: readonly string[];
  doc: string;
}

export interface TableDef {
  name: string;
  columns: Column[];
  primaryKey: string;
  /** Column naming the document a row belongs to (rows are replaced per document). */
  documentColumn: string | null;
}

const col = (name: string, type: ColumnType, nullable: boolean, doc: string, values?: readonly string[]): Column => ({ name, type, nullable, doc, ...(values ? { values } : {}) });

const COMPARATORS = ['>=', '<=', '>', '<', '='] as const;

function quantityColumns(prefix: string, what: string): Column[] {
  return [
    col(`${prefix}_comparator`, 'text', true, `comparator parsed from the ${what} text`, COMPARATORS),
    col(`${prefix}_value`, 'double', true, `number parsed from the ${what} text`),
    col(`${prefix}_value_max`, 'double', true, `upper bound when the ${what} states a range`),
    col(`${prefix}_unit`, 'text', true, `unit of the ${what}`),
  ];
}

export const DOCUMENTS: TableDef = {
  name: 'documents',
  primaryKey: 'document_id',
  documentColumn: 'document_id',
  columns: [
    col('document_id', 'text', false, 'first 12 hex chars of the SHA-256 of the file (unknown:<sha of path> for unreadable files)'),
    col('file', 'text', false, 'path as given to convert'),
    col('format', 'text', false, 'input format', ['docx', 'pdf', 'txt', 'md', 'html', 'doc', 'xlsx']),
    col('title', 'text', true, 'document title'),
    col('province', 'text', true, 'region: province'),
    col('city', 'text', true, 'region: city'),
    col('county', 'text', true, 'region: county'),
    col('year', 'integer', true, 'plan year'),
    col('year_end', 'integer', true, 'last plan year'),
    col('fields', 'json', false, 'form fields (object)'),
    col('tables', 'integer', false, 'tables found'),
    col('status', 'text', false, 'conversion status', ['ok', 'failed']),
  ],
};

export const RECORDS: TableDef = {
  name: 'records',
  primaryKey: 'id',
  documentColumn: 'document_id',
  columns: [
    col('id', 'text', false, 'record id <documentId>-<table>-<seq>'),
    col('document_id', 'text', false, 'documents.document_id'),
    col('table_no', 'integer', false, '1-based table index in the document'),
    col('table_title', 'text', true, 'title above the table'),
    col('seq', 'integer', false, '1-based record number within the table'),
    col('province', 'text', true, 'region: province'),
    col('city', 'text', true, 'region: city'),
    col('county', 'text', true, 'region: county'),
    col('dimension_code', 'text', true, ''),
    col('dimension', 'text', true, ''),
    col('dimension_points', 'double', true, ''),
    col('subdimension', 'text', true, ''),
    col('indicator_code', 'text', true, ''),
    col('indicator', 'text', true, ''),
    col('indicator_points', 'double', true, ''),
    col('criterion_code', 'text', true, ''),
    col('criterion', 'text', true, ''),
    col('scoring_method', 'text', true, ''),
    col('criterion_points', 'double', true, ''),
    col('aspect', 'text', true, ''),
    col('task_code', 'text', true, ''),
    col('task', 'text', true, ''),
    col('baseline', 'text', true, ''),
    col('baseline_date', 'text', true, 'YYYY or YYYY-MM from the header'),
    col('target', 'text', true, ''),
    col('target_date', 'text', true, 'YYYY or YYYY-MM from the header'),
    col('deadline_raw', 'text', true, 'deadline cell text'),
    col('deadline_kind', 'text', true, 'deadline kind', ['date', 'range', 'recurring', 'ongoing', 'completed', 'unspecified']),
    col('deadline_start', 'text', true, 'ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'),
    col('deadline_end', 'text', true, 'ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'),
    col('deadline_frequency', 'text', true, 'recurrence', ['yearly', 'half-yearly', 'quarterly', 'monthly']),
    col('deadline_month', 'integer', true, 'month of a recurring deadline'),
    col('deadline_inherited', 'boolean', true, 'deadline taken from a note or a merged cell'),
    col('notes', 'text', true, ''),
    ...quantityColumns('baseline', 'baseline'),
    ...quantityColumns('target', 'target'),
    col('source_file', 'text', false, 'provenance: file'),
    col('source_row_first', 'integer', false, 'provenance: first grid row (1-based)'),
    col('source_row_last', 'integer', false, 'provenance: last grid row (1-based)'),
    col('provenance', 'json', false, 'full provenance object'),
    col('flags', 'json', false, 'array of repair flags'),
  ],
};

export const DEPARTMENTS: TableDef = {
  name: 'departments',
  primaryKey: 'id',
  documentColumn: 'document_id',
  columns: [
    col('id', 'text', false, '<record id>-<position>'),
    col('record_id', 'text', false, 'records.id'),
    col('document_id', 'text', false, 'documents.document_id'),
    col('position', 'integer', false, '1-based position in the record'),
    col('name', 'text', false, 'canonical department name'),
    col('raw', 'text', false, 'text it was read from'),
    col('role', 'text', false, 'role', ['lead', 'support', 'responsible']),
    col('scope', 'text', true, 'scope (e.g. 各县（市、区）)'),
    col('known', 'boolean', false, 'found in the department dictionary'),
  ],
};

export const ALLOCATIONS: TableDef = {
  name: 'allocations',
  primaryKey: 'id',
  documentColumn: 'document_id',
  columns: [
    col('id', 'text', false, 'allocation id'),
    col('document_id', 'text', false, 'documents.document_id'),
    col('table_no', 'integer', false, ''),
    col('seq', 'integer', false, ''),
    col('metric', 'text', false, ''),
    col('unit', 'text', true, ''),
    col('assignee', 'text', false, ''),
    col('value', 'double', true, ''),
    col('comparator', 'text', true, '', COMPARATORS),
    col('raw', 'text', false, ''),
    col('source_file', 'text', false, ''),
    col('source_row_first', 'integer', false, ''),
    col('source_row_last', 'integer', false, ''),
  ],
};

export const DIAGNOSTICS: TableDef = {
  name: 'diagnostics',
  primaryKey: 'id',
  documentColumn: 'document_id',
  columns: [
    col('id', 'text', false, '<document>-<hash of code, message, location>-<occurrence>'),
    col('document_id', 'text', false, 'documents.document_id'),
    col('file', 'text', true, ''),
    col('severity', 'text', false, '', ['error', 'warning', 'info']),
    col('code', 'text', false, 'stable kebab-case code'),
    col('message', 'text', false, ''),
    col('table_no', 'integer', true, ''),
    col('row_no', 'integer', true, ''),
    col('column_no', 'integer', true, ''),
    col('page', 'integer', true, ''),
  ],
};

export const LOAD_RUNS: TableDef = {
  name: 'load_runs',
  primaryKey: 'run_id',
  documentColumn: null,
  columns: [
    col('run_id', 'text', false, 'random id of the run'),
    col('loaded_at', 'timestamp', false, 'when the run committed'),
    col('source', 'text', false, 'dataset.json path'),
    col('dataset_sha256', 'text', false, 'hash of dataset.json bytes'),
    col('generator_version', 'text', false, ''),
    col('documents', 'integer', false, ''),
    col('records', 'integer', false, ''),
    col('departments', 'integer', false, ''),
    col('allocations', 'integer', false, ''),
    col('diagnostics', 'integer', false, ''),
  ],
};

/** Data tables in load order; load_runs is written last. */
export const DATA_TABLES: TableDef[] = [DOCUMENTS, RECORDS, DEPARTMENTS, ALLOCATIONS, DIAGNOSTICS];
export const ALL_TABLES: TableDef[] = [...DATA_TABLES, LOAD_RUNS];

export type Row = Record<string, Value>;

/** Failed documents all carry documentId `unknown`; their path keeps them apart. */
export function documentKey(doc: Pick<DocumentInfo, 'documentId' | 'file'>): string {
  return doc.documentId === 'unknown' ? `unknown:${createHash('sha256').update(doc.file).digest('hex').slice(0, 12)}` : doc.documentId;
}

const q = (v: Quantity | null, prefix: string): Row => ({
  [`${prefix}_comparator`]: v?.comparator ?? null,
  [`${prefix}_value`]: v?.value ?? null,
  [`${prefix}_value_max`]: v?.valueMax ?? null,
  [`${prefix}_unit`]: v?.unit ?? null,
});

function recordRow(r: IndicatorRecord): Row {
  return {
    id: r.id,
    document_id: r.documentId,
    table_no: r.table,
    table_title: r.tableTitle,
    seq: r.seq,
    province: r.region.province,
    city: r.region.city,
    county: r.region.county,
    dimension_code: r.dimensionCode,
    dimension: r.dimension,
    dimension_points: r.dimensionPoints,
    subdimension: r.subdimension,
    indicator_code: r.indicatorCode,
    indicator: r.indicator,
    indicator_points: r.indicatorPoints,
    criterion_code: r.criterionCode,
    criterion: r.criterion,
    scoring_method: r.scoringMethod,
    criterion_points: r.criterionPoints,
    aspect: r.aspect,
    task_code: r.taskCode,
    task: r.task,
    baseline: r.baseline,
    baseline_date: r.baselineDate,
    target: r.target,
    target_date: r.targetDate,
    deadline_raw: r.deadline?.raw ?? null,
    deadline_kind: r.deadline?.kind ?? null,
    deadline_start: r.deadline?.start ?? null,
    deadline_end: r.deadline?.end ?? null,
    deadline_frequency: r.deadline?.frequency ?? null,
    deadline_month: r.deadline?.month ?? null,
    deadline_inherited: r.deadline ? r.deadline.inherited : null,
    notes: r.notes,
    ...q(r.baselineValue, 'baseline'),
    ...q(r.targetValue, 'target'),
    source_file: r.provenance?.file,
    source_row_first: r.provenance?.rows?.[0],
    source_row_last: r.provenance?.rows?.[1],
    provenance: JSON.stringify(r.provenance),
    flags: JSON.stringify(r.flags ?? []),
  };
}

function diagnosticId(docKey: string, d: Dataset['diagnostics'][number], seen: Map<string, number>): string {
  const l = d.location ?? {};
  const h = createHash('sha256')
    .update([d.severity, d.code, d.message, l.table ?? '', l.row ?? '', l.column ?? '', l.page ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 12);
  const base = `${docKey}-${h}`;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return `${base}-${n}`;
}

export interface TableRows {
  table: TableDef;
  rows: Row[];
}

export interface DatasetRows {
  tables: TableRows[];
  /** Document keys this load covers: their child rows are replaced. */
  documentKeys: string[];
  /** Documents (and their rows) skipped because the same document appeared earlier in the dataset. */
  duplicateDocuments: string[];
}

/**
 * Dataset → rows per table. The same document converted from two paths (same bytes,
 * same id) is loaded once: ids must stay unique.
 */
export function datasetRows(ds: Dataset): DatasetRows {
  const keys = new Map<string, string>(); // file → document key
  const docs: Row[] = [];
  const seenDoc = new Set<string>();
  const duplicateDocuments: string[] = [];
  const keepFile = new Set<string>();
  for (const d of ds.documents) {
    const key = documentKey(d);
    keys.set(d.file, key);
    if (seenDoc.has(key)) {
      duplicateDocuments.push(d.file);
      continue;
    }
    seenDoc.add(key);
    keepFile.add(d.file);
    docs.push({
      document_id: key,
      file: d.file,
      format: d.format,
      title: d.title,
      province: d.region.province,
      city: d.region.city,
      county: d.region.county,
      year: d.year,
      year_end: d.yearEnd,
      fields: JSON.stringify(d.fields ?? {}),
      tables: d.tables,
      status: d.status,
    });
  }
  const fromKept = (file: string | undefined | null) => file == null || keepFile.has(file);
  const records = ds.records.filter((r) => fromKept(r.provenance?.file));
  const departments: Row[] = records.flatMap((r) =>
    r.departments.map((d, i) => ({
      id: `${r.id}-${i + 1}`,
      record_id: r.id,
      document_id: r.documentId,
      position: i + 1,
      name: d.name,
      raw: d.raw,
      role: d.role,
      scope: d.scope,
      known: d.known,
    })),
  );
  const allocations: Row[] = ds.allocations
    .filter((a) => fromKept(a.provenance?.file))
    .map((a) => ({
      id: a.id,
      document_id: a.documentId,
      table_no: a.table,
      seq: a.seq,
      metric: a.metric,
      unit: a.unit,
      assignee: a.assignee,
      value: a.value,
      comparator: a.comparator,
      raw: a.raw,
      source_file: a.provenance.file,
      source_row_first: a.provenance.rows[0],
      source_row_last: a.provenance.rows[1],
    }));
  const seen = new Map<string, number>();
  const diagnostics: Row[] = ds.diagnostics
    .filter((d) => fromKept(d.file))
    .map((d) => {
      const docKey = (d.file != null ? keys.get(d.file) : undefined) ?? (d.documentId && d.documentId !== 'unknown' ? d.documentId : 'batch');
      const l = d.location ?? {};
      return {
        id: diagnosticId(docKey, d, seen),
        document_id: docKey,
        file: d.file ?? null,
        severity: d.severity,
        code: d.code,
        message: d.message,
        table_no: l.table ?? null,
        row_no: l.row ?? null,
        column_no: l.column ?? null,
        page: l.page ?? null,
      };
    });
  const documentKeys = [...seenDoc];
  if (diagnostics.some((d) => d.document_id === 'batch')) documentKeys.push('batch');
  return {
    tables: [
      { table: DOCUMENTS, rows: docs },
      { table: RECORDS, rows: records.map(recordRow) },
      { table: DEPARTMENTS, rows: departments },
      { table: ALLOCATIONS, rows: allocations },
      { table: DIAGNOSTICS, rows: diagnostics },
    ],
    documentKeys,
    duplicateDocuments,
  };
}
