// Loads the seeds' dataset into a real DuckDB file and a real PostgreSQL cluster
// (Debian's package, started on 127.0.0.1): idempotency, per-document replacement,
// rollback on a constraint violation mid-load, and the README's analyst queries
// checked against answers computed from dataset.json itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, IndicatorRecord } from '../../schemas/dataset.ts';
import { loadDuckdb, withDuckdb } from '../../pipeline/load/duckdb.ts';
import { loadPostgres, withPostgres } from '../../pipeline/load/postgres.ts';
import { pointsSources } from '../../pipeline/checks/index.ts';
import { deadlinesInMonth, pointsPerDimension, recordsPerDepartment } from '../../pipeline/load/queries.ts';
import type { Executor, LoadSummary } from '../../pipeline/load/sql.ts';
import { DATA_TABLES, datasetRows } from '../../pipeline/load/tables.ts';
import { convertSeeds, haveSeeds, tempDir } from '../report/fixture.ts';
import { findPgBin, startPostgres, type PgServer } from './pg-server.ts';

const havePg = findPgBin() !== null;
if (!havePg && process.env.CI === 'true') {
  throw new Error('PostgreSQL is missing (/usr/lib/postgresql/*/bin/initdb): scripts/ci-system-deps.sh should have installed it (apt-get install postgresql).');
}

interface Target {
  name: string;
  available: boolean;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  load(ds: Dataset): Promise<LoadSummary>;
  use<T>(fn: (ex: Executor) => Promise<T>): Promise<T>;
}

function duckTarget(): Target {
  let file = '';
  return {
    name: 'duckdb',
    available: true,
    async setup() {
      file = join(tempDir('govtables-duck-'), 'govtables.duckdb');
    },
    async teardown() {},
    load: (ds) => loadDuckdb(file, ds, { source: 'dataset.json', batch: 100 }),
    use: (fn) => withDuckdb(file, fn),
  };
}

function pgTarget(): Target {
  let server: PgServer | null = null;
  return {
    name: 'postgres',
    available: havePg,
    async setup() {
      server = await startPostgres();
    },
    async teardown() {
      server?.stop();
    },
    load: (ds) => loadPostgres(server!.url, ds, { source: 'dataset.json' }),
    use: (fn) => withPostgres(server!.url, fn),
  };
}

/** Every data table's rows in primary-key order, plus the load_runs count. */
async function snapshot(t: Target): Promise<{ tables: Record<string, unknown[]>; runs: number }> {
  return t.use(async (ex) => {
    const tables: Record<string, unknown[]> = {};
    for (const def of DATA_TABLES) tables[def.name] = await ex.all(`SELECT * FROM "${def.name}" ORDER BY "${def.primaryKey}"`);
    const runs = Number((await ex.all('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM load_runs'))[0]!.n);
    return { tables, runs };
  });
}

const place = (r: { city: string | null; province: string | null }) => r.city ?? r.province ?? '?';

let ds: Dataset;
beforeAll(async () => {
  if (!haveSeeds) return;
  const out = await convertSeeds();
  ds = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as Dataset;
});

