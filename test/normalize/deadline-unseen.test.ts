// Deadline texts from places the seeds do not cover (rows and sources in deadline-unseen.cells.ts),
// checked against the Deadline grammar and the choices at the top of pipeline/normalize/deadline.ts.
// Unspecified rate over these rows: 23 of 69 (33.3%, 9 rows read wrong) before the vocabulary and
// rules for them (每学期, `一` typed for a dash, `5月9日至20日`, 全年/年度内, the due month of a
// yearless range, a yearless date next to 长期坚持), 20 of 69 (29.0%, none wrong) after; the rest
// state no year, no time at all, or a repetition the schema has no frequency for. Three rows added
// later (milestones ①②③ whose text names the year: 2023 before the rule, 2023-06 after): 20 of 72.
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../pipeline/normalize/deadline.ts';
import { BRIEF, ROWS } from './deadline-unseen.cells.ts';

const parse = (text: string, year: number | null) => parseDeadline([text], { documentId: 'unseen', year });

describe('deadline texts of county and township documents', () => {
  it('has at least 60 texts, most with a source address', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
    expect(ROWS.filter((r) => r[3] !== BRIEF).length).toBeGreaterThan(ROWS.length / 2);
  });

  it.each(ROWS.map((r) => [r[0], r[1] ?? '-', r[2]] as const))('%s (year %s)', (text, year, want) => {
    const r = parse(text, year === '-' ? null : year);
    expect(r.value).toMatchObject({ raw: text, inherited: false, ...want });
  });

  it('warns exactly for the texts that give no usable time', () => {
    for (const [text, year, want] of ROWS) {
      const warned = parse(text, year).diagnostics.some((d) => d.severity === 'warning');
      expect([text, warned]).toEqual([text, want.kind === 'unspecified']);
    }
  });

  it('a repetition without a schema frequency keeps its text and names the interval', () => {
    for (const [text, interval] of [
      ['每两年', 'every two years'],
      ['每三年开展一次评估', 'every three years'],
      ['每周五前', 'weekly'],
    ] as const) {
      const r = parse(text, 2024);
      expect(r.value).toMatchObject({ raw: text, kind: 'unspecified', frequency: null });
      expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'deadline-frequency-unsupported' })]);
      expect(r.diagnostics[0]!.message).toContain(interval);
    }
  });

  it('a yearless month range keeps its due month; with the document year it is a range', () => {
    expect(parse('1-6月', null).value).toMatchObject({ kind: 'unspecified', month: 6 });
    expect(parse('1-6月', 2024).value).toMatchObject({ kind: 'range', start: '2024-01', end: '2024-06' });
    expect(parse('1-6月', 2024).diagnostics.map((d) => d.code)).toEqual(['deadline-year-assumed']);
  });

  it('a start month next to an ongoing word stays ongoing without a year', () => {
    expect(parse('6月起持续开展', null).value).toMatchObject({ kind: 'ongoing', start: null });
  });
});
