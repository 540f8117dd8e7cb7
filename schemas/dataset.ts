// The canonical dataset, schema version 1 — the executable form of
// ../shared/spec/canonical-schema.md. `govtables schema` prints it as JSON Schema.
import { z } from 'zod';

export const SCHEMA_VERSION = '1';

const str = z.string();
const nstr = z.string().nullable();
const nnum = z.number().nullable();

export const RegionSchema = z.object({
  province: nstr,
  city: nstr,
  county: nstr,
});

export const DepartmentSchema = z.object({
  name: str.describe('canonical current name, level prefix kept, place name dropped'),
  raw: str.describe('the piece of the cell it came from'),
  role: z.enum(['lead', 'support', 'responsible']),
  scope: nstr,
  known: z.boolean(),
});

export const DeadlineSchema = z.object({
  raw: str,
  kind: z.enum(['date', 'range', 'recurring', 'ongoing', 'completed', 'unspecified']),
  start: nstr,
  end: nstr,
  frequency: z.enum(['yearly', 'half-yearly', 'quarterly', 'monthly']).nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  inherited: z.boolean(),
});

/** Parsed form of a target/baseline text (`98%以上` → >= 98 %). Extension of schema v1, see README. */
export const QuantitySchema = z.object({
  comparator: z.enum(['>=', '<=', '>', '<', '=']).nullable(),
  value: z.number(),
  /** Upper bound when the text states a range (`5-45名`). */
  valueMax: nnum,
  unit: nstr,
});

export const ProvenanceSchema = z.object({
  file: str,
  format: str,
  table: z.number().int(),
  rows: z.tuple([z.number().int(), z.number().int()]),
  pages: z.array(z.number().int()),
  cells: z.record(z.string(), z.string()),
  mode: z.string().optional(),
});

export const IndicatorRecordSchema = z.object({
  id: str,
  documentId: str,
  table: z.number().int(),
  tableTitle: nstr,
  seq: z.number().int(),
  region: RegionSchema,
  dimensionCode: nstr,
  dimension: nstr,
  dimensionPoints: nnum,
  subdimension: nstr,
  indicatorCode: nstr,
  indicator: nstr,
  indicatorPoints: nnum,
  criterionCode: nstr,
  criterion: nstr,
  scoringMethod: nstr,
  criterionPoints: nnum,
  aspect: nstr,
  taskCode: nstr,
  task: nstr,
  baseline: nstr,
  baselineDate: nstr,
  target: nstr,
  targetDate: nstr,
  departments: z.array(DepartmentSchema),
  deadline: DeadlineSchema.nullable(),
  notes: nstr,
  baselineValue: QuantitySchema.nullable(),
  targetValue: QuantitySchema.nullable(),
  provenance: ProvenanceSchema,
  flags: z.array(str),
});

export const AllocationSchema = z.object({
  id: str,
  documentId: str,
  table: z.number().int(),
  seq: z.number().int(),
  metric: str,
  unit: nstr,
  assignee: str,
  value: nnum,
  comparator: z.enum(['>=', '<=', '>', '<', '=']).nullable(),
  raw: str,
  provenance: ProvenanceSchema,
});

export const LocationSchema = z.object({
  table: z.number().int().nullable().optional(),
  row: z.number().int().nullable().optional(),
  column: z.number().int().nullable().optional(),
  page: z.number().int().nullable().optional(),
});

export const DiagnosticSchema = z.object({
  documentId: nstr,
  file: nstr.optional(),
  severity: z.enum(['error', 'warning', 'info']),
  code: str,
  message: str,
  location: LocationSchema,
});

export const DocumentSchema = z.object({
  documentId: str,
  file: str,
  format: z.enum(['docx', 'pdf', 'txt', 'md', 'html', 'doc', 'xlsx']),
  title: nstr,
  region: RegionSchema,
  year: nnum,
  yearEnd: nnum,
  fields: z.record(z.string(), z.string()),
  tables: z.number().int(),
  status: z.enum(['ok', 'failed']),
});

export const DatasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.object({ name: z.literal('govtables'), version: str }),
  documents: z.array(DocumentSchema),
  records: z.array(IndicatorRecordSchema),
  allocations: z.array(AllocationSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Region = z.infer<typeof RegionSchema>;
export type Department = z.infer<typeof DepartmentSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type IndicatorRecord = z.infer<typeof IndicatorRecordSchema>;
export type Allocation = z.infer<typeof AllocationSchema>;
export type DocumentInfo = z.infer<typeof DocumentSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type Role = Department['role'];

/** JSON Schema of the dataset file (draft 2020-12), generated from the zod schema. */
export function datasetJsonSchema(): unknown {
  return z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12' });
}
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(IndicatorRecordSchema, { target: 'draft-2020-12' });
}
