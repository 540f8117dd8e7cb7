// What the main thread keeps of a converted file: counts for the summary and the
// sort key, never the records themselves.
import type { FileResult } from '../convert.ts';

export interface FileStats {
  /** document.file: the key the dataset is sorted by. */
  file: string;
  format: string;
  status: 'ok' | 'failed';
  records: number;
  allocations: number;
  warnings: number;
  errors: number;
  /** Messages of unknown-department diagnostics (the summary counts distinct ones). */
  unknownDepartments: string[];
  /** The first error's message, for the one-line failure report. */
  firstError: string | null;
}

export function statsOf(r: FileResult): FileStats {
  let warnings = 0;
  let errors = 0;
  let firstError: string | null = null;
  const unknown = new Set<string>();
  for (const d of r.diagnostics) {
    if (d.severity === 'warning') warnings++;
    else if (d.severity === 'error') {
      errors++;
      firstError ??= d.message;
    }
    if (d.code === 'unknown-department') unknown.add(d.message);
  }
  return {
    file: r.document.file,
    format: r.document.format,
    status: r.document.status,
    records: r.records.length,
    allocations: r.allocations.length,
    warnings,
    errors,
    unknownDepartments: [...unknown].sort(),
    firstError,
  };
}
