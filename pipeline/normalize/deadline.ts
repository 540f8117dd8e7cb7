// The Deadline grammar of the canonical schema (kinds date / range / recurring /
// ongoing / completed / unspecified), applied to one deadline cell or to a
// document-level note.
//
// Words (frequencies, ongoing and completed words, start markers, range
// separators, note leads) are data: pipeline/data/deadline-vocab.json; calendar
// words (年底, 上半年, 质量月…) are in date-vocab.json and scanned by dates.ts.
//
// Rules where a cell says more than one thing (documented in the report and here):
// - A frequency word (每年, 每季度…) makes the cell recurring; a date written right
//   before it with a start marker (`2018年起每年`) is its start; a month or named
//   month after it (`每年9月份前`, `每年质量月`) is its month.
// - A dated deadline beats a recurring or ongoing phrase in the same cell
//   (`2018年12月前完成，以后每年持续推进` → date, end 2018-12): the date is the only
//   part a loader can compare. Info diagnostic `deadline-mixed` records the drop.
// - Two dates joined by a range separator (—, -, ~, 至, 到) are a range; a second
//   date without a year takes the first one's (`2018年10月-12月`).
// - Several dates that are not one range → date, end = the latest (every milestone
//   must be met by then), info diagnostic `deadline-several-dates`. A year written alone
//   whose year later yearless months in the cell take (`①3月底前，明确2023年目标。②5月底前…
//   ③6月底前…`) is the year those milestones fall in, not a due date of its own: the latest
//   of the others is kept, with its month (2023-06, not 2023).
// - A date followed directly by a start marker and nothing else dated
//   (`2018年起持续开展`, `2018年10月起`) → ongoing with that start.
// - A completed word (已完成, 已落实) → completed, keeping a written date as end.
// - A month or period without a year (`6月底前`, `下半年`) takes ctx.year when the
//   caller knows the document's year (info `deadline-year-assumed`); otherwise the
//   deadline is unspecified with that month and warning `deadline-year-missing`.
// - A year written relative to the document's (`次年1月`, `当年底`; words in
//   deadline-vocab.json relativeYears) is counted from ctx.year (info
//   `deadline-relative-year`), except in a recurring cell, where it follows each year.
//   `年内`/`当年` right after a number are not relative (`2023年内` is dated, `一年内` a duration).
//   Without a document year such a cell is unspecified with warning `deadline-year-missing`.
// - A five-year plan named in the cell (planPeriods: `“十四五”期间`, `十三五时期`) is the range of
//   its years (2021..2025); with an end word (`“十四五”末`, `收官之年`) it is its last year, a
//   date at year precision. Info `deadline-plan-period`.
// - `2023年起` → ongoing from 2023 (work starts, no due date). `2023年启动、2025年完成` (a date with
//   a start marker, then a later date without one) → range 2023..2025; `2023年6月底前启动，12月底前
//   完成` stays a date (启动 after 前 is a milestone, not a start).
// - A range right before a frequency (`2023年至2025年每年开展一次`) bounds the recurrence:
//   recurring yearly, start 2023, end 2025.
// - `2023年底前完成并长期坚持` → date, end 2023-12 (the dated rule above; info `deadline-mixed`).
// - Work in progress (`正在推进`, `分阶段推进`) is ongoing; `分年度推进` is recurring yearly.
// - Cells that state no time (`根据上级部署`, `按省统一部署`, `立行立改`) → unspecified with warning
//   `deadline-not-understood`: the date is set elsewhere and an analyst has to look it up.
// - Bare year ranges (`2023-2025`), bare month ranges (`2023年1-6月`) and quarters written `Q3`
//   read like their Chinese forms; the same date or range written twice counts once.
// - A month range without a year (`1-6月`) is a range in the document's year when it is known
//   (2024-01..2024-06, info `deadline-year-assumed`); without it the cell is unspecified with the
//   month due, the range's end (6), and warning `deadline-year-missing`. Several yearless dates keep
//   the latest month. A yearless date next to an ongoing word (`年底前完成并长期坚持`) is that date
//   (year missing → unspecified, month 12), unless it is where the work starts (`6月起持续开展` → ongoing).
// - Repetitions the schema's frequency list (yearly, half-yearly, quarterly, monthly) has no value
//   for (`每两年`, `每三年`, `隔年`, `每两个月`, `每周`; deadline-vocab.json unsupportedFrequencies)
//   stay unspecified with the text kept and warning `deadline-frequency-unsupported` naming the
//   interval; a dated deadline in the same cell still wins (info `deadline-mixed`). `每学期` (two
//   semesters a year) is half-yearly.
// - Several dates where some carry a start marker (`2024年底前出台，2025年起实施`): those are where
//   later work starts; the latest of the others is the due date (2024-12), info `deadline-several-dates`.
// - `2024年至今`, `2025年及以后` read like `2024年起` (startMarkers); `即日起`, `已启动`, `逐步推进`, `有序推进`
//   are ongoing; `上、下半年各一次` is half-yearly. Fixed holidays are their month (`2025年国庆前` → 2025-10,
//   date-vocab.json namedMonths); a duration (`三年内`, `2年内`) and `近期`/`远期` stay unspecified, warned.
// - `5月9日至20日`: a day written alone after a range separator takes the month before it. `一`
//   standing alone between two dates is a dash typed as the numeral (`2023年2月一2023年3月` is a range).
// - `全年`, `年度内` (like `年内`) are the document's year when it is known.
// - Seasonal words with no fixed month (`汛期前`, `开学第一周`) are not dates: unspecified and
//   warned, or the year alone when one is written (`2024年汛期前` → 2024); `每年汛期前` is yearly.
import type { Deadline } from '../../schemas/dataset.ts';
import vocab from '../data/deadline-vocab.json' with { type: 'json' };
import { diag, type Diagnostic, type Location, type Result } from '../model.ts';
import { CHINESE_NUMERAL_CHARS, dateText, findDates, tokenMonth, tokenToIso, type DateToken } from './dates.ts';
import { normalizeText } from './text.ts';

