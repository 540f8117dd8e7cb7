// Cross-format on layouts no seed has: samples/006-changde.docx (scripts/make-unseen-sample.ts:
// a 评分表 with merged 考核项目 and a 合计 row, a two-row-header 任务分解表, a list continued
// after page breaks with 续表, a long 任务分解表 running over a page by itself) and its
// LibreOffice print samples/006-changde.pdf must give the same records apart from where they
// came from (id, documentId, provenance, flags), and the PDF's records must read right.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile } from '../../pipeline/convert.ts';
import type { IndicatorRecord } from '../../schemas/dataset.ts';
import { ROOT } from '../helpers.ts';

const DOCX = join(ROOT, 'samples', '006-changde.docx');
const PDF = join(ROOT, 'samples', '006-changde.pdf');

function content(r: IndicatorRecord): string {
  const { id: _id, documentId: _doc, provenance: _prov, flags: _flags, ...rest } = r;
  return JSON.stringify(rest);
}

describe.skipIf(!existsSync(DOCX) || !existsSync(PDF))('006-changde: docx and pdf of unseen layouts agree', async () => {
  const docx = await convertFile(DOCX);
  const pdf = await convertFile(PDF);
  const table = (n: number) => pdf.records.filter((r) => r.table === n);
  const names = (r: IndicatorRecord) => r.departments.map((d) => `${d.name}:${d.role}`);

  it('both convert: 4 tables, 44 records', () => {
    for (const res of [docx, pdf]) {
      expect(res.document.status).toBe('ok');
      expect(res.document.tables).toBe(4);
      expect(res.document.region).toEqual({ province: '湖南省', city: '常德市', county: null });
      expect(res.records).toHaveLength(44);
    }
    expect(pdf.document.format).toBe('pdf');
    expect(pdf.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('the same records, record by record, apart from provenance and flags', () => {
    const key = (r: IndicatorRecord) => `${r.table}:${r.seq}`;
    const diff = docx.records.filter((r, i) => key(r) !== key(pdf.records[i]!) || content(r) !== content(pdf.records[i]!)).map(key);
    expect(diff).toEqual([]);
  });

  it('评分表: merged 考核项目 on each row, per-row 分值, 考核部门 canonical, 合计 checked not kept', () => {
    const t = table(1);
    expect(t.map((r) => [r.indicator, r.indicatorPoints])).toEqual([
      ['质量工作组织领导', 5],
      ['质量工作组织领导', 5],
      ['质量工作组织领导', 4],
      ['质量工作组织领导', 3],
      ['质量基础建设', 5],
      ['质量基础建设', 4],
      ['质量基础建设', 3],
    ]);
    expect(t.map((r) => r.departments.map((d) => d.name))).toEqual([['市市场监督管理局'], ['市委组织部'], ['市发展和改革委员会'], ['市财政局'], ['市市场监督管理局'], ['市市场监督管理局'], ['市市场监督管理局']]);
    const totals = pdf.diagnostics.filter((d) => d.code === 'total-row');
    expect(totals).toHaveLength(1);
    expect(totals[0]!.message).toContain('add up to 29');
  });

  it('two-row-header 任务分解表: lead/support from 牵头/配合, deadlines read', () => {
    const t = table(2);
    expect(t.map((r) => [r.indicatorCode, r.criterion])).toEqual([
      ['1', '实施质量提升行动'],
      ['1', '实施质量提升行动'],
      ['2', '夯实质量基础'],
      ['2', '夯实质量基础'],
      ['3', '加强品牌建设'],
    ]);
    expect(names(t[0]!)).toEqual(['市市场监督管理局:lead', '市发展和改革委员会:support', '市工业和信息化局:support']);
    expect(names(t[1]!)).toEqual(['市市场监督管理局:lead', '各县（市、区）人民政府:support']);
    expect(t.map((r) => [r.deadline?.kind, r.deadline?.end ?? null, r.deadline?.frequency ?? null])).toEqual([
      ['date', '2023-12', null],
      ['ongoing', null, null],
      ['recurring', null, 'quarterly'],
      ['date', '2024-06', null],
      ['recurring', null, 'yearly'],
    ]);
  });

  it('list continued after 续表 page breaks: one table of 8, read over three pages', () => {
    const t = table(3);
    expect(t.map((r) => r.indicatorCode)).toEqual(['1', '2', '3', '3', '4', '5', '6', '7']);
    expect(t[5]!.departments.map((d) => d.name)).toEqual(['市人力资源和社会保障局', '市市场监督管理局']);
    expect(t[4]!.deadline).toMatchObject({ kind: 'recurring', frequency: 'yearly', month: 9 });
    expect(new Set(t.flatMap((r) => r.provenance.pages)).size).toBe(3);
    // the header printed again after each 续表 is dropped, 续表 itself is in no record
    expect(pdf.diagnostics.filter((d) => d.code === 'header-repeat-skipped' && d.location?.table === 3)).toHaveLength(2);
    expect(JSON.stringify(t)).not.toContain('续表');
  });

  it('long 任务分解表 over a page: the repeated two-row header is no record, the cut row is joined', () => {
    const t = table(4);
    expect(t).toHaveLength(24);
    expect(new Set(t.flatMap((r) => r.provenance.pages)).size).toBe(2);
    // no header text taken for data after the break
    expect(t.flatMap((r) => [r.indicatorCode, r.criterion, r.task, ...r.departments.map((d) => d.name), r.deadline?.raw])).not.toContain('牵头单位');
    expect(t.every((r) => r.departments.every((d) => d.known) && r.departments.length === 2)).toBe(true);
    expect(t.map((r) => r.taskCode)).toEqual(Array.from({ length: 24 }, (_, i) => `${Math.floor(i / 3) + 1}.${(i % 3) + 1}`));
    expect(t.every((r) => r.task!.endsWith('。'))).toBe(true);
    expect(pdf.diagnostics.filter((d) => d.code === 'pdf-cell-joined-across-pages')).toHaveLength(1);
  });
});
