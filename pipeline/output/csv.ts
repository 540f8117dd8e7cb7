// Flat CSV forms of records and allocations (canonical-schema.md, "Flat CSV").
// UTF-8 with BOM by default, RFC 4180 quoting (fast-csv), spreadsheet-safe cells.
import { writeToString } from '@fast-csv/format';
import type { Allocation, IndicatorRecord } from '../../schemas/dataset.ts';

export const RECORD_COLUMNS = [
  'id', 'documentId', 'file', 'province', 'city', 'county', 'table', 'seq', 'dimensionCode', 'dimension', 'dimensionPoints',
  'subdimension', 'indicatorCode', 'indicator', 'indicatorPoints', 'criterionCode', 'criterion', 'scoringMethod', 'criterionPoints',
  'aspect', 'taskCode', 'task', 'baseline', 'baselineDate', 'target', 'targetDate', 'leadDepartments', 'supportDepartments',
  'responsibleDepartments', 'deadlineRaw', 'deadlineKind', 'deadlineStart', 'deadlineEnd', 'deadlineFrequency', 'deadlineMonth',
  'notes', 'flags',
  // Extension (README): parsed baseline/target quantities.
  'baselineComparator', 'baselineValue', 'baselineUnit', 'targetComparator', 'targetValue', 'targetValueMax', 'targetUnit',
] as const;

export const ALLOCATION_COLUMNS = ['id', 'documentId', 'file', 'table', 'seq', 'metric', 'unit', 'assignee', 'value', 'comparator', 'raw'] as const;

/** Cells starting with = + - @ (or tab/CR) are formulas to a spreadsheet: prefix a quote. */
export function safeCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
}

/** The names of a record's departments in one role, `;`-separated. */
function departmentsIn(r: IndicatorRecord, role: string): string {
  const names: string[] = [];
  for (const d of r.departments) if (d.role === role) names.push(d.name);
  return names.join(';');
}

export function recordRow(r: IndicatorRecord): string[] {
  const v: Record<(typeof RECORD_COLUMNS)[number], unknown> = {
    id: r.id, documentId: r.documentId, file: r.provenance.file, province: r.region.province, city: r.region.city, county: r.region.county,
    table: r.table, seq: r.seq, dimensionCode: r.dimensionCode, dimension: r.dimension, dimensionPoints: r.dimensionPoints,
    subdimension: r.subdimension, indicatorCode: r.indicatorCode, indicator: r.indicator, indicatorPoints: r.indicatorPoints,
    criterionCode: r.criterionCode, criterion: r.criterion, scoringMethod: r.scoringMethod, criterionPoints: r.criterionPoints,
    aspect: r.aspect, taskCode: r.taskCode, task: r.task, baseline: r.baseline, baselineDate: r.baselineDate, target: r.target,
    targetDate: r.targetDate, leadDepartments: departmentsIn(r, 'lead'), supportDepartments: departmentsIn(r, 'support'), responsibleDepartments: departmentsIn(r, 'responsible'),
    deadlineRaw: r.deadline?.raw, deadlineKind: r.deadline?.kind, deadlineStart: r.deadline?.start, deadlineEnd: r.deadline?.end,
    deadlineFrequency: r.deadline?.frequency, deadlineMonth: r.deadline?.month, notes: r.notes, flags: r.flags.join(';'),
    baselineComparator: r.baselineValue?.comparator, baselineValue: r.baselineValue?.value, baselineUnit: r.baselineValue?.unit,
    targetComparator: r.targetValue?.comparator, targetValue: r.targetValue?.value, targetValueMax: r.targetValue?.valueMax, targetUnit: r.targetValue?.unit,
  };
  const out: string[] = [];
  for (const c of RECORD_COLUMNS) out.push(safeCell(v[c]));
  return out;
}

export function allocationRow(a: Allocation): string[] {
  return [a.id, a.documentId, a.provenance.file, a.table, a.seq, a.metric, a.unit, a.assignee, a.value, a.comparator, a.raw].map(safeCell);
}

export async function toCsv(header: readonly string[], rows: string[][], bom = true): Promise<string> {
  const body = await writeToString([header as string[], ...rows], { quoteColumns: false, rowDelimiter: '\r\n', includeEndRowDelimiter: true });
  return (bom ? '\uFEFF' : '') + body;
}