type Frequency = NonNullable<Deadline['frequency']>;

const FREQUENCIES: [string, Frequency][] = (Object.entries(vocab.frequencies) as [string, Frequency][])
  .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1));
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
const ONGOING = byLength(vocab.ongoing);
const COMPLETED = byLength(vocab.completed);
const START_MARKERS = byLength(vocab.startMarkers);
const RANGE_SEPARATORS = new Set(vocab.rangeSeparators);
const UNSUPPORTED = Object.entries(vocab.unsupportedFrequencies as Record<string, string>)
  .filter(([w]) => !w.startsWith('$'))
  .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1));
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `5月9日至20日`: a day written alone after a range separator takes the month before it. */
const DAY_RANGE = new RegExp(`(\\d{1,2})月(\\d{1,2})日(${byLength(vocab.rangeSeparators).map(escapeRe).join('|')})(\\d{1,2})日`, 'g');

export interface DeadlineContext {
  documentId: string | null;
  location?: Location;
  /** The document's year, used for a month written without a year (`6月底前`). */
  year?: number | null;
}

function blank(raw: string): Deadline {
  return { raw, kind: 'unspecified', start: null, end: null, frequency: null, month: null, inherited: false };
}

/**
 * Earliest frequency word in the text (longest at the same place), skipping
 * words that lie inside a dated token (`2018年年底` holds 年年 but is one date).
 */
function findFrequency(s: string, tokens: DateToken[]): { index: number; length: number; frequency: Frequency } | null {
  const insideDate = (i: number, len: number) =>
    tokens.some((t) => t.year !== null && i < t.index + t.length && i + len > t.index);
  let best: { index: number; length: number; frequency: Frequency } | null = null;
  for (const [word, frequency] of FREQUENCIES) {
    for (let index = s.indexOf(word); index >= 0; index = s.indexOf(word, index + 1)) {
      if (insideDate(index, word.length)) continue;
      if (!best || index < best.index || (index === best.index && word.length > best.length)) {
        best = { index, length: word.length, frequency };
      }
      break;
    }
  }
  return best;
}

