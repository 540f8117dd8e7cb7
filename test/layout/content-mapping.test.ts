// Tables without a header row, mapped by what their columns hold: a numbered task list
// (序号 | 任务 | 责任单位 | 完成时限 written without its header) is an indicator table
// with a code column, not a key/value form and not a points column.
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../pipeline/grid/index.ts';
import { detectLayout } from '../../pipeline/layout/index.ts';
import type { SourceRow, SourceTable } from '../../pipeline/model.ts';
import { cell } from '../../pipeline/model.ts';

const row = (...texts: string[]): SourceRow => ({ header: false, pageBreakBefore: false, cells: texts.map((t) => cell(t ? [t] : [])) });
const layoutOf = (...rows: SourceRow[]) => {
  const t: SourceTable = { kind: 'table', mode: 'docx', pages: [], rows };
  return detectLayout(buildGrid(t, { documentId: 'doc', table: 1 }).value);
};
const fields = (l: ReturnType<typeof layoutOf>) => l.columns.map((m) => (m ? `${m.field}${m.role ? `:${m.role}` : ''}` : null));

describe('headerless tables mapped by content', () => {
  it('序号 | task | department | deadline without a header is a numbered task list', () => {
    const l = layoutOf(
      row('1', '开展服务业质量满意度测评。', '市发改委', '2024年'),
      row('2', '推进质量基础设施“一站式”服务。', '市市场监管局', '长期'),
      row('3', '组织开展“质量月”活动。', '市市场监管局、市委宣传部', '每年9月'),
    );
    expect(l).toMatchObject({ kind: 'indicator', mappedBy: 'content', headerRows: 0 });
    expect(fields(l)).toEqual(['indicatorCode', 'task', 'departments:responsible', 'deadline']);
  });

  it('two text columns right of the 序号: the group, then the measure', () => {
    const l = layoutOf(
      row('6', '加强品牌建设', '培育区域公用品牌，每年认定一批品牌企业。', '市农业农村局', '每年'),
      row('7', '夯实质量基础', '推进检验检测一站式服务，建设国家级检验检测中心。', '市市场监管局', '2024年6月'),
    );
    expect(fields(l)).toEqual(['indicatorCode', 'criterion', 'task', 'departments:responsible', 'deadline']);
  });

  it('a points column that does not count 1, 2, 3 stays points; a real form stays a form', () => {
    const pts = layoutOf(row('质量基础（20分）', '1.标准化工作（10分）', '制定标准化发展规划的得5分。', '10'), row('', '2.计量工作（10分）', '建立计量工作协调机制的得5分。', '10'));
    expect(fields(pts)[3]).toBe('indicatorPoints');
    const form = layoutOf(row('城市名称', '常德市'), row('城市类别', '地级城市'), row('填报单位', '市市场监督管理局'));
    expect(form.kind).toBe('form');
  });
});
