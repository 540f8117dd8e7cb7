// Deadline texts of other provinces' and cities' plans (rows and sources in deadline-regions.cells.ts),
// checked against the Deadline grammar and the choices at the top of pipeline/normalize/deadline.ts.
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../pipeline/normalize/deadline.ts';
import { ROWS } from './deadline-regions.cells.ts';

const parse = (text: string, year: number | null) => parseDeadline([text], { documentId: 'regions', year, location: { table: 1, row: 4, column: 5 } });

describe('deadline texts of other provinces and cities', () => {
  it('has at least 80 texts', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(ROWS.map((r) => [r[0], r[1] ?? '-', r[2]] as const))('%s (year %s)', (text, year, want) => {
    const r = parse(text, year === '-' ? null : year);
    expect(r.value).toMatchObject({ raw: text, inherited: false, ...want });
  });

  it('warns, at the cell, exactly for the texts that give no usable time', () => {
    for (const [text, year, want] of ROWS) {
      const warnings = parse(text, year).diagnostics.filter((d) => d.severity === 'warning');
      expect([text, warnings.length > 0]).toEqual([text, want.kind === 'unspecified']);
      for (const w of warnings) expect(w.location).toEqual({ table: 1, row: 4, column: 5 });
    }
  });

  it('a date that starts later work is not the due date; the one before it is', () => {
    const r = parse('2024年底前出台，2025年起实施', null);
    expect(r.value).toMatchObject({ kind: 'date', end: '2024-12' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['deadline-several-dates']);
    // only start dates: the latest still counts
    expect(parse('2023年启动、2025年完成', null).value).toMatchObject({ kind: 'range', start: '2023', end: '2025' });
  });

  it('至今 and 及以后 after a year read like 起; 至 between two dates is still a range', () => {
    expect(parse('2024年至今', null).value).toMatchObject({ kind: 'ongoing', start: '2024' });
    expect(parse('2024年至2025年', null).value).toMatchObject({ kind: 'range', start: '2024', end: '2025' });
  });

  it('a holiday on a fixed date is its month; one that moves (春节) is not a month', () => {
    expect(parse('2025年国庆前', null).value).toMatchObject({ kind: 'date', end: '2025-10' });
    expect(parse('2026年春节前', null).value).toMatchObject({ kind: 'date', end: '2026' });
  });
});