const containsAny = (s: string, words: readonly string[]) => words.find((w) => s.includes(w)) ?? null;

const RELATIVE_YEARS = Object.entries(vocab.relativeYears as Record<string, number | string>)
  .filter((e): e is [string, number] => typeof e[1] === 'number')
  .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1));

/**
 * `次年1月`, `当年底` → the year written out from the document's year. Left alone without a
 * document year, and in a recurring cell (`每年12月总结、次年1月上报`: 次年 follows each year).
 */
function relativeYears(s: string, year: number | null | undefined, noted: (word: string, year: number) => void): string {
  if (!year || FREQUENCIES.some(([w]) => s.includes(w))) return s;
  let out = s;
  for (const [word, offset] of RELATIVE_YEARS) {
    // `2023年内` is already dated, `一年内` is a duration: only a word that does not follow a number counts.
    const re = new RegExp(`(?<![\\d${CHINESE_NUMERAL_CHARS}])${word}`, 'g');
    if (!re.test(out)) continue;
    noted(word, year + offset);
    out = out.replace(re, `${year + offset}年`);
  }
  return out;
}

/** A relative year word standing on its own (as relativeYears reads it), for the year-missing warning. */
function hasRelativeYear(s: string): boolean {
  return RELATIVE_YEARS.some(([word]) => new RegExp(`(?<![\\d${CHINESE_NUMERAL_CHARS}])${word}`).test(s));
}

const PLAN_NAMES = Object.entries(vocab.planPeriods as unknown as Record<string, [number, number] | string>)
  .filter((e): e is [string, [number, number]] => Array.isArray(e[1]))
  .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1));
