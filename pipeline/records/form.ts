// A key/value form table → document fields. `行政负责人 | 戴 源 | 职务：市长` gives
// 行政负责人 = 戴源 and 行政负责人职务 = 市长; a choice list marked with ☑ keeps the
// chosen option only. Group cells spanning the left column (`申报城市 基本信息`) are labels
// of the section, not fields; they are kept in a diagnostic-free `_sections` list.
import type { Grid } from '../grid/index.ts';
import { normalizeText } from '../normalize/text.ts';

function chosen(value: string): string {
  if (!/[☑☐]/.test(value)) return value;
  const parts = value.split(/([☑☐])/);
  const picked: string[] = [];
  for (let i = 1; i < parts.length; i += 2) if (parts[i] === '☑') picked.push(parts[i - 1]!.trim());
  return picked.join('、');
}

/** Fields of a form, and the texts that are no field value (section labels, the option lists a ☑ chose from). */
export function formFields(grid: Grid): { fields: Record<string, string>; other: string[] } {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const texts = grid.at[r]!.map((g, c) => (g.c === c && g.r === r ? normalizeText(g.lines) : ''));
    // the label is the first non-empty cell after an optional group cell
    let i = texts.findIndex((t) => t);
    if (i < 0) continue;
    if (texts.filter(Boolean).length >= 3 && i === 0 && texts[1]) i = 1;
    else if (i === 0 && grid.at[r]![0]!.rs > 1) i = 1;
    if (i > 0 && texts[0]) other.push(texts[0]);
    const label = texts[i]!.replace(/[:：]$/, '');
    const rest = texts.slice(i + 1).filter(Boolean);
    if (!label || !rest.length) continue;
    fields[label] = chosen(rest[0]!);
    if (fields[label] !== rest[0]) other.push(`${label}: ${rest[0]}`);
    for (const extra of rest.slice(1)) {
      const m = extra.match(/^([^：:]{1,20})[：:]\s*(.*)$/);
      if (m) fields[label + m[1]!.trim()] = m[2]!.trim();
      else fields[`${label}（续）`] = extra;
    }
  }
  return { fields, other };
}
