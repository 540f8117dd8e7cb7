// End to end: convert the seeds, write the report, open it in Debian's headless
// chromium through playwright-core, check the numbers against dataset.json, filter,
// click from a diagnostic to its cell, and take screenshots (GOVTABLES_SHOTS keeps them).
import { existsSync, readFileSync, unlinkSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Dataset } from '../../schemas/dataset.ts';
import { writeReport } from '../../pipeline/report/index.ts';
import { convertSeeds, haveSeeds, SEEDS, tempDir } from './fixture.ts';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') {
  // In CI a missing browser is a broken setup, not a reason to skip.
  throw new Error(`${CHROMIUM} is missing: scripts/ci-system-deps.sh should have installed Debian's chromium (apt-get install chromium fonts-noto-cjk).`);
}

describe.skipIf(!haveChromium || !haveSeeds)('review report in a real browser', () => {
  let browser: Browser;
  let page: Page;
  let out: string;
  let ds: Dataset;
  let goneFile: string;
  const shots = process.env.GOVTABLES_SHOTS ?? tempDir('govtables-shots-');
  const requests: string[] = [];

  beforeAll(async () => {
    // One extra document whose source is removed after conversion: the report must say so.
    const extraDir = tempDir('govtables-gone-');
    const first = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().at(-1)!;
    goneFile = join(extraDir, 'gone.txt');
    copyFileSync(join(SEEDS, first), goneFile);
    writeFileSync(goneFile, readFileSync(goneFile, 'utf8') + '\n'); // other bytes, other document id
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
    out = await convertSeeds([...seeds, goneFile]);
    unlinkSync(goneFile);
    ds = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as Dataset;
    await writeReport(out, join(out, 'dataset.json'));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  const url = (rel: string) => pathToFileURL(join(out, 'report', rel)).href;
  const num = async (sel: string) => Number(await page.locator(sel).first().textContent());

  it('index shows the dataset totals and per-document counts', async () => {
    await page.goto(url('index.html'));
    expect(await page.title()).toBe('govtables review report');
    expect(await num('[data-total="documents"]')).toBe(ds.documents.length);
    expect(await num('[data-total="records"]')).toBe(ds.records.length);
    expect(await num('[data-total="allocations"]')).toBe(ds.allocations.length);
    expect(await num('[data-total="diagnostics"]')).toBe(ds.diagnostics.length);
    for (const sev of ['error', 'warning', 'info'] as const) expect(await num(`[data-total="${sev}"]`)).toBe(ds.diagnostics.filter((d) => d.severity === sev).length);
    const rows = page.locator('#documents tbody tr');
    expect(await rows.count()).toBe(ds.documents.length);
    for (let i = 0; i < ds.documents.length; i++) {
      const doc = ds.documents[i]!;
      const row = rows.nth(i);
      expect(await row.getAttribute('data-doc-id')).toBe(doc.documentId);
      const recs = ds.records.filter((r) => r.provenance.file === doc.file).length;
      const warns = ds.diagnostics.filter((d) => d.file === doc.file && d.severity === 'warning').length;
      expect(Number(await row.locator('[data-count="records"]').textContent())).toBe(recs);
      expect(Number(await row.locator('[data-count="warning"]').textContent())).toBe(warns);
      expect(Number(await row.locator('[data-count="tables"]').textContent())).toBe(doc.tables);
    }
    // Chinese text arrives intact (charset) and the page uses a CJK-capable font stack.
    const title = ds.documents.find((d) => d.title)?.title;
    if (title) expect(await page.locator('#documents').textContent()).toContain(title);
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toContain('Noto Sans CJK SC');
    // Filter: documents with warnings only.
    await page.locator('.controls[data-for="documents"] [data-filter="haswarning"]').check();
    const withWarnings = ds.documents.filter((d) => ds.diagnostics.some((x) => x.file === d.file && x.severity === 'warning')).length;
    expect(await page.locator('#documents tbody tr:not(.hidden)').count()).toBe(withWarnings);
    await page.screenshot({ path: join(shots, 'index.png'), fullPage: true });
  });

  it('a diagnostic links to its cell in the repaired grid', async () => {
    // A document with a cell-located diagnostic.
    const d = ds.diagnostics.find((x) => x.location.table && x.location.row && x.location.column && x.file !== goneFile)!;
    expect(d).toBeTruthy();
    const docIndex = ds.documents.findIndex((x) => x.file === d.file);
    await page.goto(url('index.html'));
    await page.locator('#documents tbody tr').nth(docIndex).locator('a').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toContain('/docs/');
    const doc = ds.documents[docIndex]!;
    expect(await num('[data-doc="records"]')).toBe(ds.records.filter((r) => r.provenance.file === doc.file).length);
    expect(await page.locator('#doc-diagnostics tbody tr').count()).toBe(ds.diagnostics.filter((x) => x.file === doc.file).length);

    const id = `t${d.location.table}-r${d.location.row}-c${d.location.column}`;
    const link = page.locator(`#doc-diagnostics a.cell-link[href="#${id}"]`).first();
    await link.click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    const target = await page.evaluate(() => {
      const t = document.querySelector(':target');
      if (!t) return null;
      const r = t.getBoundingClientRect();
      return { id: t.id, tag: t.tagName, visible: r.bottom > 0 && r.top < window.innerHeight && r.width > 0 };
    });
    expect(target).toEqual({ id, tag: 'TD', visible: true });
    // The cell is a slot of the repaired grid of the right table.
    expect(await page.locator(`#grid-t${d.location.table} #${id}`).count()).toBe(1);
    await page.screenshot({ path: join(shots, 'cell.png') });

    // Severity filter on the document's diagnostics.
    await page.locator('.controls[data-for="doc-diagnostics"] select[data-filter="sev"]').selectOption('info');
    expect(await page.locator('#doc-diagnostics tbody tr:not(.hidden)').count()).toBe(ds.diagnostics.filter((x) => x.file === doc.file && x.severity === 'info').length);
    // Search narrows to matching rows.
    await page.locator('.controls[data-for="doc-diagnostics"] select[data-filter="sev"]').selectOption('');
    await page.locator('.controls[data-for="doc-diagnostics"] input[type=search]').fill(d.code);
    const shown = await page.locator('#doc-diagnostics tbody tr:not(.hidden)').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(ds.diagnostics.filter((x) => x.file === doc.file && (x.code.includes(d.code) || x.message.includes(d.code))).length);
  });

  it('repaired grids mark merged, repeated and split cells, with a legend', async () => {
    // Count marks over every document page; the seeds have merged and split cells.
    const kinds = new Set<string>();
    for (const f of readdirSync(join(out, 'report', 'docs'))) {
      await page.goto(url(`docs/${f}`));
      const marks = await page.locator('table.grid td[data-marks]:not([data-marks=""])').evaluateAll((els) => els.map((e) => e.getAttribute('data-marks')!));
      for (const m of marks) for (const k of m.split(' ')) kinds.add(k);
    }
    const flags = new Set(ds.diagnostics.map((d) => d.code));
    if (flags.has('split-cell-aligned')) expect(kinds).toContain('split');
    if (flags.has('repeated-text-collapsed')) expect(kinds).toContain('repeated');
    if (ds.records.some((r) => r.flags.includes('filled-from-merged-cell'))) expect([...kinds].some((k) => k === 'merged' || k === 'inherited')).toBe(true);
  });

  it('a document whose source is gone still lists its records and says why there is no grid', async () => {
    const i = ds.documents.findIndex((d) => d.file === goneFile);
    await page.goto(url('index.html'));
    await page.locator('#documents tbody tr').nth(i).locator('a').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('[data-problem]').textContent()).toMatch(/no longer there/);
    expect(await page.locator('table.records tbody tr').count()).toBe(ds.records.filter((r) => r.provenance.file === goneFile).length);
    expect(await page.locator('table.grid').count()).toBe(0);
  });

  it('the whole visit stayed on local files (no network)', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  });
});