const alt = (words: readonly string[]) => byLength(words.filter((w) => w)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const PLAN_RE = new RegExp(
  `[“"‘']?(${PLAN_NAMES.map(([n]) => n).join('|')})[”"’']?(?:(${alt(vocab.planEndWords)})|(?:${alt(vocab.planPeriodWords)})?)`,
  'g',
);

/**
 * `“十四五”期间` → `2021年—2025年`, `十四五末` → `2025年`: a five-year plan named in the cell is
 * written out as its years (words in deadline-vocab.json planPeriods), so the date grammar reads it.
 */
function planPeriods(s: string, noted: (written: string, years: string) => void): string {
  return s.replace(PLAN_RE, (whole: string, name: string, end: string | undefined) => {
    const [from, to] = PLAN_NAMES.find(([n]) => n === name)![1];
    const years = end ? `${to}年` : `${from}年—${to}年`;
    noted(whole, years);
    return years;
  });
}

/** The start marker written directly after a token (`2018年起`), if any. */
function startMarkerAfter(s: string, t: DateToken): string | null {
  const after = s.slice(t.index + t.length);
  return START_MARKERS.find((w) => after.startsWith(w)) ?? null;
}

/** True when the text between two tokens is a range separator (optionally after 起). */
function isRangeBetween(s: string, a: DateToken, b: DateToken): boolean {
  let between = s.slice(a.index + a.length, b.index);
  const marker = START_MARKERS.find((w) => between.startsWith(w));
  if (marker) between = between.slice(marker.length);
  return RANGE_SEPARATORS.has(between);
}

/** Sort key of a resolved token's due date (a year alone counts as its December). */
function endKey(t: DateToken, year: number): number {
  const month = t.month ?? (t.period ? t.period[1] : 12);
  return year * 10_000 + month * 100 + (t.day ?? 31);
}

interface Item {
  start: { token: DateToken; year: number } | null;
  end: { token: DateToken; year: number };
}

/**
 * Parses one deadline cell. Empty cell → null. Anything not understood → kind
 * `unspecified`, raw kept, warning `deadline-not-understood`.
 */
export function parseDeadline(lines: string[] | string, ctx: DeadlineContext): Result<Deadline | null> {
  const raw = normalizeText(lines);
  if (!raw) return { value: null, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const note = (severity: Diagnostic['severity'], code: string, message: string) =>
    diagnostics.push(diag(ctx.documentId, severity, code, message, ctx.location ?? {}));

  const planned = planPeriods(dateText(raw), (written, years) =>
    note('info', 'deadline-plan-period', `The deadline "${raw}" names the plan period ${written}, read as ${years}.`),
  );
  const s = relativeYears(planned, ctx.year, (word, year) =>
    note('info', 'deadline-relative-year', `The deadline "${raw}" says ${word}, read from the document's year ${ctx.year} as ${year}.`),
  ).replace(DAY_RANGE, '$1月$2日$3$1月$4日');
  const tokens = findDates(s);
  const frequency = findFrequency(s, tokens);
  const completed = containsAny(s, COMPLETED);
  const ongoing = containsAny(s, ONGOING);
  const out = blank(raw);

  // A repetition the schema has no frequency for (`每两年`, `每周`): unspecified with its text kept,
  // unless a dated deadline stands in the cell too (that one wins, as over a recurring phrase).
  const unsupported = frequency ? null : UNSUPPORTED.find(([w]) => s.includes(w));
  if (unsupported) {
    if (!tokens.some((t) => t.year !== null)) {
      note(
        'warning',
        'deadline-frequency-unsupported',
        `The deadline "${raw}" repeats ${unsupported[1]} (${unsupported[0]}); the schema's frequencies (yearly, half-yearly, quarterly, monthly) have no value for it, so it is kept as written with kind unspecified.`,
      );
      return { value: out, diagnostics };
    }
    note('info', 'deadline-mixed', `The deadline "${raw}" mixes a dated deadline with a repetition (${unsupported[0]}); the dated deadline is kept.`);
  }

  // Recurring: the frequency word comes before any dated deadline, or the only
  // dated token is its start (`2018年起每年`).
  if (frequency) {
    const dated = tokens.filter((t) => t.year !== null);
    // `2023年至2025年每年开展一次`: a range right before the frequency bounds the recurrence.
    const [ra, rb] = dated;
    const bounds =
      dated.length === 2 && rb!.index + rb!.length <= frequency.index && isRangeBetween(s, ra!, rb!) && !s.slice(rb!.index + rb!.length, frequency.index).match(/[，,；;。、]/)
        ? { start: ra!, end: rb! }
        : null;
    const startTok = bounds?.start ?? dated.find((t) => t.index + t.length <= frequency.index && startMarkerAfter(s, t));
    const dueDates = dated.filter((t) => t !== startTok && t !== bounds?.end);
    if (dueDates.length === 0) {
      out.kind = 'recurring';
      out.frequency = frequency.frequency;
      out.start = startTok ? tokenToIso(startTok, 'start') : null;
      out.end = bounds ? tokenToIso(bounds.end, 'end') : null;
      // `> frequency.index`, not `>= fEnd`: in `每年底` the period `年底` shares 年 with `每年`.
      // a period inside the frequency word itself (`上、下半年各一次`) is no month of it
      const inWord = (t: DateToken) => t.index + t.length <= frequency.index + frequency.length;
      const months = tokens.filter((t) => t.year === null && t.index > frequency.index && !inWord(t)).map(tokenMonth).filter((m) => m !== null);
      out.month = months[0] ?? null;
      if (new Set(months).size > 1) {
        note('info', 'deadline-several-months', `The recurring deadline "${raw}" names several months; the first, ${months[0]}, is kept.`);
      }
      return { value: out, diagnostics };
    }
    note('info', 'deadline-mixed', `The deadline "${raw}" mixes a dated deadline with a recurring one; the dated deadline is kept.`);
    return dated_(tokens.filter((t) => t.year !== null || t.index < frequency.index));
  }
  return dated_(tokens);

  /** The month due among yearless tokens: a range's end (`1-6月` → 6), else the latest. */
  function dueMonth(toks: DateToken[]): number | null {
    const [a, b] = toks;
    if (a && b && isRangeBetween(s, a, b)) return tokenMonth(b);
    const months = toks.map(tokenMonth).filter((m): m is number => m !== null);
    return months.length ? Math.max(...months) : null;
  }

  /** Date / range / completed / ongoing / unspecified from the date tokens. */
  function dated_(toks: DateToken[]): Result<Deadline | null> {
    // Resolve years: a yearless token takes the previous token's year, else ctx.year.
    const resolved: { token: DateToken; year: number | null }[] = [];
    let assumed = false;
    for (const t of toks) {
      let year = t.year;
      const prev = resolved[resolved.length - 1];
      if (year === null && prev && prev.year !== null) {
        year = prev.year;
        // `2018年11月-2月` runs into the next year.
        const pm = tokenMonth(prev.token);
        const tm = tokenMonth(t);
        if (pm !== null && tm !== null && tm < pm && isRangeBetween(s, prev.token, t)) year += 1;
      } else if (year === null && ctx.year != null) {
        year = ctx.year;
        assumed = true;
      }
      resolved.push({ token: t, year });
    }
    const known = resolved.filter((r): r is { token: DateToken; year: number } => r.year !== null);
    const unknown = resolved.filter((r) => r.year === null);

    if (toks.some((t) => t.invalid)) {
      note('warning', 'deadline-invalid-date', `The deadline "${raw}" contains an impossible month or day; only the part that is possible was kept.`);
    }
    if (known.length === 0) {
      if (completed) {
        out.kind = 'completed';
        return { value: out, diagnostics };
      }
      // A month without a year is the deadline even next to an ongoing word (`年底前完成并长期坚持`),
      // unless it is where the ongoing work starts (`6月起持续开展`).
      if (unknown.length > 0 && !(ongoing && startMarkerAfter(s, unknown[0]!.token))) {
        out.month = dueMonth(unknown.map((u) => u.token));
        note('warning', 'deadline-year-missing', `The deadline "${raw}" gives a month or period but no year, and the document's year is not known.`);
        return { value: out, diagnostics };
      }
      if (ongoing) {
        out.kind = 'ongoing';
        return { value: out, diagnostics };
      }
      if (!ctx.year && hasRelativeYear(s)) {
        note('warning', 'deadline-year-missing', `The deadline "${raw}" gives a year relative to the document's, and the document's year is not known.`);
        return { value: out, diagnostics };
      }
      note('warning', 'deadline-not-understood', `The deadline "${raw}" was not understood and is kept as written.`);
      return { value: out, diagnostics };
    }
    if (assumed) {
      note('info', 'deadline-year-assumed', `The deadline "${raw}" gives no year; the document's year ${ctx.year} was assumed.`);
    }

    // Group into items: a token, or two tokens joined by a range separator.
    const grouped: Item[] = [];
    for (let i = 0; i < known.length; i++) {
      const a = known[i]!;
      const b = known[i + 1];
      if (b && isRangeBetween(s, a.token, b.token)) {
        grouped.push({ start: a, end: b });
        i++;
      } else {
        grouped.push({ start: null, end: a });
      }
    }
    // The same date or range written twice (`“十四五”时期（2021-2025年）`) is one item.
    const itemKey = (it: Item) =>
      `${it.start ? tokenToIso(it.start.token, 'start', it.start.year) : ''}..${tokenToIso(it.end.token, 'end', it.end.year)}`;
    const items = grouped.filter((it, i) => grouped.findIndex((o) => itemKey(o) === itemKey(it)) === i);

    if (items.length === 1) {
      const item = items[0]!;
      if (item.start) {
        out.kind = 'range';
        out.start = tokenToIso(item.start.token, 'start', item.start.year);
        out.end = tokenToIso(item.end.token, 'end', item.end.year);
      } else if (startMarkerAfter(s, item.end.token) && !completed) {
        // `2018年起持续开展`: a start, no due date.
        out.kind = 'ongoing';
        out.start = tokenToIso(item.end.token, 'start', item.end.year);
        return { value: out, diagnostics };
      } else {
        out.kind = 'date';
        out.end = tokenToIso(item.end.token, 'end', item.end.year);
      }
    } else if (
      items.length === 2 &&
      !items[0]!.start &&
      !items[1]!.start &&
      startMarkerAfter(s, items[0]!.end.token) &&
      !startMarkerAfter(s, items[1]!.end.token) &&
      endKey(items[1]!.end.token, items[1]!.end.year) > endKey(items[0]!.end.token, items[0]!.end.year)
    ) {
      // `2023年启动、2025年完成`: a start and a later due date are one range.
      out.kind = 'range';
      out.start = tokenToIso(items[0]!.end.token, 'start', items[0]!.end.year);
      out.end = tokenToIso(items[1]!.end.token, 'end', items[1]!.end.year);
    } else {
      // `明确2023年目标…②5月底前…③6月底前`: a year written alone that later yearless months take
      // as theirs is the year they fall in, not a due date of its own (it would count as December).
      const yearOnly = (t: DateToken) => t.month === null && t.period === null && t.day === null && t.named === null;
      const refined = (it: Item) =>
        !it.start &&
        yearOnly(it.end.token) &&
        known.some((k) => k.token.index > it.end.token.index && k.token.year === null && k.year === it.end.year && tokenMonth(k.token) !== null);
      // `2024年底前出台，2025年起实施`: a date with a start marker is where later work starts, not a due date
      const starts = (it: Item) => !it.start && startMarkerAfter(s, it.end.token) !== null;
      const dueItems = items.some((it) => !starts(it)) ? items.filter((it) => !starts(it)) : items;
      const due = dueItems.some((it) => !refined(it)) ? dueItems.filter((it) => !refined(it)) : dueItems;
      const last = due.map((it) => it.end).reduce((a, b) => (endKey(b.token, b.year) > endKey(a.token, a.year) ? b : a));
      out.kind = 'date';
      out.end = tokenToIso(last.token, 'end', last.year);
      note('info', 'deadline-several-dates', `The deadline "${raw}" names several dates; the latest, ${out.end}, is kept as the due date.`);
    }
    if (completed) {
      out.kind = 'completed';
    } else if (ongoing && !frequency) {
      note('info', 'deadline-mixed', `The deadline "${raw}" mixes a dated deadline with an ongoing one; the dated deadline is kept.`);
    }
    return { value: out, diagnostics };
  }
}

const NOTE_LEAD = new RegExp(`^(?:${byLength(vocab.noteLeads).join('|')})\\s*\\d*\\s*[:：]`);

/**
 * A document-level note that sets one deadline for every row
 * (`注：以上工作要求在2017年4月前全部完成` → date, end 2017-04, raw = the whole note,
 * inherited). The note must start with a note lead (注/备注/说明), name its scope
 * (以上/上述/所有…), say that work is completed by then (完成/前…), and state one
 * date, one range or a recurrence. Anything else → null.
 */
export function parseDeadlineNote(paragraph: string): Deadline | null {
  const raw = normalizeText(paragraph);
  if (!NOTE_LEAD.test(raw)) return null;
  const s = raw.replace(/\s+/g, '');
  if (!containsAny(s, vocab.noteScopes) || !containsAny(s, vocab.noteCompletionWords)) return null;
  const { value, diagnostics } = parseDeadline(raw, { documentId: null });
  if (!value || diagnostics.some((d) => d.code === 'deadline-several-dates' || d.severity === 'warning')) return null;
  if (value.kind !== 'date' && value.kind !== 'range' && value.kind !== 'recurring') return null;
  return { ...value, raw, inherited: true };
}
