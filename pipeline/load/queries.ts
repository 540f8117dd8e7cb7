// The analyst queries documented in README.md. Each runs unchanged on DuckDB and
// PostgreSQL (counts are cast to INTEGER so both drivers return plain numbers).
import type { Executor } from './sql.ts';

/** How many records name each canonical department, and in which cities. */
export const RECORDS_PER_DEPARTMENT = `
SELECT dep.name AS department,
       CAST(COUNT(DISTINCT dep.record_id) AS INTEGER) AS records,
       CAST(COUNT(DISTINCT COALESCE(doc.city, doc.province, '?')) AS INTEGER) AS cities,
       STRING_AGG(DISTINCT COALESCE(doc.city, doc.province, '?'), ', ' ORDER BY COALESCE(doc.city, doc.province, '?')) AS places
FROM departments dep
JOIN records r ON r.id = dep.record_id
JOIN documents doc ON doc.document_id = r.document_id
GROUP BY dep.name
ORDER BY records DESC, department
LIMIT $1`;

/** Records whose deadline falls in a month ($1 = 'YYYY-MM'): dated ones ending that month, and yearly ones due that month. */
export const DEADLINES_IN_MONTH = `
SELECT COALESCE(doc.city, doc.province, '?') AS place,
       r.id,
       COALESCE(r.task, r.criterion, r.indicator) AS item,
       r.deadline_raw,
       r.deadline_kind,
       r.deadline_end
FROM records r
JOIN documents doc ON doc.document_id = r.document_id
WHERE (r.deadline_kind IN ('date', 'range') AND SUBSTR(r.deadline_end, 1, 7) = $1)
   OR (r.deadline_kind = 'recurring' AND r.deadline_frequency = 'yearly' AND r.deadline_month = CAST(SUBSTR($1, 6, 2) AS INTEGER))
ORDER BY place, r.document_id, r.table_no, r.seq`;

/**
 * Points per dimension: an indicator's points repeat on every record under it (merged
 * cell), so they are taken once per indicator; criterion points are per record.
 */
export const POINTS_PER_DIMENSION = `
WITH ind AS (
  SELECT document_id, dimension, indicator_code, indicator,
         MIN(seq) AS first_seq,
         MAX(dimension_points) AS dimension_points,
         MAX(indicator_points) AS indicator_points,
         SUM(criterion_points) AS criterion_points
  FROM records
  WHERE dimension IS NOT NULL
  GROUP BY document_id, dimension, indicator_code, indicator
)
SELECT COALESCE(doc.city, doc.province, '?') AS place,
       ind.dimension,
       CAST(COUNT(*) AS INTEGER) AS indicators,
       MAX(ind.dimension_points) AS stated_points,
       SUM(ind.indicator_points) AS indicator_points,
       SUM(ind.criterion_points) AS criterion_points
FROM ind
JOIN documents doc ON doc.document_id = ind.document_id
GROUP BY COALESCE(doc.city, doc.province, '?'), ind.document_id, ind.dimension
ORDER BY place, ind.document_id, MIN(ind.first_seq)`;

export async function recordsPerDepartment(ex: Executor, limit = 15) {
  return ex.all(RECORDS_PER_DEPARTMENT, [limit]);
}
export async function deadlinesInMonth(ex: Executor, month: string) {
  return ex.all(DEADLINES_IN_MONTH, [month]);
}
export async function pointsPerDimension(ex: Executor) {
  return ex.all(POINTS_PER_DIMENSION);
}
