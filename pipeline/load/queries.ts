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

// Raw-cell versions of parsePoints (pipeline/normalize/dates.ts): a `（13分）` closing the indicator
// text, and any other amount beside it (two amounts state no points). No backslashes or lookaheads,
// so PostgreSQL's and DuckDB's (RE2) regexp_replace read them alike.
const NUM = '[0-9０-９]+([.．][0-9０-９]+)?';
const SP = '[[:space:]\u3000]*'; // U+3000: the ideographic space
const POINTS_SUFFIX = `[（(]${SP}(${NUM}${SP}分|分${SP}${NUM})${SP}[)）]${SP}[。；;]?${SP}$`;
const POINT_AMOUNT = `${NUM}${SP}分([^钟之]|$)|分${SP}${NUM}${SP}[)）]`;

/**
 * Points per dimension, each 分值 counted once as the checks count it (pointsSources in
 * pipeline/checks/index.ts): the indicator's own points — no 分值 cell in provenance.cells, or a
 * `（N分）` closing the indicator cell — once per indicator; a 分值 written on a row once for that
 * row (a scoring standard writes 20/20/20 on each row of one indicator); a record flagged
 * points-from-merged-cell with the same indicator and points as the record above not at all (it is
 * that record's 分值). The loaded provenance keeps the raw cells, so the query makes the checks' test
 * (without their text normalisation). Criterion points add up per record.
 */
export const POINTS_PER_DIMENSION = `
WITH pts AS (
  SELECT id, document_id, table_no, seq, indicator_points,
         CAST(table_no AS VARCHAR) || '|' || CAST(source_row_first AS VARCHAR) AS row_key,
         CAST(table_no AS VARCHAR) || '|' || COALESCE(dimension_code, '') || '|' || COALESCE(dimension, '') || '|' || COALESCE(subdimension, '')
           || '|' || COALESCE(indicator_code, '') || '|' || COALESCE(indicator, '') AS ind_key,
         provenance->'cells'->>'indicatorPoints' IS NULL AS no_points_cell,
         COALESCE(provenance->'cells'->>'indicator', '') AS ind_text,
         REGEXP_REPLACE(COALESCE(provenance->'cells'->>'indicator', ''), '${POINTS_SUFFIX}', '') AS ind_rest,
         CAST(flags AS VARCHAR) LIKE '%"points-from-merged-cell"%' AS merged
  FROM records
  WHERE indicator_points IS NOT NULL
), src AS (
  SELECT id, document_id, table_no, seq, indicator_points,
         CASE WHEN no_points_cell OR (ind_rest <> ind_text AND REGEXP_REPLACE(ind_rest, '${POINT_AMOUNT}', '') = ind_rest) THEN 'indicator:' || ind_key
              WHEN merged AND LAG(ind_key) OVER w = ind_key AND LAG(indicator_points) OVER w = indicator_points THEN NULL
              ELSE 'row:' || row_key END AS source
  FROM pts
  WINDOW w AS (PARTITION BY document_id ORDER BY table_no, seq)
), counted AS (
  SELECT id, indicator_points
  FROM (SELECT id, indicator_points, ROW_NUMBER() OVER (PARTITION BY document_id, source ORDER BY table_no, seq) AS n
        FROM src WHERE source IS NOT NULL) s
  WHERE n = 1
), ind AS (
  SELECT r.document_id, r.dimension, r.indicator_code, r.indicator,
         MIN(r.seq) AS first_seq,
         MAX(r.dimension_points) AS dimension_points,
         SUM(c.indicator_points) AS indicator_points,
         SUM(r.criterion_points) AS criterion_points
  FROM records r
  LEFT JOIN counted c ON c.id = r.id
  WHERE r.dimension IS NOT NULL
  GROUP BY r.document_id, r.dimension, r.indicator_code, r.indicator
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