describe.skipIf(!haveSeeds).each([duckTarget(), pgTarget()])('load into $name', (t) => {
  beforeAll(async () => {
    if (t.available) await t.setup();
  });
  afterAll(async () => {
    if (t.available) await t.teardown();
  });

  it.skipIf(!t.available)('loading the same output twice changes no row; load_runs gains one row per run', async () => {
    const first = await t.load(ds);
    const a = await snapshot(t);
    const second = await t.load(ds);
    const b = await snapshot(t);
    expect(b.tables).toEqual(a.tables);
    expect(b.runs).toBe(a.runs + 1);
    expect(second.records).toBe(first.records);
    const rows = datasetRows(ds);
    for (const { table, rows: expected } of rows.tables) expect(b.tables[table.name]!.length, table.name).toBe(expected.length);
    expect(b.tables.records!.length).toBe(ds.records.length);
    expect(b.tables.departments!.length).toBe(ds.records.reduce((n, r) => n + r.departments.length, 0));
  });

  it.skipIf(!t.available)('a re-converted document replaces its rows (no stale records)', async () => {
    const doc = ds.documents.find((d) => ds.records.filter((r) => r.documentId === d.documentId).length > 4)!;
    const kept = ds.records.filter((r) => r.documentId === doc.documentId).slice(0, 3);
    const smaller: Dataset = { ...ds, records: [...ds.records.filter((r) => r.documentId !== doc.documentId), ...kept] };
    await t.load(smaller);
    const n = await t.use(async (ex) => (await ex.all('SELECT id FROM records WHERE document_id = $1 ORDER BY id', [doc.documentId])).map((r) => r.id));
    expect(n).toEqual(kept.map((r) => r.id).sort());
    await t.load(ds); // back to the full dataset for the next tests
    expect((await snapshot(t)).tables.records!.length).toBe(ds.records.length);
  });

  it.skipIf(!t.available)('a constraint violation mid-load rolls everything back', async () => {
    await t.load(ds);
    const before = await snapshot(t);
    const mid = Math.floor(ds.records.length / 2);
    const bad = structuredClone(ds);
    // A new document (upserted first) and a changed title, so a partial load would show.
    bad.documents.unshift({ ...bad.documents[0]!, documentId: 'ffffffffffff', file: '/nowhere/new.txt' });
    bad.documents[1]!.title = 'changed title';
    const rec = bad.records.find((r, i) => i >= mid && r.departments.length > 0)!;
    (rec.departments[0] as { role: string }).role = 'boss'; // violates the role CHECK
    await expect(t.load(bad)).rejects.toThrow(/check constraint/i);
    const after = await snapshot(t);
    expect(after).toEqual(before);
  });

  it.skipIf(!t.available)('analyst query: records per canonical department across cities', async () => {
    const rows = await t.use((ex) => recordsPerDepartment(ex, 100000));
    const byName = new Map<string, { ids: Set<string>; places: Set<string> }>();
    for (const r of ds.records) {
      const doc = ds.documents.find((d) => d.documentId === r.documentId)!;
      for (const d of r.departments) {
        const e = byName.get(d.name) ?? { ids: new Set(), places: new Set() };
        e.ids.add(r.id);
        e.places.add(place(doc.region));
        byName.set(d.name, e);
      }
    }
    const expected = [...byName.entries()]
      .map(([department, e]) => ({ department, records: e.ids.size, cities: e.places.size, places: [...e.places].sort().join(', ') }))
      .sort((a, b) => b.records - a.records || (a.department < b.department ? -1 : a.department > b.department ? 1 : 0));
    expect(rows).toEqual(expected);
  });

  it.skipIf(!t.available)('analyst query: deadlines due in a given month', async () => {
    const months = [...new Set(ds.records.flatMap((r) => (r.deadline?.end ? [r.deadline.end.slice(0, 7)] : [])))].sort();
    expect(months.length).toBeGreaterThan(0);
    for (const month of months.slice(0, 4)) {
      const rows = await t.use((ex) => deadlinesInMonth(ex, month));
      const m = Number(month.slice(5, 7));
      const expected = ds.records
        .filter((r: IndicatorRecord) => {
          const d = r.deadline;
          if (!d) return false;
          if ((d.kind === 'date' || d.kind === 'range') && d.end?.slice(0, 7) === month) return true;
          return d.kind === 'recurring' && d.frequency === 'yearly' && d.month === m;
        })
        .map((r) => r.id)
        .sort();
      expect(rows.map((r) => r.id as string).sort()).toEqual(expected);
    }
  });

  it.skipIf(!t.available)('analyst query: points per dimension count each points cell once, as the checks do', async () => {
    const rows = await t.use((ex) => pointsPerDimension(ex));
    // The checks' rule, per document: the first record of each points source carries the points.
    const counted = new Set<IndicatorRecord>();
    for (const doc of ds.documents) {
      const seen = new Set<string>();
      for (const [r, k] of pointsSources(ds.records.filter((r) => r.documentId === doc.documentId))) {
        if (!seen.has(k)) counted.add(r);
        seen.add(k);
      }
    }
    type Ind = { key: string; place: string; dimension: string; ip: number | null; cp: number | null };
    const inds = new Map<string, Ind>();
    for (const r of ds.records) {
      if (r.dimension === null) continue;
      const doc = ds.documents.find((d) => d.documentId === r.documentId)!;
      const key = [r.documentId, r.dimension, r.indicatorCode, r.indicator].join('\u0000');
      const e = inds.get(key) ?? { key: `${r.documentId}\u0000${r.dimension}`, place: place(doc.region), dimension: r.dimension, ip: null, cp: null };
      if (counted.has(r)) e.ip = (e.ip ?? 0) + r.indicatorPoints!;
      if (r.criterionPoints !== null) e.cp = (e.cp ?? 0) + r.criterionPoints;
      inds.set(key, e);
    }
    const dims = new Map<string, { place: string; dimension: string; indicators: number; indicator_points: number | null; criterion_points: number | null }>();
    for (const e of inds.values()) {
      const d = dims.get(e.key) ?? { place: e.place, dimension: e.dimension, indicators: 0, indicator_points: null, criterion_points: null };
      d.indicators++;
      if (e.ip !== null) d.indicator_points = (d.indicator_points ?? 0) + e.ip;
      if (e.cp !== null) d.criterion_points = (d.criterion_points ?? 0) + e.cp;
      dims.set(e.key, d);
    }
    const key = (x: { place: unknown; dimension: unknown }) => `${x.place}|${x.dimension}`;
    const got = rows.map((r) => ({ place: r.place, dimension: r.dimension, indicators: r.indicators, indicator_points: r.indicator_points, criterion_points: r.criterion_points })).sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const want = [...dims.values()].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(got).toEqual(want);
    expect(got.some((r) => r.indicator_points !== null)).toBe(true);
    // A document whose stated total the checks found matched (003: 1060, reached only counting its
    // per-row 分值 20/20/20) adds up to that total in the query too.
    const matched = ds.diagnostics.filter((d) => d.code === 'total-matches');
    expect(matched.length).toBeGreaterThan(0);
    for (const d of matched) {
      const doc = ds.documents.find((x) => x.file === d.file)!;
      expect(ds.documents.filter((x) => place(x.region) === place(doc.region))).toHaveLength(1);
      const sum = got.filter((r) => r.place === place(doc.region)).reduce((n, r) => n + Number(r.indicator_points ?? 0), 0);
      expect(sum).toBe(Number(d.message.match(/total of (\d+(?:\.\d+)?) points/)![1]));
    }
  });
});
